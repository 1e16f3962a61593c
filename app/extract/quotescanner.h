#pragma once

#include <QList>
#include <QString>

#include <cstring>

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

// The first index in [from, to) of chars holding a character that may be a quotation mark: '"',
// '`', '\'' or anything beyond ASCII; to when there is none. Reads four characters at a time
// (news text is mostly ASCII letters and spaces), so that the scans for marks stay cheap.
inline qsizetype nextPossibleMark(const char16_t *chars, qsizetype from, qsizetype to)
{
    constexpr quint64 ones = 0x0001000100010001ull; // one per 16-bit lane
    constexpr quint64 highs = 0x8000800080008000ull;
    const auto hasLane = [](quint64 x, char16_t c) {
        const quint64 y = x ^ (ones * c); // a zero lane where x holds c
        return ((y - ones) & ~y & highs) != 0;
    };
    qsizetype i = from;
    for (; i + 4 <= to; i += 4) {
        quint64 x;
        std::memcpy(&x, chars + i, sizeof x);
        if ((x & 0xFF80FF80FF80FF80ull) || hasLane(x, u'"') || hasLane(x, u'`') || hasLane(x, u'\''))
            break;
    }
    for (; i < to; ++i) {
        const char16_t c = chars[i];
        if (c >= 0x80 || c == u'"' || c == u'`' || c == u'\'')
            return i;
    }
    return to;
}

// Finds quotation marks in every common style: "straight", “curly”, ‘single curly’, « guillemets »
// and „German“, and the unusual ones seen in real pages: ” as an opener too (”…”), ’’ or '' as a
// closer, ‘‘ or `` as an opener. 'Straight single quotes' count only in a text that writes its
// quotations with them (more of them open sentences than double marks open quotations): elsewhere
// they are nearly always apostrophes. Runs in one pass over the paragraphs, after a count of marks.
class QuoteScanner final
{
public:
    // Replaces found's contents with the spans, in text order.
    static void scan(const QString &text, const QList<Span> &paragraphs, QList<QuotedSpan> *found);
};

} // namespace Quoteshelf::Extract
