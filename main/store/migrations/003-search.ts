// Migration 3: a revision per article (the search index knows which version it holds), the words
// of each indexed article (for exact phrase checks), and saved searches.

export const searchSchema = `
ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

CREATE TABLE article_words (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  words TEXT NOT NULL
);

CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;
