// The evidence for a relation between two entities: each source sentence, its article, file and date.
// @param from string the source entity's name or id
// @param to string the target entity's name or id
// @example npx kg query cypher/evidence-for-relation.cypher --param from=李正奎 --param to=中共汾阳市委
MATCH (s:Entity)-[r]->(t) WHERE (s.name = $from OR s.id = $from) AND (t.name = $to OR t.id = $to OR t.title = $to) AND NOT r:MENTIONED_IN
UNWIND range(0, size(r.evidenceArticles) - 1) AS i
MATCH (a:Article {id: r.evidenceArticles[i]})
RETURN type(r) AS relation, coalesce(r.title, r.role, '') AS detail, r.evidenceSentences[i] AS sentence, a.title AS article,
       a.source AS file, a.date AS date, r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end
ORDER BY relation, date
