#pragma once

#include <QList>
#include <QString>
#include <QtAlgorithms>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// '`', '\'' or anything beyond ASCII; to when there is none. News text is mostly ASCII letters and
// spaces, so the scans for marks read many characters at a time: eight with SSE2 (every x86-64
// has it), else four in a 64-bit word.
inline qsizetype nextPossibleMark(const char16_t *chars, qsizetype from, qsizetype to)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backtick = _mm_set1_epi16(u'`');
    const __m128i apostrophe = _mm_set1_epi16(u'\'');
    const __m128i beyondAscii = _mm_set1_epi16(short(0xFF80));
    for (; i + 8 <= to; i += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
        const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(x, quote), _mm_cmpeq_epi16(x, backtick)),
                                           _mm_cmpeq_epi16(x, apostrophe));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(x, beyondAscii), _mm_setzero_si128());
        // Two bits per character: the first set one is where the first candidate lies.
        const uint found = uint(_mm_movemask_epi8(marks)) | (~uint(_mm_movemask_epi8(ascii)) & 0xFFFFu);
        if (found)
            return i + qCountTrailingZeroBits(found) / 2;
    }
#else
    constexpr quint64 ones = 0x0001000100010001ull; // one per 16-bit lane
    constexpr quint64 highs = 0x8000800080008000ull;
    const auto hasLane = [](quint64 x, char16_t c) {
        const quint64 y = x ^ (ones * c); // a zero lane where x holds c
        return ((y - ones) & ~y & highs) != 0;
    };
    for (; i + 4 <= to; i += 4) {
        quint64 x;
        std::memcpy(&x, chars + i, sizeof x);
        if ((x & 0xFF80FF80FF80FF80ull) || hasLane(x, u'"') || hasLane(x, u'`') || hasLane(x, u'\''))
            break;
    }
#endif
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
