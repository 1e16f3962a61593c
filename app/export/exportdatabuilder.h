#pragma once

#include "export/exportdata.h"
#include "export/highlightdata.h"
#include "library/records.h"

namespace Quoteshelf::Export {

// Fills ExportData from what the repositories return for one article. Pure; the records can come
// in any order. Highlights are sorted into text order; a highlight lying inside an attributed quote
// gets that quote's speaker even when the row did not record it. Suggested tags the reader has not
// accepted are left out unless includeSuggestedTags is set.
ExportData buildExportData(const Library::ArticleRecord &article, const QList<Library::QuoteRecord> &quotes,
                           const QList<Library::SpeakerRecord> &speakers, const QList<Library::TagRecord> &tags,
                           const QList<HighlightData> &highlights, const QString &articleNote,
                           bool includeSuggestedTags = false);

} // namespace Quoteshelf::Export
