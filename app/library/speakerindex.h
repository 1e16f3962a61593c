#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace Quoteshelf::Library {

class Database;
struct HighlightFilter;

// One person, organisation or anonymous description across the whole library. The speakers table
// has one row per article; rows are the same speaker when their names are equal
// case-insensitively or when one row's name is an alias of the other's. Anonymous descriptions
// ("a US official") are grouped by description too, but never with a named speaker.
struct LibrarySpeaker
{
    qint64 id = 0; // library_speakers.id
    QString name; // the fullest spelling in use
    QStringList aliases; // every other spelling seen, sorted case-insensitively
    QString role; // the most common non-empty role
    QString kind; // person, organisation, anonymous
    int quoteCount = 0;
    int articleCount = 0;

    bool isAnonymous() const { return kind == QLatin1String("anonymous"); }
    bool operator==(const LibrarySpeaker &) const = default;
};

// One extracted quote with the article it comes from, as the library-wide views list it.
struct LibraryQuote
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleTitle;
    QDateTime articleAddedAt;
    QString text;
    qsizetype start = 0; // code points into the article text
    qsizetype end = 0;
    QString kind; // direct, mixed, indirect
    QString speaker; // the reader's correction when there is one, else the extracted name
    QStringList tags; // the reader's tags on the quote, sorted case-insensitively
};

// Read-only, library-wide questions about who said what: every speaker across articles and
// every quote of one of them, and the quotes the reader tagged (for the notebook). Speakers come
// from the directory the writers keep (SpeakerDirectory), so nothing here reads every quote.
// Holds no state besides the database, so it is cheap to make one where it is needed.
class SpeakerIndex final
{
    Q_DISABLE_COPY_MOVE(SpeakerIndex)

public:
    explicit SpeakerIndex(Database *database);

    // Named speakers first (most quotes first), anonymous sources last. Speakers left without a
    // quote (every quote corrected to someone else) are not listed.
    QList<LibrarySpeaker> speakers() const;

    // The listed speaker whose name (or else one of whose spellings) is `name`, case-insensitively.
    std::optional<LibrarySpeaker> speaker(const QString &name) const;

    // Newest article first, text order within an article; `limit` of them from `offset` (-1: all).
    QList<LibraryQuote> quotes(const LibrarySpeaker &speaker, int limit = -1, int offset = 0) const;
    // The quotes of speaker(name).
    QList<LibraryQuote> quotes(const QString &name) const;

    // The columns speakerFromQuery() reads, over library_speakers as ls.
    static QString speakerColumns();
    static LibrarySpeaker speakerFromQuery(const QSqlQuery &query);

    // Quotes with at least one tag, filtered like the notebook's highlights: tag, speaker,
    // article, date (the article's date in the library: a quote has no date of its own) and
    // words. A colour filter leaves no quotes (quotes have no colour). Newest article first.
    QList<LibraryQuote> taggedQuotes(const HighlightFilter &filter) const;

private:
    QList<LibraryQuote> selectQuotes(const QString &condition, const QVariantList &values, int limit = -1,
                                     int offset = 0) const;

    Database *m_database = nullptr;
};

} // namespace Quoteshelf::Library
