#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Library {

// One highlight as stored: a W3C TextQuoteSelector (exact + ~32 code points of prefix and suffix)
// and a TextPositionSelector (code-point offsets into articles.text). An orphan is a highlight
// whose text could not be found again after a re-import; it is kept, never deleted for it.
struct HighlightRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString color; // yellow, green, blue, pink, purple
    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0; // code points, [start, end)
    qsizetype end = 0;
    bool orphaned = false;
    QString note; // Markdown
    qint64 quoteId = 0; // 0 when the highlight was not made from an extracted quote
    QString speaker; // the quote's speaker at creation time, kept across re-extraction
    QStringList tags; // sorted case-insensitively
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What the notebook (all highlights across the library) filters on. Empty / zero / invalid
// fields do not filter.
struct HighlightFilter
{
    QStringList colors; // any of
    QString tag; // case-insensitive exact tag name
    QString speaker; // case-insensitive exact speaker name
    qint64 articleId = 0;
    QDateTime createdFrom; // inclusive
    QDateTime createdTo; // exclusive
    QString text; // FTS5 query over exact text and note (prefix matching per word)
    bool includeOrphans = true;
};

} // namespace Quoteshelf::Library
