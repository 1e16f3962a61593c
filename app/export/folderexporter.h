#pragma once

#include "export/exportdata.h"
#include "export/exportfile.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

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
//
// progress, when given, is called after each article with how many are done and how many there
// are; returning false stops the export there: the outcomes then cover the articles done so far.
using ExportProgress = std::function<bool(qsizetype done, qsizetype total)>;
QList<FileOutcome> exportToFolder(const MarkdownExporter &exporter, const QList<ExportData> &articles,
                                  const QString &directory, ConflictPolicy policy = ConflictPolicy::Report,
                                  const ExportProgress &progress = {});

// The same for articles named by id, each loaded just before it is written and let go after: a
// whole library exports in the memory of one article. load returns nullopt for an article that
// is gone (an Error outcome says so).
using ExportSource = std::function<std::optional<ExportData>(qint64 articleId)>;
QList<FileOutcome> exportToFolder(const MarkdownExporter &exporter, const QList<qint64> &articleIds,
                                  const ExportSource &load, const QString &directory,
                                  ConflictPolicy policy = ConflictPolicy::Report, const ExportProgress &progress = {});

} // namespace Quoteshelf::Export
