// WebAnnotationImporter: W3C annotation documents and Hypothesis exports in, anchored by quote.
#include "library/webannotations.h"

#include "core/logging.h"
#include "core/textoffsets.h"
#include "library/anchoring.h"
#include "library/articlefields.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/sqltransaction.h"
#include "library/tagstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Quoteshelf::Library {

namespace {

// A problem that makes the whole file unusable; the library is left as it was.
struct Refusal
{
    QString message;
};

// One annotation as far as Quoteshelf can use it.
struct Incoming
{
    QString source; // the annotated page's address
    TextSelector selector;
    bool hasQuote = false;
    QString note;
    QStringList tags;
    QString color = QStringLiteral("yellow");
    QDateTime created;
    QDateTime modified;
};

// JSON-LD lets "type", "purpose" and the like be one value or an array of them.
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    if (value.isString())
        result.append(value.toString());
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            result.append(item.toString());
    }
    return result;
}

bool hasType(const QJsonObject &object, const QString &type)
{
    return strings(object.value(QStringLiteral("type"))).contains(type)
        || strings(object.value(QStringLiteral("@type"))).contains(type);
}

// An object, or each object of an array (other entries are the caller's to refuse or ignore).
QList<QJsonObject> objects(const QJsonValue &value)
{
    QList<QJsonObject> result;
    if (value.isObject())
        result.append(value.toObject());
    for (const QJsonValue &item : value.toArray()) {
        if (item.isObject())
            result.append(item.toObject());
    }
    return result;
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

void addAnnotations(const QJsonArray &array, QList<QJsonObject> &out)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            throw Refusal{ QCoreApplication::translate("Library", "entry %1 of the annotation list is not an annotation (not a JSON object)").arg(i + 1) };
        out.append(array.at(i).toObject());
    }
}

// The annotations of a page and of the pages it embeds as next.
void addPage(const QJsonObject &page, QList<QJsonObject> &out)
{
    QJsonObject current = page;
    for (int pages = 0; pages < 100000; ++pages) {
        const QJsonValue items = current.value(QStringLiteral("items"));
        if (!items.isArray())
            throw Refusal{ QCoreApplication::translate("Library", "an AnnotationPage has no list of items") };
        addAnnotations(items.toArray(), out);
        if (!current.value(QStringLiteral("next")).isObject())
            return;
        current = current.value(QStringLiteral("next")).toObject();
    }
}

QList<QJsonObject> annotationsOf(const QJsonDocument &document)
{
    QList<QJsonObject> result;
    if (document.isArray()) { // Hypothesis's API rows, or a plain list of W3C annotations
        addAnnotations(document.array(), result);
        return result;
    }
    const QJsonObject root = document.object();
    if (hasType(root, QStringLiteral("AnnotationCollection"))) {
        const QJsonValue first = root.value(QStringLiteral("first"));
        if (first.isString())
            throw Refusal{ QCoreApplication::translate("Library", "the collection's pages are not in the file (it only links to them)") };
        if (first.isObject())
            addPage(first.toObject(), result);
        else if (root.value(QStringLiteral("total")).toInt() > 0)
            throw Refusal{ QCoreApplication::translate("Library", "the collection has no first page") };
        return result;
    }
    if (hasType(root, QStringLiteral("AnnotationPage"))) {
        addPage(root, result);
        return result;
    }
    if (hasType(root, QStringLiteral("Annotation"))) {
        result.append(root);
        return result;
    }
    // Hypothesis: {rows: [...]} from its API, {annotations: [...]} from its export.
    for (const QString &key : { QStringLiteral("rows"), QStringLiteral("annotations") }) {
        if (root.value(key).isArray()) {
            addAnnotations(root.value(key).toArray(), result);
            return result;
        }
    }
    throw Refusal{ QCoreApplication::translate("Library", "it is neither a W3C annotation document nor a Hypothesis export") };
}

void readSelectors(const QJsonValue &value, Incoming &in, bool &hasPosition, int depth = 0)
{
    for (const QJsonObject &selector : objects(value)) {
        if (hasType(selector, QStringLiteral("TextQuoteSelector")) && !in.hasQuote) {
            const QJsonValue exact = selector.value(QStringLiteral("exact"));
            if (!exact.isString())
                throw Refusal{ QCoreApplication::translate("Library", "a TextQuoteSelector has no exact text") };
            in.selector.exact = exact.toString();
            in.selector.prefix = selector.value(QStringLiteral("prefix")).toString();
            in.selector.suffix = selector.value(QStringLiteral("suffix")).toString();
            in.hasQuote = !in.selector.exact.isEmpty();
        } else if (hasType(selector, QStringLiteral("TextPositionSelector")) && !hasPosition) {
            const QJsonValue start = selector.value(QStringLiteral("start"));
            const QJsonValue end = selector.value(QStringLiteral("end"));
            if (!start.isDouble() || !end.isDouble())
                throw Refusal{ QCoreApplication::translate("Library", "a TextPositionSelector has no start or end") };
            in.selector.start = qsizetype(start.toDouble());
            in.selector.end = qsizetype(end.toDouble());
            hasPosition = true;
        }
        if (depth < 8)
            readSelectors(selector.value(QStringLiteral("refinedBy")), in, hasPosition, depth + 1);
    }
}

Incoming readAnnotation(const QJsonObject &annotation)
{
    Incoming in;
    const QJsonValue target = annotation.value(QStringLiteral("target"));
    if (target.isUndefined() || target.isNull())
        throw Refusal{ QCoreApplication::translate("Library", "an annotation has no target") };
    bool hasPosition = false;
    for (const QJsonObject &t : objects(target)) {
        readSelectors(t.value(QStringLiteral("selector")), in, hasPosition);
        if (in.source.isEmpty() || in.hasQuote)
            in.source = t.value(QStringLiteral("source")).toString(in.source);
        if (in.hasQuote)
            break;
    }
    if (target.isString())
        in.source = target.toString();
    if (in.source.isEmpty()) // Hypothesis names the page once more at the top
        in.source = annotation.value(QStringLiteral("uri")).toString();
    if (!hasPosition) {
        in.selector.start = 0;
        in.selector.end = Core::codePointLength(in.selector.exact);
    }

    QStringList notes;
    const bool tagging = strings(annotation.value(QStringLiteral("motivation"))).contains(QStringLiteral("tagging"));
    if (annotation.value(QStringLiteral("bodyValue")).isString())
        notes.append(annotation.value(QStringLiteral("bodyValue")).toString());
    for (const QJsonObject &body : objects(annotation.value(QStringLiteral("body")))) {
        const QJsonValue value = body.value(QStringLiteral("value"));
        if (!value.isString())
            continue; // a linked resource: nothing Quoteshelf can keep
        const QStringList purposes = strings(body.value(QStringLiteral("purpose")));
        if (purposes.contains(QStringLiteral("tagging")) || (purposes.isEmpty() && tagging)) {
            in.tags.append(value.toString());
        } else if (purposes.contains(QStringLiteral("highlighting"))) {
            const QString colour = value.toString().trimmed().toLower();
            if (HighlightRepository::isValidColor(colour))
                in.color = colour;
        } else if (!value.toString().trimmed().isEmpty()) {
            notes.append(value.toString());
        }
    }
    // Hypothesis: the note in text, the tags in tags.
    if (annotation.value(QStringLiteral("text")).isString() && !annotation.value(QStringLiteral("text")).toString().trimmed().isEmpty())
        notes.append(annotation.value(QStringLiteral("text")).toString());
    for (const QJsonValue &tag : annotation.value(QStringLiteral("tags")).toArray())
        in.tags.append(tag.toString());
    in.note = notes.join(QStringLiteral("\n\n"));
    in.tags = TagStore::normalized(in.tags);
    in.tags.sort(Qt::CaseInsensitive);
    in.created = parseTime(annotation.value(QStringLiteral("created")));
    in.modified = parseTime(annotation.value(QStringLiteral("modified")));
    if (!in.modified.isValid())
        in.modified = parseTime(annotation.value(QStringLiteral("updated")));
    return in;
}

// Web addresses compare without their fragment, a trailing slash or the difference between http
// and https: the same page saved and annotated through slightly different links.
QString urlKey(const QString &address)
{
    QUrl url(address.trimmed());
    if (!url.isValid() || url.scheme().isEmpty())
        return address.trimmed();
    if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("https"));
    return url.adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw Refusal{ QCoreApplication::translate("Library", "the library could not be written: %1").arg(Database::describe(query.lastError())) };
}

class Session final
{
public:
    explicit Session(const QSqlDatabase &db) : m_db(db) { }

    void loadArticles()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, source_url FROM articles ORDER BY id"));
        exec(query);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString url = query.value(1).toString();
            if (url.isEmpty())
                m_withoutUrl.insert(id);
            else
                m_byUrl[urlKey(url)].append(id);
        }
    }

    // The articles an annotation may belong to, most likely first; home is where it is kept as
    // an orphan when its quote is in none of them (0: counted as having no article).
    struct Candidates
    {
        QList<qint64> ids;
        qint64 home = 0;
    };

    Candidates articlesFor(const Incoming &in) const
    {
        const QUrl url(in.source);
        if (url.scheme() != QLatin1String("quoteshelf") || url.host() != QLatin1String("article")) {
            const QList<qint64> ids = m_byUrl.value(urlKey(in.source));
            return { ids, ids.value(0) };
        }
        // quoteshelf://article/ID names an article with no web address by its id in the library
        // it was exported from. Ids differ between libraries: another article without a web
        // address that holds the quote word for word is it too.
        Candidates result;
        bool ok = false;
        const qint64 id = url.path().section(QLatin1Char('/'), 1, 1).toLongLong(&ok);
        if (ok && m_withoutUrl.contains(id)) {
            result.ids.append(id);
            result.home = id;
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT c.article_id FROM article_content c JOIN articles a ON a.id = c.article_id "
                                     "WHERE a.source_url = '' AND instr(c.text, ?) > 0 ORDER BY c.article_id"));
        query.addBindValue(in.selector.exact);
        exec(query);
        while (query.next()) {
            if (!result.ids.contains(query.value(0).toLongLong()))
                result.ids.append(query.value(0).toLongLong());
        }
        return result;
    }

    const QString &text(qint64 articleId)
    {
        auto it = m_texts.find(articleId);
        if (it == m_texts.end()) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT text FROM article_content WHERE article_id = ?"));
            query.addBindValue(articleId);
            exec(query);
            it = m_texts.insert(articleId, query.next() ? query.value(0).toString() : QString());
        }
        return it.value();
    }

    // A highlight of the article with the same place, note, tags and colour (anchored: the same
    // range; orphaned: the same quote).
    bool alreadyPresent(qint64 articleId, const TextSelector &selector, bool orphan, const Incoming &in) const
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "SELECT h.id, (SELECT group_concat(t.name, char(31)) FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id "
            "WHERE ht.highlight_id = h.id) FROM highlights h WHERE h.article_id = ? AND h.orphaned = ? AND h.color = ? "
            "AND h.note = ? AND (CASE WHEN h.orphaned THEN h.exact = ? AND h.prefix = ? AND h.suffix = ? "
            "ELSE h.start = ? AND h.\"end\" = ? END)"));
        query.addBindValue(articleId);
        query.addBindValue(orphan ? 1 : 0);
        query.addBindValue(in.color);
        query.addBindValue(nonNull(in.note));
        query.addBindValue(nonNull(selector.exact));
        query.addBindValue(nonNull(selector.prefix));
        query.addBindValue(nonNull(selector.suffix));
        query.addBindValue(qint64(selector.start));
        query.addBindValue(qint64(selector.end));
        exec(query);
        while (query.next()) {
            const QString names = query.value(1).toString();
            QStringList tags = names.isEmpty() ? QStringList() : names.split(QChar(0x1f));
            tags.sort(Qt::CaseInsensitive);
            if (tags.join(QChar(0x1f)).compare(in.tags.join(QChar(0x1f)), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    void insert(qint64 articleId, const TextSelector &selector, bool orphan, const Incoming &in)
    {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString created = in.created.isValid() ? in.created.toString(Qt::ISODateWithMs) : now;
        const QString modified = in.modified.isValid() ? in.modified.toString(Qt::ISODateWithMs) : created;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "INSERT INTO highlights (article_id, color, exact, prefix, suffix, start, \"end\", orphaned, note, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(articleId);
        query.addBindValue(in.color);
        query.addBindValue(nonNull(selector.exact));
        query.addBindValue(nonNull(selector.prefix));
        query.addBindValue(nonNull(selector.suffix));
        query.addBindValue(qint64(selector.start));
        query.addBindValue(qint64(selector.end));
        query.addBindValue(orphan ? 1 : 0);
        query.addBindValue(nonNull(in.note));
        query.addBindValue(created);
        query.addBindValue(modified);
        exec(query);
        const qint64 id = query.lastInsertId().toLongLong();
        if (!in.tags.isEmpty() && !TagStore::replaceLinks(m_db, TagStore::Link::Highlight, id, in.tags))
            throw Refusal{ QCoreApplication::translate("Library", "the highlight's tags could not be stored") };
        if (!m_changed.contains(articleId))
            m_changed.append(articleId);
    }

    void updateCounts()
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE articles SET highlight_count = "
                                     "(SELECT count(*) FROM highlights WHERE article_id = :id) WHERE id = :id"));
        for (const qint64 id : std::as_const(m_changed)) {
            query.bindValue(QStringLiteral(":id"), id);
            exec(query);
        }
    }

    QList<qint64> changed() const { return m_changed; }

private:
    QSqlDatabase m_db;
    QSet<qint64> m_withoutUrl;
    QHash<QString, QList<qint64>> m_byUrl;
    QHash<qint64, QString> m_texts;
    QList<qint64> m_changed;
};

} // namespace

WebAnnotationImportReport WebAnnotationImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    WebAnnotationImportReport report;
    report.file = name;
    QFile file(path);
    if (info.isDir()) {
        report.error = QCoreApplication::translate("Library", "%1: is a folder, not an annotation file").arg(name);
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QCoreApplication::translate("Library", "%1: cannot open the file: %2").arg(name, file.errorString());
        return report;
    }
    if (file.size() > MaxFileSize) {
        report.error = QCoreApplication::translate("Library", "%1: the file is larger than %2 MB").arg(name).arg(MaxFileSize / (1024 * 1024));
        return report;
    }
    return importData(file.readAll(), name);
}

WebAnnotationImportReport WebAnnotationImporter::importData(const QByteArray &data, const QString &name)
{
    WebAnnotationImportReport report;
    report.file = name;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.error = QCoreApplication::translate("Library", "%1: not a valid JSON file (%2 at byte %3)")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset);
        return report;
    }
    // Read the whole file before touching the library: a broken entry anywhere refuses it all.
    QList<Incoming> incoming;
    try {
        const QList<QJsonObject> annotations = annotationsOf(document);
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            try {
                incoming.append(readAnnotation(annotations.at(i)));
            } catch (const Refusal &refusal) {
                throw Refusal{ QCoreApplication::translate("Library", "annotation %1: %2").arg(i + 1).arg(refusal.message) };
            }
        }
    } catch (const Refusal &refusal) {
        report.error = QCoreApplication::translate("Library", "%1: %2").arg(name, refusal.message);
        return report;
    }

    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        report.error = QCoreApplication::translate("Library", "%1: the library is busy or read-only (%2)").arg(name, transaction.errorString());
        return report;
    }
    WebAnnotationImportReport counts = report;
    try {
        Session session(db);
        session.loadArticles();
        for (const Incoming &in : std::as_const(incoming)) {
            if (!in.hasQuote) {
                ++counts.skipped;
                continue;
            }
            const auto candidates = session.articlesFor(in);
            // Several articles from one address: the one the quote is found in.
            qint64 articleId = 0;
            AnchorResult anchor;
            for (const qint64 candidate : candidates.ids) {
                anchor = Anchoring::anchor(in.selector, session.text(candidate));
                if (anchor.found()) {
                    articleId = candidate;
                    break;
                }
            }
            if (articleId == 0)
                articleId = candidates.home;
            if (articleId == 0) {
                ++counts.noArticle;
                continue;
            }
            const bool orphan = !anchor.found();
            // An orphan keeps the selector it came with, as re-import keeps one.
            const TextSelector selector
                = orphan ? in.selector : Anchoring::selectorFor(session.text(articleId), anchor.start, anchor.end);
            if (session.alreadyPresent(articleId, selector, orphan, in)) {
                ++counts.alreadyPresent;
                continue;
            }
            session.insert(articleId, selector, orphan, in);
            ++(orphan ? counts.orphaned : counts.imported);
        }
        session.updateCounts();
        counts.articleIds = session.changed();
    } catch (const Refusal &refusal) {
        report.error = QCoreApplication::translate("Library", "%1: %2").arg(name, refusal.message);
        return report; // rolled back
    }
    if (!transaction.commit()) {
        report.error = QCoreApplication::translate("Library", "%1: the annotations could not be saved: %2").arg(name, transaction.errorString());
        return report;
    }
    qCDebug(lcLibrary).nospace() << "annotations from " << name << ": " << counts.imported << " imported, "
                                 << counts.orphaned << " orphaned, " << counts.alreadyPresent << " already present, "
                                 << counts.noArticle << " without an article, " << counts.skipped << " skipped";
    return counts;
}

} // namespace Quoteshelf::Library
