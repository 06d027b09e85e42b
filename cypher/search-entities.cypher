// Full-text search over entity names and aliases (Chinese-aware: Lucene's CJK analyzer).
// @param q string words to look for, e.g. 教育局
// @param limit int at most this many hits = 20
// @example npx kg query cypher/search-entities.cypher --param q=教育局
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.name AS name, node.type AS type, node.id AS id, round(score * 100) / 100 AS score
ORDER BY score DESC, name
LIMIT $limit
