#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Export {

// One row of the highlights table plus its tag names (highlight_tags joined with tags), field for
// field, so whoever owns the highlights repository can fill it without interpretation.
struct HighlightData
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString color = QStringLiteral("yellow");
    QString exact; // W3C TextQuoteSelector
    QString prefix;
    QString suffix;
    qsizetype start = 0; // W3C TextPositionSelector: code points into the article text
    qsizetype end = 0;
    bool orphaned = false; // could not be re-anchored; exported anyway, flagged
    QString note; // Markdown
    qint64 quoteId = 0; // 0 when the highlight is not on an extracted quote
    QString speaker; // as stored; empty when not on a quote
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList tags;
};

} // namespace Quoteshelf::Export
