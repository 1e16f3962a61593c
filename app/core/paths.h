#pragma once

#include <QString>

namespace Quoteshelf::Core {

// Where the library lives, in order of precedence: the --library option, the QUOTESHELF_LIBRARY
// environment variable, then QStandardPaths::AppDataLocation.
QString libraryDirectory(const QString &commandLineOption = {});

// The database file inside a library directory.
QString databasePath(const QString &libraryDirectory);

} // namespace Quoteshelf::Core
