#pragma once

#include "extract/wordset.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace Quoteshelf::Extract {

// The word lists the extractor consults. Reporting cues and speaker head nouns are derived from
// PolNeAR train by tools/gen_tables.py (counts only, no corpus text); the background frequencies
// for topics come from the SCOWL word lists by tools/gen_background.py; the closed-class lists
// (pronouns, determiners, titles...) are written by hand.
// Immutable after construction, so one instance serves every thread.
class Lexicon final
{
public:
    // Inline: asked for on almost every word, and a call per lookup shows in the profile. (Always:
    // GCC, seeing the guard of the static, otherwise makes it a call in most files.)
    Q_ALWAYS_INLINE static const Lexicon &instance()
    {
        static const Lexicon lexicon; // thread-safe initialisation (C++11 magic statics)
        return lexicon;
    }

    // Word classes as bits, so that a token is looked up once (Token::classes) and asked often.
    enum Class : quint32 {
        StopWord = 1u << 0,
        FunctionVerb = 1u << 1, // is, has, will: ends a noun phrase
        Determiner = 1u << 2,
        Title = 1u << 3, // President, Sen., Mr.
        DiscourseMarker = 1u << 4, // However, But, Yet...
        NameParticle = 1u << 5, // al, bin, de, van
        OrganisationWord = 1u << 6, // Ministry, Party, News
        Pronoun = 1u << 7,
        PersonalPronoun = 1u << 8, // he, she: people only
        ReportingCue = 1u << 9,
        SpeechCue = 1u << 10,
        IndirectCue = 1u << 11,
        SpeakerNoun = 1u << 12,
        Locative = 1u << 13, // across, beyond, amid: never part of a topic
        Quantity = 1u << 14, // almost, eleven, dozens
        CommonVerb = 1u << 15, // remains, allow, held: pairs with a noun without making a topic
    };
    static_assert(CommonVerb <= 0xFFFF, "Token::classes keeps 16 bits");
    // Every class of the word, the learned ones included.
    // (Inline, as the tests below: the extractor asks about a few hundred thousand words outside
    // its tokens per run, and a call per question showed in the profile.)
    Q_ALWAYS_INLINE quint32 classify(QStringView word) const
    {
        // Most words asked about outside the tokens are names, in no class: the filter, in line,
        // turns nearly all of those away before the word is folded and hashed out of line.
        return m_wordShapes.mayHoldFolding(word) ? classifyFolding(word) : 0;
    }
    quint32 classify(const FoldedWord &word) const { return classifyFolded(word.view(), word.hash()); }
    // A word already folded, with its FoldedWord hash.
    quint32 classifyFolded(QStringView folded, quint32 hash) const
    {
        const quint32 *classes = m_words.find(folded, hash);
        return classes ? *classes : 0;
    }

    // A word that introduces reported content ("said", "told", "according").
    bool isReportingCue(QStringView word) const;
    // A cue that introduces quoted words often enough to make a mixed quote ("said", "wrote",
    // "called" yes; "urged", "supports" no). Learned from how often the word heads a direct or
    // mixed quote relative to how often it occurs at all.
    bool isSpeechCue(QStringView word) const;
    // A cue precise enough for indirect speech without quotation marks.
    bool isIndirectCue(QStringView word) const;
    // A word in lower case that reports speech when "that" follows it ("alleged that"), though it
    // is often something else ("the alleged crime"): a cue in a fifth of its uses at least.
    bool isCueBeforeThat(QStringView word) const;
    bool isSpeakerNoun(QStringView word) const;
    // +1 when the first name is a man's, -1 a woman's, 0 when unknown or used for both
    // (firstnames_table.inc: US birth counts and Faker's name lists, tools/gen_firstnames.py).
    int firstNameGender(QStringView firstName) const;
    // The same, and in listed whether the name is listed at all: one lookup for both questions
    // (the table is large, and each lookup a likely cache miss).
    int firstNameGender(QStringView firstName, bool *listed) const;
    // Listed as a first name, whatever its gender ("Jean", "Kim" too).
    bool isFirstName(QStringView word) const;
    // "Minister for Housing Darragh O'Brien", "Minister of Electricity Kgosientsho Ramokgopa":
    // after an office's "for" or "of" (words from index from on), its department, then the
    // person. Returns the index of the person's first word: the first listed first name, else
    // the first word after the department's common words; from when neither shows.
    qsizetype nameAfterDepartment(const QList<QStringView> &words, qsizetype from) const;
    int documentFrequency(QStringView word) const;
    // The same for a word already folded, with its FoldedWord hash; prefetch first when asking
    // about many words at once.
    int documentFrequency(QStringView folded, quint32 hash) const
    {
        const int *frequency = m_background.find(folded, hash);
        return frequency ? *frequency : 0;
    }
    void prefetchDocumentFrequency(quint32 hash) const { m_background.prefetch(hash); }
    int backgroundDocuments() const;

    static bool isPronoun(QStringView word) { return instance().classify(word) & Pronoun; }
    // he, she: people only
    static bool isPersonalPronoun(QStringView word) { return instance().classify(word) & PersonalPronoun; }
    static bool isDeterminer(QStringView word) { return instance().classify(word) & Determiner; }
    // President, Sen., Mr.
    static bool isTitle(QStringView word) { return instance().classify(word) & Title; }
    // However, But, Yet...
    static bool isDiscourseMarker(QStringView word) { return instance().classify(word) & DiscourseMarker; }
    static bool isStopWord(QStringView word) { return instance().classify(word) & StopWord; }
    // al, bin, de, van
    static bool isNameParticle(QStringView word) { return instance().classify(word) & NameParticle; }
    // Ministry, Party, News
    static bool isOrganisationWord(QStringView word) { return instance().classify(word) & OrganisationWord; }
    // is, has, will: ends a noun phrase
    static bool isFunctionVerb(QStringView word) { return instance().classify(word) & FunctionVerb; }

private:
    quint32 classifyFolding(QStringView word) const;
    const int *findFirstName(QStringView name) const;
    Lexicon();

    struct CueStats
    {
        int ratio = 0; // percent of the word's occurrences that sit inside a cue
        int count = 0; // occurrences inside cues
        int directCount = 0; // occurrences inside cues of direct or mixed quotes
    };
    // The rules behind classify(), for a folded word; the constructor tabulates them.
    quint32 classifyByRules(QStringView folded) const;
    const CueStats *foldedCueStats(QStringView folded) const;
    bool foldedSpeakerNoun(QStringView folded) const;
    static bool reportingCue(const CueStats &cue);
    static bool speechCue(const CueStats &cue);
    static bool indirectCue(const CueStats &cue);

    QHash<QString, CueStats> m_cues;
    QHash<QString, char> m_speakerNouns; // QHash for lookups by QStringView
    // As written ("Will", not "will"), hashed with FoldedWord::hashOf: one probe, no QString.
    WordTable<int> m_firstNames;
    QHash<QString, quint32> m_closed; // folded word -> Class bits of the closed lists
    WordTable<quint32> m_words; // folded word -> all its Class bits
    WordShapeFilter m_wordShapes; // of m_words' keys
    WordTable<int> m_background; // folded word -> document frequency
};

} // namespace Quoteshelf::Extract
