#pragma once

#include <QDateTime>
#include <QString>

namespace Quoteshelf::Import {

class HtmlDocument;

// Article metadata from the page head, in Readability's order of trust: JSON-LD (schema.org
// Article types), then Dublin Core / Open Graph / Twitter / Parse.ly meta tags, then the <title>
// with site-name decorations stripped ("Story - Site" -> "Story").
struct Metadata
{
    QString title;
    QString byline;
    QString excerpt;
    QString siteName;
    QString publishedText;
    QDateTime published;
    QString lang;
    QString canonicalUrl;
    QString baseHref;
    QString image;
    QString articleBody;   // the structured data's whole text, when it gives one

    static Metadata fromDocument(const HtmlDocument &document);
    // Readability's title clean-up of a raw <title>, exposed for tests.
    static QString cleanTitle(const QString &rawTitle, const HtmlDocument &document);
    static QDateTime parseDate(const QString &text);
};

} // namespace Quoteshelf::Import
