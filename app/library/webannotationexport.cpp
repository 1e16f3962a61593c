// WebAnnotationExporter: highlights out as a W3C AnnotationCollection.
#include "library/webannotations.h"

#include "library/database.h"
#include "library/highlightrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Quoteshelf::Library {

QString WebAnnotations::articleIri(qint64 articleId)
{
    return QStringLiteral("quoteshelf://article/%1").arg(articleId);
}

QString WebAnnotations::highlightIri(qint64 articleId, qint64 highlightId)
{
    return QStringLiteral("quoteshelf://article/%1#h-%2").arg(articleId).arg(highlightId);
}

namespace {

// xsd:dateTime in UTC, as the model asks for created and modified.
QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject{ { QStringLiteral("type"), QStringLiteral("TextualBody") },
                        { QStringLiteral("purpose"), purpose },
                        { QStringLiteral("value"), value } };
}

QJsonObject annotation(const HighlightRecord &h, const QString &source)
{
    const QJsonObject quote{ { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                             { QStringLiteral("exact"), h.exact },
                             { QStringLiteral("prefix"), h.prefix },
                             { QStringLiteral("suffix"), h.suffix } };
    // Code points into the article's stored plain text (see webannotations.h).
    const QJsonObject position{ { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                                { QStringLiteral("start"), qint64(h.start) },
                                { QStringLiteral("end"), qint64(h.end) } };
    const QJsonObject target{ { QStringLiteral("source"), source },
                              { QStringLiteral("selector"), QJsonArray{ quote, position } } };

    QJsonArray bodies;
    if (!h.note.isEmpty()) {
        QJsonObject note = textualBody(QStringLiteral("commenting"), h.note);
        note.insert(QStringLiteral("format"), QStringLiteral("text/markdown"));
        bodies.append(note);
    }
    for (const QString &tag : h.tags)
        bodies.append(textualBody(QStringLiteral("tagging"), tag));
    bodies.append(textualBody(QStringLiteral("highlighting"), h.color));

    QJsonObject result{ { QStringLiteral("id"), WebAnnotations::highlightIri(h.articleId, h.id) },
                        { QStringLiteral("type"), QStringLiteral("Annotation") },
                        { QStringLiteral("motivation"),
                          h.note.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting") },
                        { QStringLiteral("body"), bodies },
                        { QStringLiteral("target"), target } };
    if (h.createdAt.isValid())
        result.insert(QStringLiteral("created"), isoUtc(h.createdAt));
    if (h.updatedAt.isValid())
        result.insert(QStringLiteral("modified"), isoUtc(h.updatedAt));
    return result;
}

} // namespace

QJsonDocument WebAnnotationExporter::document(const QList<qint64> &articleIds)
{
    m_annotations = 0;
    m_articles = 0;
    m_error.clear();

    // Every article with highlights, in id order, with the address its annotations target.
    QList<QPair<qint64, QString>> articles;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, source_url FROM articles WHERE highlight_count > 0 ORDER BY id"))) {
        m_error = Database::describe(query.lastError());
        return {};
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (articleIds.isEmpty() || articleIds.contains(id))
            articles.append({ id, query.value(1).toString() });
    }

    const HighlightRepository highlights(m_database);
    QJsonArray items;
    for (const auto &[id, url] : std::as_const(articles)) {
        const QList<HighlightRecord> records = highlights.highlights(id);
        if (records.isEmpty())
            continue;
        ++m_articles;
        const QString source = url.isEmpty() ? WebAnnotations::articleIri(id) : url;
        for (const HighlightRecord &h : records)
            items.append(annotation(h, source));
    }
    m_annotations = int(items.size());

    // Each export is a collection of its own; its page is embedded, so the ids only name them.
    const QString collectionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject page{ { QStringLiteral("id"), QStringLiteral("urn:uuid:%1#page-1").arg(collectionId) },
                            { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                            { QStringLiteral("startIndex"), 0 },
                            { QStringLiteral("items"), items } };
    const QJsonObject collection{
        { QStringLiteral("@context"), QLatin1String(WebAnnotations::Context) },
        { QStringLiteral("id"), QStringLiteral("urn:uuid:%1").arg(collectionId) },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
        { QStringLiteral("label"), QCoreApplication::translate("Library", "Quoteshelf highlights") },
        { QStringLiteral("generator"),
          QJsonObject{ { QStringLiteral("type"), QStringLiteral("Software") },
                       { QStringLiteral("name"),
                         QStringLiteral("Quoteshelf %1").arg(QCoreApplication::applicationVersion()).trimmed() } } },
        { QStringLiteral("generated"), isoUtc(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("total"), m_annotations },
        { QStringLiteral("first"), page },
    };
    return QJsonDocument(collection);
}

} // namespace Quoteshelf::Library
