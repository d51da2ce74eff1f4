// Migration 4: region, topic and free-form tags per article, tagging rules, and which tagger
// version produced an article's automatic tags (so a new gazetteer or lexicon re-tags the archive).

export const tagsSchema = `
ALTER TABLE articles ADD COLUMN tagged_version TEXT;

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('country', 'region', 'topic', 'tag')),
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('auto', 'feed', 'rule', 'user')),
  score REAL NOT NULL,
  -- 1 when the user removed the tag: it stays hidden, and re-tagging cannot bring it back.
  rejected INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, kind, code)
) WITHOUT ROWID;

CREATE INDEX article_tags_by_code ON article_tags (kind, code, rejected, article_id);

-- Tag counts join every tag to its article's state: this index answers that without reading
-- the (large) article rows.
CREATE INDEX articles_state ON articles (id, read, starred, source_id, published_at, added_at);

CREATE TABLE tag_rules (
  id INTEGER PRIMARY KEY,
  -- 'source': every article of source_id; 'title' / 'text': articles whose title / text contains pattern.
  field TEXT NOT NULL CHECK (field IN ('source', 'title', 'text')),
  source_id INTEGER REFERENCES sources (id) ON DELETE CASCADE,
  pattern TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('country', 'region', 'topic', 'tag')),
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;
