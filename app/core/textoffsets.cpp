#include "core/textoffsets.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Quoteshelf::Core {

namespace {

// Whether a block of 64 UTF-16 units holds a high surrogate: a loop of fixed length without
// early exit, which the compiler turns into a few vector instructions.
bool hasHighSurrogate(const char16_t *block)
{
    char16_t found = 0; // 16-bit lanes, like the text: GCC vectorises this form at -O2
    for (int k = 0; k < 64; ++k)
        found |= char16_t((block[k] & 0xFC00) == 0xD800);
    return found != 0;
}

// Whether every unit of a block of 64 lies below U+8000, and so none is a surrogate: the units
// OR-ed together eight at a time with SSE2 (every x86-64 has it), half the work of the test above.
// Most texts are written in scripts below U+8000 throughout (Latin, Greek, Cyrillic, Arabic,
// Devanagari...), so most blocks are passed over by this test alone.
bool belowU8000(const char16_t *block)
{
#if defined(__SSE2__)
    __m128i any = _mm_loadu_si128(reinterpret_cast<const __m128i *>(block));
    for (int k = 8; k < 64; k += 8)
        any = _mm_or_si128(any, _mm_loadu_si128(reinterpret_cast<const __m128i *>(block + k)));
    return (_mm_movemask_epi8(any) & 0xAAAA) == 0; // the top bit of each unit
#else
    Q_UNUSED(block);
    return false;
#endif
}

} // namespace

TextOffsets::TextOffsets(const QString &text) : m_utf16Length(text.size())
{
    const char16_t *chars = QStringView(text).utf16();
    qsizetype i = 0;
    while (i + 1 < m_utf16Length) {
        if ((i & 63) == 0 && i + 64 <= m_utf16Length && (belowU8000(chars + i) || !hasHighSurrogate(chars + i))) {
            i += 64;
            continue;
        }
        if (QChar::isHighSurrogate(chars[i]) && QChar::isLowSurrogate(chars[i + 1])) {
            m_pairs.append(i);
            ++i;
        }
        ++i;
    }
    m_codePointLength = m_utf16Length - m_pairs.size();
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_utf16Length);
    // Pairs that start before utf16Index; an index inside a pair counts as the pair's start.
    const auto it = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16Index);
    qsizetype before = it - m_pairs.cbegin();
    return utf16Index - before;
}

qsizetype TextOffsets::toUtf16(qsizetype codePointIndex) const
{
    codePointIndex = std::clamp<qsizetype>(codePointIndex, 0, m_codePointLength);
    // The k-th pair starts at code point m_pairs[k] - k. Count pairs that start before the index.
    qsizetype lo = 0;
    qsizetype hi = m_pairs.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairs.at(mid) - mid < codePointIndex)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePointIndex + lo;
}

qsizetype codePointLength(const QString &text)
{
    return TextOffsets(text).codePointLength();
}

QString codePointMid(const QString &text, qsizetype start, qsizetype end)
{
    const TextOffsets offsets(text);
    const qsizetype from = offsets.toUtf16(start);
    return text.mid(from, offsets.toUtf16(end) - from);
}

} // namespace Quoteshelf::Core
