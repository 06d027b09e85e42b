// Who leads an organisation: everyone with a post in it, the top post first.
// @param org string the organisation's name, an alias, or its id
// @example npx kg query cypher/leaders-of-organization.cypher --param org=中共汾阳市委
MATCH (o:Organization) WHERE o.name = $org OR o.id = $org OR $org IN o.aliases
MATCH (p:Person)-[h:HOLDS_POSITION]->(o)
RETURN o.name AS organization, p.name AS person, h.title AS title, h.head AS head, h.status AS status, h.asOf AS asOf
ORDER BY head DESC, title, person
