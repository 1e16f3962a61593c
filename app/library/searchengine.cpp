#include "library/searchengine.h"

#include "core/logging.h"
#include "core/textoffsets.h"
#include "library/database.h"

#include <QSqlError>
#include <QRegularExpression>
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

// "site_name : ("the" "quoteshelf" "courier"*)": every word of the site name, the last a prefix.
QString siteNameExpression(const QString &site)
{
    QStringList words;
    for (const QString &word : site.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        words << quoted(word);
    if (words.isEmpty())
        return {};
    words.last() += QLatin1Char('*');
    return QStringLiteral("site_name : (%1)").arg(words.join(QLatin1Char(' ')));
}

// speaker:… through the library speakers' index of names: every word of the value begins a word
// of one of their spellings ("sullivan", "jake sull").
QString speakerNameExpression(const QString &speaker)
{
    const QString words = wordPrefixExpression(speaker);
    return words.isEmpty() ? QString() : QStringLiteral("names : (%1)").arg(words);
}


// --- Snippets ------------------------------------------------------------------------------
// Made here from the text of the page of hits, the way FTS5's tokenizer sees words (letters and
// digits, case and diacritics folded): FTS5's snippet() needs a cursor of its own per hit, and for
// a prefix of a common word each cursor rebuilds the word's whole list of articles.

struct Token
{
    qsizetype start = 0; // UTF-16 positions in the text
    qsizetype end = 0;
    QString folded;
};

QString folded(QStringView word)
{
    const QString decomposed = word.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QList<Token> tokens(const QString &text)
{
    QList<Token> result;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !text.at(i).isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        if (i > start)
            result.append({start, i, folded(QStringView(text).mid(start, i - start))});
    }
    return result;
}

// One search word or phrase as a sequence of folded tokens; the last may be a prefix.
struct Pattern
{
    QStringList words;
    bool prefix = false;
};

QList<Pattern> patternsOf(const SearchQuery &query)
{
    QList<Pattern> patterns;
    const auto add = [&patterns](const QString &text, bool prefix) {
        Pattern pattern;
        for (const Token &token : tokens(text))
            pattern.words << token.folded;
        pattern.prefix = prefix && !pattern.words.isEmpty() && pattern.words.constLast().size() >= 2;
        if (!pattern.words.isEmpty())
            patterns << pattern;
    };
    for (const QString &phrase : query.phrases)
        add(phrase, false);
    for (const QString &term : query.terms)
        add(term, true);
    return patterns;
}

// How many tokens from `at` a pattern covers there, or 0.
qsizetype matchAt(const QList<Token> &text, qsizetype at, const Pattern &pattern)
{
    if (at + pattern.words.size() > text.size())
        return 0;
    for (qsizetype k = 0; k < pattern.words.size(); ++k) {
        const QString &word = text.at(at + k).folded;
        const bool last = k == pattern.words.size() - 1;
        if (last && pattern.prefix ? !word.startsWith(pattern.words.at(k)) : word != pattern.words.at(k))
            return 0;
    }
    return pattern.words.size();
}

// Up to `length` words around the first match, matches wrapped in SnippetOpen/SnippetClose, "…"
// where the text goes on.
QString snippetOf(const QString &text, const QList<Pattern> &patterns, qsizetype length = 16)
{
    const QList<Token> words = tokens(text);
    if (words.isEmpty())
        return {};
    QList<qsizetype> covered(words.size(), 0);
    qsizetype first = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (const Pattern &pattern : patterns) {
            if (const qsizetype n = matchAt(words, i, pattern); n > 0) {
                for (qsizetype k = 0; k < n; ++k)
                    covered[i + k] = 1;
                if (first < 0)
                    first = i;
            }
        }
    }
    const qsizetype from = qBound(qsizetype(0), first < 0 ? 0 : first - length / 4, qMax(qsizetype(0), words.size() - length));
    const qsizetype to = qMin(words.size(), from + length);
    QString out;
    if (from > 0)
        out += QStringLiteral("…");
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            out += QStringView(text).mid(words.at(i - 1).end, words.at(i).start - words.at(i - 1).end);
        const QStringView word = QStringView(text).mid(words.at(i).start, words.at(i).end - words.at(i).start);
        if (covered.at(i))
            out += SearchEngine::SnippetOpen + word.toString() + SearchEngine::SnippetClose;
        else
            out += word;
    }
    if (to < words.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace

QString wordPrefixExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        words << quoted(word) + QLatin1Char('*');
    return words.join(QLatin1Char(' '));
}

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
        int wordCharacters = 0;
        for (const QChar c : term)
            wordCharacters += c.isLetterOrNumber() ? 1 : 0;
        if (wordCharacters == 0)
            continue;
        // Words match as prefixes, except a single letter: every word of the library starts with
        // one of a few dozen letters, so its prefix query would visit most of the index.
        parts << (wordCharacters >= 2 ? quoted(term) + QLatin1Char('*') : quoted(term));
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

    // Filters restrict the articles; each is a bound value, never spliced into the SQL. They are
    // written against an article id (`%1`) so that they fit the ranking query and the plain list.
    QStringList where;
    QVariantList values;
    for (const QString &tag : query.tags) {
        where << QStringLiteral("%1 IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                "WHERE t.name = ? COLLATE NOCASE)");
        values << tag;
    }
    for (const QString &speaker : query.speakers) {
        // The articles that quote someone so named (the reader's corrections applied), through the
        // speaker directory's indexes: never a scan of every speaker row.
        const QString names = speakerNameExpression(speaker);
        if (names.isEmpty()) {
            where << QStringLiteral("%1 IS NULL"); // nothing to match: no article
            continue;
        }
        where << QStringLiteral("%1 IN (SELECT article_id FROM library_speaker_articles WHERE speaker_id IN "
                                "(SELECT rowid FROM library_speakers_fts WHERE library_speakers_fts MATCH ?))");
        values << names;
    }
    for (const QString &site : query.sites) {
        // The site's name through the full-text index (its words, the last one as a prefix), its
        // address through the covering index on source_url: neither reads the articles' text.
        const QString name = siteNameExpression(site);
        if (name.isEmpty()) {
            where << QStringLiteral("%1 IN (SELECT id FROM articles WHERE source_url LIKE ? ESCAPE '\\')");
            values << likePattern(site);
            continue;
        }
        // A value with a space is a name: no address contains one, so the addresses are not read.
        if (site.simplified().contains(QLatin1Char(' '))) {
            where << QStringLiteral("%1 IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
            values << name;
            continue;
        }
        where << QStringLiteral("(%1 IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) "
                                "OR %1 IN (SELECT id FROM articles WHERE source_url LIKE ? ESCAPE '\\'))");
        values << name << likePattern(site);
    }
    const auto conditions = [&](const QString &id) {
        QString sql;
        for (const QString &condition : std::as_const(where))
            sql += QStringLiteral(" AND ") + condition.arg(id);
        return sql;
    };

    QSqlQuery sql(m_database->connection());
    if (query.hasText()) {
        // Rank on the index alone, then read titles and text for the page of hits only: joining
        // every match to its article row before the LIMIT read the whole text of every article
        // that contains a common word. And rank a bounded window, the newest RankWindow matches
        // (the index walks them in rowid order): below that many matches the order is exactly
        // bm25's; a word in half the library is ranked among its most recent articles instead of
        // scoring tens of thousands of them for every keystroke. The filters are sets the index's
        // matches are looked up in ("+rowid"): as rowid constraints SQLite ran the whole MATCH again
        // for each article of the set (1.7 s for a word and a site of 334 articles; 17 ms now).
        const QString statement = QStringLiteral(
            "SELECT a.id, a.title, c.text, r.rank FROM "
            "(SELECT id, rank FROM (SELECT rowid AS id, bm25(articles_fts, 8.0, 3.0, 2.0, 1.0) AS rank FROM articles_fts "
            "WHERE articles_fts MATCH ?%1 ORDER BY rowid DESC LIMIT %2) ORDER BY rank LIMIT ?) AS r "
            "CROSS JOIN articles a ON a.id = r.id JOIN article_content c ON c.article_id = r.id ORDER BY r.rank")
                                          .arg(conditions(QStringLiteral("+rowid")))
                                          .arg(RankWindow);
        sql.prepare(statement);
        sql.addBindValue(expression);
        for (const QVariant &value : std::as_const(values))
            sql.addBindValue(value);
        sql.addBindValue(limit);
    } else {
        // Newest first: the articles are walked in date order and each is looked up in the
        // filters' sets ("+a.id" keeps SQLite from starting at a set instead, which read and
        // sorted every article of a speaker quoted in a quarter of the library).
        QString statement = QStringLiteral("SELECT a.id, a.title, a.excerpt, 0 FROM articles a WHERE 1")
            + conditions(QStringLiteral("+a.id")) + QStringLiteral(" ORDER BY a.added_at DESC LIMIT ?");
        sql.prepare(statement);
        for (const QVariant &value : std::as_const(values))
            sql.addBindValue(value);
        sql.addBindValue(limit);
    }
    if (!sql.exec()) {
        qCWarning(lcLibrary) << "search failed:" << sql.lastError().text();
        return hits;
    }
    const QList<Pattern> patterns = patternsOf(query);
    while (sql.next()) {
        SearchHit hit;
        hit.articleId = sql.value(0).toLongLong();
        hit.title = sql.value(1).toString();
        // The ranked hits carry the article's text; the filter-only list its excerpt.
        hit.snippet = query.hasText() ? snippetOf(sql.value(2).toString(), patterns) : sql.value(2).toString();
        hit.rank = sql.value(3).toDouble();
        hits.append(hit);
    }

    if (!query.hasText() || hits.size() >= limit)
        return hits;
    // Highlights and notes that match, in articles that pass the filters; ranked first too.
    const QString statement = QStringLiteral(
        "SELECT f.kind, f.article_id, f.rowid, a.title, f.body, r.rank FROM "
        "(SELECT rowid AS id, bm25(annotations_fts) AS rank FROM annotations_fts "
        "WHERE annotations_fts MATCH ?%1 ORDER BY rank LIMIT ?) AS r "
        "CROSS JOIN annotations_fts f ON f.rowid = r.id JOIN articles a ON a.id = f.article_id "
        "ORDER BY r.rank").arg(conditions(QStringLiteral("article_id")));
    QSqlQuery annotations(m_database->connection());
    annotations.prepare(statement);
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
        hit.snippet = snippetOf(annotations.value(4).toString(), patterns);
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
