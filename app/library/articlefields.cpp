#include "library/articlefields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <iterator>

namespace Quoteshelf::Library {

QDateTime parseStoredTime(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    static constexpr int Digits[] = { 0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22 };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z'
        && std::all_of(std::begin(Digits), std::end(Digits), [&text](int i) { return text.at(i).isDigit(); })) {
        const auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i)
                value = value * 10 + (text.at(i).unicode() - u'0');
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString blocksJson(const QList<Import::Block> &blocks)
{
    QJsonArray array;
    for (const Import::Block &block : blocks)
        array.append(QJsonArray { Import::blockKindName(block.kind), block.start, block.end });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

QList<Extract::Segment> bodySegments(const Import::Article &article)
{
    QList<Extract::Segment> segments;
    for (const Import::Block &block : article.blocks) {
        switch (block.kind) {
        case Import::Block::Kind::Paragraph:
        case Import::Block::Kind::Quote:
        case Import::Block::Kind::List:
            segments.append({ block.start, block.end });
            break;
        default:
            break;
        }
    }
    return segments;
}

void bindArticleColumns(QSqlQuery &query, const Import::Article &article, const QString &sourceFile)
{
    query.addBindValue(nonNull(article.title));
    query.addBindValue(nonNull(article.byline));
    query.addBindValue(nonNull(article.siteName));
    query.addBindValue(nonNull(article.sourceUrl));
    query.addBindValue(nonNull(sourceFile));
    query.addBindValue(nonNull(article.published.isValid() ? article.published.toString(Qt::ISODate) : QString()));
    query.addBindValue(nonNull(article.lang));
    query.addBindValue(nonNull(article.excerpt));
    query.addBindValue(nonNull(article.leadImage));
    query.addBindValue(nonNull(article.format));
    query.addBindValue(countWords(article.text));
}

void bindArticleContentColumns(QSqlQuery &query, const Import::Article &article, const QByteArray &original)
{
    query.addBindValue(original);
    query.addBindValue(nonNull(article.html));
    query.addBindValue(nonNull(article.text));
    query.addBindValue(blocksJson(article.blocks));
}

void bindSpeakerColumns(QSqlQuery &query, qint64 articleId, const Extract::Speaker &speaker)
{
    query.addBindValue(articleId);
    query.addBindValue(nonNull(speaker.name));
    query.addBindValue(nonNull(speaker.role));
    query.addBindValue(Extract::speakerKindName(speaker.kind));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(speaker.aliases)).toJson(QJsonDocument::Compact)));
    query.addBindValue(speaker.quoteCount);
}

void bindQuoteColumns(QSqlQuery &query, const Extract::Quote &quote, const QList<qint64> &speakerIds)
{
    query.addBindValue(quote.speakerIndex >= 0 && quote.speakerIndex < speakerIds.size()
                           ? QVariant(speakerIds.at(quote.speakerIndex))
                           : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(nonNull(quote.text));
    query.addBindValue(qint64(quote.start));
    query.addBindValue(qint64(quote.end));
    query.addBindValue(Extract::quoteKindName(quote.kind));
    query.addBindValue(nonNull(quote.cue));
    query.addBindValue(nonNull(quote.mention));
    query.addBindValue(qint64(quote.mentionStart));
    query.addBindValue(qint64(quote.mentionEnd));
    query.addBindValue(quote.confidence);
    query.addBindValue(quote.group >= 0 ? QVariant(quote.group) : QVariant(QMetaType::fromType<int>()));
}

} // namespace Quoteshelf::Library
