#include "library/migrations.h"

#include "library/speakerdirectory.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Quoteshelf::Library {

QList<Migration> loadMigrations(const QString &directory)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(directory);
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), splitSqlStatements(QString::fromUtf8(file.readAll()))});
    }
    std::sort(result.begin(), result.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int triggerDepth = 0; // inside CREATE TRIGGER ... END
    QChar quote;
    const auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty() && statement != QLatin1String(";"))
            statements.append(statement);
        current.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            current.append(c);
            continue;
        }
        current.append(c);
        if (c.isLetter() && (i == 0 || !script.at(i - 1).isLetterOrNumber())) {
            // Track BEGIN/END keywords of trigger bodies.
            qsizetype j = i;
            while (j < script.size() && (script.at(j).isLetterOrNumber() || script.at(j) == QLatin1Char('_')))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (word == QLatin1String("BEGIN") && current.trimmed().toUpper().startsWith(QLatin1String("CREATE TRIGGER")))
                ++triggerDepth;
            else if (word == QLatin1String("END") && triggerDepth > 0)
                --triggerDepth;
            current.append(script.mid(i + 1, j - i - 1));
            i = j - 1;
            continue;
        }
        if (c == QLatin1Char(';') && triggerDepth == 0)
            flush();
    }
    flush();
    return statements;
}

bool runMigrationCode(int version, const QSqlDatabase &database, QString *error)
{
    if (version != 5)
        return true;
    SpeakerDirectory directory(database);
    if (directory.placeAll())
        return true;
    *error = directory.errorString();
    return false;
}

} // namespace Quoteshelf::Library
