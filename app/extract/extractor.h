#pragma once

#include "extract/types.h"

namespace Quoteshelf::Extract {

// Finds who said what in an article's plain text. Qt Core only, no I/O, thread-safe (const).
class Extractor final
{
public:
    Extractor();

    // segments: the body spans to read (paragraphs, block quotes); empty means the whole text.
    // Either way each line is a paragraph; a quotation left open continues into the next
    // paragraph only when that one opens with a quotation mark. All offsets in the result are
    // code points into text.
    Result extract(const QString &text, const QList<Segment> &segments = {}) const;
};

} // namespace Quoteshelf::Extract
