// Everything an article says: every relation whose evidence cites it, with the sentence.
// @param article string the article's id (a:<file stem>#<n>) or its title
// @example npx kg query cypher/article-facts.cypher --param article=a:000_e5d8bafecb39aede#0
MATCH (a:Article) WHERE a.id = $article OR a.title = $article
MATCH (s)-[r]->(t) WHERE a.id IN r.articles
WITH a, s, r, t, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] = a.id | r.evidenceSentences[i]][0] AS sentence
RETURN a.title AS article, s.name AS source, type(r) AS relation, coalesce(r.title, r.role, '') AS detail,
       coalesce(t.name, t.title) AS target, sentence
ORDER BY relation, source, target
