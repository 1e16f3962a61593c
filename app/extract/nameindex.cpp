#include "extract/nameindex.h"

#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/mentionparser.h"
#include "extract/viewtable.h"
#include "extract/wordclasses.h"
#include "extract/wordset.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <utility>

namespace Quoteshelf::Extract {

using namespace Qt::StringLiterals;

namespace {

// "N20m", "R5bn": a currency's letter before an amount and its unit ("G7" stays a name).
// "Sh2,500", "Rs450", "KSh3.2bn": a currency written with two or three letters before any amount.
bool isAmount(QStringView w)
{
    // (Asked of every capitalised word: most have no digit among their first four letters.)
    const auto digit = [&w](qsizetype k) { return k < w.size() && w.at(k) >= u'0' && w.at(k) <= u'9'; };
    if (!digit(1)) {
        if (digit(2))
            return equals(w.first(2), u"Sh") || equals(w.first(2), u"Rs") || equals(w.first(2), u"Tk");
        if (digit(3)) {
            const QStringView letters = w.first(3);
            return equals(letters, u"KSh") || equals(letters, u"Ksh") || equals(letters, u"USh")
                || equals(letters, u"TSh");
        }
        return false;
    }
    qsizetype k = 1;
    while (k < w.size() && (w.at(k).isDigit() || w.at(k) == u'.' || w.at(k) == u','))
        ++k;
    const QStringView unit = w.mid(k);
    return equals(unit, u"m") || equals(unit, u"bn") || equals(unit, u"k") || equals(unit, u"tn")
        || equals(unit, u"mn");
}

bool isCapitalisedNameWord(const MentionParser &parser, qsizetype i, QStringView w);

// (The test most words fail in line: a word neither capitalised nor an articled name is none, and a
// word of lower-case letters is neither.)
Q_ALWAYS_INLINE bool isNameWord(const MentionParser &parser, qsizetype i)
{
    if (parser.isLowerCaseWord(i))
        return false;
    const QStringView w = parser.word(i);
    return (Tokenizer::isCapitalised(w) || Tokenizer::isArticledName(w)) && isCapitalisedNameWord(parser, i, w);
}

// isNameWord() of a word w, at i, that is capitalised or an articled name.
bool isCapitalisedNameWord(const MentionParser &parser, qsizetype i, QStringView w)
{
    if (equals(w, u"I") || isAmount(w))
        return false;
    // "Asked Tuesday about Sullivan, ...", "Speaking to reporters": a participle opening a sentence.
    if (parser.has(i, Lexicon::ReportingCue) && (endsWith(w, u"ed") || endsWith(w, u"ing")))
        return false;
    if ((parser.hasApostrophe(i) && isContraction(w)) || Tokenizer::isLowerCaseCompound(w))
        return false;
    if (parser.has(i, Lexicon::StopWord | Lexicon::DiscourseMarker)) {
        // "Department for Levelling Up, Housing and Communities", "the Levelling Up Fund": a verb's
        // particle, capitalised after the name's gerund, goes on with it.
        const QStringView before = parser.word(i - 1);
        if (WordClass::oneOf(w, u"Up", u"Down", u"Out", u"Off") && Tokenizer::isCapitalised(before)
            && before.size() > 5 && endsWith(before, u"ing")
            && !parser.has(i - 1, Lexicon::StopWord | Lexicon::DiscourseMarker) && parser.sentenceStart(i, i - 1) < i
            && (parser.isPunct(i + 1, u',') || Tokenizer::isCapitalised(parser.word(i + 1))))
            return true;
        return (WordClass::opensName(w) && !WordClass::opensName(parser.word(i + 1)) && isNameWord(parser, i + 1))
            || parser.isFirstNameAsWord(i);
    }
    return true;
}

// "Using", "Following", "Building": a frequent word in -ing, which opens a sentence as a
// participle far more often than as a name ("King", "Ding" are too short to be one).
bool isOpeningParticiple(QStringView w)
{
    return w.size() >= 5 && endsWith(w, u"ing") && Lexicon::instance().documentFrequency(w) >= 500;
}

// Cues that invert with their speaker ("…, said Katie Harbath"); "told X" names the listener.
bool isInvertingCue(QStringView w)
{
    static const WordSet words
        = { u"said",     u"says",     u"added",    u"wrote",        u"noted",   u"explained", u"continued",
            u"recalled", u"argued",   u"tweeted",  u"stated",       u"replied", u"responded", u"declared",
            u"observed", u"remarked", u"insisted", u"acknowledged", u"adds",    u"writes" };
    return words.containsExact(w);
}


// "San Diego Gas & Electric", "University and College Union", "Universities and Colleges
// Employers Association": an ampersand always joins one name; "and" only inside an organisation's
// name that opens with its organisation word ("Biden and Harris" are two).
bool joinsOrganisation(const MentionParser &parser, qsizetype first, qsizetype joiner)
{
    if (parser.isPunct(joiner, u'&'))
        return true;
    if (!equals(parser.word(joiner), u"and"))
        return false;
    if (parser.has(first, Lexicon::OrganisationWord))
        return true;
    // "Lagos State Fire and Rescue Service", "Fish and Wildlife Service": an everyday word before
    // "and", and the words after it end in an organisation's word within three ("Medicare and
    // Social Security", "Wall Street Journal and NBC News" are two).
    // "Avon and Somerset Police", "Devon and Cornwall Constabulary": a body two places share.
    static const WordSet sharedBodies = { u"Police", u"Constabulary", u"Council", u"Trust", u"Authority", u"Service" };
    if (joiner - first == 1 && Tokenizer::isCapitalised(parser.word(joiner + 1))
        && sharedBodies.containsExact(parser.word(joiner + 2)) && !Tokenizer::isCapitalised(parser.word(joiner + 3)))
        return true;
    if (joiner - first <= 3 && joinsBodyBeforeAnd(parser.word(joiner - 1))) {
        // (No person's name ends in a common plural: "Irish Nurses and Midwives Organisation".)
        for (qsizetype k = first; k < joiner && !WordClass::isCommonPlural(parser.word(joiner - 1)); ++k) {
            if (Lexicon::instance().isFirstName(parser.word(k)))
                return false;
        }
        for (qsizetype k = joiner + 1; k <= joiner + 3 && Tokenizer::isCapitalised(parser.word(k)); ++k) {
            if (parser.has(k, Lexicon::OrganisationWord) && !Tokenizer::isCapitalised(parser.word(k + 1)))
                return true;
        }
    }
    const QStringView w = parser.word(first);
    if (endsWith(w, u"ies"))
        return Lexicon::isOrganisationWord(QString(w.chopped(3).toString() + u'y'));
    return w.endsWith(u's') && Lexicon::isOrganisationWord(w.chopped(1));
}

// "Department for Environment, Food and Rural Affairs": after an organisation word's "for" or
// "of", a comma may separate the items of a list that "and" closes, all in one name.
bool continuesOrganisationList(const MentionParser &parser, qsizetype first, qsizetype comma, bool joined)
{
    const auto isName = [&parser](qsizetype k) { return isNameWord(parser, k); };
    if (!joined || !parser.isPunct(comma, u',') || !parser.has(first, Lexicon::OrganisationWord) || !isName(comma + 1))
        return false;
    for (qsizetype k = comma + 1; k < comma + 14; ++k) {
        if (isName(k))
            continue;
        if (equals(parser.word(k), u"and") || parser.isPunct(k, u'&'))
            return isName(k + 1);
        if (!parser.isPunct(k, u',') || !isName(k + 1))
            return false;
    }
    return false;
}

// "Passengers say": a capitalised plural opening a sentence is a common noun.
bool looksPlural(QStringView w)
{
    return w.size() > 4 && w.endsWith(u's') && !endsWith(w, u"ss") && !endsWith(w, u"us") && !endsWith(w, u"is")
        && !isPossessive(w); // "McDonald's" is one company
}

// Words after which a clause starts, so that a name after them is not the sentence's subject.
bool isSubordinator(QStringView w)
{
    static const WordSet words = { u"when",  u"after", u"before", u"while",   u"as",     u"because",  u"if",
                                   u"since", u"until", u"that",   u"whether", u"though", u"although", u"unless" };
    return words.contains(w);
}

// "Mr." +1; "Mrs", "Ms.", "Miss" -1; anything else 0.
int courtesyGender(QStringView w)
{
    if (w.endsWith(u'.'))
        w.chop(1);
    if (equals(w, u"Mr"))
        return 1;
    if (equals(w, u"Mrs") || equals(w, u"Ms") || equals(w, u"Miss"))
        return -1;
    // Offices that say it too: "Congressman Meadows", "Councilwoman Vale". (Most words asked are
    // names: the length and the last letter spare them the lookup.)
    if (w.size() < 3 || w.size() > 13 || !(w.back() == u'n' || w.back() == u'r' || w.back() == u'd'
                                             || w.back() == u'g' || w.back() == u'e' || w.back() == u'y'
                                             || w.back() == u's'))
        return 0;
    static const WordSet offices = { u"congressman", u"assemblyman", u"councilman", u"alderman", u"sir",
                                     u"lord", u"king", u"prince", u"congresswoman", u"assemblywoman",
                                     u"councilwoman", u"dame", u"lady", u"baroness", u"queen", u"princess",
                                     u"duke", u"duchess", u"countess" };
    if (!offices.contains(w))
        return 0;
    static const WordSet female = { u"congresswoman", u"assemblywoman", u"councilwoman", u"dame", u"lady",
                                    u"baroness", u"queen", u"princess", u"duchess", u"countess" };
    return female.contains(w) ? -1 : 1;
}

// “My Heart Will Go On”, “Shots”: a short quotation whose every longer word is capitalised is a
// title; the names inside it are no one the article is about. A name that is the whole title is
// kept unless it is one everyday word (“Good Morning America”, “Hamas”, not “Strength”); words
// ending a sentence are said, not titles (“That’s Ann Vale.”).
bool insideTitle(const QString &text, const QuotedSpan &span, qsizetype start, qsizetype end)
{
    QStringView inner = QStringView(text).mid(span.innerStart, span.innerEnd - span.innerStart).trimmed();
    while (!inner.isEmpty() && (inner.back() == u',' || Tokenizer::isQuoteMark(inner.back())))
        inner = inner.chopped(1);
    if (inner.isEmpty() || QStringView(u".!?\u2026").contains(inner.back()))
        return false;
    const qsizetype innerStart = inner.data() - text.constData();
    if (start == innerStart && end == innerStart + inner.size())
        return !inner.contains(u' ') && Lexicon::instance().documentFrequency(inner) > 0;
    return WordClass::isTitleCased(inner, 8);
}

// FoldedWord::hashOf(name), and whether the name holds a space, in one walk over its characters.
std::pair<quint32, bool> hashAndSpace(QStringView name)
{
    quint32 hash = FoldedWord::basis;
    bool space = false;
    const char16_t *chars = name.utf16();
    for (qsizetype k = 0, n = name.size(); k < n; ++k) {
        hash = FoldedWord::mix(hash, chars[k]);
        space = space || chars[k] == u' ';
    }
    return { hash, space };
}

} // namespace

bool isContraction(QStringView w)
{
    // "It’s", "Don’t", "We’re": a pronoun or an auxiliary with a clitic, never a name. A
    // possessive ("Clinton’s") and an elided name ("O’Malley") are not contractions.
    // Read as written, folding only the clitic: most capitalised words have no apostrophe, and
    // a possessive needs no folded copy of the whole word.
    const char16_t *chars = w.utf16();
    qsizetype apostrophe = 0;
    while (apostrophe < w.size() && chars[apostrophe] != u'\'' && chars[apostrophe] != u'\u2019')
        ++apostrophe;
    if (apostrophe == w.size() || apostrophe == 0 || w.size() > FoldedWord::capacity)
        return false;
    const QStringView clitic = w.mid(apostrophe + 1);
    const auto is = [&clitic](QStringView lower) {
        if (clitic.size() != lower.size())
            return false;
        for (qsizetype k = 0; k < lower.size(); ++k) {
            if (FoldedWord::fold(clitic.utf16()[k]) != lower.utf16()[k])
                return false;
        }
        return true;
    };
    if (is(u"t") || is(u"re") || is(u"ve") || is(u"ll") || is(u"m") || is(u"d"))
        return true;
    return is(u"s") && Lexicon::isStopWord(w.left(apostrophe));
}

namespace {

// "II", "III", "IV", "XII": the number after a monarch's, a pope's or an heir's name, or a war's.
Q_ALWAYS_INLINE bool isRegnalNumber(QStringView w)
{
    return !w.isEmpty() && w.size() <= 4
        && std::all_of(w.begin(), w.end(), [](QChar c) { return c == u'I' || c == u'V' || c == u'X'; });
}

} // namespace

bool isFormOfAddress(QStringView word)
{
    static const WordSet forms = { u"Mr",  u"Mr.", u"Mrs", u"Mrs.", u"Ms",  u"Ms.",
                                   u"Miss", u"Mx", u"Mx.", u"Madam", u"Mdm", u"Mdm." };
    return forms.containsExact(word);
}

bool isHonorific(QStringView word)
{
    static const WordSet honorifics = { u"Sir", u"Dame", u"Dr", u"Dr.", u"Lord", u"Lady", u"Prof", u"Prof." };
    return honorifics.containsExact(word);
}

bool possessesInstitution(QStringView possessive, QStringView before)
{
    // "Los Angeles County Sheriff's Department", "the Cook County Medical Examiner's Office": an
    // office holder's possessive names the office that works for them.
    static const WordSet possessors = { u"Children",  u"Women",     u"Men",        u"People",    u"King",
                                        u"Queen",     u"Prince",    u"Princess",   u"Sheriff",   u"Attorney",
                                        u"Examiner",  u"Coroner",   u"Marshal",    u"Prosecutor", u"Comptroller",
                                        u"Controller", u"Auditor",  u"Treasurer",  u"Clerk",     u"Assessor",
                                        u"Governor",  u"Mayor",     u"Minister",   u"President", u"Commissioner",
                                        u"Solicitor", u"Recorder",  u"Ombudsman",  u"Speaker",   u"Chancellor" };
    return possessors.containsExact(possessive.chopped(possessiveLength(possessive))) || equals(before, u"St")
        || equals(before, u"St.") || equals(before, u"Saint");
}

bool namedLikeOrganisation(QStringView name)
{
    const QStringView first = firstWord(name);
    if (first.size() == name.size())
        return false;
    // "Te Whatu Ora", "Te Papa": a Māori article opens a body's name; not a person's with a
    // listed first name after it ("Te Kaurinui Robert Parata").
    if (first == u"Te") {
        QStringView rest = name.sliced(first.size() + 1);
        for (qsizetype space = rest.indexOf(u' '); space > 0; space = rest.indexOf(u' ')) {
            rest = rest.sliced(space + 1);
            if (Lexicon::instance().isFirstName(firstWord(rest)) && hasSpace(rest))
                return false;
        }
        return true;
    }
    const QStringView last = lastWord(name);
    // "Uisce Éireann", "Iarnród Éireann": an Irish state body ends with the country's name.
    if (last == u"Éireann" || last == u"Eireann")
        return true;
    // "Harbour & Vale", "Marks & Spencer": two names joined by an ampersand are a firm's.
    // (Few names have an ampersand at all: a look for the one character, in line, settles most.)
    if (std::find(name.utf16(), name.utf16() + name.size(), u'&') != name.utf16() + name.size()
        && name.contains(u" & "))
        return true;
    // "Marten Falls First Nation": a First Nation is a people and its government.
    if (endsWith(name, u"First Nation") || endsWith(name, u"First Nations"))
        return true;
    if (first.size() >= 3 && isAcronym(first)
        && std::all_of(first.begin(), first.end(), [](QChar c) { return c.isLetter(); }))
        return !equals(last, u"Jr") && !equals(last, u"Jr.") && !equals(last, u"Sr") && !equals(last, u"Sr.");
    return Gazetteer::isPlace(last) && !Lexicon::instance().isFirstName(first);
}

bool namedWithEverydayWords(QStringView name)
{
    // "World War II" is named by its words, "George III" by his.
    if (isRegnalNumber(lastWord(name)) && hasSpace(name))
        name = name.first(name.lastIndexOf(u' '));
    const QStringView first = firstWord(name);
    if (first.size() == name.size())
        return false;
    const Lexicon &lexicon = Lexicon::instance();
    const QStringView last = lastWord(name);
    // "Northlink Ferries", "Delta Airlines", "Cisco Systems": a name ending in the plural of an
    // everyday noun, with no first name in it, is a business's ("Tiger Woods" has one).
    // "Ferguson Marine", "Dunmore Energy", "Vale Logistics": so is one ending in a trade's name.
    // (Asked only of a name with a rare word, which it excuses.)
    const auto businessPlural = [&] {
        static const WordSet trades = { u"Marine",   u"Logistics", u"Capital",  u"Media",     u"Energy",   u"Shipping",
                                        u"Construction", u"Insurance", u"Pharma", u"Entertainment", u"Mining",
                                        u"Telecom",  u"Engineering", u"Foods",  u"Freight",   u"Haulage",  u"Aviation",
                                        u"Biotech",  u"Motors",    u"Developments", u"Estates", u"Brewing" };
        QVarLengthArray<char16_t, 32> ies; // "Ferries" -> "Ferry"
        QStringView singular;
        if (last.size() > 4 && endsWith(last, u"ies")) {
            ies.append(last.utf16(), last.size() - 3);
            ies.append(u'y');
            singular = QStringView(ies.constData(), ies.size());
        } else if (last.size() > 3 && last.endsWith(u's') && !endsWith(last, u"ss")) {
            singular = last.chopped(1);
        }
        return (!singular.isEmpty() && lexicon.documentFrequency(singular) >= 100 && !lexicon.isFirstName(last))
            || trades.containsExact(last);
    };
    const bool rareWord = lexicon.documentFrequency(last) < 100
        || (lexicon.documentFrequency(first) < 100 && !Gazetteer::isPlace(first));
    if (rareWord && !businessPlural())
        return false;
    // No first name anywhere before the last word: "Correspondent Julie Pace" is a person after
    // a role.
    for (const QStringView w : SpacedWords(name.chopped(last.size()))) {
        if (lexicon.isFirstName(w))
            return false;
    }
    return true;
}

bool endsWithName(const QString &full, const QString &part)
{
    // Most pairs asked about are different names: two ASCII last letters that differ even in
    // lower case settle it without the library's comparison.
    if (!full.isEmpty() && !part.isEmpty()) {
        const char16_t a = full.back().unicode();
        const char16_t b = part.back().unicode();
        if (a < 0x80 && b < 0x80 && FoldedWord::fold(a) != FoldedWord::fold(b))
            return false;
    }
    if (full.size() == part.size())
        return equalsIgnoringCase(full, part);
    return full.size() > part.size() && equalsIgnoringCase(QStringView(full).last(part.size()), part)
        && full.at(full.size() - part.size() - 1) == u' ';
}

bool joinsBodyBeforeAnd(QStringView word)
{
    return Lexicon::instance().documentFrequency(word) >= 100 && !Lexicon::isOrganisationWord(word)
        && !isAcronym(word);
}

namespace {

// A word that may stand alone for a first name: capitalised, no place, title or nationality.
bool mayBeFirstNameAlone(QStringView word)
{
    // "French" is no first name of "French Riviera", nor "Filipino" of "Filipino Muslims".
    return !word.isEmpty() && word.front().isUpper() && !Gazetteer::isPlace(word) && !Lexicon::isTitle(word)
        && !WordClass::namesMemberOrNationality(word);
}

// A full name that reads as a person's: no organisation's word, place, acronym or day in it.
bool readsAsPersonsName(const QString &name)
{
    for (const QStringView w : SpacedWords(name)) { // (no organisation's word is empty)
        if (Lexicon::isOrganisationWord(w))
            return false;
    }
    const QStringView last = lastWord(name);
    return !Gazetteer::isPlace(name) && !WordClass::namesPlaceByKind(name) && !isAcronym(last)
        && !WordClass::isWeekday(last) && !equals(last, u"State") && !namedLikeOrganisation(name)
        && !namedWithEverydayWords(name);
}

} // namespace

const QString *NameIndex::personNamedFirst(QStringView word) const
{
    // Built on the first question: first word -> the longest full name it opens, -1 when names
    // with other surnames share it.
    ViewTable<int> &firstWords = m_storage.firstWords;
    if (!m_firstWordsKnown) {
        m_firstWordsKnown = true;
        firstWords.reset(m_runs.size());
        for (qsizetype i = 0; i < m_runs.size(); ++i) {
            const NameRun &run = m_runs.at(i);
            if (run.heading || run.joinsPhrases || !run.spaced)
                continue;
            // A name taken in already changes nothing when it comes again.
            if (const NameRun &first = m_runs.at(run.sameWriting); run.sameWriting < i && !first.heading
                && !first.joinsPhrases)
                continue;
            const QStringView opening = firstWord(run.name);
            const auto [slot, added] = firstWords.insert(opening, viewHash(opening));
            if (added) {
                *slot = int(i);
            } else if (*slot >= 0) {
                const QString &known = m_runs.at(*slot).name;
                if (lastWord(known) != lastWord(run.name))
                    *slot = -1;
                else if (run.name.size() > known.size())
                    *slot = int(i);
            }
        }
    }
    const int *found = firstWords.find(word, viewHash(word));
    if (!found || *found < 0 || !mayBeFirstNameAlone(word))
        return nullptr;
    const QString &full = m_runs.at(*found).name;
    return readsAsPersonsName(full) ? &full : nullptr;
}

QString cleanName(QStringView name)
{
    // "Vermont\u00a0Sen. Bernie Sanders": a no-break space parts words as a space does.
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() == 0x00a0; })) {
        QString spaced = name.toString();
        spaced.replace(QChar(0x00a0), u' ');
        return cleanName(spaced);
    }
    if (!hasSpace(name)) {
        // One word keeps itself, less a possessive: "Clinton’s" -> "Clinton".
        return name.chopped(possessiveLength(name)).toString();
    }
    QVarLengthArray<QStringView, 8> words;
    for (const QStringView w : SpacedWords(name))
        words.append(w);
    qsizetype first = 0;
    const auto join = [&] {
        // Most names are written with one space between words: then the words kept are one
        // stretch of the name, copied at once.
        if (first < words.size()) {
            const char16_t *begin = words.at(first).utf16();
            const QStringView span(begin, words.back().utf16() + words.back().size() - begin);
            qsizetype letters = 0;
            for (qsizetype i = first; i < words.size(); ++i)
                letters += words.at(i).size();
            if (span.size() == letters + words.size() - first - 1)
                return span.toString();
        }
        QString result;
        result.reserve(name.size());
        for (qsizetype i = first; i < words.size(); ++i) {
            if (i > first)
                result += u' ';
            result += words.at(i);
        }
        return result;
    };
    // "GREAT Governor Ann Vale", "BREAKING Acme": a shouted common word before a name is page
    // furniture or emphasis, not part of it.
    while (words.size() - first > 1 && words.at(first).size() > 2 && isAcronym(words.at(first))
           && !isAcronym(words.at(first + 1)) && Lexicon::instance().documentFrequency(words.at(first)) >= 250)
        ++first;
    // "Margaret Hughes KC", "Ann Vale MP", "Joe Lund OBE": letters after a person's name are no
    // part of it.
    static const WordSet postNominals = { u"KC",  u"QC",  u"MP",  u"MSP", u"MLA", u"MEP", u"TD",  u"SC",
                                          u"OBE", u"MBE", u"CBE", u"KBE", u"DBE", u"AO",  u"PhD", u"MD" };
    if (words.size() - first >= 3 && words.back().size() <= 3 && words.back().front().isUpper()
        && postNominals.containsExact(words.back())
        && Lexicon::instance().isFirstName(words.at(words.size() - 3)) && !isAcronym(words.at(words.size() - 2)))
        words.removeLast();
    // ("Services" only with its capital: "Department of State Services", not "those services".)
    // ("The Democratic Alliance's spokesperson": the possessive's owner.)
    const QStringView finalWord = words.isEmpty() ? QStringView() : words.back().chopped(possessiveLength(words.back()));
    // ("the Office of the Chief Coroner": a body named by its office.)
    const bool officeOf = words.size() >= 4 && WordClass::opensBodyOfThe(words.at(0)) && equals(words.at(1), u"of")
        && equals(words.at(2), u"the");
    if (!words.isEmpty()
        && (Lexicon::isOrganisationWord(finalWord) || isAcronym(words.back()) || equals(finalWord, u"Services")
            || officeOf)) {
        // "Democratic Party", "State Department": titles are part of an organisation's name.
        while (words.size() - first > 1 && !WordClass::opensName(words.at(first))
               && (Lexicon::instance().classify(words.at(first)) & (Lexicon::DiscourseMarker | Lexicon::StopWord)))
            ++first;
        QString organisation = join();
        organisation.chop(possessiveLength(organisation));
        return organisation;
    }
    // "Queen Street", "King Edward Road": a street keeps the title it is named after.
    if (words.size() - first >= 2 && Lexicon::isTitle(words.at(first))
        && WordClass::oneOf(words.back(), u"Street", u"Road", u"Avenue", u"Square", u"Lane", u"Boulevard",
                            u"Terrace", u"Crescent", u"Station", u"Bridge"))
        return join();
    // "House of Commons", "House of Lords": a chamber keeps its "House" (a title in "House Speaker").
    if (words.size() - first == 3 && equals(words.at(first), u"House") && equals(words.at(first + 1), u"of"))
        return join();
    // "Despite Santilli", "Meanwhile Vale": a preposition or a sentence adverb opening the
    // sentence is no part of the name after it.
    // "Will Doyle", "May Lund" keep their first names (the runs and mentions that reach here
    // took them as names already).
    // "Lady Poole", "Lord Bracadale": a peer or a Scottish judge is named with the title.
    if (words.size() - first == 2 && (equals(words.at(first), u"Lord") || equals(words.at(first), u"Lady"))
        && !Lexicon::instance().isFirstName(words.at(first + 1)))
        return join();
    const auto functionWord = [](QStringView w) {
        const quint32 classes = Lexicon::instance().classify(w);
        return (classes & (Lexicon::Title | Lexicon::DiscourseMarker | Lexicon::Locative))
            || ((classes & Lexicon::StopWord) && !(Tokenizer::isCapitalised(w) && Lexicon::instance().isFirstName(w)));
    };
    // ("Ms Nur Aisyah": a first name that is a function word of another language opens the name.)
    const auto neverAName = [](QStringView w) {
        return WordClass::isNeverAName(w)
            && !(WordClass::isForeignFunctionWord(w) && Lexicon::instance().isFirstName(w));
    };
    while (words.size() - first > 1 && !WordClass::opensName(words.at(first))
           && (functionWord(words.at(first)) || words.at(first).front().isLower() || neverAName(words.at(first))))
        ++first;
    const Lexicon &lexicon = Lexicon::instance();
    // "Minister of Electricity Kgosientsho Ramokgopa", "Chief of Staff Katie Walsh": the office's
    // department comes before the name.
    // (Also after "for": "UN Secretary for Humanitarian Affairs Tom Fletcher".)
    if (first >= 2 && (equals(words.at(first - 1), u"of") || equals(words.at(first - 1), u"for"))
        && Lexicon::isTitle(words.at(first - 2))) {
        const QList<QStringView> rest(words.cbegin() + first, words.cend());
        first += lexicon.nameAfterDepartment(rest, 0);
    } else {
        // "Missouri Secretary of State Jason Kander", "Archbishop of Canterbury Justin Welby": so
        // after a place or a body, when a first name opens two words or more after the department.
        for (qsizetype i = first; i + 4 < words.size(); ++i) {
            if (!equals(words.at(i + 1), u"of") || !Lexicon::isTitle(words.at(i)))
                continue;
            const QList<QStringView> rest(words.cbegin() + i + 2, words.cend());
            const qsizetype name = lexicon.nameAfterDepartment(rest, 0);
            if (name > 0 && lexicon.isFirstName(rest.at(name)) && rest.size() - name >= 2)
                first = i + 2 + name;
            break;
        }
    }
    // "Acting U.S. Attorney for the District of Massachusetts Joshua Levy": a place after "of",
    // then a listed first name and a surname: the person, after the office's district.
    for (qsizetype i = first + 1; i + 3 < words.size() && words.size() - i <= 6; ++i) {
        // (Not a body's name: "Bank of America Merrill Lynch", "University of Michigan Ann Arbor".)
        if (!equals(words.at(i), u"of") || !Gazetteer::isPlace(words.at(i + 1))
            || lexicon.firstNameGender(words.at(i + 2)) == 0 || words.size() - (i + 2) > 3
            || Lexicon::isOrganisationWord(words.at(i - 1)) || Lexicon::isOrganisationWord(words.back())
            || Gazetteer::isPlace(QStringView(words.at(i + 2).data(), words.back().end() - words.at(i + 2).data())))
            continue;
        first = i + 2;
        break;
    }
    // "Developer Harrow Estates said": a noun for a kind of company opening the sentence is what
    // the body is, not part of its name.
    if (words.size() - first >= 3 && WordClass::namesCompany(words.at(first))
        && WordClass::endsLikeAgentNoun(words.at(first)) && !Lexicon::isOrganisationWord(words.at(first)))
        ++first;
    // "Crooked Hillary Clinton", "Democrat Joe Lund": a common word before a first name and a
    // surname is an epithet or a label, not part of the name.
    // Not before a place: "New York City", "North Carolina", whatever "York" and "Carolina" may
    // be; nor in a run that ends in a day's name ("Morning Joe Monday" is no name at all).
    const auto opensPlace = [&](qsizetype i) {
        const QStringView pair(words.at(i).data(), words.at(i + 1).end() - words.at(i).data());
        return Gazetteer::isPlace(pair) || Gazetteer::isPlace(words.at(i + 1));
    };
    // "Marine Le Pen": a particle after the word makes it a first name itself. "Tan Wei Ling",
    // "Low Mei Ling": a short family name written first is no epithet, and a given name of no
    // known sex ("Wei") opens none.
    // "Headteacher Jo Bell", "Commuter Tan Wei Ling": a noun for what someone does opens a
    // sentence before the name; it may be rarer, and the name after it may be one written family
    // name first.
    const auto agentNoun = [&](qsizetype i) {
        const QStringView w = words.at(i);
        return w.size() > 5 && (endsWith(w, u"er") || endsWith(w, u"or") || endsWith(w, u"ist"))
            && !Lexicon::isOrganisationWord(w) && !Gazetteer::isPlace(w);
    };
    // ... a name, not an organisation's: capitalised throughout, its last word no English one.
    const auto namesPerson = [&](qsizetype from) {
        return lexicon.documentFrequency(words.back()) < 100
            && std::all_of(words.cbegin() + from, words.cend(), [](QStringView w) { return w.front().isUpper(); });
    };
    while (words.size() - first >= 3 && words.at(first).size() > 3 && !lexicon.isFirstName(words.at(first))
           && (lexicon.firstNameGender(words.at(first + 1)) != 0
               || (words.size() - first >= 4 && agentNoun(first) && namesPerson(first + 1)))
           && !(lexicon.classify(words.at(first + 1)) & Lexicon::NameParticle)
           && (lexicon.documentFrequency(words.at(first)) >= 100 || agentNoun(first)) && !opensPlace(first)
           && !WordClass::isCalendarWord(words.back()))
        ++first;
    // "Browns DL Sheldon Richardson": a role's abbreviation before a first name ends the role; an
    // initial does not ("Joseph R. Murray Jr."). A first name either sex may have counts after a
    // British police rank ("PC Sam Turner"), not after any letters ("JP Morgan Chase" is a bank).
    // Elsewhere police ranks are written so too ("SP Omolola Odutola", "DCP Rajesh Kumar"); after
    // one, a rare capitalised word opens a name whether the first-name table knows it or not.
    static const WordSet policeRanks = { u"PC",  u"WPC", u"PCSO", u"DC",  u"DS",  u"DI",  u"DCI", u"DSI",
                                         u"DCS", u"SP",  u"ASP",  u"DSP", u"CSP", u"SSP", u"ACP", u"DCP",
                                         u"IGP", u"AIG", u"DIG",  u"DGP", u"SHO" };
    const auto isInitial = [](QStringView w) { return w.size() == 2 && w.back() == u'.'; };
    const auto opensPersonalName = [&](qsizetype i) {
        if (lexicon.firstNameGender(words.at(i)) != 0)
            return true;
        if (!policeRanks.containsExact(words.at(i - 1)))
            return false;
        return lexicon.isFirstName(words.at(i))
            || (lexicon.documentFrequency(words.at(i)) < 50 && !Lexicon::isOrganisationWord(words.back()));
    };
    for (qsizetype i = first; i + 2 < words.size(); ++i) {
        if (words.at(i).size() <= 5 && isAcronym(words.at(i)) && !isInitial(words.at(i)) && opensPersonalName(i + 1)) {
            first = i + 1;
            break;
        }
    }
    // "Florida Gov. Jeb Bush", "Secretary of State Hillary Clinton": the name follows the last title
    // ("Bank of England Governor Andrew Bailey"), unless "of" or "on" follows that title.
    for (qsizetype i = words.size() - 2; i >= first; --i) {
        if (equals(words.at(i), u"of") || equals(words.at(i), u"on"))
            break;
        if (Lexicon::isTitle(words.at(i))) {
            first = i + 1;
            // "Minister of State for Road Transport V K Singh": after the office's "for", its
            // department, then the name.
            if (equals(words.at(first), u"for") && first + 2 < words.size()) {
                const QList<QStringView> rest(words.cbegin() + first + 1, words.cend());
                first += 1 + lexicon.nameAfterDepartment(rest, 0);
            }
            break;
        }
    }
    QString result = join();
    result.chop(possessiveLength(result));
    return result;
}

void NameIndex::Storage::trim()
{
    if (runs.capacity() > 1 << 14)
        *this = Storage();
}

NameIndex::NameIndex(const QString &text, const ArticleTokens &tokens, const QList<QuotedSpan> &spans, Storage &storage)
    : m_text(text), m_tokens(tokens), m_storage(storage), m_runs(storage.runs)
{
    m_runs.clear();
    // What a run cleans to, worked out once per distinct writing: names recur, and the runs of
    // one writing share one string.
    ViewTable<int> &cleaned = m_storage.cleaned;
    cleaned.reset(64);
    qsizetype nextSpan = 0;
    m_storage.headings.resize(m_tokens.size());
    const char16_t *chars = QStringView(m_text).utf16(); // (read once, not at every token)
    for (int p = 0; p < m_tokens.size(); ++p) {
        const TokenSpan tokens = m_tokens.at(p);
        const MentionParser parser(m_text, tokens);
        // The first line is the article's title even when it ends with a period.
        const bool heading = Tokenizer::isTitleCaseLine(m_text, tokens, p == 0);
        m_storage.headings[p] = heading;
        qsizetype sentence = 0;
        qsizetype subjectEnd = -1;
        qsizetype subjectStart = -1;
        bool namedSubject = false; // the sentence's subject is a name or a pronoun
        bool subjectKnown = false; // worked out when the sentence's first name turns up
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const Token &t = tokens.at(i);
            // (Only punctuation ends a sentence: a word is not asked.)
            if (!t.word) {
                if (t.sentenceEnd) {
                    sentence = i + 1;
                    subjectKnown = false; // (no run reaches over a sentence's end)
                }
                continue;
            }
            // Most words: lower case, no name. (A word of lower-case letters only says so without a
            // look at its text.)
            if (t.lowerCaseLetters || QChar::isLower(chars[t.start]) || !isNameWord(parser, i))
                continue;
            // "Using Chromium, the team…": a common participle opening the sentence is no name;
            // "Amanda Keeping … Keeping apologized": the surname of someone named before, before a
            // verb, is (not "Flooding closed roads").
            if (i == sentence && isOpeningParticiple(parser.word(i))) {
                const QStringView next = parser.word(i + 1);
                const bool verb = isLower(next) && (endsWith(next, u"ed") || parser.has(i + 1, Lexicon::ReportingCue));
                if (!verb || std::none_of(m_runs.cbegin(), m_runs.cend(), [&](const NameRun &r) {
                        return r.spaced && lastWord(r.name) == parser.word(i);
                    }))
                    continue;
            }
            // "an early October GOP fundraiser": a month or a day is no part of the name after it.
            if (WordClass::isCalendarWord(parser.word(i)) && !equals(parser.word(i), u"May")
                && isNameWord(parser, i + 1))
                continue;
            qsizetype e = i;
            bool joined = false; // over a lower-case word: "Commission on Presidential Debates"
            // "Fédération des clubs de motoneigistes du Québec", "Société de transport de Montréal": a
            // French institution's name runs on through its particles and its words in lower case.
            if (WordClass::isFrenchParticle(parser.word(i + 1)) && WordClass::isFrenchInstitution(parser.word(i))) {
                for (qsizetype k = i + 1; k < tokens.size() && k - i <= 10 && parser.isWord(k); ++k) {
                    const QStringView w = parser.word(k);
                    if (WordClass::isFrenchParticle(w))
                        continue;
                    if (isLower(w) && parser.has(k, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue))
                        break;
                    e = k;
                    joined = true;
                }
            }
            while (e + 1 < tokens.size()) {
                const QStringView prev = parser.word(e);
                if (isPossessive(prev) || prev.endsWith(u'\u2019')) {
                    // "Children's Rights Alliance", "King's College Hospital", "St David's Hospice": a
                    // possessive inside an organisation's name, its last word an organisation's.
                    qsizetype last = e + 1;
                    while (last + 1 < tokens.size() && last - e < 3 && isNameWord(parser, last + 1))
                        ++last;
                    if (possessesInstitution(prev, e > i ? parser.word(e - 1) : QStringView())
                        && isNameWord(parser, e + 1) && parser.has(last, Lexicon::OrganisationWord)) {
                        e = last;
                        continue;
                    }
                    break;
                }
                if (isNameWord(parser, e + 1)) {
                    // "told CNN Tuesday", "in Miami Tuesday": a day after a name says when; a day
                    // keeps a word that names it with it ("Super Tuesday").
                    if (WordClass::isWeekday(parser.word(e + 1)) && !(e == i && WordClass::namesDay(parser.word(e))))
                        break;
                    ++e;
                } else if ((parser.has(e + 1, Lexicon::NameParticle)
                          || (equals(parser.word(e + 1), u"of") && !parser.personBeforeOf(e + 1)
                              && !(e == i && i == sentence && WordClass::isCommonPlural(parser.word(i))))
                          || ((equals(parser.word(e + 1), u"on") || equals(parser.word(e + 1), u"for"))
                              && parser.has(e, Lexicon::OrganisationWord)
                              && !WordClass::isCalendarWord(parser.word(e + 2)))
                          || joinsOrganisation(parser, i, e + 1))
                         && isNameWord(parser, e + 2)) { // "Commission on Presidential Debates"
                    e += 2;
                    joined = true;
                } else if (equals(parser.word(e + 1), u"of") && equals(parser.word(e + 2), u"the")
                           && WordClass::opensBodyOfThe(parser.word(e))
                           && isNameWord(parser, e + 3)) {
                    // "the Office of the Chief Coroner", "the Department of the Environment"
                    e += 3;
                    joined = true;
                } else if (e == i && (equals(parser.word(e + 1), u"Against") || equals(parser.word(e + 1), u"For"))
                           && looksPlural(parser.word(e)) && isNameWord(parser, e + 2)) {
                    // "Surfers Against Sewage", "Veterans For Peace": a group named by what its members
                    // are, then a capitalised "Against" or "For".
                    e += 2;
                    joined = true;
                } else if (parser.isDetachedPossessive(e + 1) && isNameWord(parser, e + 2)
                           && parser.has(e + 2, Lexicon::OrganisationWord)) {
                    e += 2; // "the Delhi Commuters' Forum": a plural possessive inside the name
                } else if (continuesOrganisationList(parser, i, e + 1, joined)) {
                    e += 2;
                } else
                    break;
            }
            // "a New Hampshire Republican", "the Senate Democratic leader": a party's member or its
            // adjective after a place or a chamber is no part of a name.
            const QStringView party = parser.word(e);
            if (e > i && (equals(party, u"Republican") || equals(party, u"Democrat") || equals(party, u"Democratic"))) {
                const QStringView before(m_text.constData() + tokens.at(i).start,
                                         tokens.at(e - 1).end - tokens.at(i).start);
                const QStringView chamber = parser.word(e - 1);
                if (Gazetteer::isPlace(before) || equals(chamber, u"Senate") || equals(chamber, u"House"))
                    --e;
            }
            if (!subjectKnown) {
                const Mention subject
                    = parser.clauseSubject(sentence, std::min<qsizetype>(tokens.size(), sentence + 30),
                                           MentionParser::Opening::ReadSubordinate);
                subjectEnd = subject.form == Mention::Form::Name || subject.form == Mention::Form::Description
                    ? subject.end
                    : -1;
                subjectStart = subjectEnd >= 0 ? subject.start : -1;
                namedSubject = subject.form == Mention::Form::Name || subject.form == Mention::Form::Pronoun;
                subjectKnown = true;
            }
            NameRun &run = m_runs.emplace_back(); // in place; taken back below if it names nothing
            run.start = tokens.at(i).start;
            run.end = tokens.at(e).end;
            // "Liberal Democrat-run", "Nobel Prize-winning": the name goes on to the hyphen of a
            // compound made from it.
            if (e + 1 < tokens.size() && tokens.at(e + 1).start == run.end + 1 && m_text.at(run.end) == u' '
                && !isPossessive(parser.word(e)) && !parser.word(e).endsWith(u'\u2019')
                && Tokenizer::isLowerCaseCompound(parser.word(e + 1))) {
                const QStringView compound = parser.word(e + 1);
                const qsizetype hyphen = compound.indexOf(u'-');
                if (hyphen == compound.lastIndexOf(u'-') && hyphen > 1
                    && std::all_of(compound.begin(), compound.begin() + hyphen, [](QChar c) { return c.isLetter(); }))
                    run.end = tokens.at(e + 1).start + hyphen;
            }
            run.paragraph = p;
            run.lastToken = e;
            const QStringView written(chars + run.start, run.end - run.start); // (no clamping: inside the text)
            const auto [cleanedAs, firstWriting] = cleaned.insert(written, viewHash(written));
            if (firstWriting) {
                // "McDonald's said", "Moody's warned": a one-word name whose 's comes right
                // before a reporting verb is a company's own name, not a possessive.
                const bool ownPossessive = i == e && isPossessive(written) && e + 1 < tokens.size()
                    && parser.has(e + 1, Lexicon::ReportingCue) && WordClass::isFiniteCueForm(parser.word(e + 1));
                run.name = ownPossessive ? written.toString() : cleanName(written);
                run.plainlyCleaned = !ownPossessive;
                // "Minister for Housing Darragh O'Brien": after an office's "for", its department,
                // then the name.
                // (Unless cleaning dropped the department already: "Minister for Health Jennifer
                // Carroll MacNeill" is not "Carroll MacNeill".)
                if (i >= 2 && equals(parser.word(i - 1), u"for") && parser.has(i - 2, Lexicon::Title)
                    && Tokenizer::isCapitalised(parser.word(i - 2)) && run.name.startsWith(parser.word(i))) {
                    const QList<QStringView> parts = QStringView(run.name).split(u' ');
                    const qsizetype k = Lexicon::instance().nameAfterDepartment(parts, 0);
                    if (k > 0) {
                        run.name = run.name.mid(parts.at(k).data() - run.name.constData());
                        run.plainlyCleaned = false;
                    }
                }
                // "Nonetheless", "Fifty-one", "Le": capitalised, yet no name.
                // ("Tahir Della … said Della": a function word of another language may end a
                // full name found before.)
                const auto [nameHash, spaced] = hashAndSpace(run.name);
                if (!spaced
                    && ((WordClass::isNeverAName(run.name)
                         && !(WordClass::isForeignFunctionWord(run.name) && endsNameBefore(run.name)))
                        || (i == e && (i == sentence || parser.isOpeningMark(i - 1)) && parser.isPunct(e + 1, u',')
                            && WordClass::isCommaAdverb(run.name) && !endsNameBefore(run.name))))
                    run.name.clear();
                run.nameHash = run.name.isEmpty() ? FoldedWord::basis : nameHash;
                run.spaced = spaced; // (a name cleared had none)
                *cleanedAs = run.name.isEmpty() ? -1 : int(m_runs.size()) - 1;
                run.sameWriting = int(m_runs.size()) - 1;
            } else if (*cleanedAs >= 0) {
                run.sameWriting = *cleanedAs;
                run.name = m_runs.at(*cleanedAs).name;
                run.nameHash = m_runs.at(*cleanedAs).nameHash;
                run.spaced = m_runs.at(*cleanedAs).spaced;
            }
            run.joinsPhrases = joined && joinsPhrases(run.name);
            // Subjects: of the sentence, or of a reporting verb right after the name ("…, Law said").
            // "when Tapper asked": the subject of a subordinate clause is not the one the
            // paragraph is about.
            // "Clinton’s remarks": a possessor is not the subject of the next word.
            const QStringView finalWord = parser.word(e);
            const bool possessive = isPossessive(finalWord) && !isPossessive(run.name); // not "McDonald's"
            // ("Eskom has warned that …": past an auxiliary.)
            const qsizetype cue
                = WordClass::oneOf(parser.word(e + 1), u"has", u"have", u"had", u"also") ? e + 2 : e + 1;
            run.cueSubject = !possessive && cue < tokens.size() && !parser.word(cue).isEmpty()
                && parser.word(cue).front().isLower() && parser.has(cue, Lexicon::ReportingCue)
                && !(i > 0 && isSubordinator(parser.word(i - 1)));
            // "Clinton’s website is different. … she vows": the possessor of the subject is who
            // the sentence is about.
            run.subject = (subjectEnd >= 0 && (run.end == subjectEnd || (possessive && run.start == subjectStart)))
                || run.cueSubject;
            // "Carson defied the question": a past-tense verb after the word makes it a subject.
            const QStringView after = parser.word(e + 1);
            run.verbFollows = run.cueSubject || (!after.isEmpty() && after.front().isLower() && endsWith(after, u"ed"));
            // "…that Bujnowski had seen", "Did that mean Garcia would vote": a name right before a
            // verb of its own, in a sentence whose subject names no one else.
            const bool ownVerb = run.verbFollows
                || (!after.isEmpty() && parser.has(e + 1, Lexicon::FunctionVerb) && !equals(after, u"about")
                    && !equals(after, u"who") && !equals(after, u"which") && !equals(after, u"that")
                    && !equals(after, u"then"));
            // "Yet there in the back was Garcia, the grocer.", "Then there’s Axelrod.": the one a
            // copula presents is who the sentence is about.
            // ("The youngest volunteer is 16-year-old Maisie Turner": past the age.)
            const QStringView before = i > 0 ? parser.word(endsWith(parser.word(i - 1), u"-year-old") ? i - 2 : i - 1)
                                             : QStringView();
            const bool presented = equals(before, u"was") || equals(before, u"is") || equals(before, u"there’s")
                || equals(before, u"there's") || equals(before, u"here’s") || equals(before, u"here's");
            // "As for Trump, he said …": the topic a sentence announces is who its pronoun means.
            const QStringView wordBefore = i > 0 ? parser.word(i - 1) : QStringView();
            // ("For Okoye, the promises ring hollow. “…,” she says": so does "For" opening it.)
            const bool topic = parser.isPunct(e + 1, u',')
                && ((i >= 2 && (equals(wordBefore, u"for") || equals(wordBefore, u"to"))
                     && equalsIgnoringCase(parser.word(i - 2), u"as"))
                    || (i - 1 == sentence && equals(wordBefore, u"For")));
            run.clauseSubject = !run.subject && !possessive && (((ownVerb || presented) && !namedSubject) || topic);
            qsizetype s = i;
            // (A straight single mark glued to the word opens a quotation in a text quoting so.)
            while (s > sentence
                   && (Tokenizer::isQuoteMark(m_text.at(tokens.at(s - 1).start))
                       || (m_text.at(tokens.at(s - 1).start) == u'\'' && tokens.at(s - 1).end == tokens.at(s).start)))
                --s;
            // "Veto power: Eliminating …": a capital after a colon opens a sentence too, as a common
            // word does after a dateline's dash ("SAINT-JÉRÔME, Que. — Residents of …").
            run.sentenceInitial = s == sentence || parser.isPunct(s - 1, u':')
                || (p <= 3 && s <= 8 && (parser.isPunct(s - 1, u'\u2014') || parser.isPunct(s - 1, u'\u2013'))
                    && isAcronym(parser.word(0)) && Lexicon::instance().documentFrequency(parser.word(s)) >= 100);
            run.heading = heading;
            const QStringView previous = i > 0 ? parser.word(i - 1) : QStringView();
            run.afterPreposition = !previous.isEmpty() && previous.front().isLower()
                && parser.has(i - 1, Lexicon::StopWord) && !parser.has(i - 1, Lexicon::Determiner | Lexicon::Pronoun)
                && !presented && !topic; // "was Garcia": after a verb; "As for Lund,": a topic
            run.afterArticle = equalsIgnoringCase(previous, u"the") || equalsIgnoringCase(previous, u"a")
                || equalsIgnoringCase(previous, u"an") || equals(previous, u"no");
            // Where a name introduces someone: opening the sentence, after a comma, a dash or a
            // role ("pollster Geoff Garin", "Vice Chair Jennifer Ping").
            run.introduced = i == 0
                || (!tokens.at(i - 1).word && !Tokenizer::isQuoteMark(m_text.at(tokens.at(i - 1).start)))
                || parser.has(i - 1, Lexicon::SpeakerNoun | Lexicon::Title)
                || (isInvertingCue(previous) && !WordClass::isCalendarWord(parser.word(i))); // "…, said Katie Harbath"
            while (nextSpan < spans.size() && spans.at(nextSpan).innerEnd <= run.start)
                ++nextSpan;
            run.quoted = nextSpan < spans.size() && spans.at(nextSpan).innerStart <= run.start;
            run.inTitle = run.quoted && insideTitle(m_text, spans.at(nextSpan), run.start, run.end);
            // "Mr. Vale", "Ms Vale", "Mrs. Lund": the courtesy title says who "he" or "she" can be.
            // The title may be written as part of the run ("Congressman Meadows") or just before it.
            run.titleGender = written.size() > run.name.size() ? courtesyGender(firstWord(written)) : 0;
            if (run.titleGender == 0 && !previous.isEmpty() && previous.front().isUpper())
                run.titleGender = courtesyGender(previous);
            if (run.name.isEmpty())
                m_runs.removeLast();
            i = e;
        }
    }
    indexLastWords();

    // Words the article also writes in lower case ("debates", "once") are common words when
    // capitalised at a sentence start. Only one-word names opening a sentence are asked about:
    // look for those few words.
    // Their lower-case forms, one after another in one string kept from article to article.
    QString &lowered = m_storage.lowered;
    QList<qsizetype> &loweredEnds = m_storage.loweredEnds;
    lowered.truncate(0);
    loweredEnds.clear();
    for (const NameRun &run : std::as_const(m_runs)) {
        if (!run.sentenceInitial || run.spaced)
            continue;
        const bool ascii = std::all_of(run.name.cbegin(), run.name.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii) {
            // Appended whole, then lowered in place: one call, not one per character.
            const qsizetype from = lowered.size();
            lowered.append(run.name);
            char16_t *chars = reinterpret_cast<char16_t *>(lowered.data()) + from;
            for (qsizetype k = 0, n = run.name.size(); k < n; ++k)
                chars[k] = chars[k] >= u'A' && chars[k] <= u'Z' ? char16_t(chars[k] + 32) : chars[k];
        } else {
            lowered.append(run.name.toLower());
        }
        loweredEnds.append(lowered.size());
    }
    const auto loweredName = [&](qsizetype k) {
        const qsizetype begin = k > 0 ? loweredEnds.at(k - 1) : 0;
        return QStringView(lowered).mid(begin, loweredEnds.at(k) - begin);
    };
    // Keyed by the folded hash every token carries, compared as written.
    ViewTable<char> &writtenLower = m_storage.lowerCase;
    writtenLower.reset(loweredEnds.size());
    // A bit per hash modulo 64: a token whose bit is clear is none of these words, without a
    // probe (the article's few such names leave most bits clear).
    quint64 hashBits = 0;
    for (qsizetype k = 0; k < loweredEnds.size(); ++k) {
        const quint32 hash = FoldedWord(loweredName(k)).hash();
        writtenLower.insert(loweredName(k), hash);
        hashBits |= quint64(1) << (hash & 63);
    }
    if (!loweredEnds.isEmpty()) {
        // (All paragraphs' tokens in one walk: they lie in one array.)
        for (const Token &t : m_tokens.all()) {
            if (!(hashBits & (quint64(1) << (t.hash & 63))) || !t.word || !QChar::isLower(chars[t.start]))
                continue;
            if (char *seen = writtenLower.findForUpdate(tokenText(m_text, t), t.hash))
                *seen = 1;
        }
    }
    qsizetype nextLowered = 0;
    // Worked out once per name: a long text may open thousands of sentences with one word.
    // (Keyed by views into the runs' names, which stay put from here on.)
    ViewTable<std::pair<bool, bool>> &elsewhere = m_storage.elsewhere;
    elsewhere.reset(loweredEnds.size());
    for (NameRun &run : m_runs) {
        if (!run.sentenceInitial || run.spaced)
            continue;
        // A surname of a full name written elsewhere, or the subject of a reporting verb
        // ("Carson said"), is a name even when it only ever opens sentences.
        const auto [known, added] = elsewhere.insert(run.name, run.nameHash);
        if (added) {
            bool inside = false;
            bool inFullName = false;
            for (const int i : runsEndingWith(run.name)) {
                const NameRun &other = m_runs.at(i);
                inside = inside || (!other.sentenceInitial && other.name == run.name);
                inFullName = inFullName || (!other.heading && other.spaced);
            }
            *known = { inside, inFullName };
        }
        const auto [seenInside, partOfFullName] = *known;
        const QStringView lower = loweredName(nextLowered++); // in the same order
        const char *seen = writtenLower.find(lower, FoldedWord(lower).hash());
        const bool inLowerCase = seen && *seen;
        // "Ms. Vale met …", "Dr Lund said": a title before the word makes it a name.
        const bool titled = run.titleGender != 0 || run.end - run.start > run.name.size() + 1;
        // A known place is one wherever it stands ("California has …").
        run.doubtful = (!seenInside && !partOfFullName && !titled && !(run.verbFollows && !looksPlural(run.name))
                        && !Gazetteer::isPlace(run.name))
            || inLowerCase;
    }
}

// Runs by last word ("Al-Ansari" -> "Majed Al-Ansari"): each distinct last word is a group, and
// one list holds the runs group by group (a counting sort, in text order within a group).
void NameIndex::indexLastWords()
{
    ViewTable<int> &groups = m_storage.groups;
    QList<int> &groupOfRun = m_storage.groupOfRun;
    QList<int> &groupEnds = m_storage.groupEnds;
    const qsizetype count = m_runs.size();
    const NameRun *runs = m_runs.constData();
    groups.reset(count);
    groupOfRun.resize(count);
    groupEnds.clear();
    // (Through plain pointers once the lists are sized: QList's operator[] checks for sharing
    // on every write.)
    int *groupOf = groupOfRun.data();
    for (qsizetype i = 0; i < count; ++i) {
        const NameRun &run = runs[i];
        if (run.sameWriting < i) { // written so before: its group is known
            groupOf[i] = groupOf[run.sameWriting];
            continue;
        }
        const QStringView last = lastWord(run.name); // a view into the name's own data
        const auto [group, added] = groups.insert(last, viewHash(last));
        if (added) {
            *group = int(groupEnds.size());
            groupEnds.append(0);
        }
        groupOf[i] = *group;
    }
    int *ends = groupEnds.data();
    const qsizetype groupCount = groupEnds.size();
    for (qsizetype i = 0; i < count; ++i)
        ++ends[groupOf[i]];
    int start = 0; // counts -> starts; the filling below moves each to its group's end
    for (qsizetype g = 0; g < groupCount; ++g)
        start += std::exchange(ends[g], start);
    m_storage.byLastWord.resize(count);
    int *byLastWord = m_storage.byLastWord.data();
    for (qsizetype i = 0; i < count; ++i)
        byLastWord[ends[groupOf[i]]++] = int(i);

    // What each group tells of every name with its last word, worked out once.
    QList<int> &titleGenders = m_storage.groupTitleGender;
    QList<int> &fullNames = m_storage.groupFullName;
    titleGenders.resize(groupCount);
    fullNames.resize(groupCount);
    int *titleGender = titleGenders.data();
    int *fullName = fullNames.data();
    for (qsizetype g = 0; g < groupCount; ++g) {
        // "Mr. Khan" and "Mrs. Khan" in one article: a family name, which tells nothing.
        int gender = 0;
        bool mixed = false;
        // The longest name of the group outside headings, the first of equals: a headline's
        // capitals run words together ("Black Lawmakers Rip Donald Trump").
        int full = -1;
        for (qsizetype k = g > 0 ? ends[g - 1] : 0; k < ends[g]; ++k) {
            const NameRun &run = runs[byLastWord[k]];
            if (run.titleGender != 0) {
                mixed = mixed || (gender != 0 && run.titleGender != gender);
                gender = run.titleGender;
            }
            if (!run.heading && run.spaced && !run.joinsPhrases
                && (full < 0 || run.name.size() > runs[full].name.size()))
                full = byLastWord[k];
        }
        titleGender[g] = mixed ? 0 : gender;
        fullName[g] = full;
    }
}

// "The Wit and Wisdom of Michael Bloomberg", "University of Washington": a name joined from
// phrases is no one's full name, however it ends.
bool NameIndex::joinsPhrases(QStringView name)
{
    return name.contains(u" of ") || name.contains(u" and ") || name.contains(u" for ");
}

bool NameIndex::endsNameBefore(QStringView word) const
{
    // (Asked only of a capitalised -ly word opening a sentence before a comma: rare.)
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [&](const NameRun &run) {
        return run.spaced && run.name.size() > word.size() && run.name.endsWith(word)
            && run.name.at(run.name.size() - word.size() - 1) == u' ';
    });
}

const int *NameIndex::groupOf(QStringView name) const
{
    const QStringView last = lastWord(name);
    return m_storage.groups.find(last, viewHash(last));
}

std::span<const int> NameIndex::runsEndingWith(QStringView word) const
{
    const int *group = groupOf(word);
    if (!group)
        return {};
    const int begin = *group > 0 ? m_storage.groupEnds.at(*group - 1) : 0;
    return std::span<const int>(m_storage.byLastWord.constData() + begin, m_storage.groupEnds.at(*group) - begin);
}

const QString *NameIndex::cleanedName(QStringView written) const
{
    // (The runs' writings are keyed as the constructor hashed them; a run cleared as no name, or
    // named otherwise than by cleanName, does not answer.)
    const int *run = m_storage.cleaned.find(written, viewHash(written));
    return run && *run >= 0 && m_runs.at(*run).plainlyCleaned ? &m_runs.at(*run).name : nullptr;
}

int NameIndex::titleGender(QStringView name) const
{
    const int *group = groupOf(name);
    return group ? m_storage.groupTitleGender.at(*group) : 0;
}

QString NameIndex::fullName(const QString &name) const
{
    if (hasSpace(name))
        return name;
    const int *group = groupOf(name);
    const int run = group ? m_storage.groupFullName.at(*group) : -1;
    return run >= 0 ? m_runs.at(run).name : name;
}

const NameIndex::LongerNames &NameIndex::longerNames(const QString &name) const
{
    const auto known = m_longerNames.constFind(name);
    if (known != m_longerNames.cend())
        return *known;
    LongerNames longer;
    int best = -1;
    for (const int i : runsEndingWith(name)) {
        const NameRun &run = m_runs.at(i);
        if (run.heading || run.name.size() <= name.size() || !endsWithName(run.name, name) || run.joinsPhrases)
            continue;
        if (best < 0 || run.name.size() > m_runs.at(best).name.size())
            best = i;
        longer.starts.append(run.start);
        longer.bestSoFar.append(best);
    }
    return *m_longerNames.insert(name, std::move(longer));
}

QString NameIndex::fullNameBefore(const QString &name, qsizetype position) const
{
    const LongerNames &longer = longerNames(name);
    if (longer.starts.isEmpty())
        return {};
    // The longest one starting before position; failing any, the longest anywhere.
    const qsizetype before = std::lower_bound(longer.starts.cbegin(), longer.starts.cend(), position)
        - longer.starts.cbegin();
    return m_runs.at(longer.bestSoFar.at(before > 0 ? before - 1 : longer.bestSoFar.size() - 1)).name;
}

QString NameIndex::roleFor(const QString &name) const
{
    const auto known = m_roles.constFind(name);
    if (known != m_roles.cend())
        return *known;
    QString title;
    QString honorific;
    QString copula;
    std::optional<int> nameGender; // Lexicon::firstNameGender of name's first word, once asked
    // The runs of one writing share one string: whether it names the same person is asked once.
    const QChar *askedOf = nullptr;
    qsizetype askedSize = 0;
    bool related = false;
    for (const int i : runsEndingWith(name)) {
        const NameRun &run = m_runs.at(i);
        if (run.name.constData() != askedOf || run.name.size() != askedSize) {
            askedOf = run.name.constData();
            askedSize = run.name.size();
            related = endsWithName(run.name, name) || endsWithName(name, run.name);
        }
        if (!related)
            continue;
        const MentionParser parser(m_text, m_tokens.at(run.paragraph));
        const TokenSpan tokens = m_tokens.at(run.paragraph);
        // "the former environment minister, Lady Carol Vale, who lives nearby,": an office
        // written first says more than what follows the name.
        QString role;
        qsizetype first = run.lastToken;
        while (first > 0 && tokens.at(first).start > run.start)
            --first;
        if (tokens.at(first).start == run.start)
            role = parser.appositiveBefore(first);
        // ("But you know, Vale Foods, whole paycheck": a name inside a quotation has the speaker's
        // words after it, never its role; a title before it still is one: “Senator Rubio and …”.)
        if (role.isEmpty() && !run.quoted)
            role = parser.appositiveAfter(run.lastToken, tokens.size());
        // (What a name is said to be counts only when nothing else gives a role.)
        if (role.isEmpty() && !run.quoted && copula.isEmpty())
            copula = parser.copulaRole(run.lastToken, tokens.size());
        if (!role.isEmpty())
            return *m_roles.insert(name, role);
        // "Congressman Meadows" is not "Debbie Meadows": a bare surname's title counts only when
        // its gender fits the full name's first name.
        // (The first name's gender is looked up only for a titled run, and once per name.)
        if (run.titleGender != 0 && run.name != name && !nameGender)
            nameGender = Lexicon::instance().firstNameGender(firstWord(name));
        const int firstNameGender = run.titleGender == 0 || run.name == name ? 0 : *nameGender;
        const bool fits = run.titleGender == 0 || firstNameGender == 0 || run.titleGender == firstNameGender;
        const QStringView written = QStringView(m_text).mid(run.start, run.end - run.start);
        if (!fits || written.size() <= run.name.size() || !written.endsWith(run.name))
            continue;
        // "Mr.", "Sir", "Dr": a form of address says no more than the name; an office written
        // elsewhere ("Prime Minister Keir Starmer" after "Sir Keir Starmer") is the role, and "Dr"
        // or "Sir" only when there is none.
        QStringView address = written.chopped(run.name.size()).trimmed();
        // "Minister for Health Jennifer Carroll MacNeill": the office before the department's "for";
        // the department may be a list ("for Sustainability and the Environment Amy Khor").
        qsizetype forToken = first - 1;
        while (forToken > 0 && first - forToken <= 6 && !equals(parser.word(forToken), u"for")
               && !tokens.at(forToken).sentenceEnd
               && (WordClass::oneOf(parser.word(forToken), u"and", u"the") || parser.isPunct(forToken, u',')
                   || (Tokenizer::isCapitalised(parser.word(forToken))
                       && !Lexicon::instance().isFirstName(parser.word(forToken)))))
            --forToken;
        if (tokens.at(first).start == run.start && forToken >= 1 && equals(parser.word(forToken), u"for")
            && parser.has(forToken - 1, Lexicon::Title) && Tokenizer::isCapitalised(parser.word(forToken - 1))) {
            // ... the whole of it: "Senior Minister of State for Transport Amy Khor".
            qsizetype office = forToken - 1;
            while (office > 0
                   && (Tokenizer::isCapitalised(parser.word(office - 1))
                       || (equals(parser.word(office - 1), u"of") && Tokenizer::isCapitalised(parser.word(office - 2))))
                   && !tokens.at(office - 1).sentenceEnd)
                --office;
            const qsizetype from = tokens.at(office).start;
            address = QStringView(m_text).mid(from, run.end - run.name.size() - from).trimmed();
        }
        // "Kempsey Shire Mayor Cr Kinne Ring", "Health Minister Dr Ann Vale": a form of address
        // after the office is no part of it.
        if (const qsizetype space = address.lastIndexOf(u' '); space > 0) {
            const QStringView after = address.sliced(space + 1);
            if (isFormOfAddress(after) || isHonorific(after) || WordClass::oneOf(after, u"Cr", u"Cllr", u"Coun", u"Coun."))
                address = address.first(space).trimmed();
        }
        // "and Donald Trump", "Former Dr. Ben Carson": a function word or a bare "Former" is no title.
        const QStringView lastWord = address.mid(address.lastIndexOf(u' ') + 1);
        if (isFormOfAddress(address) || equals(lastWord, u"Former")
            || (Lexicon::instance().classify(lastWord) & (Lexicon::StopWord | Lexicon::Determiner)))
            continue;
        if (isHonorific(address)) {
            if (honorific.isEmpty())
                honorific = address.toString();
        } else if (title.isEmpty()) {
            title = address.toString();
        }
    }
    return *m_roles.insert(name, !title.isEmpty() ? title : !copula.isEmpty() ? copula : honorific);
}

} // namespace Quoteshelf::Extract
