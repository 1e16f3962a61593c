#include "extract/lexicon.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Quoteshelf::Extract {

namespace {

struct CueRow
{
    const char16_t *word;
    int ratio; // percent of the word's occurrences that sit inside an annotated cue
    int count; // occurrences inside cues
    int directCount; // occurrences inside cues of direct or mixed quotes
};

const CueRow cueRows[] = {
#include "reportingverbs_table.inc"
};

struct CountRow
{
    const char16_t *word;
    int count;
};

const CountRow speakerNounRows[] = {
#include "speakernouns_table.inc"
};

struct GenderRow
{
    const char16_t *name;
    int he;
    int she;
};

const GenderRow firstNameRows[] = {
#include "firstnames_table.inc"
};

const CountRow backgroundRows[] = {
#include "backgroundfreq_table.inc"
};

constexpr int backgroundArticles = 1000; // pseudo documents, see tools/gen_background.py

QSet<QString> makeSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

bool contains(const QSet<QString> &set, QStringView word)
{
    return set.contains(word.toString().toLower().replace(u'\u2019', u'\''));
}

} // namespace

Lexicon::Lexicon()
{
    for (const CueRow &row : cueRows)
        m_cues.insert(QString::fromUtf16(row.word), { row.ratio, row.count, row.directCount });
    for (const CountRow &row : speakerNounRows)
        m_speakerNouns.insert(QString::fromUtf16(row.word));
    for (const GenderRow &row : firstNameRows)
        m_firstNames.insert(QString::fromUtf16(row.name), row.he > row.she ? 1 : -1);
    for (const CountRow &row : backgroundRows)
        m_background.insert(QString::fromUtf16(row.word), row.count);
}

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon; // thread-safe initialisation (C++11 magic statics)
    return lexicon;
}

const Lexicon::CueStats *Lexicon::cueStats(QStringView word) const
{
    if (isStopWord(word) || isFunctionVerb(word))
        return nullptr;
    const QString w = word.toString().toLower();
    auto it = m_cues.constFind(w);
    if (it != m_cues.cend())
        return &it.value();
    // A form the corpus used too rarely borrows the figures of its past tense: warns -> warned,
    // noting -> noted. Only regular inflections; a miss just means "not a cue".
    QString past;
    if (w.endsWith(u"ing") && w.size() > 5)
        past = w.chopped(3) + u"ed";
    else if (w.endsWith(u"es") && w.size() > 4)
        past = w.chopped(1) + u'd';
    else if (w.endsWith(u's') && w.size() > 3)
        past = w.chopped(1) + u"ed";
    if (past.isEmpty())
        return nullptr;
    it = m_cues.constFind(past);
    if (it == m_cues.cend() && past.endsWith(u"eed"))
        it = m_cues.constFind(past.chopped(1));
    return it != m_cues.cend() ? &it.value() : nullptr;
}

bool Lexicon::isReportingCue(QStringView word) const
{
    const CueStats *it = cueStats(word);
    if (!it)
        return false;
    return it->ratio >= 40 && it->count >= 4;
}

bool Lexicon::isSpeechCue(QStringView word) const
{
    const CueStats *it = cueStats(word);
    if (!it || it->ratio < 40)
        return false;
    // directCount / occurrences-in-text, where occurrences = count * 100 / ratio.
    const double inText = it->count * 100.0 / it->ratio;
    return it->directCount >= 3 && it->directCount / inText >= 0.15;
}

bool Lexicon::isIndirectCue(QStringView word) const
{
    const CueStats *it = cueStats(word);
    return it && it->ratio >= 60 && it->count >= 6;
}

bool Lexicon::isSpeakerNoun(QStringView word) const
{
    // The table holds whichever number the corpus used most: "insiders", "official".
    const QString w = word.toString().toLower();
    return m_speakerNouns.contains(w) || m_speakerNouns.contains(w + u's')
        || (w.endsWith(u's') && m_speakerNouns.contains(w.chopped(1)));
}

int Lexicon::firstNameGender(QStringView firstName) const
{
    return m_firstNames.value(firstName.toString(), 0);
}

int Lexicon::documentFrequency(QStringView word) const
{
    return m_background.value(word.toString().toLower(), 0);
}

int Lexicon::backgroundDocuments() const
{
    return backgroundArticles;
}

bool Lexicon::isPronoun(QStringView word)
{
    static const QSet<QString> set = makeSet({ u"he", u"she", u"they", u"it", u"we", u"i", u"you" });
    return contains(set, word);
}

bool Lexicon::isPersonalPronoun(QStringView word)
{
    static const QSet<QString> set = makeSet({ u"he", u"she", u"i" });
    return contains(set, word);
}

bool Lexicon::isDeterminer(QStringView word)
{
    static const QSet<QString> set
        = makeSet({ u"a",     u"an",    u"the",   u"another", u"one",   u"two",   u"three", u"several", u"some",
                    u"many",  u"most",  u"his",   u"her",     u"their", u"its",   u"our",   u"this",    u"that",
                    u"these", u"those", u"other", u"both",    u"each",  u"every", u"no" });
    return contains(set, word);
}

bool Lexicon::isTitle(QStringView word)
{
    static const QSet<QString> set
        = makeSet({ u"president",   u"sen.",        u"senator",      u"rep.",         u"representative",
                    u"gov.",        u"governor",    u"mr.",          u"mrs.",         u"ms.",
                    u"dr.",         u"secretary",   u"minister",     u"prime",        u"speaker",
                    u"judge",       u"gen.",        u"general",      u"lt.",          u"col.",
                    u"sgt.",        u"rev.",        u"prof.",        u"professor",    u"mayor",
                    u"chairman",    u"chairwoman",  u"sir",          u"lord",         u"lady",
                    u"queen",       u"king",        u"prince",       u"pope",         u"ambassador",
                    u"attorney",    u"justice",     u"chief",        u"vice",         u"former",
                    u"then-sen.",   u"candidate",   u"leader",       u"commissioner", u"director",
                    u"spokesman",   u"spokeswoman", u"spokesperson", u"capt.",        u"adm.",
                    u"maj.",        u"pres.",       u"sens.",        u"reps.",        u"sheikh",
                    u"emir",        u"chancellor",  u"foreign",      u"state",        u"supreme",
                    u"house",       u"u.s.",        u"us",           u"gop",          u"democratic",
                    u"republican",  u"dem.",        u"presidential", u"nominee",      u"hopeful",
                    u"businessman", u"billionaire", u"front-runner" });
    return contains(set, word);
}

bool Lexicon::isDiscourseMarker(QStringView word)
{
    static const QSet<QString> set = makeSet(
        { u"however", u"but",   u"and",        u"yet",       u"still",   u"meanwhile",   u"also",      u"so",
          u"instead", u"now",   u"then",       u"later",     u"earlier", u"furthermore", u"moreover",  u"indeed",
          u"as",      u"while", u"when",       u"although",  u"though",  u"because",     u"since",     u"after",
          u"before",  u"if",    u"or",         u"nor",       u"thus",    u"today",       u"yesterday", u"tonight",
          u"here",    u"there", u"separately", u"similarly", u"again" });
    return contains(set, word);
}

bool Lexicon::isStopWord(QStringView word)
{
    static const QSet<QString> set = makeSet(
        { u"a",      u"an",      u"the",         u"and",     u"or",        u"but",       u"of",      u"to",
          u"in",     u"on",      u"at",          u"by",      u"for",       u"with",      u"from",    u"about",
          u"as",     u"into",    u"over",        u"after",   u"before",    u"than",      u"that",    u"this",
          u"these",  u"those",   u"it",          u"its",     u"he",        u"she",       u"they",    u"we",
          u"i",      u"you",     u"his",         u"her",     u"their",     u"our",       u"my",      u"your",
          u"him",    u"them",    u"us",          u"me",      u"who",       u"whom",      u"which",   u"what",
          u"when",   u"where",   u"why",         u"how",     u"not",       u"no",        u"so",      u"if",
          u"also",   u"just",    u"more",        u"most",    u"some",      u"any",       u"all",     u"up",
          u"out",    u"there",   u"here",        u"then",    u"now",       u"very",      u"can",     u"could",
          u"would",  u"should",  u"may",         u"might",   u"must",      u"will",      u"shall",   u"do",
          u"does",   u"did",     u"be",          u"been",    u"being",     u"is",        u"are",     u"was",
          u"were",   u"has",     u"have",        u"had",     u"one",       u"other",     u"such",    u"only",
          u"own",    u"same",    u"too",         u"both",    u"each",      u"few",       u"many",    u"much",
          u"even",   u"still",   u"yet",         u"again",   u"while",     u"because",   u"though",  u"although",
          u"during", u"between", u"against",     u"under",   u"through",   u"without",   u"within",  u"upon",
          u"toward", u"towards", u"per",         u"via",     u"however",   u"including", u"among",   u"like",
          u"off",    u"down",    u"back",        u"well",    u"mr",        u"mrs",       u"ms",      u"new",
          u"last",   u"first",   u"next",        u"year",    u"years",     u"week",      u"day",     u"time",
          u"way",    u"people",  u"thing",       u"things",  u"something", u"anything",  u"nothing", u"lot",
          u"part",   u"further", u"furthermore", u"already", u"always",    u"never",     u"ever",    u"often",
          u"since",  u"until",   u"whether",     u"another", u"every",     u"several",   u"whose",   u"amid",
          u"around" });
    return contains(set, word);
}

bool Lexicon::isNameParticle(QStringView word)
{
    static const QSet<QString> set = makeSet({ u"al", u"bin", u"ibn", u"de", u"del", u"della", u"van", u"von", u"der",
                                               u"den", u"da", u"di", u"du", u"la", u"le", u"el", u"abu", u"bint" });
    return contains(set, word);
}

bool Lexicon::isOrganisationWord(QStringView word)
{
    static const QSet<QString> set
        = makeSet({ u"ministry",   u"department", u"party",          u"committee",    u"news",
                    u"times",      u"post",       u"journal",        u"house",        u"office",
                    u"agency",     u"council",    u"association",    u"institute",    u"university",
                    u"foundation", u"campaign",   u"company",        u"corporation",  u"inc.",
                    u"corp.",      u"group",      u"bank",           u"union",        u"court",
                    u"congress",   u"senate",     u"administration", u"government",   u"commission",
                    u"network",    u"press",      u"review",         u"magazine",     u"television",
                    u"radio",      u"channel",    u"forces",         u"army",         u"police",
                    u"pac",        u"center",     u"centre",         u"board",        u"bureau",
                    u"service",    u"authority",  u"tribune",        u"herald",       u"daily",
                    u"guardian",   u"reuters",    u"broadcasting",   u"federation",   u"league",
                    u"affairs",    u"security",   u"organization",   u"organisation", u"coalition",
                    u"alliance",   u"movement",   u"church",         u"war",          u"show",
                    u"article",    u"report",     u"statement",      u"ad",           u"letter",
                    u"memo",       u"study",      u"poll",           u"survey" });
    return contains(set, word);
}

bool Lexicon::isFunctionVerb(QStringView word)
{
    static const QSet<QString> set
        = makeSet({ u"is",   u"are",   u"was",  u"were",  u"be",    u"been",  u"being", u"has",    u"have",  u"had",
                    u"will", u"would", u"can",  u"could", u"may",   u"might", u"must",  u"should", u"shall", u"do",
                    u"does", u"did",   u"also", u"not",   u"about", u"who",   u"which", u"that",   u"then" });
    return contains(set, word);
}

} // namespace Quoteshelf::Extract
