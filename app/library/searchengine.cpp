#include "library/searchengine.h"

#include "core/logging.h"
#include "core/textoffsets.h"
#include "library/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Quoteshelf::Library {

namespace {

QString quoted(QString term)
{
    term.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

// Tokens separated by white space; "double quoted" runs stay together (the quotes are dropped,
// and remembered through the flag).
QList<std::pair<QString, bool>> tokenize(const QString &text)
{
    QList<std::pair<QString, bool>> tokens;
    QString current;
    bool inQuotes = false;
    bool wasQuoted = false;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens.append({current, wasQuoted});
        current.clear();
        wasQuoted = false;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            inQuotes = !inQuotes;
            wasQuoted = true;
            continue;
        }
        if (c.isSpace() && !inQuotes) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return tokens;
}

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    for (const auto &[token, wasQuoted] : tokenize(text)) {
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        if (colon > 0 && colon < token.size() - 1) {
            const QString key = token.left(colon).toLower();
            const QString value = token.mid(colon + 1);
            if (key == QLatin1String("tag")) {
                query.tags << value;
                continue;
            }
            if (key == QLatin1String("speaker")) {
                query.speakers << value;
                continue;
            }
            if (key == QLatin1String("site")) {
                query.sites << value;
                continue;
            }
        }
        if (wasQuoted && token.contains(QLatin1Char(' ')))
            query.phrases << token;
        else if (wasQuoted)
            query.phrases << token;
        else
            query.terms << token;
    }
    return query;
}

bool SearchQuery::isEmpty() const
{
    return terms.isEmpty() && phrases.isEmpty() && tags.isEmpty() && speakers.isEmpty() && sites.isEmpty();
}

QString SearchQuery::ftsExpression() const
{
    QStringList parts;
    for (const QString &phrase : phrases)
        parts << quoted(phrase);
    for (const QString &term : terms) {
        // Punctuation-only words match nothing in the index and would make the query fail.
        bool hasWordCharacter = false;
        for (const QChar c : term)
            hasWordCharacter = hasWordCharacter || c.isLetterOrNumber();
        if (hasWordCharacter)
            parts << quoted(term) + QLatin1Char('*');
    }
    return parts.join(QLatin1Char(' '));
}

SearchEngine::SearchEngine(Database *database)
    : m_database(database)
{
}

QList<SearchHit> SearchEngine::search(const QString &text, int limit) const
{
    return search(SearchQuery::parse(text), limit);
}

QList<SearchHit> SearchEngine::search(const SearchQuery &query, int limit) const
{
    QList<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    const QString expression = query.ftsExpression();
    if (query.hasText() && expression.isEmpty())
        return hits;

    // Filters restrict the articles; each is a bound value, never spliced into the SQL.
    QStringList where;
    QVariantList values;
    for (const QString &tag : query.tags) {
        where << QStringLiteral("a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                "WHERE t.name = ? COLLATE NOCASE)");
        values << tag;
    }
    for (const QString &speaker : query.speakers) {
        where << QStringLiteral("a.id IN (SELECT article_id FROM speakers WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')");
        values << likePattern(speaker) << likePattern(speaker);
    }
    for (const QString &site : query.sites) {
        where << QStringLiteral("(a.site_name LIKE ? ESCAPE '\\' OR a.source_url LIKE ? ESCAPE '\\')");
        values << likePattern(site) << likePattern(site);
    }

    const QString open(SnippetOpen);
    const QString close(SnippetClose);
    QSqlQuery sql(m_database->connection());
    if (query.hasText()) {
        QString statement = QStringLiteral(
            "SELECT a.id, a.title, snippet(articles_fts, 3, ?, ?, '…', 16), bm25(articles_fts, 8.0, 3.0, 2.0, 1.0) AS rank "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?");
        for (const QString &condition : std::as_const(where))
            statement += QStringLiteral(" AND ") + condition;
        statement += QStringLiteral(" ORDER BY rank LIMIT ?");
        sql.prepare(statement);
        sql.addBindValue(open);
        sql.addBindValue(close);
        sql.addBindValue(expression);
        for (const QVariant &value : std::as_const(values))
            sql.addBindValue(value);
        sql.addBindValue(limit);
    } else {
        QString statement = QStringLiteral("SELECT a.id, a.title, a.excerpt, 0 FROM articles a WHERE ") + where.join(QStringLiteral(" AND "))
            + QStringLiteral(" ORDER BY a.added_at DESC LIMIT ?");
        sql.prepare(statement);
        for (const QVariant &value : std::as_const(values))
            sql.addBindValue(value);
        sql.addBindValue(limit);
    }
    if (!sql.exec()) {
        qCWarning(lcLibrary) << "search failed:" << sql.lastError().text();
        return hits;
    }
    while (sql.next()) {
        SearchHit hit;
        hit.articleId = sql.value(0).toLongLong();
        hit.title = sql.value(1).toString();
        hit.snippet = sql.value(2).toString();
        hit.rank = sql.value(3).toDouble();
        hits.append(hit);
    }

    if (!query.hasText() || hits.size() >= limit)
        return hits;
    // Highlights and notes that match, in articles that pass the filters.
    QString statement = QStringLiteral(
        "SELECT f.kind, f.article_id, f.rowid, a.title, snippet(annotations_fts, 2, ?, ?, '…', 16), bm25(annotations_fts) AS rank "
        "FROM annotations_fts f JOIN articles a ON a.id = f.article_id WHERE annotations_fts MATCH ?");
    for (const QString &condition : std::as_const(where))
        statement += QStringLiteral(" AND ") + condition;
    statement += QStringLiteral(" ORDER BY rank LIMIT ?");
    QSqlQuery annotations(m_database->connection());
    annotations.prepare(statement);
    annotations.addBindValue(open);
    annotations.addBindValue(close);
    annotations.addBindValue(expression);
    for (const QVariant &value : std::as_const(values))
        annotations.addBindValue(value);
    annotations.addBindValue(limit - hits.size());
    if (!annotations.exec()) {
        qCWarning(lcLibrary) << "annotation search failed:" << annotations.lastError().text();
        return hits;
    }
    while (annotations.next()) {
        SearchHit hit;
        const bool highlight = annotations.value(0).toString() == QLatin1String("highlight");
        hit.kind = highlight ? SearchHit::Kind::Highlight : SearchHit::Kind::Note;
        hit.articleId = annotations.value(1).toLongLong();
        hit.highlightId = highlight ? annotations.value(2).toLongLong() / 2 : 0;
        hit.title = annotations.value(3).toString();
        hit.snippet = annotations.value(4).toString();
        hit.rank = annotations.value(5).toDouble();
        hits.append(hit);
    }
    return hits;
}

qsizetype SearchEngine::firstMatchOffset(qint64 articleId, const QString &text) const
{
    const QString expression = SearchQuery::parse(text).ftsExpression();
    if (expression.isEmpty())
        return -1;
    QSqlQuery sql(m_database->connection());
    // highlight() marks the matches inside the full text of this one article.
    sql.prepare(QStringLiteral("SELECT highlight(articles_fts, 3, ?, '') FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?"));
    sql.addBindValue(QString(SnippetOpen));
    sql.addBindValue(expression);
    sql.addBindValue(articleId);
    if (!sql.exec() || !sql.next())
        return -1;
    const QString marked = sql.value(0).toString();
    const qsizetype at = marked.indexOf(SnippetOpen);
    if (at < 0)
        return -1;
    return Core::TextOffsets(marked.left(at)).codePointLength();
}

} // namespace Quoteshelf::Library
