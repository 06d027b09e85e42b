// Who held which post in a given year, as the articles of that year describe it (the graph on a timeline).
// @param year string a year, e.g. 2022
// @example npx kg query cypher/posts-in-year.cypher --param year=2022
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
WHERE h.asOf STARTS WITH $year OR (h.firstSeen IS NOT NULL AND h.firstSeen <= $year + '-12-31' AND h.asOf >= $year)
RETURN p.name AS person, h.title AS title, o.name AS organization, h.status AS status, h.asOf AS asOf
ORDER BY organization, h.head DESC, person
