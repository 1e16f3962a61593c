#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Quoteshelf::Import {

// One structural block of an article's plain text. start/end are code-point offsets into
// Article::text (end exclusive).
struct Block
{
    enum class Kind { Title, Byline, Heading, Paragraph, Caption, Quote, List, Code, Related };
    Kind kind = Kind::Paragraph;
    qsizetype start = 0;
    qsizetype end = 0;

    bool operator==(const Block &) const = default;
};

QString blockKindName(Block::Kind kind);

// An image or other file the article needs offline, stored in the library with it. The article's
// HTML refers to it by the relative URL "assets/<name>".
struct Asset
{
    QString name;
    QString mimeType;
    QByteArray data;
};

// What an importer makes of one file; no library involved.
struct Article
{
    QString title;
    QString byline;
    QString siteName;
    QString sourceUrl;     // the page's canonical URL when it names one
    QDateTime published;   // invalid when unknown
    QString lang;          // BCP 47, empty when unknown
    QString excerpt;
    QString leadImage;     // asset name, empty when none
    QString format;        // "html", "mhtml", "text", "markdown"

    // The article as plain text, paragraphs separated by blank lines. Quotes, highlights and search
    // all anchor on code-point offsets into it, so it must be reproducible from the same input.
    QString text;
    // Sanitised, semantic body HTML (no scripts, handlers, iframes, forms, objects). Each block
    // element carries data-qs-start / data-qs-end: the code-point range of its text in `text`.
    QString html;
    QList<Block> blocks;
    QList<Asset> assets;
};

} // namespace Quoteshelf::Import
