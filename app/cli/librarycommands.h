#pragma once

#include "cli/commands.h"

namespace Quoteshelf::Cli {

// The library's health: check, backup, backups and restore (librarycommands.cpp).

// check: the full integrity check and each full-text index's own check. Exit 0 when all is well
// (which also clears a damage found before), 1 with each problem on stderr otherwise.
int checkCommand(Context &context);
// backup: a checked backup now, kept with the others in backups/ beside the library; prints its path.
int backupCommand(Context &context);
// backups: the backups, newest first: PATH<TAB>CREATED<TAB>BYTES.
int backupsCommand(Context &context);
// restore [FILE]: puts the backup FILE (default: the newest that passes its check) in place of
// the library, keeping the library as it was beside it.
int restoreCommand(Context &context, const QStringList &args);

// After any command: a library found damaged while it ran makes the exit code 3 and says what to
// do, whatever the command printed before.
int finishCommand(Context &context, int exitCode);

} // namespace Quoteshelf::Cli
