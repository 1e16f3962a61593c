#include "export/highlightadapter.h"

#include "export/exportdatabuilder.h"
#include "library/articlerepository.h"
#include "library/highlightrecord.h"
#include "library/highlightrepository.h"

namespace Quoteshelf::Export {

HighlightData fromHighlightRecord(const Library::HighlightRecord &record)
{
    HighlightData data;
    data.id = record.id;
    data.articleId = record.articleId;
    // HighlightData defaults to yellow, as the table does; keep that for a record without a colour.
    if (!record.color.isEmpty())
        data.color = record.color;
    data.exact = record.exact;
    data.prefix = record.prefix;
    data.suffix = record.suffix;
    data.start = record.start;
    data.end = record.end;
    data.orphaned = record.orphaned;
    data.note = record.note;
    data.quoteId = record.quoteId;
    data.speaker = record.speaker;
    data.createdAt = record.createdAt;
    data.updatedAt = record.updatedAt;
    data.tags = record.tags;
    return data;
}

std::optional<ExportData> exportDataFor(const Library::ArticleRepository &articles,
                                        const Library::HighlightRepository &highlights, qint64 articleId,
                                        bool includeSuggestedTags)
{
    const auto article = articles.article(articleId);
    if (!article)
        return std::nullopt;
    QList<HighlightData> data;
    for (const Library::HighlightRecord &record : highlights.highlights(articleId))
        data.append(fromHighlightRecord(record));
    return buildExportData(*article, articles.quotes(articleId), articles.speakers(articleId), articles.tags(articleId),
                           data, highlights.articleNote(articleId), includeSuggestedTags);
}

} // namespace Quoteshelf::Export
