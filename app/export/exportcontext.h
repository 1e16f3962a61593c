#pragma once

#include "export/exportdata.h"
#include "export/exportoptions.h"

#include <QVariantHash>

// The mapping from ExportData to template variables, documented in TEMPLATES.md. Kept apart from
// the engine so the variable names have one home and can be checked without rendering.
namespace Quoteshelf::Export {

// quoteshelf://article/ID and quoteshelf://article/ID#h-HIGHLIGHT: the reader opens the article
// and scrolls to the passage.
QString articleLink(qint64 articleId);
QString highlightLink(qint64 articleId, qint64 highlightId);

// The highlights the options keep (colours and tags compared case-insensitively), in text order.
QList<ExportHighlight> selectHighlights(const QList<ExportHighlight> &highlights, const ExportOptions &options);

QVariantHash exportContext(const ExportData &data, const ExportOptions &options);

} // namespace Quoteshelf::Export
