// People who share an organisation with a person, and the posts both hold there.
// @param name string the person's name or id
// @example npx kg query cypher/colleagues.cypher --param name=李正奎
MATCH (p:Person)-[h1:HOLDS_POSITION]->(o:Organization)<-[h2:HOLDS_POSITION]-(q:Person)
WHERE (p.name = $name OR p.id = $name) AND p <> q
RETURN q.name AS colleague, o.name AS organization, h1.title AS theirPost, h2.title AS colleaguePost
ORDER BY organization, colleague
