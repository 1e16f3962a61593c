#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace Quoteshelf::Core {

QString libraryDirectory(const QString &commandLineOption)
{
    if (!commandLineOption.isEmpty())
        return QDir(commandLineOption).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("QUOTESHELF_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString &libraryDirectory)
{
    return QDir(libraryDirectory).filePath(QStringLiteral("library.sqlite"));
}

} // namespace Quoteshelf::Core
