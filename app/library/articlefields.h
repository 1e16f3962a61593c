#pragma once

#include "extract/types.h"
#include "import/article.h"

#include <QDateTime>
#include <QString>

class QByteArray;
class QSqlQuery;

namespace Quoteshelf::Library {

// How an imported article is turned into stored columns, shared by the first import, re-import
// and annotations so that all of them store an article the same way.

// A null QString binds as SQL NULL; the schema keeps text columns NOT NULL with '' for "none".
QString nonNull(const QString &text);

// A time as the library stores it (UTC, ISO 8601 with milliseconds: 2026-01-31T09:05:00.000Z),
// read without the general ISO parser: a library list of 100,000 articles reads one per row.
// Anything else goes through QDateTime::fromString.
QDateTime parseStoredTime(const QString &text);

// The blocks column: JSON [[kind, start, end], ...].
QString blocksJson(const QList<Import::Block> &blocks);

// Words for the reading-time estimate.
int countWords(const QString &text);

// The spans the extractor reads: body paragraphs, block quotes and lists (not titles, captions or
// related-links lists).
QList<Extract::Segment> bodySegments(const Import::Article &article);

// An article's columns in `articles`, in this order: title, byline, site_name, source_url,
// source_file, published, lang, excerpt, lead_image, format, word_count; and its big columns in
// `article_content`: original, html, text, blocks. Insert and re-import bind them the same way
// through these functions.
inline constexpr auto ArticleColumns = "title, byline, site_name, source_url, source_file, published, lang, excerpt, "
                                       "lead_image, format, word_count";
void bindArticleColumns(QSqlQuery &query, const Import::Article &article, const QString &sourceFile);
inline constexpr auto ArticleContentColumns = "original, html, text, blocks";
void bindArticleContentColumns(QSqlQuery &query, const Import::Article &article, const QByteArray &original);

// The extraction's speakers and quotes, bound the same way by insert and re-import: a speaker row
// (SpeakerColumns, the article first), and a quote's columns (QuoteColumns, in this order) with
// its speaker's stored id from speakerIds (the ids of the extraction's speakers, by index).
inline constexpr auto SpeakerColumns = "article_id, name, role, kind, aliases, quote_count";
void bindSpeakerColumns(QSqlQuery &query, qint64 articleId, const Extract::Speaker &speaker);
inline constexpr auto QuoteColumns
    = "speaker_id, text, start, \"end\", kind, cue, mention, mention_start, mention_end, confidence, group_id";
void bindQuoteColumns(QSqlQuery &query, const Extract::Quote &quote, const QList<qint64> &speakerIds);

} // namespace Quoteshelf::Library
