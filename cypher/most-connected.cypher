// The most connected people and organisations (facts they take part in, mentions not counted).
// @param limit int how many of each = 15
// @example npx kg query cypher/most-connected.cypher --param limit=10
MATCH (n:Entity) WHERE n:Person OR n:Organization
WITH n, COUNT { (n)-[r]-() WHERE NOT r:MENTIONED_IN } AS degree
WHERE degree > 0
WITH labels(n)[1] AS type, n, degree ORDER BY degree DESC
WITH type, collect({name: n.name, degree: degree})[0..$limit] AS top
UNWIND top AS t
RETURN type, t.name AS name, t.degree AS degree
ORDER BY type, degree DESC, name
