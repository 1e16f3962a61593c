#pragma once

#include "import/reader.h"

namespace Quoteshelf::Import {

// Plain text as saved from a page: a title line (unless the first line reads as a paragraph: a
// long sentence, or one quoting someone), perhaps a "by NAME" byline, an image caption
// with a credit, short heading lines, paragraphs, and often a trailing list of related headlines
// (site navigation). The text itself is kept byte-for-byte (after decoding, BOM removal and
// line-ending normalisation) so that offsets into the file and into Article::text agree; the
// reader only classifies its lines into blocks and builds the HTML from them.
class PlainTextReader final
{
public:
    ReadResult read(const QByteArray &data) const;

    // Exposed for the tests: "FARUK IMAMOVIC" -> "Faruk Imamovic"; mixed case is left alone.
    static QString titleCaseName(const QString &name);
};

} // namespace Quoteshelf::Import
