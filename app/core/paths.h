#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Quoteshelf::Core {

// The setting that holds the folder the library was moved to.
inline constexpr QLatin1StringView LibraryLocationKey("library/location");

// Where the library lives, in order of precedence: the --library option, the QUOTESHELF_LIBRARY
// environment variable, the folder it was moved to (LibraryLocationKey, when the library is
// there), then QStandardPaths::AppDataLocation.
QString libraryDirectory(const QString &commandLineOption = {});

// True when the option or the environment names the library: moving it then changes nothing.
bool libraryDirectoryIsChosen(const QString &commandLineOption = {});

// The database file inside a library directory.
QString databasePath(const QString &libraryDirectory);

} // namespace Quoteshelf::Core
