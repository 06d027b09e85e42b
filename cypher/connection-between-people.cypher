// The shortest connection between two people through posts, organisations, programs, places and events.
// @param from string the first person's name or id
// @param to string the second person's name or id
// @example npx kg query cypher/connection-between-people.cypher --param from=李正奎 --param to=王宝启
MATCH (a:Person) WHERE a.name = $from OR a.id = $from
MATCH (b:Person) WHERE (b.name = $to OR b.id = $to) AND a <> b
MATCH path = shortestPath((a)-[:HOLDS_POSITION|PART_OF|LOCATED_IN|RUNS|TAKES_PLACE_IN|ATTENDED|RECEIVED|ISSUED*..8]-(b))
RETURN [n IN nodes(path) | n.name] AS chain, [r IN relationships(path) | type(r)] AS links, length(path) AS hops
ORDER BY hops
LIMIT 5
