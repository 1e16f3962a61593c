#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Library {

// What the library list shows for one article.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString byline;
    QString siteName;
    QString published;   // ISO 8601 or empty
    QDateTime addedAt;
    double progress = 0.0;
    int highlightCount = 0;
    int wordCount = 0;
    bool read = false;
    bool archived = false;
    QString updatedAt;   // changes when the article's text is replaced (re-import)

    friend bool operator==(const ArticleSummary &, const ArticleSummary &) = default;
};

// Everything needed to show one article.
struct ArticleRecord
{
    ArticleSummary summary;
    QString sourceUrl;
    QString sourceFile;
    QString format;
    QString lang;
    QString excerpt;
    QString leadImage;
    QString html;
    QString text;
};

struct SpeakerRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString name;
    QString role;
    QString kind;        // person, organisation, anonymous
    QStringList aliases;
    int quoteCount = 0;
};

struct QuoteRecord
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 speakerId = 0; // 0 when unattributed
    QString speaker;      // the reader's correction when there is one, else the extracted name
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
    QString kind;         // direct, mixed, indirect
    QString cue;
    double confidence = 0.0;
    int group = -1;       // the utterance within the article (quotes sharing it are its stretches); -1 unknown
};

struct TagRecord
{
    qint64 id = 0;
    QString name;
    QString kind;         // person, organisation, place, topic
    int mentions = 0;
    bool suggested = true;
};

} // namespace Quoteshelf::Library
