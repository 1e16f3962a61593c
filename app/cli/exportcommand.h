#pragma once

#include "cli/commands.h"

#include <QString>
#include <QStringList>

namespace Quoteshelf::Cli {

struct ExportCommandOptions
{
    bool all = false; // every article in the library instead of one id
    QString templateFile; // empty: the default template
    QString out = QStringLiteral("-"); // a folder, or "-" for stdout
    bool overwrite = false; // replace blocks the reader edited instead of reporting a conflict
    QStringList colours; // keep only these colours; empty keeps all
    QStringList tags; // keep only highlights with one of these tags; empty keeps all
    QString groupBy = QStringLiteral("none"); // none, colour or speaker
};

// export ID|--all: renders the articles through the template and prints the composed files, or
// writes them into a folder with exportToFolder() and prints STATUS<TAB>PATH per file. Exit 1 on a
// broken template (nothing is written), on any error and on any conflict.
int exportCommand(Context &context, const QStringList &args, const ExportCommandOptions &options);

// copy ID: the article's notes and highlights as Markdown, as "Copy as Markdown" puts them on the
// clipboard.
int copyCommand(Context &context, const QStringList &args);

} // namespace Quoteshelf::Cli
