-- Quoteshelf library schema, version 3: the utterance each quote belongs to.
-- The extractor gives each quoted stretch its own quote; the stretches of one utterance ("“A,”
-- Vale said. “B.”") share a group number within their article. NULL for quotes extracted before.

ALTER TABLE quotes ADD COLUMN group_id INTEGER;
