-- Quoteshelf library schema, version 5: everyone quoted across the library, kept up to date as
-- articles are written instead of being worked out from every speaker and quote on each look.
--
-- A library speaker gathers the per-article speaker rows that are the same person: equal names
-- (case-insensitively), or one row's name being another's alias. Anonymous descriptions ("a senior
-- official") are gathered by description, never with a named speaker. The rows are placed by
-- Library::SpeakerDirectory when an article is written; the counts below follow the quotes by
-- triggers, so every writer keeps them right.

CREATE TABLE library_speakers (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,                 -- the fullest spelling in use
    name_key      TEXT NOT NULL,                 -- that spelling case-folded
    kind          TEXT NOT NULL DEFAULT 'person',
    role          TEXT NOT NULL DEFAULT '',      -- the most used role
    quote_count   INTEGER NOT NULL DEFAULT 0,    -- quotes attributed to them, corrections applied
    article_count INTEGER NOT NULL DEFAULT 0     -- articles with at least one of those quotes
);
-- The Speakers window's orders: anonymous sources after the named ones in each.
CREATE INDEX library_speakers_by_quotes ON library_speakers(kind = 'anonymous', quote_count DESC, name_key)
    WHERE quote_count > 0;
CREATE INDEX library_speakers_by_name ON library_speakers(kind = 'anonymous', name_key) WHERE quote_count > 0;
CREATE INDEX library_speakers_name_key ON library_speakers(name_key);

-- Every spelling of a library speaker: their names (a name spelling belongs to one speaker) and
-- the aliases their rows carried (an alias such as "Smith" may be several people's).
CREATE TABLE library_speaker_names (
    key        TEXT NOT NULL,                    -- case-folded; 'anon:' in front for descriptions
    speaker_id INTEGER NOT NULL REFERENCES library_speakers(id) ON DELETE CASCADE,
    is_alias   INTEGER NOT NULL,
    spelling   TEXT NOT NULL,
    PRIMARY KEY (key, is_alias, speaker_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX library_speaker_names_name ON library_speaker_names(key) WHERE is_alias = 0;
CREATE INDEX library_speaker_names_speaker ON library_speaker_names(speaker_id);

-- Names, aliases and role of each library speaker for speaker: searches and the window's filter
-- (rowid = library_speakers.id).
CREATE VIRTUAL TABLE library_speakers_fts USING fts5(
    names, role, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

ALTER TABLE speakers ADD COLUMN library_speaker_id INTEGER REFERENCES library_speakers(id);
ALTER TABLE quotes ADD COLUMN library_speaker_id INTEGER REFERENCES library_speakers(id);
CREATE INDEX speakers_library_speaker ON speakers(library_speaker_id);
CREATE INDEX quotes_library_speaker ON quotes(library_speaker_id, article_id);

-- How often each role was given to a library speaker, for its most used one.
CREATE TABLE library_speaker_roles (
    speaker_id INTEGER NOT NULL REFERENCES library_speakers(id) ON DELETE CASCADE,
    role_key   TEXT NOT NULL,
    role       TEXT NOT NULL,
    uses       INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, role_key)
) WITHOUT ROWID;

-- The articles each library speaker is quoted in, with how many quotes: the article count and
-- speaker: searches.
CREATE TABLE library_speaker_articles (
    speaker_id INTEGER NOT NULL REFERENCES library_speakers(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    quotes     INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, article_id)
) WITHOUT ROWID;
CREATE INDEX library_speaker_articles_article ON library_speaker_articles(article_id);

-- A quote counts for its library speaker (the reader's correction already applied by the writer).
CREATE TRIGGER quotes_library_speaker_insert AFTER INSERT ON quotes WHEN new.library_speaker_id IS NOT NULL BEGIN
    UPDATE library_speakers SET quote_count = quote_count + 1,
        article_count = article_count + NOT EXISTS (SELECT 1 FROM library_speaker_articles
            WHERE speaker_id = new.library_speaker_id AND article_id = new.article_id)
        WHERE id = new.library_speaker_id;
    INSERT INTO library_speaker_articles (speaker_id, article_id, quotes) VALUES (new.library_speaker_id, new.article_id, 1)
        ON CONFLICT (speaker_id, article_id) DO UPDATE SET quotes = quotes + 1;
END;
CREATE TRIGGER quotes_library_speaker_delete AFTER DELETE ON quotes WHEN old.library_speaker_id IS NOT NULL BEGIN
    UPDATE library_speaker_articles SET quotes = quotes - 1
        WHERE speaker_id = old.library_speaker_id AND article_id = old.article_id;
    UPDATE library_speakers SET quote_count = quote_count - 1,
        article_count = article_count - EXISTS (SELECT 1 FROM library_speaker_articles
            WHERE speaker_id = old.library_speaker_id AND article_id = old.article_id AND quotes <= 0)
        WHERE id = old.library_speaker_id;
    DELETE FROM library_speaker_articles
        WHERE speaker_id = old.library_speaker_id AND article_id = old.article_id AND quotes <= 0;
END;
CREATE TRIGGER quotes_library_speaker_update_old AFTER UPDATE OF library_speaker_id ON quotes
    WHEN old.library_speaker_id IS NOT NULL AND old.library_speaker_id IS NOT new.library_speaker_id BEGIN
    UPDATE library_speaker_articles SET quotes = quotes - 1
        WHERE speaker_id = old.library_speaker_id AND article_id = old.article_id;
    UPDATE library_speakers SET quote_count = quote_count - 1,
        article_count = article_count - EXISTS (SELECT 1 FROM library_speaker_articles
            WHERE speaker_id = old.library_speaker_id AND article_id = old.article_id AND quotes <= 0)
        WHERE id = old.library_speaker_id;
    DELETE FROM library_speaker_articles
        WHERE speaker_id = old.library_speaker_id AND article_id = old.article_id AND quotes <= 0;
END;
CREATE TRIGGER quotes_library_speaker_update_new AFTER UPDATE OF library_speaker_id ON quotes
    WHEN new.library_speaker_id IS NOT NULL AND old.library_speaker_id IS NOT new.library_speaker_id BEGIN
    UPDATE library_speakers SET quote_count = quote_count + 1,
        article_count = article_count + NOT EXISTS (SELECT 1 FROM library_speaker_articles
            WHERE speaker_id = new.library_speaker_id AND article_id = new.article_id)
        WHERE id = new.library_speaker_id;
    INSERT INTO library_speaker_articles (speaker_id, article_id, quotes) VALUES (new.library_speaker_id, new.article_id, 1)
        ON CONFLICT (speaker_id, article_id) DO UPDATE SET quotes = quotes + 1;
END;

-- A speaker row's role counts for its library speaker; the most used one is shown.
CREATE TRIGGER speakers_role_placed AFTER UPDATE OF library_speaker_id ON speakers
    WHEN old.library_speaker_id IS NOT new.library_speaker_id AND trim(new.role) <> '' BEGIN
    UPDATE library_speaker_roles SET uses = uses - 1
        WHERE speaker_id = old.library_speaker_id AND role_key = lower(trim(old.role));
    DELETE FROM library_speaker_roles WHERE speaker_id = old.library_speaker_id AND uses <= 0;
    UPDATE library_speakers SET role = coalesce((SELECT role FROM library_speaker_roles
        WHERE speaker_id = old.library_speaker_id ORDER BY uses DESC, role_key LIMIT 1), '')
        WHERE id = old.library_speaker_id;
    INSERT INTO library_speaker_roles (speaker_id, role_key, role, uses)
        SELECT new.library_speaker_id, lower(trim(new.role)), trim(new.role), 1 WHERE new.library_speaker_id IS NOT NULL
        ON CONFLICT (speaker_id, role_key) DO UPDATE SET uses = uses + 1;
    UPDATE library_speakers SET role = coalesce((SELECT role FROM library_speaker_roles
        WHERE speaker_id = new.library_speaker_id ORDER BY uses DESC, role_key LIMIT 1), '')
        WHERE id = new.library_speaker_id;
END;
CREATE TRIGGER speakers_role_delete AFTER DELETE ON speakers
    WHEN old.library_speaker_id IS NOT NULL AND trim(old.role) <> '' BEGIN
    UPDATE library_speaker_roles SET uses = uses - 1
        WHERE speaker_id = old.library_speaker_id AND role_key = lower(trim(old.role));
    DELETE FROM library_speaker_roles WHERE speaker_id = old.library_speaker_id AND uses <= 0;
    UPDATE library_speakers SET role = coalesce((SELECT role FROM library_speaker_roles
        WHERE speaker_id = old.library_speaker_id ORDER BY uses DESC, role_key LIMIT 1), '')
        WHERE id = old.library_speaker_id;
END;
