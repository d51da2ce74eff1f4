// Migration 1: sources (local imports, later feeds) and their articles with read/starred state.

export const initialSchema = `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('local', 'feed')),
  title TEXT NOT NULL,
  url TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  url TEXT,
  title TEXT NOT NULL,
  author TEXT,
  section TEXT,
  published_at TEXT,
  added_at TEXT NOT NULL,
  lead_image TEXT,
  excerpt TEXT NOT NULL,
  text TEXT NOT NULL,
  html TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  origin TEXT,
  read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
  starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1))
);

CREATE INDEX articles_by_hash ON articles (content_hash);
CREATE INDEX articles_by_source ON articles (source_id, published_at);
CREATE INDEX articles_by_date ON articles (coalesce(published_at, added_at));
`;
