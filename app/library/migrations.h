#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Library {

// One schema step from resources/sql/NNNN_description.sql.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// The migrations in a folder (":/sql", compiled into the binary, by default), in version order.
QList<Migration> loadMigrations(const QString &directory = QStringLiteral(":/sql"));

// Splits an SQL script into statements. Handles comments, quoted strings and the semicolons inside
// CREATE TRIGGER ... BEGIN ... END bodies.
QStringList splitSqlStatements(const QString &script);

// The part of a schema step that SQL alone cannot do, run after its script in the same
// transaction: step 5 places every article's speakers in the library-wide directory. True when the
// step has none or it succeeded; otherwise *error says why.
bool runMigrationCode(int version, const QSqlDatabase &database, QString *error);

} // namespace Quoteshelf::Library
