#include "extract/wordclasses.h"

#include "extract/lexicon.h"
#include "extract/nameindex.h"
#include "extract/wordset.h"

#include <QVarLengthArray>

namespace Quoteshelf::Extract::WordClass {

// Adverbs and auxiliaries that sit between a subject and its cue: "he also said", "has told".
bool isVerbFiller(QStringView w)
{
    static const WordSet words { u"also",    u"then",  u"later",   u"has",        u"had",         u"have",
                                 u"was",     u"is",    u"would",   u"will",       u"once",        u"again",
                                 u"further", u"first", u"never",   u"previously", u"not",         u"did",
                                 u"does",    u"had",   u"earlier", u"since",      u"subsequently",
                                 // Degree words before an adverb: "Another reader rather bluntly wrote".
                                 u"rather",  u"quite", u"very",    u"somewhat",   u"even",        u"too" };
    // Nouns in -ly: "The family said", "the assembly voted".
    static const WordSet nouns { u"family", u"assembly", u"rally", u"supply", u"reply", u"monopoly", u"anomaly",
                                 u"bully",  u"homily" };
    if (!isLower(w))
        return false;
    return (endsWith(w, u"ly") && w.size() > 4 && !nouns.contains(w)) || words.contains(w);
}

// Words after which a noun phrase's head is complete: "an insider familiar with the talks".
bool isPostModifierStart(QStringView w)
{
    static const WordSet words { u"with",  u"of",   u"for", u"familiar", u"close",    u"at",      u"in",
                                 u"on",    u"from", u"to",  u"who",      u"involved", u"briefed", u"knowledgeable",
                                 u"based", u"near",  u"aware" };
    return words.contains(w);
}

namespace {

// Time phrases between a subject and its cue: "Trump on Saturday tweeted", "she said last week".
const WordSet &temporalWords()
{
    static const WordSet words { u"monday",  u"tuesday", u"wednesday", u"thursday",  u"friday",    u"saturday",
                                 u"sunday",  u"january", u"february",  u"march",     u"april",     u"june",
                                 u"july",    u"august",  u"september", u"october",   u"november",  u"december",
                                 u"night",   u"morning", u"evening",   u"afternoon", u"week",      u"weekend",
                                 u"month",   u"year",    u"ago",       u"today",     u"yesterday", u"tonight",
                                 u"days",    u"weeks",   u"months",    u"years",     u"earlier",   u"later",
                                 u"recently" };
    return words;
}

} // namespace

bool isTemporal(QStringView w)
{
    return temporalWords().contains(w);
}

// (The lists below include the temporal words: one lookup, not two, for a word asked about at
// most sentence openings.)
bool isTemporalFiller(QStringView w)
{
    static const WordSet fillers { u"on",    u"last",    u"this", u"next", u"early", u"late", u"in",  u"two",
                                   u"three", u"several", u"few",  u"a",    u"the",   u"past", u"over" };
    static const WordSet words { &temporalWords(), &fillers };
    return words.contains(w) || (!w.isEmpty() && w.front().isDigit());
}

// Capitalised words that open a sentence's adverbial phrase, not its subject.
bool isLeadingAdverbial(QStringView w)
{
    static const WordSet adverbials { u"hours", u"minutes", u"moments", u"early",   u"late",
                                      u"shortly", u"soon",  u"asked",   u"hastily", u"once" };
    static const WordSet words { &temporalWords(), &adverbials };
    return words.contains(w);
}

bool isCommaAdverb(QStringView w)
{
    if (w.size() < 5 || !w.endsWith(u"ly", Qt::CaseInsensitive))
        return false;
    const Lexicon &lexicon = Lexicon::instance();
    if (lexicon.documentFrequency(w) == 0 || lexicon.isFirstName(w))
        return false;
    // ... made from a word of its own, as adverbs are ("famous", "happy", "notable", "basic"):
    // "Jolly, who …" is a surname.
    const QString lower = w.toString().toLower();
    const QStringView stem = QStringView(lower).chopped(2);
    return lexicon.documentFrequency(stem) > 0
        || (stem.endsWith(u'i') && lexicon.documentFrequency(QString(stem.chopped(1).toString() + u'y')) > 0)
        || (stem.size() >= 4 && lexicon.documentFrequency(QString(stem.toString() + u"le")) > 0) // incredible
        || (stem.endsWith(u"al") && lexicon.documentFrequency(stem.chopped(2)) > 0);
}

bool isTitleCased(QStringView phrase, int maxWords)
{
    int words = 0;
    int significant = 0;
    int capitalised = 0;
    for (const QStringView w : SpacedWords(phrase)) {
        if (++words > maxWords)
            return false;
        const bool capital = w.front().isUpper();
        if (w.size() > 3 || capital) {
            ++significant;
            capitalised += capital ? 1 : 0;
        }
    }
    return significant > 0 && capitalised == significant;
}

// "said Thursday": days and months follow cues too.
bool isCalendarWord(QStringView w)
{
    // Asked of every capitalised word that opens a name: most are spared the lookup.
    if (w.size() < 3 || w.size() > 9)
        return false;
    switch (w.front().unicode()) {
    case u'M': case u'T': case u'W': case u'F': case u'S': case u'J': case u'A': case u'O': case u'N': case u'D':
        break;
    default:
        return false;
    }
    static const WordSet words
        = { u"Monday",  u"Tuesday",   u"Wednesday", u"Thursday", u"Friday",   u"Saturday", u"Sunday",
            u"January", u"February",  u"March",     u"April",    u"May",      u"June",     u"July",
            u"August",  u"September", u"October",   u"November", u"December", u"Jan.",     u"Feb.",
            u"Mar.",    u"Apr.",      u"Jun.",      u"Jul.",     u"Aug.",     u"Sep.",     u"Sept.",
            u"Oct.",    u"Nov.",      u"Dec.",      // and without the period, as wire datelines write
            // them ("SYDNEY, Nov 4 (Reuters)"), save those that are first names too (Jan, Jun)
            u"Feb",     u"Apr",       u"Aug",       u"Sep",      u"Sept",     u"Oct",      u"Nov",
            u"Dec" };
    return words.containsExact(w);
}

bool opensName(QStringView w)
{
    // Spanish articles open places' names too: "Los Angeles", "Las Vegas", "El Paso", "La Paz".
    return equals(w, u"New") || equals(w, u"First") || equals(w, u"Los") || equals(w, u"Las") || equals(w, u"El")
        || equals(w, u"La");
}

bool namesMemberOrNationality(QStringView w)
{
    static const WordSet members = { u"Republican", u"Democrat", u"Conservative", u"Tory", u"Liberal",
                                     u"Socialist", u"Nationalist", u"Unionist", u"Green", u"Independent" };
    if (w.size() < 4 || !w.front().isUpper())
        return false;
    // "The Northern Irishman", "a Welshwoman": the nationalities named with "man" or "woman".
    static const WordSet people = { u"Irishman",    u"Irishwoman",    u"Englishman", u"Englishwoman", u"Frenchman",
                                    u"Frenchwoman", u"Welshman",      u"Welshwoman", u"Scotsman",     u"Scotswoman",
                                    u"Dutchman",    u"Dutchwoman",    u"Cornishman", u"Yorkshireman", u"Manxman",
                                    u"Irishmen",    u"Englishmen",    u"Frenchmen",  u"Welshmen",     u"Scotsmen" };
    if (members.containsExact(w) || people.containsExact(w))
        return true;
    // By the ending, unless a first name ("Sean", "Susan", "Brian").
    return (endsWith(w, u"ian") || endsWith(w, u"ese") || endsWith(w, u"ish")
            || (endsWith(w, u"an") && !endsWith(w, u"man")) || (endsWith(w, u"i") && w.size() > 5))
        && !Lexicon::instance().isFirstName(w);
}

bool isFrenchInstitution(QStringView w)
{
    static const WordSet heads = { u"Fédération", u"Confédération", u"Association", u"Société",  u"Centre",
                                   u"Conseil",    u"Commission",    u"Syndicat",    u"Institut", u"Université",
                                   u"Ministère",  u"Régie",         u"Caisse",      u"Mouvement", u"Assemblée",
                                   u"Office",     u"Agence",        u"Collège",     u"École",    u"Parti",
                                   u"Regroupement", u"Ordre",       u"Union",       u"Front",    u"Coalition" };
    return w.size() >= 4 && w.front().isUpper() && heads.containsExact(w);
}

bool isFrenchParticle(QStringView w)
{
    // (Asked of the word after every name's first: the length and the first letter spare most
    // the lookup.)
    if (w.size() < 2 || w.size() > 4)
        return false;
    const char16_t c = w.front().unicode();
    if (c != u'd' && c != u'l' && c != u'e' && c != u'p' && c != u'a')
        return false;
    static const WordSet particles = { u"de", u"des", u"du", u"la", u"le", u"les", u"et", u"en", u"pour", u"aux" };
    return particles.containsExact(w);
}

bool isCommonPlural(QStringView w)
{
    return w.size() > 4 && endsWith(w, u"s") && !endsWith(w, u"ss") && !Lexicon::isOrganisationWord(w)
        && Lexicon::instance().documentFrequency(w) >= 250;
}

bool namesLocalGroup(QStringView w)
{
    static const WordSet words { u"neighbors",  u"neighbours", u"residents",  u"witnesses",  u"locals",
                                 u"villagers",  u"onlookers",  u"bystanders", u"passengers", u"shoppers",
                                 u"commuters",  u"parents",    u"relatives",  u"survivors",  u"protesters",
                                 u"protestors", u"demonstrators", u"students", u"teachers", u"workers",
                                 u"employees",  u"fans",       u"farmers",    u"traders",    u"doctors",
                                 u"nurses",     u"patients",   u"customers",  u"tenants",    u"campaigners" };
    return words.contains(w);
}

bool isWeekday(QStringView w)
{
    return w.size() >= 6 && endsWith(w, u"day") && isCalendarWord(w);
}

bool namesDay(QStringView w)
{
    static const WordSet words = { u"Super", u"Black", u"Good",   u"Holy",   u"Palm",  u"Ash",   u"Easter",
                                   u"Cyber", u"Fat",   u"Shrove", u"Maundy", u"Bloody", u"Giving", u"Whit" };
    return words.containsExact(w);
}

static const WordSet &quantityPronouns()
{
    static const WordSet words { u"others", u"another", u"several", u"many",   u"few",    u"both",
                                 u"each",   u"most",    u"none",    u"either", u"neither" };
    return words;
}

bool isQuantityPronoun(QStringView w)
{
    return quantityPronouns().contains(w);
}

bool isSubordinator(QStringView w)
{
    static const WordSet words { u"as",      u"while", u"when",  u"although", u"though",
                                 u"because", u"since", u"after", u"before",   u"if" };
    return words.contains(w);
}

bool isPreposition(QStringView w)
{
    static const WordSet words { u"in",     u"on",    u"at",     u"by",   u"with",    u"from",  u"for",   u"of", u"to",
                                 u"during", u"after", u"before", u"into", u"through", u"under", u"about", u"via" };
    return words.contains(w);
}

bool isIrregularPast(QStringView w)
{
    static const WordSet words { u"found",   u"made",   u"took",    u"gave",   u"saw",    u"knew",    u"thought",
                                 u"left",    u"kept",   u"held",    u"sent",   u"spent",  u"paid",    u"lost",
                                 u"won",     u"met",    u"got",     u"brought", u"bought", u"caught", u"fought",
                                 u"built",   u"began",  u"became",  u"came",   u"went",   u"ran",     u"rose",
                                 u"fell",    u"drove",  u"wrote",   u"broke",  u"chose",  u"stood",   u"understood",
                                 u"felt",    u"heard",  u"sold",    u"taught", u"threw",  u"flew",    u"grew",
                                 u"struck",  u"led",    u"fled",    u"sought", u"spoke",  u"stole",   u"swore",
                                 u"woke",    u"wore",   u"withdrew", u"forgot", u"overtook", u"underwent" };
    return words.contains(w);
}

bool opensBodyOfThe(QStringView w)
{
    static const WordSet words { u"Office",      u"Department",  u"Ministry",   u"Council", u"Bureau",
                                 u"Commission",  u"Committee",   u"Institute",  u"Society", u"Association",
                                 u"Federation",  u"Court",       u"Academy" };
    return words.containsExact(w);
}

bool takesListener(QStringView w)
{
    static const WordSet words { u"told",    u"tells",    u"telling", u"tell",    u"informed",
                                 u"assured", u"reminded", u"warned",  u"promised" };
    return words.contains(w);
}

namespace {

// The lists below are asked about a word several at a time (isNeverAName): they take it folded
// once, and isNeverAName looks it up in their union.
const WordSet &numberWords()
{
    static const WordSet numbers { u"one",      u"two",      u"three",   u"four",     u"five",      u"six",
                                   u"seven",    u"eight",    u"nine",    u"ten",      u"eleven",    u"twelve",
                                   u"thirteen", u"fourteen", u"fifteen", u"sixteen",  u"seventeen", u"eighteen",
                                   u"nineteen", u"twenty",   u"thirty",  u"forty",    u"fifty",     u"sixty",
                                   u"seventy",  u"eighty",   u"ninety",  u"hundred",  u"thousand",  u"million",
                                   u"billion",  u"dozen",    u"dozens",  u"hundreds", u"thousands", u"millions" };
    return numbers;
}

// "Fifty-one", "Twenty-five".
bool isHyphenatedNumber(QStringView w)
{
    const WordSet &numbers = numberWords();
    // (A loop over the few letters: most words asked have no hyphen.)
    qsizetype hyphen = 0;
    while (hyphen < w.size() && w.at(hyphen) != u'-')
        ++hyphen;
    if (hyphen == w.size())
        return false;
    return hyphen > 0 && numbers.contains(w.left(hyphen)) && numbers.contains(w.mid(hyphen + 1));
}

bool isNumberWord(const FoldedWord &folded, QStringView w)
{
    return numberWords().contains(folded) || isHyphenatedNumber(w);
}

const WordSet &foreignFunctionWords()
{
    static const WordSet words {
        // French
        u"le",
        u"la",
        u"les",
        u"un",
        u"une",
        u"des",
        u"du",
        u"de",
        u"au",
        u"aux",
        u"il",
        u"elle",
        u"ils",
        u"elles",
        u"nous",
        u"vous",
        u"je",
        u"on",
        u"ce",
        u"cette",
        u"ces",
        u"cet",
        u"sa",
        u"ses",
        u"leur",
        u"leurs",
        u"et",
        u"ou",
        u"mais",
        u"donc",
        u"car",
        u"ni",
        u"que",
        u"qui",
        u"dans",
        u"sur",
        u"sous",
        u"avec",
        u"pour",
        u"par",
        u"en",
        u"selon",
        u"ont",
        u"été",
        u"était",
        u"avait",
        u"sera",
        u"pas",
        u"est",
        u"sont",
        u"lors",
        u"depuis",
        u"pendant",
        u"après",
        u"avant",
        u"chez",
        u"entre",
        u"aussi",
        u"plus",
        // German
        u"der",
        u"die",
        u"das",
        u"den",
        u"dem",
        u"ein",
        u"eine",
        u"einen",
        u"einem",
        u"einer",
        u"und",
        u"oder",
        u"aber",
        u"er",
        u"sie",
        u"es",
        u"wir",
        u"ihr",
        u"ich",
        u"du",
        u"im",
        u"am",
        u"vom",
        u"zum",
        u"zur",
        u"auf",
        u"mit",
        u"von",
        u"für",
        u"bei",
        u"nach",
        u"aus",
        u"ist",
        u"sind",
        u"war",
        u"hat",
        u"laut",
        u"wurde",
        u"wurden",
        u"wird",
        u"werden",
        u"haben",
        u"hatte",
        u"auch",
        u"nicht",
        u"wie",
        u"wenn",
        u"dass",
        u"doch",
        u"noch",
        u"nur",
        u"schon",
        // Spanish, Portuguese, Italian
        u"el",
        u"los",
        u"las",
        u"una",
        u"unos",
        u"unas",
        u"y",
        u"o",
        u"del",
        u"por",
        u"para",
        u"con",
        u"según",
        u"pero",
        u"como",
        u"os",
        u"uma",
        u"e",
        u"do",
        u"da",
        u"dos",
        u"das",
        u"no",
        u"nos",
        u"nas",
        u"não",
        u"com",
        u"segundo",
        u"lo",
        u"gli",
        u"di",
        u"che",
        u"è",
        u"nel",
        u"della",
        u"secondo",
        u"anche",
        // Dutch
        u"het",
        u"een",
        u"en",
        u"van",
        u"niet",
        u"dat",
        u"op",
        u"maar",
        u"volgens",
    };
    return words;
}

bool isForeignFunctionWord(const FoldedWord &folded)
{
    return foreignFunctionWords().contains(folded);
}

} // namespace

bool isNumberWord(QStringView w)
{
    return isNumberWord(FoldedWord(w), w);
}

bool isForeignFunctionWord(QStringView w)
{
    return isForeignFunctionWord(FoldedWord(w));
}

bool isNeverAName(QStringView w)
{
    static const WordSet words {
        // Sentence adverbs and connectives
        u"nonetheless",
        u"nevertheless",
        u"meanwhile",
        u"moreover",
        u"furthermore",
        u"however",
        u"instead",
        u"overall",
        u"otherwise",
        u"additionally",
        u"consequently",
        u"therefore",
        u"thus",
        u"hence",
        u"besides",
        u"likewise",
        u"similarly",
        u"regardless",
        u"indeed",
        u"finally",
        u"ultimately",
        u"eventually",
        u"initially",
        u"currently",
        u"previously",
        u"recently",
        u"afterwards",
        u"once",
        u"afterward",
        u"anyway",
        u"altogether",
        u"still",
        u"yet",
        u"also",
        u"then",
        u"now",
        u"today",
        u"yesterday",
        u"tomorrow",
        u"tonight",
        u"perhaps",
        u"maybe",
        u"certainly",
        u"clearly",
        u"obviously",
        u"unfortunately",
        u"fortunately",
        u"interestingly",
        u"importantly",
        u"notably",
        u"specifically",
        u"basically",
        u"elsewhere",
        u"later",
        u"earlier",
        u"again",
        u"yes",
        u"no",
        u"ok",
        u"okay",
        // Interjections: "Oh, we got a report", "Wow."
        u"oh",
        u"ah",
        u"aha",
        u"wow",
        u"hey",
        u"hi",
        u"hello",
        u"ooh",
        // Days
        u"monday",
        u"tuesday",
        u"wednesday",
        u"thursday",
        u"friday",
        u"saturday",
        u"sunday",
        // Media and page furniture
        u"tv",
        u"television",
        u"radio",
        u"media",
        u"press",
        u"newspaper",
        u"website",
        u"video",
        u"photo",
        u"photos",
        u"image",
        u"images",
        u"picture",
        u"credit",
        u"share",
        u"vote",
        u"watch",
        u"listen",
        u"subscribe",
        u"advertisement",
        u"related",
        u"updated",
        // Currencies written before an amount: "Rs 3,000", "Ksh 500"
        u"rs",
        u"ksh",
        // Time zones: "by 0915 GMT"
        u"gmt",
        u"bst",
        u"utc",
        u"est",
        u"edt",
        u"cst",
        u"cdt",
        u"mst",
        u"mdt",
        u"pst",
        u"pdt",
        u"cet",
        u"cest",
        u"aest",
        u"aedt",
        u"awst",
        u"nzst",
        u"nzdt",
    };
    // The lists above and the quantity, number and foreign words, in one table: one lookup.
    static const WordSet listed { &words, &quantityPronouns(), &numberWords(), &foreignFunctionWords() };
    // "Across town, …", "Despite the rain, …": a preposition opening a sentence.
    const FoldedWord folded(w);
    return listed.contains(folded) || isHyphenatedNumber(w)
        || (Lexicon::instance().classify(folded) & Lexicon::Locative);
}

bool isPlaceHead(QStringView w)
{
    static const WordSet words { u"harbour",   u"harbor",    u"river",    u"bay",      u"lake",     u"mount",
                                 u"mountain",  u"mountains", u"island",   u"islands",  u"street",   u"road",
                                 u"avenue",    u"park",      u"valley",   u"beach",    u"bridge",   u"square",
                                 u"airport",   u"station",   u"county",   u"province", u"district", u"region",
                                 u"coast",     u"port",      u"strait",   u"sea",      u"ocean",    u"peninsula",
                                 u"canyon",    u"falls",     u"hill",     u"hills",    u"creek",    u"gulf",
                                 u"reservoir", u"highway",   u"motorway", u"forest",   u"desert",   u"plaza",
                                 u"city",      u"springs",   u"stadium",  u"arena",    u"racecourse",
                                 u"showground", u"showgrounds", u"expressway", u"freeway", u"nagar", u"vihar",
                                 u"colony",    u"enclave" };
    return words.contains(w);
}

bool isPlacePrefix(QStringView w)
{
    static const WordSet words { u"fort",  u"port",  u"lake",  u"mount", u"mt.",   u"cape", u"san",
                                 u"santa", u"sankt", u"saint", u"st",    u"st.",   u"rio",  u"monte", u"lago",
                                 u"isla",  u"river", u"loch",  u"lough" };
    return words.contains(w);
}

bool isNamingVerb(QStringView w)
{
    static const WordSet words { u"called",   u"dubbed",    u"labelled",  u"labeled",   u"branded",   u"termed",
                                 u"described", u"dismissed", u"denounced", u"decried",   u"slammed",   u"hailed",
                                 u"praised",  u"blasted",   u"condemned", u"derided",   u"characterised",
                                 u"characterized", u"deemed", u"declared", u"accused" };
    return words.contains(w);
}

bool isNamingParticiple(QStringView w)
{
    if (w.size() < 7 || !endsWith(w, u"ing"))
        return false;
    QVarLengthArray<char16_t, 32> past(w.utf16(), w.utf16() + w.size() - 3);
    past.append(u'e');
    past.append(u'd');
    return isNamingVerb(QStringView(past.constData(), past.size()));
}

bool isImperativeVerb(QStringView w)
{
    static const WordSet words { u"see",     u"visit", u"follow", u"read",   u"watch", u"click",    u"tap",
                                 u"contact", u"join",  u"listen", u"sign",   u"email", u"download", u"subscribe",
                                 u"like",    u"share", u"check",  u"search", u"find",  u"get",      u"try" };
    return words.contains(w);
}

bool namesPlaceByKind(QStringView name)
{
    // "San Bernardino County Sheriff's Department", "Santa Clara University": a body named after
    // its place.
    if (!hasSpace(name) || Lexicon::isOrganisationWord(lastWord(name)))
        return false;
    if (isPlacePrefix(firstWord(name)))
        return true;
    // "Perry County", "Lee Road", "Jordan Street", "Lawrence Ave.": no one is named with these,
    // whatever the first word.
    static const WordSet onlyPlaces { u"county",   u"province",   u"district", u"street",   u"avenue",
                                      u"road",     u"airport",    u"stadium",  u"arena",    u"racecourse",
                                      u"highway",  u"motorway",   u"expressway", u"freeway", u"plains",
                                      u"valley",   u"river",      u"boulevard", u"parkway", u"ave",
                                      u"ave.",     u"blvd",       u"blvd.",    u"rd",       u"rd.",
                                      u"hwy",      u"hwy.",     u"drive",    u"terrace",  u"crescent",
                                      u"square",   u"plaza" };
    if (onlyPlaces.contains(lastWord(name)))
        return true;
    // "Fiona Hill", "Frank Ocean", "Ann Park": a known first name makes it a person's name.
    return isPlaceHead(lastWord(name)) && Lexicon::instance().firstNameGender(firstWord(name)) == 0;
}

bool isDocumentNoun(QStringView w)
{
    static const WordSet words { u"poll",      u"polls",   u"survey",    u"surveys", u"study",    u"report",
                                 u"statement", u"article", u"letter",    u"memo",    u"analysis", u"tally",
                                 u"ad",        u"advert",  u"editorial", u"filing",  u"document", u"release",
                                 u"email",     u"e-mail",  u"message",   u"note",    u"headline", u"sign",
                                 u"banner",    u"placard", u"petition",  u"post",    u"tweet",    u"caption" };
    return words.contains(w);
}

bool namesCompany(QStringView w)
{
    static const WordSet words { u"company",    u"firm",       u"corporation", u"bank",         u"agency",
                                 u"ministry",   u"department", u"group",       u"organisation", u"organization",
                                 u"party",      u"union",      u"council",     u"university",   u"institute",
                                 u"foundation", u"carmaker",   u"retailer",    u"airline",      u"insurer",
                                 u"club",       u"team",       u"network",     u"broadcaster",  u"newspaper",
                                 u"regulator",  u"watchdog",   u"charity",     u"authority",    u"operator",
                                 u"supermarket", u"manufacturer", u"lender",   u"publisher",    u"utility",
                                 u"supplier",   u"provider",   u"developer",   u"chain",        u"body",
                                 u"force",      u"lobby",      u"commission",  u"committee",    u"board",
                                 u"tribunal",   u"inquiry",    u"trust",       u"miner",        u"automaker",
                                 u"chipmaker",  u"drugmaker",  u"refiner",     u"brewer",       u"conglomerate" };
    return words.contains(w);
}

bool isCompanyNoun(QStringView w)
{
    static const WordSet words { u"company", u"firm",    u"corporation", u"carmaker", u"retailer",
                                 u"airline", u"insurer", u"business",    u"bank",     u"group",
                                 u"miner",   u"automaker", u"chipmaker", u"drugmaker", u"refiner", u"brewer" };
    return words.contains(w);
}

bool isFiniteCueForm(QStringView word)
{
    return equals(word, u"said") || equals(word, u"says") || equals(word, u"told") || equals(word, u"tells")
        || equals(word, u"wrote") || (word.size() > 4 && endsWith(word, u"ed"));
}

bool endsLikeAgentNoun(QStringView w)
{
    return w.size() > 5 && (endsWith(w, u"er") || endsWith(w, u"or") || endsWith(w, u"ist") || endsWith(w, u"ian"));
}

bool isAge(QStringView w)
{
    return w.size() > 9 && w.front().isDigit() && endsWith(w, u"-year-old");
}

} // namespace Quoteshelf::Extract::WordClass
