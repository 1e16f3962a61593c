#include "library/speakerindex.h"

#include "core/logging.h"
#include "library/articlefields.h"
#include "library/database.h"
#include "library/highlightrecord.h"
#include "library/searchengine.h"
#include "library/speakerdirectory.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Quoteshelf::Library {

namespace {

constexpr QChar TagSeparator = QChar(0x1f);
constexpr QChar SpellingSeparator = QChar(0x1f);

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcLibrary) << "speaker index:" << query.lastError().text() << query.lastQuery();
    return false;
}

} // namespace

SpeakerIndex::SpeakerIndex(Database *database) : m_database(database) { }

QString SpeakerIndex::speakerColumns()
{
    // Every spelling but the one shown, for the aliases.
    return QStringLiteral("ls.id, ls.name, ls.role, ls.kind, ls.quote_count, ls.article_count, "
                          "(SELECT group_concat(spelling, char(31)) FROM library_speaker_names n "
                          "WHERE n.speaker_id = ls.id)");
}

LibrarySpeaker SpeakerIndex::speakerFromQuery(const QSqlQuery &query)
{
    LibrarySpeaker speaker;
    speaker.id = query.value(0).toLongLong();
    speaker.name = query.value(1).toString();
    speaker.role = query.value(2).toString();
    speaker.kind = query.value(3).toString();
    speaker.quoteCount = query.value(4).toInt();
    speaker.articleCount = query.value(5).toInt();
    QSet<QString> seen { speaker.name.simplified().toCaseFolded() };
    for (const QString &spelling : query.value(6).toString().split(SpellingSeparator, Qt::SkipEmptyParts)) {
        const QString key = spelling.simplified().toCaseFolded();
        if (!seen.contains(key)) {
            seen.insert(key);
            speaker.aliases << spelling.simplified();
        }
    }
    speaker.aliases.sort(Qt::CaseInsensitive);
    return speaker;
}

QList<LibrarySpeaker> SpeakerIndex::speakers() const
{
    QList<LibrarySpeaker> result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM library_speakers ls WHERE ls.quote_count > 0 "
                                 "ORDER BY ls.kind = 'anonymous', ls.quote_count DESC, ls.name_key")
                      .arg(speakerColumns()));
    if (!run(query))
        return result;
    while (query.next())
        result.append(speakerFromQuery(query));
    return result;
}

std::optional<LibrarySpeaker> SpeakerIndex::speaker(const QString &name) const
{
    const QString key = SpeakerDirectory::key(name, false);
    if (key.isEmpty())
        return std::nullopt;
    // The name shown first (a name beats someone else's alias), then any spelling.
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM library_speakers ls WHERE ls.quote_count > 0 AND ls.id IN "
                                 "(SELECT id FROM library_speakers WHERE name_key = :key UNION ALL "
                                 "SELECT speaker_id FROM library_speaker_names WHERE key IN (:key, :anon)) "
                                 "ORDER BY ls.name_key <> :key, ls.kind = 'anonymous', ls.quote_count DESC LIMIT 1")
                      .arg(speakerColumns()));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":anon"), SpeakerDirectory::key(name, true));
    if (!run(query) || !query.next())
        return std::nullopt;
    return speakerFromQuery(query);
}

QList<LibraryQuote> SpeakerIndex::quotes(const LibrarySpeaker &speaker, int limit, int offset) const
{
    if (speaker.id == 0)
        return {};
    return selectQuotes(QStringLiteral("q.library_speaker_id = ?"), { speaker.id }, limit, offset);
}

QList<LibraryQuote> SpeakerIndex::quotes(const QString &name) const
{
    const std::optional<LibrarySpeaker> found = speaker(name);
    return found ? quotes(*found) : QList<LibraryQuote>();
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

QList<LibraryQuote> SpeakerIndex::selectQuotes(const QString &condition, const QVariantList &values, int limit,
                                              int offset) const
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
            "WHERE %1 ORDER BY a.added_at DESC, q.article_id DESC, q.start, q.id LIMIT %2 OFFSET %3")
            .arg(condition)
            .arg(limit)
            .arg(offset));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!run(query))
        return result;
    while (query.next()) {
        LibraryQuote quote;
        quote.id = query.value(0).toLongLong();
        quote.articleId = query.value(1).toLongLong();
        quote.articleTitle = query.value(2).toString();
        quote.articleAddedAt = parseStoredTime(query.value(3).toString());
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
