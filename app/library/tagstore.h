#pragma once

#include <optional>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace Quoteshelf::Library {

// The SQL shared by everything that attaches tags (highlights, quotes, articles). Callers own the
// transaction; each function returns false / nullopt on an SQL error, after logging it.
// Tag names are unique case-insensitively (tags.name COLLATE NOCASE); the first spelling wins.
namespace TagStore {

enum class Link { Article, Highlight, Quote };

// Trimmed, inner white space collapsed, empty names dropped, case-insensitive duplicates removed.
QStringList normalized(const QStringList &tags);

std::optional<qint64> ensureTag(const QSqlDatabase &db, const QString &name);

// Makes `tags` the reader's tags of the owner. For articles this touches only the reader's tags
// (article_tags.suggested = 0): extracted suggestions stay; a listed suggestion becomes accepted.
// The ids of tags the owner no longer carries are added to `dropped` (for prune()).
bool replaceLinks(const QSqlDatabase &db, Link link, qint64 ownerId, const QStringList &tags,
                  QList<qint64> *dropped = nullptr);
// The ids of the tags on a highlight (before it is deleted, for prune()).
QList<qint64> tagIdsOf(const QSqlDatabase &db, qint64 highlightId);

// For articles: the reader's (accepted) tags only. Sorted case-insensitively.
QStringList linkedNames(const QSqlDatabase &db, Link link, qint64 ownerId);
QStringList allNames(const QSqlDatabase &db);
// The tags the reader put on highlights and quotes: what completion offers. (Every extracted
// suggestion is a tag too; a large library has hundreds of thousands of them.)
QStringList readerNames(const QSqlDatabase &db);

// Deletes tags nothing refers to any more, so completion does not offer them. The whole table
// (after a re-extraction), or only the given candidates (after one edit: cheap at any size).
bool prune(const QSqlDatabase &db);
bool prune(const QSqlDatabase &db, const QList<qint64> &candidates);

// Renames `from` to `to`, merging into `to` when it exists. Returns the ids of the highlights
// that carried the tag; nullopt when `from` does not exist, `to` is empty or SQL failed.
std::optional<QList<qint64>> rename(const QSqlDatabase &db, const QString &from, const QString &to);

} // namespace TagStore

} // namespace Quoteshelf::Library
