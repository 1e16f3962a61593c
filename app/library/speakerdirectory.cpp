#include "library/speakerdirectory.h"

#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace Quoteshelf::Library {

namespace {

const QString Anonymous = QStringLiteral("anonymous");

// The fullest spelling names a speaker ("Majed Al-Ansari" over "Al-Ansari"), then one written as
// people write names (not "ana costa" or "ANA COSTA").
auto nameRank(const QString &name)
{
    const bool mixedCase = name != name.toLower() && name != name.toUpper();
    return std::tuple(name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(), mixedCase);
}

QStringList aliasesFromJson(const QString &json)
{
    QStringList aliases;
    for (const QJsonValue &alias : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QString spelling = alias.toString().simplified();
        if (!spelling.isEmpty())
            aliases << spelling;
    }
    return aliases;
}

} // namespace

SpeakerDirectory::SpeakerDirectory(QSqlDatabase database) : m_database(std::move(database)) { }

QString SpeakerDirectory::key(const QString &spelling, bool anonymous)
{
    const QString folded = spelling.simplified().toCaseFolded();
    return anonymous ? QStringLiteral("anon:") + folded : folded;
}

bool SpeakerDirectory::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    qCWarning(lcLibrary) << "speaker directory:" << m_error << query.lastQuery();
    return false;
}

bool SpeakerDirectory::placeArticle(qint64 articleId)
{
    struct Row
    {
        qint64 id;
        QString name, kind, aliases;
    };
    QList<Row> rows;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, name, kind, aliases FROM speakers "
                                 "WHERE article_id = ? AND library_speaker_id IS NULL ORDER BY id"));
    query.addBindValue(articleId);
    if (!query.exec())
        return fail(query);
    while (query.next())
        rows.append({ query.value(0).toLongLong(), query.value(1).toString().simplified(), query.value(2).toString(),
                      query.value(3).toString() });
    query.finish();

    QSet<qint64> touched;
    QSqlQuery place(m_database);
    place.prepare(QStringLiteral("UPDATE speakers SET library_speaker_id = ? WHERE id = ?"));
    for (const Row &row : std::as_const(rows)) {
        if (row.name.isEmpty())
            continue;
        const qint64 speakerId = placeRow(row.name, row.kind, aliasesFromJson(row.aliases));
        if (speakerId == 0)
            return false;
        place.addBindValue(speakerId);
        place.addBindValue(row.id);
        if (!place.exec())
            return fail(place);
        touched.insert(speakerId);
    }

    // Each quote follows the reader's correction, else its speaker row.
    struct QuoteRow
    {
        qint64 id, current;
        QString correction;
        qint64 extracted;
    };
    QList<QuoteRow> quotes;
    query.prepare(QStringLiteral("SELECT q.id, q.library_speaker_id, q.speaker_override, s.library_speaker_id "
                                 "FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.article_id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return fail(query);
    while (query.next())
        quotes.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString().simplified(),
                        query.value(3).toLongLong() });
    query.finish();
    QSqlQuery point(m_database);
    point.prepare(QStringLiteral("UPDATE quotes SET library_speaker_id = ? WHERE id = ?"));
    for (const QuoteRow &quote : std::as_const(quotes)) {
        qint64 target = quote.extracted;
        if (!quote.correction.isEmpty()) {
            target = speakerForCorrection(quote.correction, articleId);
            if (target == 0)
                return false;
        }
        if (target == quote.current)
            continue;
        point.addBindValue(target != 0 ? QVariant(target) : QVariant(QMetaType::fromType<qint64>()));
        point.addBindValue(quote.id);
        if (!point.exec())
            return fail(point);
        touched.insert(target);
        touched.insert(quote.current);
    }
    touched.remove(0);
    for (const qint64 speakerId : std::as_const(touched)) {
        if (!refreshSearchEntry(speakerId))
            return false;
    }
    return true;
}

bool SpeakerDirectory::placeAll()
{
    QList<qint64> articles;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM articles ORDER BY added_at, id")))
        return fail(query);
    while (query.next())
        articles.append(query.value(0).toLongLong());
    query.finish();
    for (const qint64 id : std::as_const(articles)) {
        if (!placeArticle(id))
            return false;
    }
    return true;
}

qint64 SpeakerDirectory::placeRow(const QString &name, const QString &kind, const QStringList &aliases)
{
    const bool anonymous = kind == Anonymous;
    const QString nameKey = key(name, anonymous);
    // Who this row is already: whoever has its name as a name or alias, and whoever is named
    // like one of its aliases. The oldest of them stays; the others are merged into it.
    QList<qint64> found;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT speaker_id FROM library_speaker_names WHERE key = ? ORDER BY speaker_id"));
    query.addBindValue(nameKey);
    if (!query.exec())
        return fail(query), 0;
    while (query.next())
        found.append(query.value(0).toLongLong());
    query.prepare(QStringLiteral("SELECT speaker_id FROM library_speaker_names WHERE key = ? AND is_alias = 0"));
    for (const QString &alias : aliases) {
        query.addBindValue(key(alias, anonymous));
        if (!query.exec())
            return fail(query), 0;
        while (query.next())
            found.append(query.value(0).toLongLong());
    }
    query.finish();

    qint64 speakerId = 0;
    if (found.isEmpty()) {
        speakerId = createSpeaker(name, kind);
        if (speakerId == 0)
            return 0;
    } else {
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        speakerId = found.takeFirst();
        for (const qint64 other : std::as_const(found)) {
            if (!merge(other, speakerId))
                return 0;
        }
    }
    if (!addSpelling(speakerId, name, anonymous, false))
        return 0;
    for (const QString &alias : aliases) {
        if (key(alias, anonymous) != nameKey && !addSpelling(speakerId, alias, anonymous, true))
            return 0;
    }
    if (!offerName(speakerId, name))
        return 0;
    return speakerId;
}

qint64 SpeakerDirectory::speakerForCorrection(const QString &name, qint64 articleId)
{
    QSqlQuery query(m_database);
    // Someone quoted in the same article first, then anyone of that name, then of that alias;
    // named speakers before descriptions.
    query.prepare(QStringLiteral("SELECT library_speaker_id, name, kind, aliases FROM speakers "
                                 "WHERE article_id = ? AND library_speaker_id IS NOT NULL ORDER BY id"));
    query.addBindValue(articleId);
    if (!query.exec())
        return fail(query), 0;
    qint64 sameArticle[2] = { 0, 0 };
    while (query.next()) {
        const bool anonymous = query.value(2).toString() == Anonymous;
        const QString wanted = key(name, anonymous);
        bool match = key(query.value(1).toString(), anonymous) == wanted;
        for (const QString &alias : aliasesFromJson(query.value(3).toString()))
            match = match || key(alias, anonymous) == wanted;
        if (match && sameArticle[anonymous] == 0)
            sameArticle[anonymous] = query.value(0).toLongLong();
    }
    query.finish();
    if (sameArticle[0] != 0 || sameArticle[1] != 0)
        return sameArticle[0] != 0 ? sameArticle[0] : sameArticle[1];

    query.prepare(QStringLiteral("SELECT speaker_id FROM library_speaker_names WHERE key = ? AND is_alias = ? "
                                 "ORDER BY speaker_id LIMIT 1"));
    for (const bool alias : { false, true }) {
        for (const bool anonymous : { false, true }) {
            query.addBindValue(key(name, anonymous));
            query.addBindValue(int(alias));
            if (!query.exec())
                return fail(query), 0;
            if (query.next())
                return query.value(0).toLongLong();
        }
    }
    query.finish();
    // Someone the extractor never found: a speaker of their own.
    const qint64 speakerId = createSpeaker(name, QStringLiteral("person"));
    if (speakerId == 0 || !addSpelling(speakerId, name, false, false))
        return 0;
    return speakerId;
}

qint64 SpeakerDirectory::createSpeaker(const QString &name, const QString &kind)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO library_speakers (name, name_key, kind) VALUES (?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(key(name, false));
    query.addBindValue(kind.isEmpty() ? QStringLiteral("person") : kind);
    if (!query.exec())
        return fail(query), 0;
    return query.lastInsertId().toLongLong();
}

bool SpeakerDirectory::addSpelling(qint64 speakerId, const QString &spelling, bool anonymous, bool alias)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO library_speaker_names (key, speaker_id, is_alias, spelling) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(key(spelling, anonymous));
    query.addBindValue(speakerId);
    query.addBindValue(int(alias));
    query.addBindValue(spelling.simplified());
    return query.exec() || fail(query);
}

bool SpeakerDirectory::merge(qint64 from, qint64 into)
{
    const QStringList statements = {
        // The rows and quotes move (their triggers move the counts and roles), then the spellings.
        QStringLiteral("UPDATE speakers SET library_speaker_id = :into WHERE library_speaker_id = :from"),
        QStringLiteral("UPDATE quotes SET library_speaker_id = :into WHERE library_speaker_id = :from"),
        // (an alias both had stays behind and goes with the merged speaker)
        QStringLiteral("UPDATE OR IGNORE library_speaker_names SET speaker_id = :into WHERE speaker_id = :from"),
        QStringLiteral("DELETE FROM library_speakers_fts WHERE rowid = :from"),
        QStringLiteral("DELETE FROM library_speakers WHERE id = :from"),
    };
    QString fromName;
    {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT name FROM library_speakers WHERE id = ?"));
        query.addBindValue(from);
        if (!query.exec())
            return fail(query);
        if (query.next())
            fromName = query.value(0).toString();
    }
    for (const QString &statement : statements) {
        QSqlQuery query(m_database);
        query.prepare(statement);
        if (statement.contains(QLatin1String(":into")))
            query.bindValue(QStringLiteral(":into"), into);
        query.bindValue(QStringLiteral(":from"), from);
        if (!query.exec())
            return fail(query);
    }
    return fromName.isEmpty() || offerName(into, fromName);
}

bool SpeakerDirectory::offerName(qint64 speakerId, const QString &name)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT name FROM library_speakers WHERE id = ?"));
    query.addBindValue(speakerId);
    if (!query.exec())
        return fail(query);
    if (!query.next() || !(nameRank(name) > nameRank(query.value(0).toString())))
        return true;
    query.finish();
    query.prepare(QStringLiteral("UPDATE library_speakers SET name = ?, name_key = ? WHERE id = ?"));
    query.addBindValue(name);
    query.addBindValue(key(name, false));
    query.addBindValue(speakerId);
    return query.exec() || fail(query);
}

bool SpeakerDirectory::refreshSearchEntry(qint64 speakerId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM library_speakers_fts WHERE rowid = ?"));
    query.addBindValue(speakerId);
    if (!query.exec())
        return fail(query);
    query.prepare(QStringLiteral(
        "INSERT INTO library_speakers_fts (rowid, names, role) SELECT s.id, "
        "(SELECT group_concat(spelling, ' ') FROM library_speaker_names WHERE speaker_id = s.id), s.role "
        "FROM library_speakers s WHERE s.id = ?"));
    query.addBindValue(speakerId);
    return query.exec() || fail(query);
}

} // namespace Quoteshelf::Library
