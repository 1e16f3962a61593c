#pragma once

#include "export/exportdata.h"
#include "export/highlightdata.h"

#include <optional>

namespace Quoteshelf::Library {
class ArticleRepository;
class HighlightRepository;
struct HighlightRecord;
} // namespace Quoteshelf::Library

// The bridge from the library to the export engine, shared by the command-line tool and the
// export dialog so both export exactly the same data for an article.
namespace Quoteshelf::Export {

// Field for field; the record's tags come along as they are.
HighlightData fromHighlightRecord(const Library::HighlightRecord &record);

// Everything buildExportData() needs for one article, read from the two repositories (which must
// share one database). Empty when there is no article with that id.
std::optional<ExportData> exportDataFor(const Library::ArticleRepository &articles,
                                        const Library::HighlightRepository &highlights, qint64 articleId,
                                        bool includeSuggestedTags = false);

} // namespace Quoteshelf::Export
