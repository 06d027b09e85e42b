// Schema for the knowledge graph, applied by `kg load` before loading (idempotent: IF NOT EXISTS everywhere).
// Every entity has the label Entity plus its type's label; articles are Article nodes.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT honor_id IF NOT EXISTS FOR (n:Honor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code);
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);

CREATE INDEX holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX runs_id IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.id);
CREATE INDEX takes_place_in_id IF NOT EXISTS FOR ()-[r:TAKES_PLACE_IN]-() ON (r.id);
CREATE INDEX issued_id IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id);
CREATE INDEX attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);
CREATE INDEX received_id IF NOT EXISTS FOR ()-[r:RECEIVED]-() ON (r.id);
CREATE INDEX authored_id IF NOT EXISTS FOR ()-[r:AUTHORED]-() ON (r.id);
CREATE INDEX mentioned_in_id IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.id);

// Full-text search over names and aliases, and over article text, with Lucene's CJK analyzer (bigrams for Chinese).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
