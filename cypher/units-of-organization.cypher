// The organisations under an organisation (its departments, party units, branches), up to three levels down.
// @param org string the organisation's name, an alias, or its id
// @example npx kg query cypher/units-of-organization.cypher --param org=中共汾阳市委
MATCH (o:Organization) WHERE o.name = $org OR o.id = $org OR $org IN o.aliases
MATCH path = (u:Organization)-[:PART_OF*1..3]->(o)
RETURN u.name AS unit, length(path) AS depth, [n IN nodes(path)[1..-1] | n.name] AS via, u.kind AS kind
ORDER BY depth, unit
