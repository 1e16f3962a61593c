#pragma once

#include "cli/exportcommand.h"

namespace Quoteshelf::Cli {

// export and copy live in a module of their own (quoteshelf_cliexport, built from
// exportcommand.cpp) that quoteshelf-cli loads only when one of them runs: the template engine
// brings some forty libraries (QML, networking, TLS) that every other command would otherwise
// load and relocate at start, about 45 ms of each run. The module takes the library code it
// calls from the executable, which exports its symbols for it.
int runExportCommand(Context &context, const QStringList &args, const ExportCommandOptions &options);
int runCopyCommand(Context &context, const QStringList &args);

} // namespace Quoteshelf::Cli
