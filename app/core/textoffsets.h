#pragma once

#include <QList>
#include <QString>

namespace Quoteshelf::Core {

// Every stored offset (quotes, highlights, blocks, search hits) counts Unicode code points, not
// UTF-16 units, so that it means the same thing in C++, JavaScript (Array.from), Python and the
// corpora. QString indexes UTF-16; this class converts between the two for one text.
// Construction is O(n); each conversion is O(log k) where k is the number of surrogate pairs.
class TextOffsets final
{
public:
    explicit TextOffsets(const QString &text);

    qsizetype toCodePoint(qsizetype utf16Index) const;
    qsizetype toUtf16(qsizetype codePointIndex) const;
    qsizetype codePointLength() const { return m_codePointLength; }

private:
    // UTF-16 positions of the high surrogate of each pair, ascending.
    QList<qsizetype> m_pairs;
    qsizetype m_utf16Length = 0;
    qsizetype m_codePointLength = 0;
};

// Convenience for one-off conversions.
qsizetype codePointLength(const QString &text);
QString codePointMid(const QString &text, qsizetype start, qsizetype end);

} // namespace Quoteshelf::Core
