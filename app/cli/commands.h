#pragma once

#include <QStringList>

class QTextStream;

namespace Quoteshelf::Cli {

// Each command returns the process exit code: 0 on success, 1 when something failed (and was
// reported on stderr), 2 on a usage error.
struct Context
{
    QString libraryDir;
    QTextStream &out;
    QTextStream &err;
};

int extractCommand(Context &context, const QStringList &files, const QString &format);
int importCommand(Context &context, const QStringList &files);
int listCommand(Context &context);
int searchCommand(Context &context, const QStringList &words);

} // namespace Quoteshelf::Cli
