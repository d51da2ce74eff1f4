// Migration 5: what several processes sharing one library, and killed writers, need.
// - An imported file is stored once, whatever races: a unique key for imported articles
//   (the content hash; NULL for feed articles, which may repeat one another).
// - Articles a stopped writer never tagged are found at once, to be tagged before any search.
// - What each process changed is written down, so another process with the library open (the app
//   beside a command, outpost serve) catches up: its search index, its windows.

export const reliabilitySchema = `
ALTER TABLE articles ADD COLUMN import_hash TEXT;

-- Existing imports keep their first copy as the one that holds the key.
UPDATE articles SET import_hash = content_hash
  WHERE id IN (
    SELECT min(a.id) FROM articles a JOIN sources s ON s.id = a.source_id
      WHERE s.kind = 'local' GROUP BY a.content_hash);

CREATE UNIQUE INDEX articles_import_hash ON articles (import_hash);

CREATE INDEX articles_never_tagged ON articles (id) WHERE tagged_version IS NULL;

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  -- The process that wrote it (a random id per open library), so it skips its own.
  writer TEXT NOT NULL,
  at TEXT NOT NULL,
  -- The Changes the pipeline announced, as JSON.
  changes TEXT NOT NULL
);
`;
