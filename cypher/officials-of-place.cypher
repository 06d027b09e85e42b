// All officials of a place and of the places inside it (by name or GB/T 2260 code): person, post, organisation.
// @param place string a place name (汾阳市) or its code (141182)
// @example npx kg query cypher/officials-of-place.cypher --param place=141182
MATCH (pl:Place) WHERE pl.name = $place OR pl.code = $place OR $place IN pl.aliases
WITH pl, CASE WHEN pl.code IS NULL THEN null
              WHEN pl.code ENDS WITH '0000' THEN left(pl.code, 2)
              WHEN pl.code ENDS WITH '00' AND size(pl.code) = 6 THEN left(pl.code, 4)
              ELSE pl.code END AS prefix
MATCH (sub:Place) WHERE sub = pl OR (prefix IS NOT NULL AND sub.code STARTS WITH prefix) OR (sub)-[:LOCATED_IN*1..3]->(pl)
MATCH (o:Organization)-[:LOCATED_IN]->(sub)
MATCH (p:Person)-[h:HOLDS_POSITION]->(o)
RETURN DISTINCT p.name AS person, h.title AS title, o.name AS organization, sub.name AS place, h.head AS head, h.asOf AS asOf
ORDER BY place, organization, head DESC, person
