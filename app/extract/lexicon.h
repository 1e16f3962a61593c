#pragma once

#include <QHash>
#include <QSet>
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
    static const Lexicon &instance();

    // A word that introduces reported content ("said", "told", "according").
    bool isReportingCue(QStringView word) const;
    // A cue that introduces quoted words often enough to make a mixed quote ("said", "wrote",
    // "called" yes; "urged", "supports" no). Learned from how often the word heads a direct or
    // mixed quote relative to how often it occurs at all.
    bool isSpeechCue(QStringView word) const;
    // A cue precise enough for indirect speech without quotation marks.
    bool isIndirectCue(QStringView word) const;
    bool isSpeakerNoun(QStringView word) const;
    // +1 when the first name was seen only for "he", -1 only for "she", 0 when unknown.
    int firstNameGender(QStringView firstName) const;
    int documentFrequency(QStringView word) const;
    int backgroundDocuments() const;

    static bool isPronoun(QStringView word);
    static bool isPersonalPronoun(QStringView word); // he, she: people only
    static bool isDeterminer(QStringView word);
    static bool isTitle(QStringView word); // President, Sen., Mr.
    static bool isDiscourseMarker(QStringView word); // However, But, Yet...
    static bool isStopWord(QStringView word);
    static bool isNameParticle(QStringView word); // al, bin, de, van
    static bool isOrganisationWord(QStringView word); // Ministry, Party, News
    static bool isFunctionVerb(QStringView word); // is, has, will: ends a noun phrase

private:
    Lexicon();

    struct CueStats
    {
        int ratio = 0; // percent of the word's occurrences that sit inside a cue
        int count = 0; // occurrences inside cues
        int directCount = 0; // occurrences inside cues of direct or mixed quotes
    };
    const CueStats *cueStats(QStringView word) const;

    QHash<QString, CueStats> m_cues;
    QSet<QString> m_speakerNouns;
    QHash<QString, int> m_background;
    QHash<QString, int> m_firstNames;
};

} // namespace Quoteshelf::Extract
