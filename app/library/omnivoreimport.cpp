#include "library/omnivoreimport.h"

#include "import/omnivoreexport.h"
#include "import/reader.h"
#include "library/articlerepository.h"
#include "library/highlightrepository.h"
#include "library/webannotations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Quoteshelf::Library {

namespace {

// An article with no exported page: its title and its highlights (with their notes), so that
// what the reader kept of it is in the library and the highlights anchor in it.
QByteArray highlightsMarkdown(const Import::OmnivoreItem &item)
{
    QString markdown = QStringLiteral("# %1\n\n").arg(item.title.isEmpty() ? item.url : item.title);
    for (const Import::OmnivoreHighlight &highlight : item.highlights) {
        markdown += highlight.quote + QStringLiteral("\n\n");
        if (!highlight.note.isEmpty())
            markdown += QStringLiteral("> %1\n\n")
                            .arg(QString(highlight.note).replace(QLatin1Char('\n'), QLatin1String("\n> ")));
    }
    return markdown.toUtf8();
}

// The highlights as a W3C annotation document for the article from item.url: the annotation
// import anchors them by quote, keeps orphans and skips what is already there.
QByteArray annotationDocument(const Import::OmnivoreItem &item)
{
    QJsonArray items;
    for (const Import::OmnivoreHighlight &highlight : item.highlights) {
        QJsonObject selector { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                               { QStringLiteral("exact"), highlight.quote } };
        QJsonObject annotation { { QStringLiteral("type"), QStringLiteral("Annotation") },
                                 { QStringLiteral("target"),
                                   QJsonObject { { QStringLiteral("source"), item.url },
                                                 { QStringLiteral("selector"), QJsonArray { selector } } } } };
        if (!highlight.note.isEmpty()) {
            annotation.insert(QStringLiteral("body"),
                              QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                                            { QStringLiteral("purpose"), QStringLiteral("commenting") },
                                            { QStringLiteral("format"), QStringLiteral("text/markdown") },
                                            { QStringLiteral("value"), highlight.note } });
        }
        items.append(annotation);
    }
    const QJsonObject page { { QStringLiteral("@context"), QLatin1String(WebAnnotations::Context) },
                             { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                             { QStringLiteral("items"), items } };
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

} // namespace

OmnivoreOutcome OmnivoreImporter::importItem(const Import::OmnivoreItem &item)
{
    OmnivoreOutcome outcome;
    const QString name = item.url.isEmpty() ? item.slug : item.url;
    const QUrl url(item.url);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        outcome.article.file = name;
        outcome.article.error = QCoreApplication::translate("Library", "%1: no web address in the export").arg(name);
        return outcome;
    }
    if (item.content.isEmpty() && m_fetchMissing) {
        outcome.fetched = true;
        outcome.article = importUrl(*m_articles, item.url);
    } else {
        Import::ReadResult read;
        QByteArray original;
        if (item.content.isEmpty()) {
            outcome.fromHighlights = true;
            original = highlightsMarkdown(item);
            read = Import::readData(original, item.slug + QStringLiteral(".md"));
        } else {
            // The page Omnivore saved, read as a saved page from its address (nothing is fetched).
            original = item.content;
            read = Import::readWebPage(original, url, QByteArrayLiteral("utf-8"), {});
        }
        if (read.ok()) {
            // The export's address is the source: re-import and annotation import find the
            // article by it. What the page does not say, the export does.
            read.article.sourceUrl = item.url;
            if (read.article.title.isEmpty() || outcome.fromHighlights)
                read.article.title = item.title;
            if (read.article.byline.isEmpty())
                read.article.byline = item.author;
            if (!read.article.published.isValid())
                read.article.published = item.publishedAt;
        }
        outcome.article = importRead(*m_articles, std::move(read), original, item.url, name);
    }
    if (!outcome.article.ok())
        return outcome;
    const qint64 id = outcome.article.id;
    if (!item.labels.isEmpty()) {
        QStringList tags = m_highlights->articleTags(id);
        bool added = false;
        for (const QString &label : item.labels) {
            if (!tags.contains(label, Qt::CaseInsensitive)) {
                tags.append(label);
                added = true;
            }
        }
        if (added)
            m_highlights->setArticleTags(id, tags);
    }
    if (item.archived)
        m_articles->setArchived(id, true);
    if (!item.highlights.isEmpty()) {
        const WebAnnotationImportReport report
            = WebAnnotationImporter(m_database).importData(annotationDocument(item), name);
        if (!report.ok()) {
            outcome.article.warnings.append(report.error);
        } else {
            outcome.highlights = report.imported;
            outcome.orphaned = report.orphaned;
            outcome.alreadyPresent = report.alreadyPresent;
        }
    }
    return outcome;
}

} // namespace Quoteshelf::Library
