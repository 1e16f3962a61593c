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

-- (DROP COLUMN, not a new table: dropping the old table would cascade to everything that
-- refers to its articles.)
ALTER TABLE articles DROP COLUMN original;
ALTER TABLE articles DROP COLUMN html;
ALTER TABLE articles DROP COLUMN text;
ALTER TABLE articles DROP COLUMN blocks;

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
