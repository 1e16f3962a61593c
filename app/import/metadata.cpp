#include "import/metadata.h"

#include "import/articleheader.h"
#include "import/domnode.h"
#include "import/htmldocument.h"
#include "import/readabilityhelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace Quoteshelf::Import {

namespace {

struct JsonLd
{
    QString title, byline, excerpt, siteName, published, body;
};

QString normalizeSpaces(const QString &text)
{
    return text.simplified();
}

QString authorNames(const QJsonValue &author)
{
    if (author.isString())
        return author.toString().trimmed();
    if (author.isObject())
        return author.toObject().value(QLatin1String("name")).toString().trimmed();
    if (author.isArray()) {
        QStringList names;
        for (const QJsonValue &entry : author.toArray()) {
            const QString name = authorNames(entry);
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(QLatin1String(", "));
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression articleTypes(QStringLiteral(
        "^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|"
        "OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|"
        "MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|"
        "APIReference$"));
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (articleTypes.match(t.toString()).hasMatch())
                return true;
        }
        return false;
    }
    return articleTypes.match(type.toString()).hasMatch();
}

std::optional<JsonLd> parseJsonLd(const HtmlDocument &document, const QString &htmlTitle)
{
    static const QRegularExpression cdata(QStringLiteral(R"(^\s*<!\[CDATA\[|\]\]>\s*$)"));
    for (DomNode *n = const_cast<HtmlDocument &>(document).document(); n; n = n->following()) {
        if (!n->is(u"script") || n->attribute(u"type") != QLatin1String("application/ld+json"))
            continue;
        QString content = n->textContent();
        content.remove(cdata);
        const QJsonDocument json = QJsonDocument::fromJson(content.toUtf8());
        QJsonObject object = json.object();
        if (json.isArray()) {
            object = {};
            for (const QJsonValue &entry : json.array()) {
                if (isArticleType(entry.toObject().value(QLatin1String("@type")))) {
                    object = entry.toObject();
                    break;
                }
            }
        }
        static const QRegularExpression schemaOrg(QStringLiteral(R"(^https?\:\/\/schema\.org\/?$)"));
        const QJsonValue context = object.value(QLatin1String("@context"));
        const QString contextText = context.isObject() ? context.toObject().value(QLatin1String("@vocab")).toString()
                                                       : context.toString();
        if (!schemaOrg.match(contextText).hasMatch())
            continue;
        if (!object.contains(QLatin1String("@type")) && object.value(QLatin1String("@graph")).isArray()) {
            for (const QJsonValue &entry : object.value(QLatin1String("@graph")).toArray()) {
                if (isArticleType(entry.toObject().value(QLatin1String("@type")))) {
                    object = entry.toObject();
                    break;
                }
            }
        }
        if (!isArticleType(object.value(QLatin1String("@type"))))
            continue;
        JsonLd result;
        const QString name = object.value(QLatin1String("name")).toString().trimmed();
        const QString headline = object.value(QLatin1String("headline")).toString().trimmed();
        if (!name.isEmpty() && !headline.isEmpty() && name != headline) {
            // Both present: the one closer to the <title> is the article's (the other is often
            // the site's name).
            const bool nameMatches = ReadabilityHelpers::textSimilarity(name, htmlTitle) > 0.75;
            const bool headlineMatches = ReadabilityHelpers::textSimilarity(headline, htmlTitle) > 0.75;
            result.title = headlineMatches && !nameMatches ? headline : name;
        } else {
            result.title = !name.isEmpty() ? name : headline;
        }
        result.byline = authorNames(object.value(QLatin1String("author")));
        result.excerpt = object.value(QLatin1String("description")).toString().trimmed();
        result.siteName = object.value(QLatin1String("publisher")).toObject().value(QLatin1String("name")).toString().trimmed();
        result.published = object.value(QLatin1String("datePublished")).toString().trimmed();
        result.body = object.value(QLatin1String("articleBody")).toString();
        return result;
    }
    return std::nullopt;
}

QHash<QString, QString> metaValues(const HtmlDocument &document)
{
    static const QRegularExpression propertyPattern(
        QStringLiteral(R"(\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name|image|url|locale)\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        QStringLiteral(R"(^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-\.:]\s*)?(author|creator|pub-date|description|title|site_name|image)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> values;
    for (DomNode *n = const_cast<HtmlDocument &>(document).document(); n; n = n->following()) {
        if (!n->is(u"meta"))
            continue;
        const QString content = n->attribute(u"content").trimmed();
        if (content.isEmpty())
            continue;
        const QString property = n->attribute(u"property");
        bool matched = false;
        if (!property.isEmpty()) {
            auto it = propertyPattern.globalMatch(property);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString key = (m.captured(1) + QLatin1Char(':') + m.captured(2)).toLower();
                values.insert(key, content);
                matched = true;
            }
        }
        const QString name = n->attribute(u"name");
        // Publication dates under the names CMSs give them, for when the usual fields are absent.
        static const QStringList dateNames{QStringLiteral("article:published"), QStringLiteral("og:published_time"),
                                           QStringLiteral("pubdate"),           QStringLiteral("publishdate"),
                                           QStringLiteral("publish-date"),      QStringLiteral("date"),
                                           QStringLiteral("dc.date"),           QStringLiteral("dc.date.issued"),
                                           QStringLiteral("dcterms.date"),      QStringLiteral("dcterms.issued"),
                                           QStringLiteral("sailthru.date"),     QStringLiteral("article.published")};
        for (const QString &key : {property.trimmed().toLower(), name.trimmed().toLower()}) {
            if (!matched && dateNames.contains(key) && !values.contains(key))
                values.insert(key, content);
        }
        if (!matched && !name.isEmpty() && namePattern.match(name).hasMatch()) {
            QString key = name.toLower();
            key.remove(QRegularExpression(QStringLiteral("\\s")));
            key.replace(QLatin1Char('.'), QLatin1Char(':'));
            values.insert(key, content);
        }
    }
    return values;
}

QString first(const QHash<QString, QString> &values, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = values.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// The publication date when the head's usual fields have none: other names CMSs give it, and a
// <time> the page marks as the publication's.
QDateTime publishedFromPage(const HtmlDocument &document, const QHash<QString, QString> &values)
{
    for (const char *key : {"article:published", "og:published_time", "pubdate", "publishdate", "publish-date",
                            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "article.published",
                            "sailthru.date", "date"}) {
        const QDateTime date = Metadata::parseDate(values.value(QLatin1String(key)));
        if (date.isValid())
            return date;
    }
    for (DomNode *n = const_cast<HtmlDocument &>(document).document(); n; n = n->following()) {
        if (!n->isElement())
            continue;
        const QString itemprop = n->attribute(u"itemprop");
        const bool marked = itemprop == QLatin1String("datePublished")
                            || (n->is(u"time") && n->hasAttribute(u"pubdate"));
        if (!marked)
            continue;
        QString value = n->attribute(n->is(u"meta") ? u"content" : u"datetime");
        if (value.isEmpty())
            value = n->attribute(u"content");
        QDateTime date = Metadata::parseDate(value);
        if (!date.isValid())
            date = ArticleHeader::parseWrittenDate(ReadabilityHelpers::innerText(n));
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

QString Metadata::cleanTitle(const QString &rawTitle, const HtmlDocument &document)
{
    using ReadabilityHelpers::wordCount;
    const QString origTitle = rawTitle.trimmed();
    QString title = origTitle;
    bool hadHierarchicalSeparators = false;
    static const QRegularExpression separators(QStringLiteral(" [\\|\\-–—\\\\\\/>»] "));
    static const QRegularExpression hierarchical(QStringLiteral(" [\\\\\\/>»] "));
    if (separators.match(title).hasMatch()) {
        hadHierarchicalSeparators = hierarchical.match(title).hasMatch();
        qsizetype lastIndex = -1;
        auto it = separators.globalMatch(origTitle);
        while (it.hasNext())
            lastIndex = it.next().capturedStart();
        title = origTitle.left(lastIndex);
        if (wordCount(title) < 3) {
            static const QRegularExpression leading(QStringLiteral("^[^\\|\\-–—\\\\\\/>»]*[\\|\\-–—\\\\\\/>»]"));
            title = origTitle;
            title.remove(leading);
        }
    } else if (title.contains(QLatin1String(": "))) {
        bool match = false;
        for (const QString &tag : {QStringLiteral("h1"), QStringLiteral("h2")}) {
            for (DomNode *n = const_cast<HtmlDocument &>(document).document(); n && !match; n = n->following())
                match = n->is(tag) && n->textContent().trimmed() == title.trimmed();
        }
        if (!match) {
            title = origTitle.mid(origTitle.lastIndexOf(QLatin1Char(':')) + 1);
            if (wordCount(title) < 3)
                title = origTitle.mid(origTitle.indexOf(QLatin1Char(':')) + 1);
            else if (wordCount(origTitle.left(origTitle.indexOf(QLatin1Char(':')))) > 5)
                title = origTitle;
        }
    } else if (title.size() > 150 || title.size() < 15) {
        QList<DomNode *> h1s;
        for (DomNode *n = const_cast<HtmlDocument &>(document).document(); n; n = n->following()) {
            if (n->is(u"h1"))
                h1s.append(n);
        }
        if (h1s.size() == 1)
            title = ReadabilityHelpers::innerText(h1s.first());
    }
    title = normalizeSpaces(title);
    const int count = wordCount(title);
    QString withoutSeparators = origTitle;
    withoutSeparators.remove(QRegularExpression(QStringLiteral("[\\|\\-–—\\\\\\/>»]+")));
    if (count <= 4 && (!hadHierarchicalSeparators || count != wordCount(withoutSeparators) - 1))
        title = origTitle;
    return title;
}

QDateTime Metadata::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime date = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!date.isValid() && trimmed.size() >= 10)
        date = QDateTime(QDate::fromString(trimmed.left(10), Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
    return date.isValid() ? date : QDateTime();
}

Metadata Metadata::fromDocument(const HtmlDocument &document)
{
    Metadata meta;
    const QString htmlTitle = document.title().trimmed();
    const std::optional<JsonLd> jsonLd = parseJsonLd(document, cleanTitle(htmlTitle, document));
    const QHash<QString, QString> values = metaValues(document);

    const QString metaTitle = first(values, {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                             "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
    meta.title = jsonLd ? jsonLd->title : QString();
    // A one-word headline in the structured data ("escenic", the publishing system's name) that
    // the page's other titles do not echo is a placeholder, not the article's title.
    const QString otherTitle = metaTitle.isEmpty() ? htmlTitle : metaTitle;
    if (!meta.title.isEmpty() && ReadabilityHelpers::wordCount(meta.title) < 2
        && ReadabilityHelpers::wordCount(otherTitle) >= 3
        && !otherTitle.contains(meta.title, Qt::CaseInsensitive))
        meta.title.clear();
    if (meta.title.isEmpty())
        meta.title = metaTitle;
    if (meta.title.isEmpty())
        meta.title = cleanTitle(htmlTitle, document);
    meta.byline = jsonLd ? jsonLd->byline : QString();
    if (meta.byline.isEmpty()) {
        meta.byline = first(values, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
        const QString articleAuthor = values.value(QStringLiteral("article:author"));
        if (meta.byline.isEmpty() && !articleAuthor.isEmpty() && !articleAuthor.contains(QLatin1String("://")))
            meta.byline = articleAuthor;
    }
    meta.excerpt = jsonLd ? jsonLd->excerpt : QString();
    if (meta.excerpt.isEmpty())
        meta.excerpt = first(values, {"dc:description", "dcterm:description", "og:description",
                                      "weibo:article:description", "weibo:webpage:description", "description",
                                      "twitter:description"});
    meta.siteName = jsonLd ? jsonLd->siteName : QString();
    if (meta.siteName.isEmpty())
        meta.siteName = first(values, {"og:site_name"});
    meta.publishedText = jsonLd ? jsonLd->published : QString();
    if (meta.publishedText.isEmpty())
        meta.publishedText = first(values, {"article:published_time", "parsely-pub-date"});
    meta.published = parseDate(meta.publishedText);
    meta.articleBody = jsonLd ? jsonLd->body : QString();
    meta.image = first(values, {"og:image", "twitter:image"});

    meta.title = meta.title.trimmed();
    meta.byline = meta.byline.trimmed();
    meta.siteName = meta.siteName.trimmed();
    if (!meta.published.isValid())
        meta.published = publishedFromPage(document, values);

    if (DomNode *html = document.documentElement())
        meta.lang = html->attribute(u"lang").trimmed();
    if (meta.lang.isEmpty())
        meta.lang = values.value(QStringLiteral("og:locale")).replace(QLatin1Char('_'), QLatin1Char('-'));
    for (DomNode *n = const_cast<HtmlDocument &>(document).document(); n; n = n->following()) {
        if (n->is(u"link") && meta.canonicalUrl.isEmpty()
            && n->attribute(u"rel").split(QLatin1Char(' ')).contains(QLatin1String("canonical"), Qt::CaseInsensitive))
            meta.canonicalUrl = n->attribute(u"href").trimmed();
        if (n->is(u"base") && meta.baseHref.isEmpty())
            meta.baseHref = n->attribute(u"href").trimmed();
    }
    if (meta.canonicalUrl.isEmpty())
        meta.canonicalUrl = values.value(QStringLiteral("og:url"));

    QStringList headings;
    for (DomNode *n = const_cast<HtmlDocument &>(document).document(); n; n = n->following()) {
        if (n->is(u"h1"))
            headings.append(ReadabilityHelpers::innerText(n));
    }
    meta.title = ArticleHeader::stripDecoration(meta.title, meta.siteName, ArticleHeader::parseByline(meta.byline).name,
                                                QUrl(meta.canonicalUrl).host(), headings);
    return meta;
}

} // namespace Quoteshelf::Import
