#include "library/articlerepository.h"

#include "core/logging.h"
#include "extract/types.h"
#include "import/article.h"
#include "library/articlefields.h"
#include "library/database.h"
#include "library/speakerdirectory.h"
#include "library/sqltransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Quoteshelf::Library {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

constexpr auto SummaryColumns = "id, title, byline, site_name, published, added_at, progress, highlight_count, "
                                "word_count, read_at IS NOT NULL, archived, updated_at";

ArticleSummary readSummary(const QSqlQuery &query, int first = 0)
{
    ArticleSummary s;
    s.id = query.value(first + 0).toLongLong();
    s.title = query.value(first + 1).toString();
    s.byline = query.value(first + 2).toString();
    s.siteName = query.value(first + 3).toString();
    s.published = query.value(first + 4).toString();
    s.addedAt = parseStoredTime(query.value(first + 5).toString());
    s.progress = query.value(first + 6).toDouble();
    s.highlightCount = query.value(first + 7).toInt();
    s.wordCount = query.value(first + 8).toInt();
    s.read = query.value(first + 9).toBool();
    s.archived = query.value(first + 10).toBool();
    s.updatedAt = query.value(first + 11).toString();
    return s;
}

} // namespace

ArticleRepository::ArticleRepository(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QString ArticleRepository::contentHash(const Import::Article &article)
{
    // The plain text is what the reader reads and what annotations anchor on; two files with the
    // same text are the same article for the library.
    return QString::fromLatin1(QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ArticleRepository::AddResult ArticleRepository::addArticle(const Import::Article &article,
                                                           const Extract::Result &extraction,
                                                           const QString &sourceFile, const QByteArray &original)
{
    QSqlDatabase db = m_database->connection();
    const QString hash = contentHash(article);
    // The duplicate check is inside the write transaction: two processes importing the same page
    // at once find each other's article instead of failing on the unique content hash.
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return {0, false, tr("The library is busy or read-only: %1").arg(transaction.errorString())};
    {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"));
        existing.addBindValue(hash);
        if (existing.exec() && existing.next())
            return {existing.value(0).toLongLong(), true, {}};
    }
    const auto failWith = [&](const QSqlQuery &query) {
        const QString error = Database::describe(query.lastError());
        transaction.rollback();
        qCWarning(lcLibrary) << "adding an article failed:" << error;
        return AddResult{0, false, tr("Could not save the article in the library: %1").arg(error)};
    };

    const QString now = nowIso();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO articles (%1, content_hash, added_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(ArticleColumns)));
    bindArticleColumns(insert, article, sourceFile);
    insert.addBindValue(hash);
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!insert.exec())
        return failWith(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    // The content second: its trigger makes the full-text entry from both rows.
    QSqlQuery content(db);
    content.prepare(QStringLiteral("INSERT INTO article_content (article_id, %1) VALUES (?, ?, ?, ?, ?)")
                        .arg(QLatin1String(ArticleContentColumns)));
    content.addBindValue(id);
    bindArticleContentColumns(content, article, original);
    if (!content.exec())
        return failWith(content);

    QSqlQuery asset(db);
    asset.prepare(QStringLiteral("INSERT OR REPLACE INTO assets (article_id, name, mime_type, data) VALUES (?, ?, ?, ?)"));
    for (const Import::Asset &a : article.assets) {
        asset.addBindValue(id);
        asset.addBindValue(nonNull(a.name));
        asset.addBindValue(nonNull(a.mimeType));
        asset.addBindValue(a.data);
        if (!asset.exec())
            return failWith(asset);
    }

    QList<qint64> speakerIds;
    QSqlQuery speaker(db);
    speaker.prepare(
        QStringLiteral("INSERT INTO speakers (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(QLatin1String(SpeakerColumns)));
    for (const Extract::Speaker &s : extraction.speakers) {
        bindSpeakerColumns(speaker, id, s);
        if (!speaker.exec())
            return failWith(speaker);
        speakerIds.append(speaker.lastInsertId().toLongLong());
    }

    QSqlQuery quote(db);
    quote.prepare(QStringLiteral("INSERT INTO quotes (article_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(QuoteColumns)));
    for (const Extract::Quote &q : extraction.quotes) {
        quote.addBindValue(id);
        bindQuoteColumns(quote, q, speakerIds);
        if (!quote.exec())
            return failWith(quote);
    }

    if (SpeakerDirectory directory(db); !directory.placeArticle(id)) {
        transaction.rollback();
        return {0, false, tr("Could not save the article in the library: %1").arg(directory.errorString())};
    }

    QSqlQuery tag(db);
    tag.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO article_tags (article_id, tag_id, kind, mentions, suggested) VALUES (?, ?, ?, ?, 1)"));
    for (const Extract::Tag &t : extraction.tags) {
        tag.addBindValue(nonNull(t.name));
        if (!tag.exec() || !tag.next())
            return failWith(tag);
        const qint64 tagId = tag.value(0).toLongLong();
        tag.finish();
        link.addBindValue(id);
        link.addBindValue(tagId);
        link.addBindValue(Extract::tagKindName(t.kind));
        link.addBindValue(t.count);
        if (!link.exec())
            return failWith(link);
    }

    if (!transaction.commit())
        return {0, false, tr("Could not save the article in the library: %1").arg(transaction.errorString())};
    Q_EMIT articleAdded(id);
    return {id, false, {}};
}

void ArticleRepository::setProgress(qint64 id, double progress)
{
    progress = qBound(0.0, progress, 1.0);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE articles SET progress = :progress, "
                                 "read_at = CASE WHEN :progress >= 0.98 AND read_at IS NULL THEN :now ELSE read_at END "
                                 "WHERE id = :id AND progress <> :progress"));
    query.bindValue(QStringLiteral(":progress"), progress);
    query.bindValue(QStringLiteral(":now"), nowIso());
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        qCWarning(lcLibrary) << "saving the reading position failed:" << query.lastError().text();
        return;
    }
    if (query.numRowsAffected() > 0)
        Q_EMIT articleChanged(id);
}

bool ArticleRepository::setSpeakerOverride(qint64 quoteId, const QString &name)
{
    // The library-wide speaker counts follow in the same transaction.
    SqlTransaction transaction(m_database->connection());
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE quotes SET speaker_override = ? WHERE id = ? RETURNING article_id"));
    query.addBindValue(name.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name.trimmed()));
    query.addBindValue(quoteId);
    if (!query.exec() || !query.next())
        return false;
    const qint64 articleId = query.value(0).toLongLong();
    query.finish();
    if (!SpeakerDirectory(m_database->connection()).placeArticle(articleId) || !transaction.commit())
        return false;
    Q_EMIT articleChanged(articleId);
    return true;
}

void ArticleRepository::setRead(qint64 id, bool read)
{
    QSqlQuery query(m_database->connection());
    query.prepare(read ? QStringLiteral("UPDATE articles SET read_at = coalesce(read_at, ?) WHERE id = ?")
                       : QStringLiteral("UPDATE articles SET read_at = NULL, progress = CASE WHEN progress >= 0.98 THEN 0 ELSE progress END "
                                        "WHERE id = ?"));
    if (read)
        query.addBindValue(nowIso());
    query.addBindValue(id);
    if (query.exec() && query.numRowsAffected() > 0)
        Q_EMIT articleChanged(id);
}

void ArticleRepository::setArchived(qint64 id, bool archived)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE articles SET archived = ? WHERE id = ? AND archived <> ?"));
    query.addBindValue(archived ? 1 : 0);
    query.addBindValue(id);
    query.addBindValue(archived ? 1 : 0);
    if (query.exec() && query.numRowsAffected() > 0)
        Q_EMIT articleChanged(id);
}

bool ArticleRepository::deleteArticle(qint64 id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        qCWarning(lcLibrary) << "deleting article" << id << "failed:" << query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() > 0)
        Q_EMIT articleRemoved(id);
    return true;
}

QSet<qint64> ArticleRepository::articlesWithTag(const QString &tag) const
{
    QSet<qint64> ids;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ? COLLATE NOCASE"));
    query.addBindValue(tag);
    query.exec();
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QSet<qint64> ArticleRepository::articlesWithSpeaker(const QString &name) const
{
    QSet<qint64> ids;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT DISTINCT article_id FROM speakers WHERE name = ? COLLATE NOCASE"));
    query.addBindValue(name);
    query.exec();
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

int ArticleRepository::count() const
{
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<ArticleSummary> ArticleRepository::summaries() const
{
    // The whole list, 100,000 rows in a large library, is read at every start: straight through
    // SQLite it takes a third of the time QSqlQuery needs (one QVariant per value, UTF-16 text).
    QList<ArticleSummary> result;
    const QVariant handle = m_database->connection().driver() ? m_database->connection().driver()->handle() : QVariant();
    sqlite3 *db = qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!db) {
        qCWarning(lcLibrary) << "the article list cannot be read: the library is not open";
        return result;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, QStringLiteral("SELECT %1 FROM articles ORDER BY id").arg(QLatin1String(SummaryColumns)).toUtf8().constData(),
                           -1, &statement, nullptr)
        != SQLITE_OK) {
        qCWarning(lcLibrary) << "the article list cannot be read:" << sqlite3_errmsg(db);
        return result;
    }
    const auto text = [statement](int column) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ArticleSummary s;
        s.id = sqlite3_column_int64(statement, 0);
        s.title = text(1);
        s.byline = text(2);
        s.siteName = text(3);
        s.published = text(4);
        s.addedAt = parseStoredTime(text(5));
        s.progress = sqlite3_column_double(statement, 6);
        s.highlightCount = sqlite3_column_int(statement, 7);
        s.wordCount = sqlite3_column_int(statement, 8);
        s.read = sqlite3_column_int(statement, 9) != 0;
        s.archived = sqlite3_column_int(statement, 10) != 0;
        s.updatedAt = text(11);
        result.append(std::move(s));
    }
    if (rc != SQLITE_DONE)
        qCWarning(lcLibrary) << "reading the article list stopped:" << sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    return result;
}

std::optional<ArticleSummary> ArticleRepository::summary(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(QLatin1String(SummaryColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readSummary(query);
}

std::optional<ArticleRecord> ArticleRepository::article(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1, source_url, source_file, format, lang, excerpt, lead_image, c.html, c.text "
                                 "FROM articles JOIN article_content c ON c.article_id = articles.id WHERE id = ?")
                      .arg(QLatin1String(SummaryColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ArticleRecord record;
    record.summary = readSummary(query);
    int i = 12;
    record.sourceUrl = query.value(i++).toString();
    record.sourceFile = query.value(i++).toString();
    record.format = query.value(i++).toString();
    record.lang = query.value(i++).toString();
    record.excerpt = query.value(i++).toString();
    record.leadImage = query.value(i++).toString();
    record.html = query.value(i++).toString();
    record.text = query.value(i++).toString();
    return record;
}

QByteArray ArticleRepository::asset(qint64 articleId, const QString &name, QString *mimeType) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT mime_type, data FROM assets WHERE article_id = ? AND name = ?"));
    query.addBindValue(articleId);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return {};
    if (mimeType)
        *mimeType = query.value(0).toString();
    return query.value(1).toByteArray();
}

QList<SpeakerRecord> ArticleRepository::speakers(qint64 articleId) const
{
    QList<SpeakerRecord> result;
    QSqlQuery query(m_database->connection());
    // Named people and organisations first, anonymous sources grouped at the end.
    query.prepare(QStringLiteral("SELECT id, name, role, kind, aliases, quote_count FROM speakers WHERE article_id = ? "
                                 "ORDER BY kind = 'anonymous', quote_count DESC, name"));
    query.addBindValue(articleId);
    query.exec();
    while (query.next()) {
        SpeakerRecord s;
        s.id = query.value(0).toLongLong();
        s.articleId = articleId;
        s.name = query.value(1).toString();
        s.role = query.value(2).toString();
        s.kind = query.value(3).toString();
        for (const QJsonValue &alias : QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array())
            s.aliases.append(alias.toString());
        s.quoteCount = query.value(5).toInt();
        result.append(s);
    }
    return result;
}

QList<QuoteRecord> ArticleRepository::quotes(qint64 articleId) const
{
    QList<QuoteRecord> result;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT q.id, q.speaker_id, coalesce(q.speaker_override, s.name, ''), q.text, q.start, q.\"end\", q.kind, "
        "q.cue, q.confidence, q.group_id FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id "
        "WHERE q.article_id = ? ORDER BY q.start"));
    query.addBindValue(articleId);
    query.exec();
    while (query.next()) {
        QuoteRecord q;
        q.id = query.value(0).toLongLong();
        q.articleId = articleId;
        q.speakerId = query.value(1).toLongLong();
        q.speaker = query.value(2).toString();
        q.text = query.value(3).toString();
        q.start = query.value(4).toLongLong();
        q.end = query.value(5).toLongLong();
        q.kind = query.value(6).toString();
        q.cue = query.value(7).toString();
        q.confidence = query.value(8).toDouble();
        q.group = query.value(9).isNull() ? -1 : query.value(9).toInt();
        result.append(q);
    }
    return result;
}

QList<TagRecord> ArticleRepository::tags(qint64 articleId) const
{
    QList<TagRecord> result;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT t.id, t.name, at.kind, at.mentions, at.suggested FROM article_tags at "
                                 "JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? "
                                 "ORDER BY at.suggested, at.mentions DESC, t.name"));
    query.addBindValue(articleId);
    query.exec();
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt(), query.value(4).toBool()});
    return result;
}

} // namespace Quoteshelf::Library
