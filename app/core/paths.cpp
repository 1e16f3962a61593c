#include "core/paths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Quoteshelf::Core {

QString libraryDirectory(const QString &commandLineOption)
{
    if (!commandLineOption.isEmpty())
        return QDir(commandLineOption).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("QUOTESHELF_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    // Where the reader moved it (Settings › Library), as long as the library is there: a folder on
    // a drive that is not mounted must not become a new, empty library.
    const QString moved = QSettings().value(LibraryLocationKey).toString();
    if (!moved.isEmpty()) {
        if (QFileInfo::exists(databasePath(moved)))
            return QDir(moved).absolutePath();
        qWarning("The library's folder %s holds no library; using the default folder", qUtf8Printable(moved));
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool libraryDirectoryIsChosen(const QString &commandLineOption)
{
    return !commandLineOption.isEmpty() || !qEnvironmentVariableIsEmpty("QUOTESHELF_LIBRARY");
}

QString databasePath(const QString &libraryDirectory)
{
    return QDir(libraryDirectory).filePath(QStringLiteral("library.sqlite"));
}

} // namespace Quoteshelf::Core
