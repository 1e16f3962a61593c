#pragma once

#include "export/exportdocument.h"

#include <optional>
#include <QString>

// How an exported file is laid out and re-exported without losing what the reader wrote in it:
//
//   ---
//   title: ...            front matter: keys the template writes are refreshed,
//   my_key: ...           keys the reader added are kept where they are
//   ---
//
//   <!-- quoteshelf:begin id=12 hash=0123456789abcdef -->
//   ...                   the export; replaced on every re-export
//   <!-- quoteshelf:end -->
//
//   reader's own text     anything outside the markers is never touched
//
// hash is the start of the SHA-256 of the block as written, after normalising line ends, trailing
// spaces and surrounding blank lines (what editors change on their own). When the block no longer
// matches it, the reader edited inside it and updateFile() reports a conflict instead of writing.
// All functions here are pure.
namespace Quoteshelf::Export {

enum class ExportStatus {
    Written, // a new file
    Updated, // an existing file whose block changed
    Unchanged, // re-export produced exactly the file already there
    Conflict, // the reader edited inside the block (or the file is not ours); nothing written
    Error, // the template failed, the file could not be read or written, or the markers are broken
};

QString exportStatusName(ExportStatus status); // "written", "updated", ... for the CLI and logs

enum class ConflictPolicy {
    Report, // leave the file alone and return Conflict
    Overwrite, // the reader chose to replace their edits inside the block
};

struct UpdateResult
{
    ExportStatus status = ExportStatus::Error;
    QString text; // the file to write; for Conflict, what Overwrite would write
    QString message; // why, for Conflict and Error
};

QString blockHash(const QString &block);

// The whole file for a first export.
QString composeFile(const ExportDocument &document);

// Replaces the block of document.articleId in existingText, merges the front matter and keeps
// everything else. An empty existingText gives Written.
UpdateResult updateFile(const QString &existingText, const ExportDocument &document,
                        ConflictPolicy policy = ConflictPolicy::Report);

// The article id in the file's begin marker, if it has one.
std::optional<qint64> exportedArticleId(const QString &text);

} // namespace Quoteshelf::Export
