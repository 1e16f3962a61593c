#pragma once

#include <QList>
#include <QString>

namespace Quoteshelf::Extract {

// A paragraph (or block) the extractor reads, in UTF-16 indices, end exclusive.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// One run of quoted text between an opening and a closing mark. A quotation continued over
// several paragraphs (each opening with a mark, only the last one closing) is one QuotedSpan.
struct QuotedSpan
{
    qsizetype open = 0; // index of the opening mark
    qsizetype close = -1; // index of the closing mark, -1 when never closed
    qsizetype innerStart = 0; // the quoted words, without the marks
    qsizetype innerEnd = 0;
    int firstParagraph = 0;
    int lastParagraph = 0;
    bool closed() const { return close >= 0; }
};

// Finds quotation marks in every common style: "straight", “curly”, ‘single curly’, « guillemets »
// and „German“, and the unusual ones seen in real pages: ” as an opener too (”…”), ’’ or '' as a
// closer, ‘‘ or `` as an opener. Straight single quotes are not considered: in news text they are nearly always
// apostrophes. Runs in one pass over the paragraphs.
class QuoteScanner final
{
public:
    // Replaces found's contents with the spans, in text order.
    static void scan(const QString &text, const QList<Span> &paragraphs, QList<QuotedSpan> *found);
};

} // namespace Quoteshelf::Extract
