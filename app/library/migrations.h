#pragma once

#include <QList>
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

} // namespace Quoteshelf::Library
