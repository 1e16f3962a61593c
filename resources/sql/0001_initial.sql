-- Quoteshelf library schema, version 1.
-- Offsets (start/end) are Unicode code points into articles.text.

CREATE TABLE articles (
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
    original        BLOB,                          -- the file as imported
    html            TEXT NOT NULL,                 -- sanitised body
    text            TEXT NOT NULL,                 -- plain text the offsets refer to
    blocks          TEXT NOT NULL DEFAULT '[]',    -- JSON [[kind, start, end], ...]
    word_count      INTEGER NOT NULL DEFAULT 0,
    content_hash    TEXT NOT NULL UNIQUE,
    added_at        TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    read_at         TEXT,
    archived        INTEGER NOT NULL DEFAULT 0,
    progress        REAL NOT NULL DEFAULT 0,       -- 0..1, reading position
    highlight_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_added ON articles(added_at);
CREATE INDEX articles_source ON articles(source_url, source_file);

CREATE TABLE assets (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    data        BLOB NOT NULL,
    UNIQUE (article_id, name)
);

CREATE TABLE speakers (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'person',    -- person, organisation, anonymous
    aliases     TEXT NOT NULL DEFAULT '[]',        -- JSON array
    quote_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX speakers_article ON speakers(article_id);
CREATE INDEX speakers_name ON speakers(name COLLATE NOCASE);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id      INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    text            TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    kind            TEXT NOT NULL,                 -- direct, mixed, indirect
    cue             TEXT NOT NULL DEFAULT '',
    mention         TEXT NOT NULL DEFAULT '',
    mention_start   INTEGER NOT NULL DEFAULT -1,
    mention_end     INTEGER NOT NULL DEFAULT -1,
    confidence      REAL NOT NULL DEFAULT 0,
    speaker_override TEXT                          -- the reader's correction, kept across re-extraction
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE tags (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'topic',     -- person, organisation, place, topic
    mentions    INTEGER NOT NULL DEFAULT 0,
    suggested   INTEGER NOT NULL DEFAULT 1,        -- 1 until the reader accepts it
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE highlights (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    color       TEXT NOT NULL DEFAULT 'yellow',
    exact       TEXT NOT NULL,                     -- W3C TextQuoteSelector
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    start       INTEGER NOT NULL,                  -- W3C TextPositionSelector
    "end"       INTEGER NOT NULL,
    orphaned    INTEGER NOT NULL DEFAULT 0,        -- could not be re-anchored; never deleted for it
    note        TEXT NOT NULL DEFAULT '',
    quote_id    INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    speaker     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights(article_id, start);

CREATE TABLE highlight_tags (
    highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (highlight_id, tag_id)
);

CREATE TABLE quote_tags (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, tag_id)
);

CREATE TABLE notes (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    body        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

-- Full-text search. Article text is indexed through external content (no second copy);
-- highlights and notes share one small contentful index.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, byline, site_name, text,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, byline, site_name, text)
    VALUES (new.id, new.title, new.byline, new.site_name, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, byline, site_name, text)
    VALUES ('delete', old.id, old.title, old.byline, old.site_name, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, byline, site_name, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, byline, site_name, text)
    VALUES ('delete', old.id, old.title, old.byline, old.site_name, old.text);
    INSERT INTO articles_fts(rowid, title, byline, site_name, text)
    VALUES (new.id, new.title, new.byline, new.site_name, new.text);
END;

-- rowid = 2 * highlight id for highlights, 2 * article id + 1 for article notes, so updates and
-- deletes find their row by rowid instead of scanning.
CREATE VIRTUAL TABLE annotations_fts USING fts5(
    kind UNINDEXED, article_id UNINDEXED, body,
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
    INSERT INTO annotations_fts(rowid, kind, article_id, body)
    VALUES (2 * new.id, 'highlight', new.article_id, new.exact || ' ' || new.note);
END;
CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
    DELETE FROM annotations_fts WHERE rowid = 2 * old.id;
END;
CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, note ON highlights BEGIN
    DELETE FROM annotations_fts WHERE rowid = 2 * old.id;
    INSERT INTO annotations_fts(rowid, kind, article_id, body)
    VALUES (2 * new.id, 'highlight', new.article_id, new.exact || ' ' || new.note);
END;
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO annotations_fts(rowid, kind, article_id, body)
    VALUES (2 * new.article_id + 1, 'note', new.article_id, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    DELETE FROM annotations_fts WHERE rowid = 2 * old.article_id + 1;
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
    DELETE FROM annotations_fts WHERE rowid = 2 * old.article_id + 1;
    INSERT INTO annotations_fts(rowid, kind, article_id, body)
    VALUES (2 * new.article_id + 1, 'note', new.article_id, new.body);
END;
