-- Quoteshelf library schema, version 2: indexes for the annotation queries.
-- Tag rename/merge and unused-tag pruning look links up by tag; the notebook lists highlights
-- newest first and filters on a date range.

CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);
CREATE INDEX quote_tags_tag ON quote_tags(tag_id);
CREATE INDEX highlights_created ON highlights(created_at);
