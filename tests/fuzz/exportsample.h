#pragma once

// An article with highlights and quotes whose texts come from the fuzz input, for the export
// targets. Fields are cut from the input at 0x1e (see fields()).

#include "export/exportdata.h"
#include "fuzzcommon.h"

#include <QTimeZone>

namespace Quoteshelf::Fuzz {

inline Export::ExportData exportData(const QList<QString> &f)
{
    using namespace Quoteshelf::Export;
    ExportData data;
    data.article.id = 7;
    data.article.title = f.value(0);
    data.article.author = f.value(1);
    data.article.site = QStringLiteral("example.org");
    data.article.url = QStringLiteral("https://example.org/a");
    data.article.published = f.value(2);
    data.article.saved = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    data.article.lang = QStringLiteral("en");
    data.article.tags = f.value(3).split(QLatin1Char(','));
    data.article.note = f.value(4);
    const QString colours[] = {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue")};
    for (int i = 0; i < 3; ++i) {
        ExportHighlight h;
        h.id = i + 1;
        h.color = colours[i];
        h.text = f.value(5 + 2 * i);
        h.note = f.value(6 + 2 * i);
        h.tags = h.note.left(20).split(QLatin1Char(' '));
        h.start = 10 * i;
        h.end = 10 * i + h.text.size();
        h.orphaned = i == 2;
        h.quoteId = i == 1 ? 1 : 0;
        h.speaker = i == 1 ? f.value(1) : QString();
        data.highlights.append(h);
    }
    ExportSpeaker speaker;
    speaker.name = f.value(1);
    speaker.role = f.value(11);
    speaker.kind = QStringLiteral("person");
    speaker.quotes.append(ExportQuote{1, f.value(12), QStringLiteral("direct"), 0, f.value(12).size()});
    data.speakers.append(speaker);
    ExportSpeaker unattributed;
    unattributed.quotes.append(ExportQuote{2, f.value(13), QStringLiteral("indirect"), 40, 50});
    data.speakers.append(unattributed);
    return data;
}

} // namespace Quoteshelf::Fuzz
