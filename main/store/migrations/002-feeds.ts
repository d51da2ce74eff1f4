// Migration 2: subscriptions (feeds are sources with sync settings and state), folders,
// feed-item identity on articles, full-text state, and the offline image cache.

export const feedsSchema = `
CREATE TABLE folders (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id INTEGER REFERENCES folders (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);

ALTER TABLE sources ADD COLUMN folder_id INTEGER REFERENCES folders (id) ON DELETE SET NULL;
ALTER TABLE sources ADD COLUMN site_url TEXT;
ALTER TABLE sources ADD COLUMN description TEXT;
ALTER TABLE sources ADD COLUMN user_title TEXT;
ALTER TABLE sources ADD COLUMN interval_minutes INTEGER;
ALTER TABLE sources ADD COLUMN full_text TEXT NOT NULL DEFAULT 'when-summary'
  CHECK (full_text IN ('feed', 'when-summary', 'always'));
ALTER TABLE sources ADD COLUMN images INTEGER NOT NULL DEFAULT 1 CHECK (images IN (0, 1));
ALTER TABLE sources ADD COLUMN removed_at TEXT;
CREATE UNIQUE INDEX sources_by_feed_url ON sources (url) WHERE kind = 'feed' AND removed_at IS NULL;

CREATE TABLE feed_state (
  source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
  etag TEXT,
  last_modified TEXT,
  last_attempt_at TEXT,
  last_success_at TEXT,
  last_error TEXT,
  next_attempt_at TEXT,
  retry_after TEXT,
  failures INTEGER NOT NULL DEFAULT 0
);

ALTER TABLE articles ADD COLUMN guid TEXT;
ALTER TABLE articles ADD COLUMN link_key TEXT;
ALTER TABLE articles ADD COLUMN updated_at TEXT;
ALTER TABLE articles ADD COLUMN summary_html TEXT;
ALTER TABLE articles ADD COLUMN categories TEXT;
ALTER TABLE articles ADD COLUMN full_text TEXT NOT NULL DEFAULT 'none'
  CHECK (full_text IN ('none', 'pending', 'fetched', 'failed'));
ALTER TABLE articles ADD COLUMN full_text_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN full_text_error TEXT;
CREATE UNIQUE INDEX articles_by_guid ON articles (source_id, guid) WHERE guid IS NOT NULL;
CREATE INDEX articles_by_link ON articles (source_id, link_key) WHERE link_key IS NOT NULL;
CREATE INDEX articles_by_source_hash ON articles (source_id, content_hash);
CREATE INDEX articles_pending_full_text ON articles (full_text) WHERE full_text = 'pending';

CREATE TABLE images (
  hash TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  stored_at TEXT NOT NULL
);

CREATE TABLE article_images (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  hash TEXT REFERENCES images (hash) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'cached', 'failed', 'skipped')),
  error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, url)
);
CREATE INDEX article_images_pending ON article_images (status) WHERE status = 'pending';
CREATE INDEX article_images_by_hash ON article_images (hash);
CREATE INDEX article_images_by_url ON article_images (url);
`;
