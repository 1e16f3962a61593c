// The commands that look after the library file itself: check, backup, backups, restore.
#include "cli/librarycommands.h"

#include "core/paths.h"
#include "library/backupstore.h"
#include "library/database.h"
#include "library/libraryhealth.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace Quoteshelf::Cli {

namespace {

} // namespace

int checkCommand(Context &context)
{
    const QString path = Core::databasePath(context.libraryDir);
    if (!QFileInfo::exists(path)) {
        context.err << QCoreApplication::translate("cli", "there is no library at %1").arg(path) << Qt::endl;
        return 1;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    QStringList problems;
    QSqlQuery integrity(database.connection());
    integrity.setForwardOnly(true);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << integrity.lastError().databaseText();
    } else {
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    integrity.finish();
    int indexes = 0;
    if (problems.isEmpty()) {
        // Each full-text index against what it indexes.
        QSqlQuery tables(database.connection());
        QStringList names;
        if (tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")))
            while (tables.next())
                names << tables.value(0).toString();
        tables.finish();
        for (const QString &name : std::as_const(names)) {
            QSqlQuery fts(database.connection());
            if (!fts.exec(QStringLiteral("INSERT INTO \"%1\"(\"%1\", rank) VALUES('integrity-check', 1)").arg(name)))
                problems << QCoreApplication::translate("cli", "full-text index %1: %2")
                                .arg(name, fts.lastError().databaseText());
            ++indexes;
        }
    }
    if (!problems.isEmpty()) {
        Library::LibraryHealth::reportDamage(problems.constFirst());
        for (const QString &problem : std::as_const(problems))
            context.err << problem << Qt::endl;
        return 1;
    }
    Library::LibraryHealth::clear(path);
    context.out << QCoreApplication::translate("cli", "%1: ok (integrity and %2 full-text indexes checked)")
                       .arg(path)
                       .arg(indexes)
                << Qt::endl;
    return 0;
}

int backupCommand(Context &context)
{
    const QString path = Core::databasePath(context.libraryDir);
    if (!QFileInfo::exists(path)) {
        context.err << QCoreApplication::translate("cli", "there is no library at %1").arg(path) << Qt::endl;
        return 1;
    }
    QString error;
    const auto backup = Library::BackupStore(path).create(&error);
    if (!backup) {
        context.err << error << Qt::endl;
        return 1;
    }
    context.out << backup->path << Qt::endl;
    return 0;
}

int backupsCommand(Context &context)
{
    for (const Library::BackupInfo &backup : Library::BackupStore(Core::databasePath(context.libraryDir)).backups())
        context.out << backup.path << '\t' << backup.created.toString(Qt::ISODate) << '\t' << backup.size << Qt::endl;
    return 0;
}

int restoreCommand(Context &context, const QStringList &args)
{
    if (args.size() > 1) {
        context.err << QCoreApplication::translate("cli", "usage: restore [BACKUP-FILE]") << Qt::endl;
        return 2;
    }
    const QString path = Core::databasePath(context.libraryDir);
    const Library::BackupStore store(path);
    QString error;
    QString from;
    if (args.isEmpty()) {
        const auto latest = store.latestGood(&error);
        if (!latest) {
            context.err << error << Qt::endl;
            return 1;
        }
        from = latest->path;
    } else {
        from = QFileInfo(args.constFirst()).absoluteFilePath();
    }
    if (!store.restore(from, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate("cli", "restored %1 from %2").arg(path, from) << Qt::endl;
    return 0;
}

int finishCommand(Context &context, int exitCode)
{
    if (!Library::LibraryHealth::isDamaged())
        return exitCode;
    context.err << QCoreApplication::translate(
                       "cli",
                       "The library in %1 is damaged (%2): nothing more was written to it. `quoteshelf-cli check` "
                       "shows the damage; `quoteshelf-cli restore` puts the newest good backup in its place.")
                       .arg(context.libraryDir, Library::LibraryHealth::damage())
                << Qt::endl;
    return 3;
}

} // namespace Quoteshelf::Cli
