// Who is behind a program: the organisations that run it, and the people who hold posts in them.
// @param program string the program's (or event's) name or id
// @example npx kg query cypher/people-behind-program.cypher --param program=新时代文明实践推进月
MATCH (x:Entity) WHERE (x:Program OR x:Event) AND (x.name = $program OR x.id = $program OR $program IN x.aliases)
MATCH (o:Organization)-[r:RUNS]->(x)
OPTIONAL MATCH (p:Person)-[h:HOLDS_POSITION]->(o)
RETURN x.name AS program, o.name AS organization, r.role AS role, p.name AS person, h.title AS title
ORDER BY organization, person
