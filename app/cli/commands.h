#pragma once

#include "cli/filenames.h"

#include <QStringList>

class QTextStream;

namespace Quoteshelf::Library {
class Database;
}

namespace Quoteshelf::Cli {

// Each command returns the process exit code: 0 on success, 1 when something failed (and was
// reported on stderr), 2 on a usage error.
struct Context
{
    QString libraryDir;
    QTextStream &out;
    QTextStream &err;
    FileNames files = {}; // file arguments whose names are not UTF-8
};

// Opens the context's library, reporting on err when it cannot be used.
bool openLibrary(Context &context, Library::Database &database);

int extractCommand(Context &context, const QStringList &files, const QString &format);
int importCommand(Context &context, const QStringList &files);
// import-list: every link of a Pocket or Instapaper export fetched as `import URL` does, with its
// tags and archived state; the failures listed at the end.
// An Omnivore export (zip or folder) is imported with its pages, labels and highlights instead
// (omnivorecommand.cpp); fetchMissing fetches the pages the export does not hold.
int importListCommand(Context &context, const QStringList &files, bool fetchMissing = false);
int importOmnivoreCommand(Context &context, const QString &path, bool fetchMissing);
int listCommand(Context &context);
int searchCommand(Context &context, const QStringList &words);

// annotationcommands.cpp
// import --replace: updates the article from the same source in place, re-anchoring highlights;
// articleId > 0 names the article to replace (one file only).
int replaceCommand(Context &context, const QStringList &files, qint64 articleId = 0);

struct HighlightOptions
{
    QString text;        // the exact words to highlight (first occurrence in the article's text)
    QString color = QStringLiteral("yellow");
    QString note;
    QStringList tags;
};
int highlightCommand(Context &context, const QStringList &args, const HighlightOptions &options);
int highlightsCommand(Context &context, const QStringList &args);

// annotations export ID|--all [--out FILE] / annotations import FILE: W3C Web Annotations out and
// in (Hypothesis exports in too).
struct AnnotationsOptions
{
    bool all = false;
    QString out = QStringLiteral("-"); // a file, or - for standard output
};
int annotationsCommand(Context &context, const QStringList &args, const AnnotationsOptions &options);

} // namespace Quoteshelf::Cli
