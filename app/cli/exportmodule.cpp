#include "cli/exportmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

#include <cstring>

namespace Quoteshelf::Cli {

namespace {

using VersionFunction = const char *(*)();
using ExportFunction = int (*)(Context *, const QStringList *, const ExportCommandOptions *);
using CopyFunction = int (*)(Context *, const QStringList *);

// Beside the build's executables (lib/plugins) or where the package installs it.
QString modulePath()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QStringList candidates = {bin.absoluteFilePath(QStringLiteral("../lib/plugins/quoteshelf_cliexport.so")),
                                    bin.absoluteFilePath(QStringLiteral(QUOTESHELF_PLUGIN_RELATIVE_DIR "/quoteshelf_cliexport.so"))};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(candidates.constLast());
}

// Resolves one entry point, reporting on err why it cannot be used.
QFunctionPointer load(Context &context, const char *name)
{
    static QLibrary module;
    if (!module.isLoaded()) {
        module.setFileName(modulePath());
        module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!module.load()) {
            context.err << QCoreApplication::translate("cli", "cannot load the export module: %1").arg(module.errorString())
                        << Qt::endl;
            return nullptr;
        }
        const auto version = reinterpret_cast<VersionFunction>(module.resolve("quoteshelf_export_module_version"));
        if (!version || std::strcmp(version(), QUOTESHELF_VERSION) != 0) {
            context.err << QCoreApplication::translate("cli", "the export module %1 belongs to another version of Quoteshelf")
                               .arg(module.fileName())
                        << Qt::endl;
            module.unload();
            return nullptr;
        }
    }
    QFunctionPointer function = module.resolve(name);
    if (!function)
        context.err << QCoreApplication::translate("cli", "the export module %1 lacks %2").arg(module.fileName(), QLatin1String(name))
                    << Qt::endl;
    return function;
}

} // namespace

int runExportCommand(Context &context, const QStringList &args, const ExportCommandOptions &options)
{
    const auto run = reinterpret_cast<ExportFunction>(load(context, "quoteshelf_export_command"));
    return run ? run(&context, &args, &options) : 1;
}

int runCopyCommand(Context &context, const QStringList &args)
{
    const auto run = reinterpret_cast<CopyFunction>(load(context, "quoteshelf_copy_command"));
    return run ? run(&context, &args) : 1;
}

} // namespace Quoteshelf::Cli
