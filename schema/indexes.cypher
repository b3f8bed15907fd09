// Lookups the writer and the API make by key rather than by id.
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX person_slug IF NOT EXISTS FOR (n:Person) ON (n.slug);
// The slugs of the names curators merged into a person (graph/write/curate.ts): few people have them.
CREATE INDEX person_alias_slugs IF NOT EXISTS FOR (n:Person) ON (n.aliasSlugs);
// Search: the text is folded in TypeScript (no diacritics, đ→d) and indexed word by word. Neo4j's
// standard analyzers drop English stop words, and "An", "To", "No" are Vietnamese syllables.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Person|Organization|Meeting) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
