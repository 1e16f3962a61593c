#include "extract/lexicon.h"

#include "extract/wordset.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <iterator>

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
    int gender; // +1 male, -1 female, 0 used for both (tools/gen_firstnames.py)
};

const GenderRow firstNameRows[] = {
#include "firstnames_table.inc"
};

const CountRow backgroundRows[] = {
#include "backgroundfreq_table.inc"
};

// The closed word classes, written by hand.
const char16_t *const closedPronoun[] = { u"he", u"she", u"they", u"it", u"we", u"i", u"you" };
const char16_t *const closedPersonalPronoun[] = { u"he", u"she", u"i" };
const char16_t *const closedDeterminer[]
    = { u"a",     u"an",    u"the",   u"another", u"one",   u"two",   u"three", u"several", u"some",
        u"many",  u"most",  u"his",   u"her",     u"their", u"its",   u"our",   u"this",    u"that",
        u"these", u"those", u"other", u"both",    u"each",  u"every", u"no" };
const char16_t *const closedTitle[]
    = { u"president",   u"sen.",        u"senator",      u"rep.",         u"representative",
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
        u"businessman", u"billionaire", u"front-runner", u"pastor",       u"rabbi",
        u"bishop",      u"archbishop",  u"imam",         u"reverend",     u"congressman",
        u"congresswoman", u"assemblyman", u"assemblywoman", u"councilman", u"councilwoman",
        u"alderman",    u"sheriff",     u"supervisor",   u"undersecretary", u"under-secretary",
        // British, Irish and Canadian house style: no period after a contraction, and offices
        // of their own.
        u"mr",          u"mrs",         u"ms",           u"dr",           u"prof",
        u"councillor",  u"cllr",        u"premier",      u"mp",           u"mla",
        u"mpp",         u"mep",         u"msp",          u"dame",         u"baroness",     u"pm",
        // Indian house style: "Delhi CM Arvind Kejriwal", "the CM said".
        u"cm",
        u"det.",
        u"supt.",       u"insp.",       u"inspector",    u"superintendent", u"constable",
        u"sergeant",    u"taoiseach",   u"tánaiste",     u"tanaiste",     u"det",          u"supt",
        u"insp",        u"sgt",         u"ch",           u"dci",          u"dsi",
        u"dcs",         u"const.",      u"cst.",         u"coun.",        u"lt",
        u"col",         u"capt",        u"maj",          u"brig",         u"gen",
        u"cpl",         u"cdr",         u"cmdr",         u"revd",         u"rev",
        u"cpl.",        u"cdr.",        u"cmdr.",        u"brig.",        u"cst",
        u"coun",
        // Australian and New Zealand house style: "Cr" for a councillor.
        u"cr",
        // A US House delegate ("Del. Stacey Vale"), ambassadors, clergy and "the Hon.", and "Gov"
        // as headlines write it.
        u"secretary-general", u"director-general", u"attorney-general", u"governor-general",
        u"solicitor-general", u"surgeon-general", u"under-secretary-general", u"auditor-general",
        u"inspector-general", u"vice-president",
        u"del.",        u"amb.",        u"hon.",         u"fr.",
        u"msgr.",       u"gov",
        // US police and sheriffs' ranks: "Miami-Dade Police Detective Alvaro Zabaleta".
        // (Not "captain": a team's, as often: "Villa captain Joe Lund".)
        u"detective",   u"lieutenant",  u"trooper",      u"corporal",     u"officer" };
const char16_t *const closedDiscourseMarker[]
    = { u"however", u"but",   u"and",        u"yet",       u"still",   u"meanwhile",   u"also",      u"so",
        u"instead", u"now",   u"then",       u"later",     u"earlier", u"furthermore", u"moreover",  u"indeed",
        u"as",      u"while", u"when",       u"although",  u"though",  u"because",     u"since",     u"after",
        u"before",  u"if",    u"or",         u"nor",       u"thus",    u"today",       u"yesterday", u"tonight",
        u"here",    u"there", u"separately", u"similarly", u"again" };
const char16_t *const closedStopWord[]
    = { u"a",      u"an",      u"the",         u"and",     u"or",        u"but",       u"of",      u"to",
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
        u"around",  u"cannot" };
const char16_t *const closedNameParticle[]
    = { u"al",  u"bin", u"ibn", u"de", u"del", u"della", u"van", u"von", u"der",
        u"den", u"da",  u"di",  u"du", u"la",  u"le",    u"el",  u"abu", u"bint", u"ap" };
const char16_t *const closedOrganisationWord[] = {
    u"ministry",   u"department",   u"party",        u"committee",    u"news",        u"times",       u"post",
    u"journal",    u"house",        u"office",       u"agency",       u"council",     u"association", u"institute",
    u"university", u"foundation",   u"campaign",     u"company",      u"corporation", u"inc.",        u"corp.",
    u"group",      u"bank",         u"union",        u"court",        u"congress",    u"senate",      u"administration",
    u"government", u"commission",   u"network",      u"press",        u"review",      u"magazine",    u"television",
    u"radio",      u"channel",      u"forces",       u"army",         u"police",      u"pac",         u"center",
    u"centre",     u"board",        u"bureau",       u"service",      u"authority",   u"tribune",     u"herald",
    u"daily",      u"guardian",     u"reuters",      u"broadcasting", u"federation",  u"league",      u"affairs",
    u"security",   u"organization", u"organisation", u"coalition",    u"alliance",    u"movement",    u"church",
    u"war",        u"show",         u"article",      u"report",       u"statement",   u"ad",          u"letter",
    u"memo",       u"study",        u"poll",         u"survey",       u"forum",       u"society",     u"trust",
    u"club",       u"assembly",     u"parliament",   u"chamber",      u"academy",     u"college",     u"hospital",
    u"fund",       u"institution",  u"tribunal",     u"cabinet",      u"caucus",      u"nations",     u"industries",
    u"holdings",   u"airlines",     u"airways",      u"technologies", u"enterprises", u"ltd",         u"ltd.",
    u"plc",        u"llc",          u"laboratories", u"pharmaceuticals", u"communications", u"air",
    u"inc",        u"corp",
    // Named things no person is called after: "Nobel Prize", "Apollo Project", "Humber River Health".
    u"prize",      u"award",        u"awards",       u"project",      u"programme",   u"program",     u"health",
    u"hospice",    u"school",       u"clinic",       u"infirmary",    u"museum",
    // Laws: "Affordable Care Act"; broadcasters' sports channels: "Sky Sports"; newspapers'
    // names no one bears: "Northport Gazette".
    u"act",        u"sports",       u"gazette",      u"chronicle",    u"courier",     u"examiner",    u"inquirer",
    u"bulletin",   u"dispatch",     u"telegraph",
    // "Ogun State Police Command", "Amotekun Corps", "Federation of Merchants' Associations".
    u"command",    u"corps",        u"associations", u"directorate",  u"secretariat",
    // "Trian Partners", "Theater Ventures": firms named so.
    u"partners",   u"consulting",   u"consultancy",  u"ventures",
    // "California Independent System Operator", "Bushmeat Research Initiative", "Befrienders
    // Worldwide", "Amnesty International", "Buckingham Palace"; treaties: "Paris Agreement".
    u"operator",   u"initiative",   u"worldwide",    u"international", u"palace",   u"agreement",   u"accord",
    u"treaty",     u"protocol",     u"endowment",
    // Border, coast and immigration bodies: "U.S. Customs and Border Protection", "Immigration and
    // Customs Enforcement", "Highway Patrol", "Coast Guard".
    u"protection", u"enforcement",  u"patrol",       u"guard"
};
const char16_t *const closedFunctionVerb[]
    = { u"is",   u"are",   u"was",  u"were",  u"be",    u"been",  u"being", u"has",    u"have",  u"had",
        u"will", u"would", u"can",  u"could", u"may",   u"might", u"must",  u"should", u"shall", u"do",
        u"does", u"did",   u"also", u"not",   u"about", u"who",   u"which", u"that",   u"then", u"cannot" };
// Topics: locative prepositions, quantities and frequent verbs that pair with a noun without
// making a noun phrase ("skepticism remains", "allow civilians"). General English.
const char16_t *const closedLocative[]
    = { u"across",     u"along",  u"behind", u"beyond",  u"beside",    u"towards", u"despite", u"among",
        u"around",     u"above",  u"below",  u"near",    u"inside",    u"outside", u"onto",    u"past",
        u"throughout", u"versus", u"unlike", u"beneath", u"alongside", u"amid",    u"ahead" };
const char16_t *const closedQuantity[]
    = { u"almost",    u"nearly",  u"about",    u"roughly", u"two",     u"three",    u"four",
        u"five",      u"six",     u"seven",    u"eight",   u"nine",    u"ten",      u"eleven",
        u"twelve",    u"twenty",  u"thirty",   u"fifty",   u"hundred", u"hundreds", u"thousand",
        u"thousands", u"million", u"millions", u"billion", u"dozens",  u"dozen",    u"half" };
const char16_t *const commonVerbStems[]
    = { u"allow",  u"remain", u"depend", u"seem", u"appear", u"become", u"continue", u"include", u"make",
        u"take",   u"give",   u"keep",   u"get",  u"go",     u"come",   u"show",     u"mean",    u"need",
        u"want",   u"look",   u"stay",   u"lie",  u"let",    u"help",   u"try",      u"call",    u"leave",
        u"put",    u"bring",  u"begin",  u"hold", u"turn",   u"move",   u"live",     u"believe", u"happen",
        u"expect", u"lose",   u"run",    u"pay",  u"meet",   u"lead",   u"sell",     u"add",     u"open",
        u"fill",   u"rise",   u"fall",   u"wake", u"spend",  u"study",  u"plan",     u"test",    u"ask",
        u"know",   u"think",  u"feel",   u"find", u"tell",   u"use",    u"work",     u"seek" };
const char16_t *const closedCommonVerb[]
    = { u"held",    u"made",  u"took",  u"gave",    u"kept",   u"got",    u"went",    u"came",
        u"shown",   u"meant", u"left",  u"brought", u"began",  u"lost",   u"ran",     u"paid",
        u"met",     u"led",   u"sold",  u"rose",    u"fell",   u"woke",   u"spent",   u"told",
        u"thought", u"felt",  u"found", u"knew",    u"sought", u"become", u"familiar" };

struct ClosedList
{
    Lexicon::Class wordClass;
    const char16_t *const *words;
    qsizetype count;
};

#define QS_CLOSED_LIST(wordClass, array)                                                                               \
    {                                                                                                                  \
        Lexicon::wordClass, array, qsizetype(std::size(array))                                                         \
    }
const ClosedList closedLists[] = {
    QS_CLOSED_LIST(Locative, closedLocative),
    QS_CLOSED_LIST(Quantity, closedQuantity),
    QS_CLOSED_LIST(CommonVerb, closedCommonVerb),
    QS_CLOSED_LIST(Pronoun, closedPronoun),
    QS_CLOSED_LIST(PersonalPronoun, closedPersonalPronoun),
    QS_CLOSED_LIST(Determiner, closedDeterminer),
    QS_CLOSED_LIST(Title, closedTitle),
    QS_CLOSED_LIST(DiscourseMarker, closedDiscourseMarker),
    QS_CLOSED_LIST(StopWord, closedStopWord),
    QS_CLOSED_LIST(NameParticle, closedNameParticle),
    QS_CLOSED_LIST(OrganisationWord, closedOrganisationWord),
    QS_CLOSED_LIST(FunctionVerb, closedFunctionVerb),
};
#undef QS_CLOSED_LIST

constexpr int backgroundArticles = 1000; // pseudo documents, see tools/gen_background.py

} // namespace

Lexicon::Lexicon()
{
    for (const CueRow &row : cueRows)
        m_cues.insert(QString::fromUtf16(row.word), { row.ratio, row.count, row.directCount });
    // The table was learned from American news; British, Irish, Canadian and Australian papers
    // spell the same verbs "signalled", "criticised", "analysed". Each such past tense gets its
    // other spelling with the same figures, unless the corpus had that spelling too.
    const QList<QString> learned = m_cues.keys();
    for (const QString &w : learned) {
        QString other;
        if (endsWith(w, u"ized") || endsWith(w, u"yzed"))
            other = w.chopped(3) + u"sed";
        else if (w.size() > 5 && endsWith(w, u"led") && !endsWith(w, u"lled")
                 && QStringView(u"aeiou").contains(w.at(w.size() - 4))
                 && !QStringView(u"aeiou").contains(w.at(w.size() - 5)))
            other = w.chopped(2) + u"led";
        if (!other.isEmpty() && !m_cues.contains(other))
            m_cues.insert(other, m_cues.value(w));
    }
    for (const CountRow &row : speakerNounRows)
        m_speakerNouns.insert(QString::fromUtf16(row.word), 0);
    // Sources the political corpus rarely quotes: entertainment and business news speak through
    // representatives ("a rep for the singer told PEOPLE", "her publicist said").
    for (const char16_t *noun : { u"rep", u"representative", u"publicist", u"agent", u"manager" })
        m_speakerNouns.insert(QString::fromUtf16(noun), 0);
    m_firstNames.reserve(std::size(firstNameRows), 7);
    // Short forms the birth registers count for one sex that people of both go by: "Mel" (Melanie,
    // Melissa), "Jess", "Nic", "Viv" … A courtesy title or a pronoun says which.
    static const WordSet shortForms = { u"Mel",  u"Jess", u"Nic",  u"Viv",   u"Bel",     u"Ash",    u"Kel",
                                        u"Kris", u"Fran", u"Les",  u"Lou",   u"Nat",     u"Vic",    u"Jackie",
                                        u"Georgie", u"Stevie", u"Danni", u"Max", u"Cam" };
    for (const GenderRow &row : firstNameRows)
        m_firstNames.insert(QStringView(row.name), shortForms.containsExact(row.name) ? 0 : row.gender);
    m_firstNames.build();
    for (const ClosedList &list : closedLists) {
        for (qsizetype i = 0; i < list.count; ++i)
            m_closed[FoldedWord(QStringView(list.words[i])).view().toString()] |= list.wordClass;
    }
    for (const char16_t *stem : commonVerbStems) {
        const QString base = QString::fromUtf16(stem);
        const QString forms[] = { base, base.endsWith(u'y') ? QString(base.chopped(1) + u"ies") : QString(base + u's'),
                                  base.endsWith(u'e') ? QString(base.chopped(1) + u"ing") : QString(base + u"ing") };
        for (const QString &form : forms)
            m_closed[form] |= CommonVerb;
    }
    // One table answers every class of a word with one lookup. Besides the listed words it holds
    // every inflection the cue and speaker-noun rules accept (see foldedCueStats and
    // foldedSpeakerNoun): each candidate is classified by those rules, so the table agrees with
    // them for every word, and a word absent from it has no class.
    QSet<QString> candidates(m_closed.keyBegin(), m_closed.keyEnd());
    const auto add = [&candidates](const QString &w) {
        if (w.size() > 1)
            candidates.insert(w);
    };
    for (auto it = m_cues.cbegin(); it != m_cues.cend(); ++it) {
        const QString &k = it.key();
        const QString forms[]
            = { k, k.chopped(2) + u"ing", k.chopped(1) + u"ing", k.chopped(1) + u's', k.chopped(2) + u's', k + u's' };
        for (const QString &form : forms)
            add(form);
    }
    for (auto it = m_speakerNouns.cbegin(); it != m_speakerNouns.cend(); ++it) {
        add(it.key());
        add(it.key() + u's');
        if (it.key().endsWith(u's'))
            add(it.key().chopped(1));
    }
    for (const QString &w : std::as_const(candidates)) {
        if (const quint32 classes = classifyByRules(w))
            m_words.insert(w, classes);
    }
    m_words.build(4); // (the tokenizer looks up every word of every article in it)
    m_words.forEachKey([this](QStringView key) { m_wordShapes.add(key); });
    // The background frequencies are a separate, larger table: only topic candidates ask it,
    // and keeping it apart keeps the per-token table small enough to stay in cache.
    m_background.reserve(std::size(backgroundRows), 9);
    for (const CountRow &row : backgroundRows)
        m_background.insert(FoldedWord(QStringView(row.word)), row.count);
    m_background.build();
}

quint32 Lexicon::classifyByRules(QStringView w) const
{
    quint32 classes = m_closed.value(w, 0);
    if (!(classes & (StopWord | FunctionVerb))) {
        if (const CueStats *cue = foldedCueStats(w)) {
            classes |= reportingCue(*cue) ? quint32(ReportingCue) : 0u;
            classes |= speechCue(*cue) ? quint32(SpeechCue) : 0u;
            classes |= indirectCue(*cue) ? quint32(IndirectCue) : 0u;
            // "Critics say the plan is “unworkable”": the plain present speaks as its third person
            // does ("says"); its own figures are drowned by "I can't say", "say, a hundred".
            if (!(classes & SpeechCue) && !w.endsWith(u's')) {
                const QString thirdPerson = w.toString() + u's';
                const CueStats *third = foldedCueStats(thirdPerson);
                classes |= third && speechCue(*third) ? quint32(SpeechCue) : 0u;
            }
        }
    }
    if (foldedSpeakerNoun(w))
        classes |= SpeakerNoun;
    return classes;
}

const Lexicon::CueStats *Lexicon::foldedCueStats(QStringView w) const
{
    auto it = m_cues.constFind(w);
    if (it != m_cues.cend())
        return &it.value();
    // A form the corpus used too rarely borrows the figures of its past tense: warns -> warned,
    // noting -> noted. Only regular inflections; a miss just means "not a cue".
    QVarLengthArray<char16_t, 56> past;
    const auto pastOf = [&](qsizetype keep, QStringView ending) {
        past.append(w.utf16(), keep);
        past.append(ending.utf16(), ending.size());
    };
    if (endsWith(w, u"ing") && w.size() > 5)
        pastOf(w.size() - 3, u"ed");
    else if (endsWith(w, u"es") && w.size() > 4)
        pastOf(w.size() - 1, u"d");
    else if (w.endsWith(u's') && w.size() > 3)
        pastOf(w.size() - 1, u"ed");
    if (past.isEmpty())
        return nullptr;
    const QStringView pastView(past.constData(), past.size());
    it = m_cues.constFind(pastView);
    if (it == m_cues.cend() && endsWith(pastView, u"eed"))
        it = m_cues.constFind(pastView.chopped(1));
    return it != m_cues.cend() ? &it.value() : nullptr;
}

bool Lexicon::reportingCue(const CueStats &cue)
{
    return cue.ratio >= 40 && cue.count >= 4;
}

bool Lexicon::speechCue(const CueStats &cue)
{
    if (cue.ratio < 40)
        return false;
    // directCount / occurrences-in-text, where occurrences = count * 100 / ratio.
    const double inText = cue.count * 100.0 / cue.ratio;
    return cue.directCount >= 3 && cue.directCount / inText >= 0.15;
}

bool Lexicon::indirectCue(const CueStats &cue)
{
    return cue.ratio >= 60 && cue.count >= 6;
}

bool Lexicon::isReportingCue(QStringView word) const
{
    return classify(word) & ReportingCue;
}

bool Lexicon::isSpeechCue(QStringView word) const
{
    return classify(word) & SpeechCue;
}

bool Lexicon::isIndirectCue(QStringView word) const
{
    return classify(word) & IndirectCue;
}

bool Lexicon::isCueBeforeThat(QStringView word) const
{
    const CueStats *cue = foldedCueStats(word);
    return cue && cue->ratio >= 20 && cue->count >= 4;
}

bool Lexicon::isSpeakerNoun(QStringView word) const
{
    return classify(word) & SpeakerNoun;
}

bool Lexicon::foldedSpeakerNoun(QStringView w) const
{
    // The table holds whichever number the corpus used most: "insiders", "official".
    if (m_speakerNouns.contains(w) || (w.endsWith(u's') && m_speakerNouns.contains(w.chopped(1))))
        return true;
    QVarLengthArray<char16_t, 56> plural(w.utf16(), w.utf16() + w.size());
    plural.append(u's');
    return m_speakerNouns.contains(QStringView(plural.constData(), plural.size()));
}

quint32 Lexicon::classifyFolding(QStringView word) const
{
    return classify(FoldedWord(word));
}

const int *Lexicon::findFirstName(QStringView name) const
{
    if (const int *gender = m_firstNames.find(name, FoldedWord::hashOf(name)))
        return gender;
    // "Clément", "Zoë", "José": the table's names are written without accents.
    if (std::none_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0xC0 && c.unicode() < 0x250; }))
        return nullptr; // no accented Latin letter (most names, and "Trump’s")
    QString plain;
    plain.reserve(name.size());
    for (QChar c : name.toString().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain.size() == name.size() ? m_firstNames.find(plain, FoldedWord::hashOf(plain)) : nullptr;
}

int Lexicon::firstNameGender(QStringView firstName) const
{
    const int *gender = findFirstName(firstName);
    return gender ? *gender : 0;
}

int Lexicon::firstNameGender(QStringView firstName, bool *listed) const
{
    const int *gender = findFirstName(firstName);
    *listed = gender != nullptr;
    return gender ? *gender : 0;
}

qsizetype Lexicon::nameAfterDepartment(const QList<QStringView> &words, qsizetype from) const
{
    // "Minister of State for Road Transport V K Singh": an initial opens a name as a first name does.
    const auto initial = [](QStringView w) {
        return (w.size() == 1 || (w.size() == 2 && w.back() == u'.')) && w.front().isUpper();
    };
    for (qsizetype k = from + 1; k + 1 < words.size(); ++k) {
        if (isFirstName(words.at(k)) || initial(words.at(k)))
            return k;
    }
    // Only a person's name may follow: no organisation's ("House of Representatives Committee on
    // Science") and no word in lower case.
    for (qsizetype k = from; k < words.size(); ++k) {
        if (words.at(k).isEmpty() || !words.at(k).front().isUpper() || isOrganisationWord(words.at(k)))
            return from;
    }
    qsizetype k = from;
    while (k + 2 < words.size() && documentFrequency(words.at(k)) >= 100)
        ++k;
    return k;
}

bool Lexicon::isFirstName(QStringView word) const
{
    return findFirstName(word) != nullptr;
}

int Lexicon::documentFrequency(QStringView word) const
{
    const FoldedWord folded(word);
    const int *frequency = m_background.find(folded);
    return frequency ? *frequency : 0;
}

int Lexicon::backgroundDocuments() const
{
    return backgroundArticles;
}

} // namespace Quoteshelf::Extract
