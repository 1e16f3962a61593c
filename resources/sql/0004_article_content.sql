-- Quoteshelf library schema, version 4: an article's big columns in a table of their own.
-- The library list reads every article's title, site, dates and counts. With the saved file, its
-- HTML and its text in the same rows, that read went through most of the file (a 100,000-article
-- library: 2.6 GB for a list of 20 MB).

CREATE TABLE article_content (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    original    BLOB,                          -- the file as imported
    html        TEXT NOT NULL,                 -- sanitised body
    text        TEXT NOT NULL,                 -- plain text the offsets refer to
    blocks      TEXT NOT NULL DEFAULT '[]'     -- JSON [[kind, start, end], ...]
);
INSERT INTO article_content (article_id, original, html, text, blocks)
    SELECT id, original, html, text, blocks FROM articles;

-- The full-text index reads titles from articles and text from article_content. It is made again
-- over the new content: its triggers and its content table change.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

-- The articles table is made again without the big columns, so its rows sit close together
-- (dropping the columns in place left most of each page empty). Foreign keys are not enforced
-- while a schema step runs: dropping the old table deletes nothing that refers to its articles,
-- and the step is checked with foreign_key_check before it commits.
CREATE TABLE articles_compact (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL DEFAULT '',
    byline          TEXT NOT NULL DEFAULT '',
    site_name       TEXT NOT NULL DEFAULT '',
    source_url      TEXT NOT NULL DEFAULT '',
    source_file     TEXT NOT NULL DEFAULT '',
    published       TEXT NOT NULL DEFAULT '',      -- ISO 8601, empty when unknown
    lang            TEXT NOT NULL DEFAULT '',
    excerpt         TEXT NOT NULL DEFAULT '',
    lead_image      TEXT NOT NULL DEFAULT '',      -- asset name
    format          TEXT NOT NULL,                 -- html, mhtml, text, markdown
    word_count      INTEGER NOT NULL DEFAULT 0,
    content_hash    TEXT NOT NULL UNIQUE,
    added_at        TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    read_at         TEXT,
    archived        INTEGER NOT NULL DEFAULT 0,
    progress        REAL NOT NULL DEFAULT 0,       -- 0..1, reading position
    highlight_count INTEGER NOT NULL DEFAULT 0
);
INSERT INTO articles_compact (id, title, byline, site_name, source_url, source_file, published, lang, excerpt,
                              lead_image, format, word_count, content_hash, added_at, updated_at, read_at, archived,
                              progress, highlight_count)
    SELECT id, title, byline, site_name, source_url, source_file, published, lang, excerpt, lead_image, format,
           word_count, content_hash, added_at, updated_at, read_at, archived, progress, highlight_count
    FROM articles;
DROP TABLE articles;
ALTER TABLE articles_compact RENAME TO articles;
CREATE INDEX articles_added ON articles(added_at);
CREATE INDEX articles_source ON articles(source_url, source_file);

CREATE VIEW article_search_content AS
    SELECT a.id AS id, a.title AS title, a.byline AS byline, a.site_name AS site_name, c.text AS text
    FROM articles a JOIN article_content c ON c.article_id = a.id;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, byline, site_name, text,
    content='article_search_content', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

-- An article's row is written first, its content second: the index entry is made with the content.
CREATE TRIGGER article_content_fts_insert AFTER INSERT ON article_content BEGIN
    INSERT INTO articles_fts (rowid, title, byline, site_name, text)
    SELECT a.id, a.title, a.byline, a.site_name, new.text FROM articles a WHERE a.id = new.article_id;
END;
-- Before the article goes: its content is deleted with it (cascade), too late to read from.
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, byline, site_name, text)
    SELECT 'delete', old.id, old.title, old.byline, old.site_name, c.text FROM article_content c
    WHERE c.article_id = old.id;
END;
-- A change of either side takes the entry out with the values it was made from and puts it back.
CREATE TRIGGER articles_fts_update_before BEFORE UPDATE OF title, byline, site_name ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, byline, site_name, text)
    SELECT 'delete', old.id, old.title, old.byline, old.site_name, c.text FROM article_content c
    WHERE c.article_id = old.id;
END;
CREATE TRIGGER articles_fts_update_after AFTER UPDATE OF title, byline, site_name ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, byline, site_name, text)
    SELECT new.id, new.title, new.byline, new.site_name, c.text FROM article_content c WHERE c.article_id = new.id;
END;
CREATE TRIGGER article_content_fts_update_before BEFORE UPDATE OF text ON article_content BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, byline, site_name, text)
    SELECT 'delete', a.id, a.title, a.byline, a.site_name, old.text FROM articles a WHERE a.id = old.article_id;
END;
CREATE TRIGGER article_content_fts_update_after AFTER UPDATE OF text ON article_content BEGIN
    INSERT INTO articles_fts (rowid, title, byline, site_name, text)
    SELECT a.id, a.title, a.byline, a.site_name, new.text FROM articles a WHERE a.id = new.article_id;
END;
