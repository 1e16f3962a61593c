#pragma once

#include "extract/nameindex.h"
#include "extract/types.h"
#include "extract/viewtable.h"

#include <vector>

namespace Quoteshelf::Extract {

// People, organisations and places mentioned in the article, with counts, and a few key topics.
// Names come from SpeakerResolver's capitalised runs (surnames folded into full names, title-case
// headings ignored); the kind from speakers, titles, first names, Gazetteer and "in X" contexts.
// Topics are lower-case noun phrases of one or two words ranked by tf-idf against the background
// document frequencies in Lexicon, plus the article's scare-quoted terms.
class Tagger final
{
public:
    // Where a tagger keeps its working tables. The caller may reuse one from article to article
    // (Extractor does, per thread, as with NameIndex::Storage); one tagger at a time uses it.
    struct Storage
    {
        // names(): what one written name comes to, worked out once (most names recur).
        struct Written
        {
            QStringView name; // after "US" -> "United States" and surname -> full name
            const QString *whole = nullptr; // the string name views, when it views all of one
            bool indexed = false; // its surname is in fullName
            bool known = false; // the fields below are worked out
            bool skip = false; // a title or a stop word, never a tag
            bool spaced = false; // name holds more than one word
            int demonym = 0; // 0 no, 1 yes, 2 when a lower-case word follows ("the Qatari side")
            int tag = -1; // index into the result, once counted
        };
        ViewTable<const QString *> fullName; // surname -> the longest name ending with it
        ViewTable<int> seenIndex; // run.name -> index into seen
        ViewTable<int> byName; // name -> index into the result
        std::vector<Written> seen;
        std::vector<int> writtenAs; // per run: index into seen

        // topics(): candidate words and pairs of the article, counted, then scored.
        struct Word
        {
            QStringView text; // lower case: its own folded form
            quint32 hash = 0; // FoldedWord hash, from its token
            int stem = -1; // index into stemCounts: of its first six letters, once counted
            int count = 0;
            double weight = -1.0; // idf times stem weight, once scored
        };
        struct Pair
        {
            QStringView text;
            int count = 0;
            int first = -1; // indices into words
            int second = -1;
            bool ends = false; // at least once not followed by a third word of the phrase
        };
        struct Scored
        {
            QStringView phrase; // into the text or into scareQuotes
            int count = 0;
            double score = 0.0;
        };
        // (std::vectors: appending to them inlines, where QList's generic append showed in the profile.)
        std::vector<Word> words;
        std::vector<Pair> pairs;
        ViewTable<int> wordIndex;
        ViewTable<int> pairIndex;
        ViewTable<int> stems; // first six letters -> index into stemCounts
        std::vector<int> stemCounts; // per stem: the count of its words
        QList<int> candidate; // per token: its index into words, -1 when no part of a topic; then where the words are
        std::vector<Scored> scored;

        // Forgets what a huge text made it grow to.
        void trim();
    };

    Tagger(const QString &text, const ArticleTokens &tokens, Storage &storage);

    QList<Tag> tags(const NameIndex &index, const QList<Speaker> &speakers, const QStringList &scareQuotes) const;

private:
    QList<Tag> names(const NameIndex &index, const QList<Speaker> &speakers) const;
    QList<Tag> topics(const NameIndex &index, const QStringList &scareQuotes) const;
    static int demonymKind(QStringView name);
    bool lowerCaseFollows(const NameIndex::NameRun &run) const;
    // A lower-case word that is no function word follows the name: "the Clinton campaign".
    bool nounFollows(const NameIndex::NameRun &run) const;
    bool isDateline(qsizetype start, qsizetype end) const;
    bool afterNamedPossessor(qsizetype start) const;
    bool isPartyLabel(qsizetype start, qsizetype end) const;
    bool afterSettlementOf(qsizetype start) const;
    // "Minister for Housing", "Ministry of Finance": the department an office's title names.
    bool isDepartmentOfOffice(qsizetype start) const;
    QStringView wordBefore(qsizetype position) const;

    const QString &m_text;
    const ArticleTokens &m_tokens;
    Storage &m_storage;
};

} // namespace Quoteshelf::Extract
