#include "library/reimport.h"

#include "library/articlefields.h"

#include "core/logging.h"
#include "extract/extractor.h"
#include "import/reader.h"
#include "library/anchoring.h"
#include "library/speakerdirectory.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/importservice.h"
#include "library/sqltransaction.h"
#include "library/tagstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Quoteshelf::Library {

namespace {

// Thrown inside the transaction; caught once, which rolls back.
struct Failure
{
    QString message;
};

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw Failure { query.lastError().text() };
}

struct OldQuote
{
    qint64 id = 0;
    QString text;
    qsizetype start = 0;
    bool corrected = false;
    bool used = false;
};

struct StoredHighlight
{
    qint64 id = 0;
    TextSelector selector;
    bool orphaned = false;
};

void updateArticle(const QSqlDatabase &db, qint64 id, const Import::Article &article, const QString &sourceFile,
                   const QByteArray &original)
{
    QSqlQuery update(db);
    // (title, byline, ...) = (?, ?, ...): the row-value form keeps the column list in one place.
    update.prepare(QStringLiteral("UPDATE articles SET (%1, content_hash, updated_at) = "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?")
                       .arg(QLatin1String(ArticleColumns)));
    bindArticleColumns(update, article, sourceFile);
    update.addBindValue(ArticleRepository::contentHash(article));
    update.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    update.addBindValue(id);
    exec(update);
    QSqlQuery content(db);
    content.prepare(QStringLiteral("UPDATE article_content SET (%1) = (?, ?, ?, ?) WHERE article_id = ?")
                        .arg(QLatin1String(ArticleContentColumns)));
    bindArticleContentColumns(content, article, original);
    content.addBindValue(id);
    exec(content);

    QSqlQuery assets(db);
    assets.prepare(QStringLiteral("DELETE FROM assets WHERE article_id = ?"));
    assets.addBindValue(id);
    exec(assets);
    assets.prepare(
        QStringLiteral("INSERT OR REPLACE INTO assets (article_id, name, mime_type, data) VALUES (?, ?, ?, ?)"));
    for (const Import::Asset &a : article.assets) {
        assets.addBindValue(id);
        assets.addBindValue(nonNull(a.name));
        assets.addBindValue(nonNull(a.mimeType));
        assets.addBindValue(a.data);
        exec(assets);
    }
}

// Replaces speakers and quotes. A new quote whose text equals an old one's takes over the old row
// (nearest old position first), so its id, the reader's speaker_override, its quote tags and the
// highlights made from it stay attached.
void replaceQuotes(const QSqlDatabase &db, qint64 id, const Extract::Result &extraction, ReimportReport &report)
{
    QList<OldQuote> old;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, text, start, speaker_override IS NOT NULL FROM quotes WHERE article_id = ?"));
    query.addBindValue(id);
    exec(query);
    while (query.next())
        old.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toBool() });

    query.prepare(QStringLiteral("DELETE FROM speakers WHERE article_id = ?"));
    query.addBindValue(id);
    exec(query);
    QList<qint64> speakerIds;
    query.prepare(
        QStringLiteral("INSERT INTO speakers (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(QLatin1String(SpeakerColumns)));
    for (const Extract::Speaker &s : extraction.speakers) {
        bindSpeakerColumns(query, id, s);
        exec(query);
        speakerIds.append(query.lastInsertId().toLongLong());
    }

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO quotes (%1, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(QuoteColumns)));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE quotes SET speaker_id = ?, text = ?, start = ?, \"end\" = ?, kind = ?, cue = ?, mention = ?, "
        "mention_start = ?, mention_end = ?, confidence = ?, group_id = ? WHERE id = ?"));
    for (const Extract::Quote &q : extraction.quotes) {
        OldQuote *match = nullptr;
        for (OldQuote &candidate : old) {
            if (candidate.used || candidate.text != q.text)
                continue;
            if (!match || std::abs(candidate.start - q.start) < std::abs(match->start - q.start))
                match = &candidate;
        }
        QSqlQuery &statement = match ? update : insert;
        bindQuoteColumns(statement, q, speakerIds); // the UPDATE sets the same columns in the same order
        statement.addBindValue(match ? match->id : id);
        exec(statement);
        if (match) {
            match->used = true;
            ++report.quotesKept;
        }
    }

    query.prepare(QStringLiteral("DELETE FROM quotes WHERE id = ?"));
    for (const OldQuote &q : std::as_const(old)) {
        if (q.used)
            continue;
        if (q.corrected)
            qCInfo(lcLibrary) << "re-import: the quote with the reader's speaker correction is gone:" << q.text;
        query.addBindValue(q.id);
        exec(query);
        ++report.quotesDropped;
    }
}

// Extracted tags are suggestions: the old ones go, the new ones come. The reader's tags (accepted
// suggestions and their own) stay; their mention counts follow the new text.
void replaceSuggestedTags(const QSqlDatabase &db, qint64 id, const Extract::Result &extraction)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND suggested = 1"));
    query.addBindValue(id);
    exec(query);
    query.prepare(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, kind, mentions, suggested) "
                                 "VALUES (?, ?, ?, ?, 1) ON CONFLICT(article_id, tag_id) DO UPDATE SET "
                                 "mentions = excluded.mentions"));
    for (const Extract::Tag &t : extraction.tags) {
        const auto tagId = TagStore::ensureTag(db, nonNull(t.name));
        if (!tagId)
            throw Failure { QCoreApplication::translate("Library", "could not store the tag %1").arg(t.name) };
        query.addBindValue(id);
        query.addBindValue(*tagId);
        query.addBindValue(Extract::tagKindName(t.kind));
        query.addBindValue(t.count);
        exec(query);
    }
    if (!TagStore::prune(db))
        throw Failure { QCoreApplication::translate("Library", "could not tidy the tags") };
}

void reanchorHighlights(const QSqlDatabase &db, qint64 id, const QString &text, ReimportReport &report)
{
    QList<StoredHighlight> highlights;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, exact, prefix, suffix, start, \"end\", orphaned FROM highlights WHERE article_id = ?"));
    query.addBindValue(id);
    exec(query);
    while (query.next()) {
        highlights.append({ query.value(0).toLongLong(),
                            { query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toLongLong(), query.value(5).toLongLong() },
                            query.value(6).toBool() });
    }

    QSqlQuery found(db);
    found.prepare(QStringLiteral("UPDATE highlights SET exact = ?, prefix = ?, suffix = ?, start = ?, \"end\" = ?, "
                                 "orphaned = 0 WHERE id = ?"));
    QSqlQuery lost(db);
    // An orphan keeps its old selector: the text the reader highlighted, shown in the panel, and
    // what a later version of the page may match again.
    lost.prepare(QStringLiteral("UPDATE highlights SET orphaned = 1 WHERE id = ?"));
    for (const StoredHighlight &h : std::as_const(highlights)) {
        const AnchorResult anchor = Anchoring::anchor(h.selector, text);
        switch (anchor.method) {
        case AnchorMethod::Position:
            ++(h.orphaned ? report.moved : report.stayed);
            break;
        case AnchorMethod::Context:
            ++report.moved;
            break;
        case AnchorMethod::Fuzzy:
            ++report.fuzzy;
            break;
        case AnchorMethod::Orphan:
            ++report.orphaned;
            lost.addBindValue(h.id);
            exec(lost);
            continue;
        }
        const TextSelector selector = Anchoring::selectorFor(text, anchor.start, anchor.end);
        found.addBindValue(nonNull(selector.exact));
        found.addBindValue(nonNull(selector.prefix));
        found.addBindValue(nonNull(selector.suffix));
        found.addBindValue(qint64(selector.start));
        found.addBindValue(qint64(selector.end));
        found.addBindValue(h.id);
        exec(found);
    }
    query.prepare(QStringLiteral("UPDATE articles SET highlight_count = "
                                 "(SELECT count(*) FROM highlights WHERE article_id = :id) WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    exec(query);
}

// The articles a query's first column names.
QList<qint64> ids(QSqlQuery &query)
{
    QList<qint64> result;
    if (!query.exec())
        throw Failure{query.lastError().text()};
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return numbers.join(QStringLiteral(", "));
}

// LIKE pattern for "ends with /name", the name's own wildcards escaped.
QString endsWithName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QStringLiteral("%/") + escaped;
}

} // namespace

ReimportService::ReimportService(Database *database, ArticleRepository *articles, QObject *parent)
    : QObject(parent), m_database(database), m_articles(articles)
{
}

ReimportReport ReimportService::replaceFile(const QString &path, qint64 targetId)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    ReimportReport report;
    report.file = path;
    if (!info.exists() || info.isDir()) {
        report.error
            = QCoreApplication::translate("Library", "%1: %2")
                  .arg(name,
                       info.isDir() ? QCoreApplication::translate("Library", "is a folder, not a saved article")
                                    : QCoreApplication::translate("Library", "no such file"));
        return report;
    }
    if (m_database->isLibraryFile(path)) {
        report.error
            = QCoreApplication::translate("Library", "%1: %2")
                  .arg(name,
                       QCoreApplication::translate("Library", "is the Quoteshelf library itself, not a saved article"));
        return report;
    }
    // Read once: the bytes parsed are the original kept.
    QFile file(info.absoluteFilePath());
    Import::ReadResult read;
    QByteArray original;
    if (info.size() > Import::MaxFileSize) {
        read = Import::readFile(info.absoluteFilePath());
    } else if (!file.open(QIODevice::ReadOnly)) {
        read.error = QCoreApplication::translate("Import", "cannot open the file: %1").arg(file.errorString());
    } else {
        original = file.read(Import::MaxFileSize + 1);
        read = Import::readData(original, info.absoluteFilePath());
    }
    report = replace(read, original, sourcePath(path), targetId);
    report.file = path;
    return report;
}

SourceMatch ReimportService::findSource(const QString &sourceUrl, const QString &sourcePath) const
{
    // Certain: the page names the same URL, or the file is the very file (its full path) an
    // article came from and neither names a different URL. Anything weaker (a file of the same
    // name elsewhere, several candidates) is left to the reader: replacing the wrong article
    // loses its text, original and highlights' anchors.
    SourceMatch match;
    const QString name = QFileInfo(sourcePath).fileName();
    QSqlQuery query(m_database->connection());
    try {
        if (!sourceUrl.isEmpty()) {
            query.prepare(QStringLiteral("SELECT id FROM articles WHERE source_url = ? ORDER BY id"));
            query.addBindValue(sourceUrl);
            match.candidates = ids(query);
            if (match.candidates.size() == 1) {
                match.id = match.candidates.constFirst();
                return match;
            }
            if (match.candidates.size() > 1) {
                match.problem
                    = QCoreApplication::translate(
                          "Library", "articles %1 all came from %2; it is not certain which one this file replaces")
                          .arg(idList(match.candidates), sourceUrl);
                return match;
            }
        }
        query.prepare(QStringLiteral("SELECT id FROM articles WHERE source_file = ? AND (source_url = '' OR source_url = ?) "
                                     "ORDER BY id"));
        query.addBindValue(sourcePath);
        query.addBindValue(sourceUrl);
        match.candidates = ids(query);
        if (match.candidates.size() == 1) {
            match.id = match.candidates.constFirst();
            return match;
        }
        if (match.candidates.size() > 1) {
            match.problem
                = QCoreApplication::translate(
                      "Library", "articles %1 all came from this file; it is not certain which one it replaces")
                      .arg(idList(match.candidates));
            return match;
        }
        query.prepare(QStringLiteral("SELECT id FROM articles WHERE source_file = ? AND source_url <> '' AND source_url <> ? "
                                     "ORDER BY id"));
        query.addBindValue(sourcePath);
        query.addBindValue(sourceUrl);
        match.candidates = ids(query);
        if (!match.candidates.isEmpty()) {
            match.problem = sourceUrl.isEmpty()
                ? QCoreApplication::translate(
                      "Library",
                      "article %1 came from this file but named its web address, and this version names none; "
                      "it is not certain that it is the same article")
                      .arg(idList(match.candidates))
                : QCoreApplication::translate(
                      "Library",
                      "article %1 came from this file but from another web address; this file now holds a "
                      "different page")
                      .arg(idList(match.candidates));
            return match;
        }
        // Only the name matches: a file of the same name elsewhere, or an article imported before
        // Quoteshelf kept the full path. Articles naming another web address are not candidates.
        query.prepare(QStringLiteral("SELECT id FROM articles WHERE (source_file = ? OR source_file LIKE ? ESCAPE '\\') "
                                     "AND (source_url = '' OR source_url = ?) ORDER BY id"));
        query.addBindValue(name);
        query.addBindValue(endsWithName(name));
        query.addBindValue(sourceUrl);
        match.candidates = ids(query);
        if (m_nameMatch == NameMatch::AcceptOnlyLegacy && match.candidates.size() == 1) {
            // One article that was stored with its file name only (a bundled sample, or one
            // imported before the full path was kept): no other file ever claimed that name.
            QSqlQuery legacy(m_database->connection());
            legacy.prepare(QStringLiteral("SELECT source_file = ? FROM articles WHERE id = ?"));
            legacy.addBindValue(name);
            legacy.addBindValue(match.candidates.constFirst());
            if (legacy.exec() && legacy.next() && legacy.value(0).toBool()) {
                match.id = match.candidates.constFirst();
                match.candidates.clear();
                return match;
            }
        }
        if (!match.candidates.isEmpty()) {
            match.problem = QCoreApplication::translate(
                                "Library",
                                "article %1 came from a file named %2, but not from this one (%3); it is not certain "
                                "that it is the same article")
                                .arg(idList(match.candidates), name, sourcePath);
        }
    } catch (const Failure &failure) {
        match.candidates.clear();
        match.problem
            = QCoreApplication::translate("Library", "could not look up the article: %1").arg(failure.message);
    }
    return match;
}

ReimportReport ReimportService::replace(const Import::ReadResult &read, const QByteArray &original,
                                        const QString &sourcePath, qint64 targetId)
{
    // Messages name the file; the full path is what is stored and matched.
    const QString sourceFile = QFileInfo(sourcePath).fileName().isEmpty() ? sourcePath : QFileInfo(sourcePath).fileName();
    ReimportReport report;
    report.file = sourceFile;
    if (!read.ok()) {
        report.error = QCoreApplication::translate("Library", "%1: %2").arg(sourceFile, read.error);
        return report;
    }
    const Import::Article &article = read.article;
    report.title = article.title;
    report.warnings = read.warnings;

    qint64 id = targetId;
    if (targetId > 0) {
        if (!m_articles->summary(targetId)) {
            report.error = QCoreApplication::translate("Library", "%1: there is no article %2 in the library")
                               .arg(sourceFile)
                               .arg(targetId);
            return report;
        }
    } else {
        const SourceMatch match = findSource(article.sourceUrl, sourcePath);
        if (!match.problem.isEmpty()) {
            report.error
                = QCoreApplication::translate("Library", "%1: not replaced: %2").arg(sourceFile, match.problem);
            report.candidates = match.candidates;
            return report;
        }
        id = match.id;
    }
    const Extract::Result extraction = Extract::Extractor().extract(article.text, bodySegments(article));
    if (id == 0) {
        const auto added = m_articles->addArticle(article, extraction, sourcePath, original);
        if (!added.ok())
            report.error = QCoreApplication::translate("Library", "%1: %2").arg(sourceFile, added.error);
        report.articleId = added.id;
        report.duplicate = added.duplicate;
        return report;
    }

    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        report.error = QCoreApplication::translate("Library", "%1: the library is busy or read-only").arg(sourceFile);
        return report;
    }
    {
        QSqlQuery clash(db);
        clash.prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ? AND id <> ?"));
        clash.addBindValue(ArticleRepository::contentHash(article));
        clash.addBindValue(id);
        if (clash.exec() && clash.next()) {
            report.error
                = QCoreApplication::translate("Library", "%1: this text is already in the library as article %2")
                      .arg(sourceFile)
                      .arg(clash.value(0).toLongLong());
            return report;
        }
    }
    try {
        updateArticle(db, id, article, sourcePath, original);
        replaceQuotes(db, id, extraction, report);
        if (SpeakerDirectory directory(db); !directory.placeArticle(id))
            throw Failure { directory.errorString() };
        replaceSuggestedTags(db, id, extraction);
        reanchorHighlights(db, id, article.text, report);
    } catch (const Failure &failure) {
        qCWarning(lcLibrary) << "replacing article" << id << "failed:" << failure.message;
        ReimportReport failed;
        failed.file = sourceFile;
        failed.error = QCoreApplication::translate("Library", "%1: could not update the article: %2")
                           .arg(sourceFile, failure.message);
        return failed; // the transaction rolls back
    }
    if (!transaction.commit()) {
        ReimportReport failed;
        failed.file = sourceFile;
        failed.error
            = QCoreApplication::translate("Library", "%1: could not save the article in the library").arg(sourceFile);
        return failed;
    }
    report.articleId = id;
    report.replaced = true;
    qCDebug(lcLibrary).nospace() << "replaced article " << id << " from " << sourceFile << ": highlights "
                                 << report.stayed << " stayed, " << report.moved << " moved, " << report.fuzzy
                                 << " fuzzy, " << report.orphaned << " orphaned";
    Q_EMIT articleReplaced(id);
    return report;
}

} // namespace Quoteshelf::Library
