#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Library {

class Database;

// An FTS5 expression in which every word of `text` (letters and digits, any script) begins a word
// of the row: "jake sull" -> "jake"* "sull"*. Empty when text has no word.
QString wordPrefixExpression(const QString &text);

// A library search as the reader types it: free words and "quoted phrases" (prefix-matched, all
// must occur) plus filters tag:NAME, speaker:NAME and site:NAME (quote values with spaces:
// speaker:"Jake Sullivan").
struct SearchQuery
{
    QStringList terms;    // bare words, matched as prefixes
    QStringList phrases;  // exact phrases
    QStringList tags;
    QStringList speakers;
    QStringList sites;

    static SearchQuery parse(const QString &text);
    bool isEmpty() const;
    bool hasText() const { return !terms.isEmpty() || !phrases.isEmpty(); }
    // The FTS5 MATCH expression for terms and phrases; every user word is quoted, so FTS5
    // operators typed by the reader are searched for, not executed.
    QString ftsExpression() const;
};

struct SearchHit
{
    enum class Kind { Article, Highlight, Note };
    Kind kind = Kind::Article;
    qint64 articleId = 0;
    qint64 highlightId = 0;   // for Highlight hits
    QString title;
    QString snippet;          // matches wrapped in SnippetOpen/SnippetClose
    double rank = 0.0;        // lower is better (bm25)
};

// Full-text search over article text, titles, bylines, sites, highlights and notes (FTS5).
class SearchEngine final
{
public:
    explicit SearchEngine(Database *database);

    // Matches ranked by relevance for a search: the newest this many (see search()).
    static constexpr int RankWindow = 2000;

    static constexpr QChar SnippetOpen = QChar(0xE000);
    static constexpr QChar SnippetClose = QChar(0xE001);

    QList<SearchHit> search(const QString &text, int limit = 100) const;
    QList<SearchHit> search(const SearchQuery &query, int limit = 100) const;

    // Code-point offset of the first match of the query's words in the article's text, or -1.
    qsizetype firstMatchOffset(qint64 articleId, const QString &text) const;

private:
    Database *m_database = nullptr;
};

} // namespace Quoteshelf::Library
