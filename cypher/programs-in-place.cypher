// The programs and events that take place in a place or the places inside it, and who runs them.
// @param place string a place name or its code
// @example npx kg query cypher/programs-in-place.cypher --param place=汾阳市
MATCH (pl:Place) WHERE pl.name = $place OR pl.code = $place OR $place IN pl.aliases
WITH pl, CASE WHEN pl.code IS NULL THEN null
              WHEN pl.code ENDS WITH '0000' THEN left(pl.code, 2)
              WHEN pl.code ENDS WITH '00' AND size(pl.code) = 6 THEN left(pl.code, 4)
              ELSE pl.code END AS prefix
MATCH (sub:Place) WHERE sub = pl OR (prefix IS NOT NULL AND sub.code STARTS WITH prefix)
MATCH (x)-[:TAKES_PLACE_IN]->(sub) WHERE x:Program OR x:Event
OPTIONAL MATCH (o:Organization)-[r:RUNS]->(x)
RETURN x.name AS program, labels(x)[1] AS type, sub.name AS place, collect(DISTINCT o.name) AS runBy
ORDER BY program
