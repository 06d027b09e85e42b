// The programs and events an organisation runs (and those its units run), with the role and the evidence.
// @param org string the organisation's name, an alias, or its id
// @example npx kg query cypher/programs-of-organization.cypher --param org=中共汾阳市委宣传部
MATCH (o:Organization) WHERE o.name = $org OR o.id = $org OR $org IN o.aliases
MATCH (u:Organization)-[:PART_OF*0..2]->(o)
MATCH (u)-[r:RUNS]->(x)
RETURN x.name AS program, labels(x)[1] AS type, u.name AS runBy, r.role AS role, r.evidenceSentences[0] AS evidence
ORDER BY program
