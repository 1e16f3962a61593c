#include "library/speakerindex.h"

#include "core/logging.h"
#include "library/database.h"
#include "library/highlightrecord.h"
#include "library/searchengine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Quoteshelf::Library {

namespace {

constexpr QChar TagSeparator = QChar(0x1f);
const QString Anonymous = QStringLiteral("anonymous");

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcLibrary) << "speaker index:" << query.lastError().text() << query.lastQuery();
    return false;
}

// Anonymous descriptions live in their own key space: "spokesperson" the description is not
// someone whose alias happens to be "spokesperson".
QString nameKey(const QString &name, bool anonymous)
{
    const QString folded = name.simplified().toCaseFolded();
    return anonymous ? QStringLiteral("anon:") + folded : folded;
}

// One row of the speakers table.
struct Row
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString name;
    QString role;
    QString kind;
    QStringList aliases;
    bool anonymous() const { return kind == Anonymous; }
};

// Union-find over row numbers: rows in one set are one speaker.
struct Groups
{
    explicit Groups(qsizetype count) : parent(count) { std::iota(parent.begin(), parent.end(), qsizetype(0)); }
    qsizetype find(qsizetype i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void unite(qsizetype a, qsizetype b) { parent[find(a)] = find(b); }
    QList<qsizetype> parent;
};

// What one library speaker is made of while the rows are being merged.
struct Accumulator
{
    QList<qsizetype> rows;
    QString extraName; // a name only the reader's correction used (no speakers row)
    QList<qint64> quoteIds;
    QSet<qint64> articles;
};

QString mostCommon(const QStringList &values)
{
    // Ties go to the value seen first; callers list the newest article first.
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        const int count = ++counts[value.toCaseFolded()];
        if (count > bestCount) {
            best = value;
            bestCount = count;
        }
    }
    return best;
}

LibrarySpeaker summarise(const Accumulator &group, const QList<Row> &rows)
{
    QStringList names, roles, kinds, spellings;
    for (const qsizetype r : group.rows) {
        names << rows.at(r).name;
        roles << rows.at(r).role;
        kinds << rows.at(r).kind;
        spellings << rows.at(r).name << rows.at(r).aliases;
    }
    if (!group.extraName.isEmpty()) {
        names << group.extraName;
        spellings << group.extraName;
    }
    LibrarySpeaker speaker;
    // The fullest spelling names the speaker ("Majed Al-Ansari" over "Al-Ansari"), then one as
    // people write names (not "ana costa" or "ANA COSTA"), then the most used.
    const auto rank = [&names](const QString &name) {
        const bool mixedCase = name != name.toLower() && name != name.toUpper();
        return std::tuple(name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(), mixedCase, names.count(name));
    };
    for (const QString &name : std::as_const(names)) {
        if (speaker.name.isEmpty() || rank(name) > rank(speaker.name))
            speaker.name = name;
    }
    speaker.role = mostCommon(roles);
    speaker.kind = kinds.isEmpty() ? QStringLiteral("person") : mostCommon(kinds);
    QSet<QString> seen { speaker.name.simplified().toCaseFolded() };
    for (const QString &spelling : std::as_const(spellings)) {
        const QString key = spelling.simplified().toCaseFolded();
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            speaker.aliases << spelling.simplified();
        }
    }
    speaker.aliases.sort(Qt::CaseInsensitive);
    speaker.quoteIds = group.quoteIds;
    speaker.quoteCount = int(group.quoteIds.size());
    speaker.articleCount = int(group.articles.size());
    return speaker;
}

} // namespace

SpeakerIndex::SpeakerIndex(Database *database) : m_database(database) { }

QList<LibrarySpeaker> SpeakerIndex::speakers() const
{
    const QSqlDatabase db = m_database->connection();
    QList<Row> rows;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT s.id, s.article_id, s.name, s.role, s.kind, s.aliases FROM speakers s "
                                     "JOIN articles a ON a.id = s.article_id "
                                     "ORDER BY a.added_at DESC, s.article_id DESC, s.id"));
        if (!run(query))
            return {};
        while (query.next()) {
            Row row { query.value(0).toLongLong(),
                      query.value(1).toLongLong(),
                      query.value(2).toString().simplified(),
                      query.value(3).toString().simplified(),
                      query.value(4).toString(),
                      {} };
            const QJsonArray aliases = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
            for (const QJsonValue &alias : aliases) {
                if (!alias.toString().trimmed().isEmpty())
                    row.aliases << alias.toString().simplified();
            }
            rows.append(row);
        }
    }

    // Rows that share a name, or where one's name is another's alias, are one speaker.
    QHash<QString, qsizetype> firstWithName;
    QHash<QString, qsizetype> firstWithAlias;
    QHash<qint64, qsizetype> rowOfId;
    QMultiHash<qint64, qsizetype> rowsOfArticle;
    Groups groups(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        rowOfId.insert(row.id, i);
        rowsOfArticle.insert(row.articleId, i);
        const QString key = nameKey(row.name, row.anonymous());
        if (const auto it = firstWithName.constFind(key); it != firstWithName.cend())
            groups.unite(i, *it);
        else
            firstWithName.insert(key, i);
        for (const QString &alias : row.aliases)
            firstWithAlias.insert(nameKey(alias, row.anonymous()), i);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const QString &alias : rows.at(i).aliases) {
            if (const auto it = firstWithName.constFind(nameKey(alias, rows.at(i).anonymous()));
                it != firstWithName.cend())
                groups.unite(i, *it);
        }
    }

    QHash<qsizetype, Accumulator> byRoot;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byRoot[groups.find(i)].rows.append(i);
    QHash<QString, Accumulator> corrected; // names only the reader's corrections use

    // The reader's correction names the speaker as text: find who that is, preferring someone
    // quoted in the same article, then anyone of that name, then of that alias.
    const auto rowForName = [&](const QString &name, qint64 articleId) -> qsizetype {
        for (const bool anonymous : { false, true }) {
            const QString key = nameKey(name, anonymous);
            for (const qsizetype r : rowsOfArticle.values(articleId)) {
                const Row &row = rows.at(r);
                if (row.anonymous() != anonymous)
                    continue;
                if (nameKey(row.name, anonymous) == key
                    || std::any_of(row.aliases.cbegin(), row.aliases.cend(),
                                   [&](const QString &alias) { return nameKey(alias, anonymous) == key; }))
                    return r;
            }
        }
        for (const bool anonymous : { false, true }) {
            if (const auto it = firstWithName.constFind(nameKey(name, anonymous)); it != firstWithName.cend())
                return *it;
        }
        for (const bool anonymous : { false, true }) {
            if (const auto it = firstWithAlias.constFind(nameKey(name, anonymous)); it != firstWithAlias.cend())
                return *it;
        }
        return -1;
    };

    QSqlQuery quotes(db);
    quotes.setForwardOnly(true);
    quotes.prepare(QStringLiteral("SELECT q.id, q.article_id, q.speaker_id, q.speaker_override FROM quotes q "
                                  "WHERE q.speaker_id IS NOT NULL OR q.speaker_override IS NOT NULL "
                                  "ORDER BY q.article_id, q.start"));
    if (!run(quotes))
        return {};
    while (quotes.next()) {
        const qint64 quoteId = quotes.value(0).toLongLong();
        const qint64 articleId = quotes.value(1).toLongLong();
        const QString override = quotes.value(3).toString().simplified();
        Accumulator *group = nullptr;
        if (!override.isEmpty()) {
            const qsizetype row = rowForName(override, articleId);
            if (row >= 0) {
                group = &byRoot[groups.find(row)];
            } else {
                group = &corrected[override.toCaseFolded()];
                if (group->extraName.isEmpty())
                    group->extraName = override;
            }
        } else if (const auto it = rowOfId.constFind(quotes.value(2).toLongLong()); it != rowOfId.cend()) {
            group = &byRoot[groups.find(*it)];
        }
        if (group) {
            group->quoteIds.append(quoteId);
            group->articles.insert(articleId);
        }
    }

    QList<LibrarySpeaker> result;
    for (const Accumulator &group : std::as_const(byRoot)) {
        if (!group.quoteIds.isEmpty())
            result.append(summarise(group, rows));
    }
    for (const Accumulator &group : std::as_const(corrected))
        result.append(summarise(group, rows));
    std::sort(result.begin(), result.end(), [](const LibrarySpeaker &a, const LibrarySpeaker &b) {
        if (a.isAnonymous() != b.isAnonymous())
            return b.isAnonymous();
        if (a.quoteCount != b.quoteCount)
            return a.quoteCount > b.quoteCount;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

QList<LibraryQuote> SpeakerIndex::quotes(const LibrarySpeaker &speaker) const
{
    if (speaker.quoteIds.isEmpty())
        return {};
    QJsonArray ids;
    for (const qint64 id : speaker.quoteIds)
        ids.append(id);
    // One bound JSON array instead of a statement built per number of ids.
    return selectQuotes(QStringLiteral("q.id IN (SELECT value FROM json_each(?))"),
                        { QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)) });
}

QList<LibraryQuote> SpeakerIndex::quotes(const QString &name) const
{
    const QString key = name.simplified().toCaseFolded();
    const QList<LibrarySpeaker> all = speakers();
    for (const LibrarySpeaker &speaker : all) {
        if (speaker.name.toCaseFolded() == key)
            return quotes(speaker);
    }
    for (const LibrarySpeaker &speaker : all) {
        if (speaker.aliases.contains(name.simplified(), Qt::CaseInsensitive))
            return quotes(speaker);
    }
    return {};
}

QList<LibraryQuote> SpeakerIndex::taggedQuotes(const HighlightFilter &filter) const
{
    if (!filter.colors.isEmpty())
        return {};
    // Fixed fragments only; every value is bound.
    QStringList conditions { QStringLiteral("q.id IN (SELECT quote_id FROM quote_tags)") };
    QVariantList values;
    if (!filter.tag.trimmed().isEmpty()) {
        conditions << QStringLiteral("q.id IN (SELECT qt.quote_id FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id "
                                     "WHERE t.name = ?)");
        values << filter.tag.trimmed();
    }
    if (!filter.speaker.trimmed().isEmpty()) {
        conditions << QStringLiteral("coalesce(q.speaker_override, s.name, '') = ? COLLATE NOCASE");
        values << filter.speaker.trimmed();
    }
    if (filter.articleId != 0) {
        conditions << QStringLiteral("q.article_id = ?");
        values << filter.articleId;
    }
    if (filter.createdFrom.isValid()) {
        conditions << QStringLiteral("a.added_at >= ?");
        values << filter.createdFrom.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.createdTo.isValid()) {
        conditions << QStringLiteral("a.added_at < ?");
        values << filter.createdTo.toUTC().toString(Qt::ISODateWithMs);
    }
    QList<LibraryQuote> quotes = selectQuotes(conditions.join(QStringLiteral(" AND ")), values);

    // Tagged quotes are few and not in the annotation index: match the words here, like the
    // index does (every word as a prefix of a word, every phrase as written, case-insensitively).
    const SearchQuery search = SearchQuery::parse(filter.text);
    if (search.hasText()) {
        quotes.removeIf([&search](const LibraryQuote &quote) {
            const QString haystack = QLatin1Char(' ') + quote.text.simplified();
            const auto has = [&haystack](const QString &needle, bool wordStart) {
                return haystack.contains(wordStart ? QLatin1Char(' ') + needle : needle, Qt::CaseInsensitive);
            };
            return !std::all_of(search.terms.cbegin(), search.terms.cend(),
                                [&](const QString &t) { return has(t, true); })
                || !std::all_of(search.phrases.cbegin(), search.phrases.cend(),
                                [&](const QString &p) { return has(p, false); });
        });
    }
    return quotes;
}

QList<LibraryQuote> SpeakerIndex::selectQuotes(const QString &condition, const QVariantList &values) const
{
    QList<LibraryQuote> result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // condition is one of the fixed fragments above, never user text.
    query.prepare(
        QStringLiteral(
            "SELECT q.id, q.article_id, a.title, a.added_at, q.text, q.start, q.\"end\", q.kind, "
            "coalesce(q.speaker_override, s.name, ''), "
            "(SELECT group_concat(t.name, char(31)) FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id "
            "WHERE qt.quote_id = q.id) "
            "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
            "WHERE %1 ORDER BY a.added_at DESC, q.article_id DESC, q.start, q.id")
            .arg(condition));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!run(query))
        return result;
    while (query.next()) {
        LibraryQuote quote;
        quote.id = query.value(0).toLongLong();
        quote.articleId = query.value(1).toLongLong();
        quote.articleTitle = query.value(2).toString();
        quote.articleAddedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        quote.text = query.value(4).toString();
        quote.start = query.value(5).toLongLong();
        quote.end = query.value(6).toLongLong();
        quote.kind = query.value(7).toString();
        quote.speaker = query.value(8).toString();
        const QString tags = query.value(9).toString();
        if (!tags.isEmpty()) {
            quote.tags = tags.split(TagSeparator);
            quote.tags.sort(Qt::CaseInsensitive);
        }
        result.append(quote);
    }
    return result;
}

} // namespace Quoteshelf::Library
