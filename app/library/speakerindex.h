#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <QVariant>

namespace Quoteshelf::Library {

class Database;
struct HighlightFilter;

// One person, organisation or anonymous description across the whole library. The speakers table
// has one row per article; rows are the same speaker when their names are equal
// case-insensitively or when one row's name is an alias of the other's. Anonymous descriptions
// ("a US official") are grouped by description too, but never with a named speaker.
struct LibrarySpeaker
{
    QString name; // the fullest spelling in use
    QStringList aliases; // every other spelling seen, sorted case-insensitively
    QString role; // the most common non-empty role
    QString kind; // person, organisation, anonymous
    int quoteCount = 0;
    int articleCount = 0;
    QList<qint64> quoteIds; // the quotes attributed to them, the reader's corrections applied

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
// every quote of one of them, and the quotes the reader tagged (for the notebook). Holds no
// state besides the database, so it is cheap to make one where it is needed. Main thread only.
class SpeakerIndex final
{
    Q_DISABLE_COPY_MOVE(SpeakerIndex)

public:
    explicit SpeakerIndex(Database *database);

    // Named speakers first (most quotes first), anonymous sources last. Speakers left without a
    // quote (every quote corrected to someone else) are not listed.
    QList<LibrarySpeaker> speakers() const;

    // Newest article first, text order within an article.
    QList<LibraryQuote> quotes(const LibrarySpeaker &speaker) const;
    // The speaker whose name (or else one of whose aliases) is `name`, case-insensitively.
    QList<LibraryQuote> quotes(const QString &name) const;

    // Quotes with at least one tag, filtered like the notebook's highlights: tag, speaker,
    // article, date (the article's date in the library: a quote has no date of its own) and
    // words. A colour filter leaves no quotes (quotes have no colour). Newest article first.
    QList<LibraryQuote> taggedQuotes(const HighlightFilter &filter) const;

private:
    QList<LibraryQuote> selectQuotes(const QString &condition, const QVariantList &values) const;

    Database *m_database = nullptr;
};

} // namespace Quoteshelf::Library
