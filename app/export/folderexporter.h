#pragma once

#include "export/exportdata.h"
#include "export/exportfile.h"

#include <QList>
#include <QString>

namespace Quoteshelf::Export {

class MarkdownExporter;

struct FileOutcome
{
    qint64 articleId = 0;
    QString path; // the file written or left alone; empty when no name could be chosen
    ExportStatus status = ExportStatus::Error;
    QString message; // why, for Conflict and Error
};

// Writes one Markdown file per article into directory (created if missing), through exporter.
//
// An article already exported into the folder is found by the id in its begin marker, whatever
// the file is called now, and updated in place with updateFile(): text outside the block survives,
// an edited block is a Conflict unless policy says Overwrite. A new article gets the exporter's
// file name; when that name is taken (by another article or by a file of the reader's own) it
// becomes "Name (2).md", "Name (3).md"... Files are replaced atomically (QSaveFile).
QList<FileOutcome> exportToFolder(const MarkdownExporter &exporter, const QList<ExportData> &articles,
                                  const QString &directory, ConflictPolicy policy = ConflictPolicy::Report);

} // namespace Quoteshelf::Export
