// The posts a person holds: title, organisation, whether it is the top post, status and date, with the evidence.
// @param name string the person's name (or entity id)
// @example npx kg query cypher/posts-of-person.cypher --param name=李正奎
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
WHERE p.name = $name OR p.id = $name OR $name IN p.aliases
RETURN p.name AS person, h.title AS title, o.name AS organization, h.head AS head, h.status AS status, h.asOf AS asOf,
       h.evidenceSentences[0] AS evidence
ORDER BY asOf DESC, organization, title
