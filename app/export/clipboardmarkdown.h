#pragma once

#include "export/exportdata.h"

#include <QString>

// "Copy as Markdown": small, fixed Markdown snippets for the clipboard. They do not go through a
// template (a snippet has no front matter or markers to keep stable) but use the same escaping and
// links as the export, so a pasted passage looks like the exported one.
namespace Quoteshelf::Export {

// The passage as a block quote, its speaker, note and tags, and a link back to it.
QString highlightMarkdown(const ExportArticle &article, const ExportHighlight &highlight);

// The quote as a block quote attributed to its speaker, with the article it comes from.
QString quoteMarkdown(const ExportArticle &article, const ExportSpeaker &speaker, const ExportQuote &quote);

// The article's title and links, its note and every highlight: what the reader wrote about it.
QString articleNotesMarkdown(const ExportData &data);

} // namespace Quoteshelf::Export
