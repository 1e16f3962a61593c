#pragma once

#include "extract/quotescanner.h"
#include "extract/tokenizer.h"
#include "extract/viewtable.h"

#include <QHash>
#include <QtAlgorithms>

#include <algorithm>
#include <span>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Quoteshelf::Extract {

// Every run of capitalised words in the article ("Majed Al-Ansari", "Qatar", "Ministry of Foreign
// Affairs"), cleaned of titles and possessives, with what the resolver and the tagger need to
// know about each: is it a sentence subject, inside a quotation, in a heading, after a preposition.
class NameIndex final
{
public:
    struct NameRun
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int paragraph = 0;
        qsizetype lastToken = 0; // token index of the last word in its paragraph
        QString name; // cleaned: "Florida Gov. Jeb Bush" -> "Jeb Bush"
        quint32 nameHash = 0; // FoldedWord::hashOf(name), for the tables keyed by names
        // The first run written as this one, whose name this one shares (its own index when it is
        // that run): what is worked out per name need not be looked up again for it.
        int sameWriting = -1;
        bool spaced = false; // hasSpace(name): more than one word, asked of runs again and again
        bool subject = false; // the subject of its sentence, or of a cue right after it
        // The subject of a clause inside a sentence whose own subject names nobody: "the
        // affidavit said that Bujnowski had seen…", "aides say Ivanka Vale also advises…".
        bool clauseSubject = false;
        bool cueSubject = false; // a reporting verb follows it: "Carson said"
        bool verbFollows = false; // ... or any past-tense verb: "Carson defied"
        bool sentenceInitial = false;
        bool quoted = false; // inside quotation marks
        bool inTitle = false; // ... of a title or a nickname: “My Heart Will Go On”, “Canine Dion”
        bool heading = false; // in a title-case line
        bool afterPreposition = false; // "to West Point": a place or an object, hardly a speaker
        bool afterArticle = false; // "the Washington Informer", "an Orlando Republican": not a person's name
        bool introduced = false; // at a sentence start, after punctuation or a role word
        bool doubtful = false; // one capitalised word opening a sentence, never seen elsewhere
        bool joinsPhrases = false; // "Wit and Wisdom of Michael Bloomberg": no one's full name (joinsPhrases())
        // name is cleanName() of the run as written, nothing more (no company's own possessive kept,
        // no department dropped): cleanedName() may answer with it.
        bool plainlyCleaned = false;
        int titleGender = 0; // "Mr. Vale" +1, "Ms. Vale", "Mrs Vale" -1 (Lexicon::firstNameGender's sign)
    };

    // Where an index keeps what it builds. The caller may reuse one from article to article
    // (Extractor does, per thread), which spares growing allocations each time; one index at a
    // time uses it.
    struct Storage
    {
        QList<NameRun> runs; // in text order
        ViewTable<int> cleaned; // a run as written -> index of a run with its cleaned name, -1: none
        ViewTable<int> groups; // a name's last word -> its group
        QList<int> groupOfRun; // per run
        QList<int> groupEnds; // per group, one past its end in byLastWord
        QList<int> byLastWord; // indices into runs, grouped by last word, each group in text order
        QList<int> groupTitleGender; // per group: what titleGender() answers for its last word
        QList<int> groupFullName; // per group: the run fullName() answers with, -1: none
        QString lowered; // one-word names opening sentences, in lower case, one after another
        QList<qsizetype> loweredEnds; // where each ends in lowered
        ViewTable<char> lowerCase; // each of them -> seen so in the text
        ViewTable<int> firstWords; // personNamedFirst(): first word -> run, -1 when surnames differ
        // A one-word name opening sentences -> (written so inside one, last word of a full name)
        ViewTable<std::pair<bool, bool>> elsewhere;
        QList<char> headings; // per paragraph: a title-case line (isHeading())
        // Forgets what a huge text made it grow to.
        void trim();
    };

    // spans: the quotations, whose words are never antecedents ("Get your sledgehammers...").
    NameIndex(const QString &text, const ArticleTokens &tokens, const QList<QuotedSpan> &spans, Storage &storage);

    const QList<NameRun> &runs() const { return m_runs; }
    // A title-case line (Tokenizer::isTitleCaseLine; the first even with a final period), whose
    // capitals name nothing: worked out once here, for the tagger too.
    bool isHeading(int paragraph) const { return m_storage.headings.at(paragraph); }
    // The longest name ending with this last word ("Al-Ansari" -> "Majed Al-Ansari"), or name.
    QString fullName(const QString &name) const;
    // The longest name ending with name that starts before position (else anywhere), or empty.
    QString fullNameBefore(const QString &name, qsizetype position) const;
    // "Megyn was incredulous" after "Megyn Kelly": the one person's full name outside headings that
    // opens with word; null when none does or when people with other surnames share the first name
    // ("Jane Lund", "Jane Vale").
    const QString *personNamedFirst(QStringView word) const;
    // An appositive after any occurrence ("X, the national security adviser, said"), else a title.
    QString roleFor(const QString &name) const;
    // The gender a courtesy title gives any run with this name's last word ("Ms. Vale" -> -1), or 0.
    int titleGender(QStringView name) const;
    // cleanName(written) when a run was written so, shared with that run; else null (ask cleanName).
    const QString *cleanedName(QStringView written) const;

private:
    // The runs fullNameBefore() may answer with for one name, in text order, and for each the
    // best of them up to there: a long article names one person thousands of times, and each
    // question is then a binary search rather than a walk over every mention.
    struct LongerNames
    {
        QList<qsizetype> starts;
        QList<int> bestSoFar; // indices into m_runs
    };
    const LongerNames &longerNames(const QString &name) const;

    const QString &m_text;
    const ArticleTokens &m_tokens;
    Storage &m_storage;
    QList<NameRun> &m_runs; // m_storage.runs
    mutable QHash<QString, LongerNames> m_longerNames;
    mutable QHash<QString, QString> m_roles; // roleFor(), worked out once per name
    mutable bool m_firstWordsKnown = false; // m_storage.firstWords is built
    // The group of runs sharing this name's last word, or nullptr.
    const int *groupOf(QStringView name) const;
    static bool joinsPhrases(QStringView name);
    // Whether a full name found so far ends with the word ("Rep. David Jolly … Jolly, who …").
    bool endsNameBefore(QStringView word) const;
    // Indices into m_runs with this last word, in text order.
    std::span<const int> runsEndingWith(QStringView word) const;
    void indexLastWords();
};

// The last word of a name ("Jake Sullivan" -> "Sullivan"), the first; the whole of a one-word name.
// (Inline loops: names are short, and these run for most names the extractor reads.)
// (Eight characters at a time with SSE2 while the name holds eight more: both are asked of names
// many times per article, and a loop per character showed in the profile.)
inline QStringView lastWord(QStringView name)
{
    const char16_t *chars = name.utf16();
    qsizetype k = name.size();
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi16(u' ');
    for (; k >= 8; k -= 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + k - 8));
        // Two bits per character: the highest set one is in the last space's pair.
        const uint found = uint(_mm_movemask_epi8(_mm_cmpeq_epi16(x, space)));
        if (found) {
            k += qsizetype(31 - qCountLeadingZeroBits(found)) / 2 - 7;
            return QStringView(chars + k, name.size() - k);
        }
    }
#endif
    while (k > 0 && chars[k - 1] != u' ')
        --k;
    return QStringView(chars + k, name.size() - k);
}
inline QStringView firstWord(QStringView name)
{
    const char16_t *chars = name.utf16();
    return QStringView(chars, findSpace(chars, chars + name.size()));
}

// A name as the resolver compares it: no leading titles, no possessive.
QString cleanName(QStringView name);
// "Al-Ansari" names "Majed Al-Ansari": equal, or the same last words on a word boundary.
bool endsWithName(const QString &full, const QString &part);
// All capitals: "NATO", "BBC", "U.S."; not a regnal number ("George III"). (Inline: asked of most
// capitalised words, which a second letter in lower case mostly settles.)
inline bool isAcronym(QStringView word)
{
    const char16_t *chars = word.utf16();
    const qsizetype n = word.size();
    if (n < 2 || (chars[1] >= u'a' && chars[1] <= u'z'))
        return false;
    if (n <= 4 && std::all_of(chars, chars + n, [](char16_t c) { return c == u'I' || c == u'V' || c == u'X'; }))
        return false; // "II", "III", "IV", "XII": a monarch's, a pope's or an heir's number, or a war's
    return std::none_of(chars, chars + n, [](char16_t c) { return QChar::isLower(c); });
}
// "Mr", "Mrs.", "Ms", "Miss", "Mx": a plain form of address, which says no more than the name.
bool isFormOfAddress(QStringView word);
// "Sir", "Dame", "Dr", "Lord", "Prof": a title of honour or learning that says no more than the name
// when nothing else is known of its holder.
bool isHonorific(QStringView word);
// "Children's", "King's", "St David's", "Sheriff's": a plural noun's, a monarch's, a saint's or an
// office holder's possessive, which stays inside an institution's name ("Children's Rights Alliance",
// "King's College Hospital", "St David's Hospice", "the Sheriff's Office"). before is the word in front
// of the possessive.
bool possessesInstitution(QStringView possessive, QStringView before);
// A name of several words that is an organisation's by its form: opening with an acronym of three
// letters or more ("NHS England"; initials of two, "JD Vance", and "RFK Jr." are people's), or
// ending in a place's name without a first name before it ("Universities Australia", not
// "Michael Jordan").
bool namedLikeOrganisation(QStringView name);
// A name of several words and no first name, ending in an everyday English word after another or
// a place: no person's ("Liberal Democrats", "Winnipeg Transit", "Black Lives Matter"), though it
// may be a place's ("New York City"). A family name written first ("Tan Wei Ling") ends in no
// English word.
bool namedWithEverydayWords(QStringView name);
bool isContraction(QStringView word);
// "Fire" of "Fire and Rescue Service", "Growth" of "Growth and Opportunity Project": an everyday
// word (no organisation's word, no acronym) before "and" inside one body's name; "Medicare" or
// "NBC" before "and" ends a name of its own.
bool joinsBodyBeforeAnd(QStringView word);

} // namespace Quoteshelf::Extract

// A run is its fields and one QString, which moves as its bytes: the list of runs, which gains
// one for nearly every capitalised word, then grows and appends by plain copies.
Q_DECLARE_TYPEINFO(Quoteshelf::Extract::NameIndex::NameRun, Q_RELOCATABLE_TYPE);
