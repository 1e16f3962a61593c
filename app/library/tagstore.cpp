#include "library/tagstore.h"

#include "core/logging.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Quoteshelf::Library::TagStore {

namespace {

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcLibrary) << "tag storage:" << query.lastError().text() << query.lastQuery();
    return false;
}

QStringList namesOf(QSqlQuery &query)
{
    QStringList names;
    if (run(query)) {
        while (query.next())
            names << query.value(0).toString();
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

QStringList normalized(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        result << name;
    }
    return result;
}

std::optional<qint64> ensureTag(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id"));
    query.addBindValue(name);
    if (!run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool replaceLinks(const QSqlDatabase &db, Link link, qint64 ownerId, const QStringList &tags, QList<qint64> *dropped)
{
    QList<qint64> ids;
    for (const QString &name : normalized(tags)) {
        const auto id = ensureTag(db, name);
        if (!id)
            return false;
        ids << *id;
    }

    QSqlQuery query(db);
    if (link == Link::Article) {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT tag_id FROM article_tags WHERE article_id = ? AND suggested = 0"));
        existing.addBindValue(ownerId);
        if (!run(existing))
            return false;
        QList<qint64> stale;
        while (existing.next()) {
            if (!ids.contains(existing.value(0).toLongLong()))
                stale << existing.value(0).toLongLong();
        }
        if (dropped)
            *dropped += stale;
        query.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"));
        for (const qint64 id : std::as_const(stale)) {
            query.addBindValue(ownerId);
            query.addBindValue(id);
            if (!run(query))
                return false;
        }
        query.prepare(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, kind, mentions, suggested) "
                                     "VALUES (?, ?, 'topic', 0, 0) "
                                     "ON CONFLICT(article_id, tag_id) DO UPDATE SET suggested = 0"));
    } else {
        if (dropped) {
            QSqlQuery existing(db);
            existing.prepare(link == Link::Highlight
                                 ? QStringLiteral("SELECT tag_id FROM highlight_tags WHERE highlight_id = ?")
                                 : QStringLiteral("SELECT tag_id FROM quote_tags WHERE quote_id = ?"));
            existing.addBindValue(ownerId);
            if (!run(existing))
                return false;
            while (existing.next()) {
                if (!ids.contains(existing.value(0).toLongLong()))
                    *dropped << existing.value(0).toLongLong();
            }
        }
        query.prepare(link == Link::Highlight ? QStringLiteral("DELETE FROM highlight_tags WHERE highlight_id = ?")
                                              : QStringLiteral("DELETE FROM quote_tags WHERE quote_id = ?"));
        query.addBindValue(ownerId);
        if (!run(query))
            return false;
        query.prepare(link == Link::Highlight
                          ? QStringLiteral("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)")
                          : QStringLiteral("INSERT INTO quote_tags (quote_id, tag_id) VALUES (?, ?)"));
    }
    for (const qint64 id : std::as_const(ids)) {
        query.addBindValue(ownerId);
        query.addBindValue(id);
        if (!run(query))
            return false;
    }
    return true;
}

QStringList linkedNames(const QSqlDatabase &db, Link link, qint64 ownerId)
{
    QSqlQuery query(db);
    switch (link) {
    case Link::Article:
        query.prepare(QStringLiteral("SELECT t.name FROM article_tags l JOIN tags t ON t.id = l.tag_id "
                                     "WHERE l.article_id = ? AND l.suggested = 0"));
        break;
    case Link::Highlight:
        query.prepare(QStringLiteral(
            "SELECT t.name FROM highlight_tags l JOIN tags t ON t.id = l.tag_id WHERE l.highlight_id = ?"));
        break;
    case Link::Quote:
        query.prepare(
            QStringLiteral("SELECT t.name FROM quote_tags l JOIN tags t ON t.id = l.tag_id WHERE l.quote_id = ?"));
        break;
    }
    query.addBindValue(ownerId);
    return namesOf(query);
}

QStringList allNames(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM tags"));
    return namesOf(query);
}

QList<qint64> tagIdsOf(const QSqlDatabase &db, qint64 highlightId)
{
    QList<qint64> ids;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT tag_id FROM highlight_tags WHERE highlight_id = ?"));
    query.addBindValue(highlightId);
    if (run(query)) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

QStringList readerNames(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM tags WHERE id IN "
                                 "(SELECT tag_id FROM highlight_tags UNION SELECT tag_id FROM quote_tags)"));
    return namesOf(query);
}

bool prune(const QSqlDatabase &db, const QList<qint64> &candidates)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = ?) "
                                 "AND NOT EXISTS (SELECT 1 FROM highlight_tags WHERE tag_id = ?) "
                                 "AND NOT EXISTS (SELECT 1 FROM quote_tags WHERE tag_id = ?)"));
    for (const qint64 id : candidates) {
        for (int i = 0; i < 4; ++i)
            query.addBindValue(id);
        if (!run(query))
            return false;
    }
    return true;
}

bool prune(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id) "
                       "AND NOT EXISTS (SELECT 1 FROM highlight_tags WHERE tag_id = tags.id) "
                       "AND NOT EXISTS (SELECT 1 FROM quote_tags WHERE tag_id = tags.id)"));
    return run(query);
}

std::optional<QList<qint64>> rename(const QSqlDatabase &db, const QString &from, const QString &to)
{
    const QString target = to.simplified();
    if (target.isEmpty())
        return std::nullopt;
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    find.addBindValue(from.simplified());
    if (!run(find) || !find.next())
        return std::nullopt;
    const qint64 fromId = find.value(0).toLongLong();
    find.finish();

    QList<qint64> highlights;
    QSqlQuery affected(db);
    affected.prepare(QStringLiteral("SELECT highlight_id FROM highlight_tags WHERE tag_id = ?"));
    affected.addBindValue(fromId);
    if (!run(affected))
        return std::nullopt;
    while (affected.next())
        highlights << affected.value(0).toLongLong();

    find.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ? AND id <> ?"));
    find.addBindValue(target);
    find.addBindValue(fromId);
    if (!run(find))
        return std::nullopt;
    if (!find.next()) {
        // A plain rename (also a change of case only).
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"));
        update.addBindValue(target);
        update.addBindValue(fromId);
        return run(update) ? std::optional(highlights) : std::nullopt;
    }
    const qint64 toId = find.value(0).toLongLong();
    find.finish();

    // Merge: move every link to `to`; where both were attached keep one, accepted if either was.
    const QStringList moves = {
        QStringLiteral("INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, :to FROM "
                       "highlight_tags WHERE tag_id = :from"),
        QStringLiteral("INSERT OR IGNORE INTO quote_tags (quote_id, tag_id) SELECT quote_id, :to FROM quote_tags WHERE "
                       "tag_id = :from"),
        QStringLiteral("INSERT INTO article_tags (article_id, tag_id, kind, mentions, suggested) "
                       "SELECT article_id, :to, kind, mentions, suggested FROM article_tags WHERE tag_id = :from "
                       "ON CONFLICT(article_id, tag_id) DO UPDATE SET mentions = mentions + excluded.mentions, "
                       "suggested = min(suggested, excluded.suggested)"),
        QStringLiteral("DELETE FROM tags WHERE id = :from"),
    };
    for (const QString &sql : moves) {
        QSqlQuery move(db);
        move.prepare(sql);
        if (sql.contains(QLatin1String(":to")))
            move.bindValue(QStringLiteral(":to"), toId);
        move.bindValue(QStringLiteral(":from"), fromId);
        if (!run(move))
            return std::nullopt;
    }
    return highlights;
}

} // namespace Quoteshelf::Library::TagStore
