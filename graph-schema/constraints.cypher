// tradegraph graph schema for Neo4j 5 (Community). Every statement is idempotent (IF NOT EXISTS);
// the Neo4j store applies this file on connect, after its own :Node(id) constraint.

// One node per id within each label.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// Edges are looked up by id (evidence panels, idempotent loads): a range index per type. Where the
// store has already made r.id unique for a type, its constraint's index covers this and IF NOT EXISTS
// makes the statement a no-op (checked on Neo4j 5.26).
CREATE INDEX met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);
CREATE INDEX attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);
CREATE INDEX holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.id);
CREATE INDEX party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.id);
CREATE INDEX signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.id);
CREATE INDEX represents_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.id);
CREATE INDEX based_in_id IF NOT EXISTS FOR ()-[r:BASED_IN]-() ON (r.id);
CREATE INDEX held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.id);
CREATE INDEX about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.id);
CREATE INDEX renamed_to_id IF NOT EXISTS FOR ()-[r:RENAMED_TO]-() ON (r.id);
CREATE INDEX mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);

// Dates that questions filter on: when a document came out, when an event took place.
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);

// Name search over names and aliases. Neo4j 5 full-text indexes take STRING and LIST<STRING>
// properties, so the aliases list is indexed as it is (checked on Neo4j 5.26: `JK` finds Kim Jung-kwan
// through his alias `JK Kim`).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Country|Agreement|Event) ON EACH [n.name, n.aliases];
