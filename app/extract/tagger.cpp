#include "extract/tagger.h"

#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/tokenizer.h"
#include "extract/wordclasses.h"

#include "extract/viewtable.h"
#include "extract/wordset.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Quoteshelf::Extract {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxTopics = 8;

// Whether chars[0, size) holds c: eight characters at a time with SSE2 (every x86-64 has it),
// in line, for the short stretches asked about once per name (a library call costs more there).
bool holdsChar(const char16_t *chars, qsizetype size, char16_t c)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi16(short(c));
    for (; i + 8 <= size; i += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(x, wanted)))
            return true;
    }
#endif
    for (; i < size; ++i) {
        if (chars[i] == c)
            return true;
    }
    return false;
}

// An organisation word names an organisation when it heads the name ("University of Graz",
// "Ministry of Health"), comes before its field ("Peterson Institute for International Economics")
// or ends it ("Democratic Party", "Acme Inc."); inside a person's name it does not ("Emily Post
// Smith" is rare enough not to matter).
bool namesOrganisation(QStringView name)
{
    QVarLengthArray<QStringView, 8> words;
    for (const QStringView w : SpacedWords(name))
        words.append(w);
    if (words.size() > 1 && WordClass::isFrenchInstitution(words.front()))
        return true;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // "Surfers Against Sewage", "Veterans For Peace": a group named for its cause.
        if (i > 0 && i + 1 < words.size() && (equals(words.at(i), u"Against") || equals(words.at(i), u"For")))
            return true;
        // (The position first: a word in the middle is looked up only before "of", "for" or "on".)
        const QStringView next = i + 1 < words.size() ? words.at(i + 1) : QStringView();
        if ((i == 0 || i + 1 == words.size() || equals(next, u"of") || equals(next, u"for") || equals(next, u"on"))
            && Lexicon::isOrganisationWord(words.at(i)))
            return true;
    }
    return false;
}

bool isDescriptiveAdjective(QStringView w)
{
    return endsWith(w, u"able") || endsWith(w, u"ible") || endsWith(w, u"ous") || endsWith(w, u"ful")
        || endsWith(w, u"less") || endsWith(w, u"ive") || endsWith(w, u"thy");
}

// "prisoner exchange" has the word "prisoner" (or is it).
// (Asked both ways for every topic scored and every topic kept: the sizes settle most pairs
// before any word is split out.)
bool hasWord(QStringView phrase, QStringView word)
{
    if (word.size() > phrase.size())
        return false;
    if (word.size() == phrase.size())
        return sameChars(phrase.utf16(), word.utf16(), word.size());
    // (Topics and tags are never empty, so the empty parts between spaces, which SpacedWords
    // skips, would never match.)
    for (const QStringView w : SpacedWords(phrase)) {
        if (w.size() == word.size() && sameChars(w.utf16(), word.utf16(), word.size()))
            return true;
    }
    return false;
}

// "gens sur", "und die": a phrase holding a function word of another language is no term. Words
// English also uses ("die", "war", "van") do not count.
bool hasForeignFunctionWord(QStringView phrase)
{
    for (const QStringView w : SpacedWords(phrase)) {
        if (WordClass::isForeignFunctionWord(w) && Lexicon::instance().documentFrequency(w) < 100)
            return true;
    }
    return false;
}

// "Local Shops", "Drivers Welcome": every word of the name is among the commonest of English.
bool commonWordsOnly(QStringView name)
{
    for (const QStringView w : SpacedWords(name)) {
        if (Lexicon::instance().documentFrequency(w) < 500)
            return false;
    }
    return true;
}

// "ready by Christmas", "during Ramadan": a feast names a time of year, like a month.
bool isHoliday(QStringView name)
{
    static const WordSet holidays = { u"Christmas", u"Easter",   u"Ramadan",   u"Diwali",   u"Thanksgiving",
                                      u"Hanukkah",  u"Passover", u"Halloween", u"Hogmanay", u"Eid",
                                      u"Lent",      u"Pentecost", u"Whitsun",  u"Noël",     u"Pâques",
                                      u"Weihnachten", u"Ostern" };
    return holidays.containsExact(name);
}

// "Scottish", "Iranian", "European", "Chinese": a nationality's ending ("Plan" has none), no first
// name ("Brian").
bool isNationalityAdjective(QStringView w)
{
    return (endsWith(w, u"ish") || endsWith(w, u"ese") || endsWith(w, u"ian") || endsWith(w, u"can")
            || endsWith(w, u"ean"))
        && WordClass::namesMemberOrNationality(w);
}

// "Premiership", "Times", "Air": after a nationality, a word that is no first name or name particle
// ("Sufian bin Qumu").
bool isNoFirstNameOrParticle(QStringView w)
{
    const Lexicon &lexicon = Lexicon::instance();
    return !lexicon.isFirstName(w) && !Lexicon::isNameParticle(w);
}

// "which represents 55,000 workers": after "who" or "which" a word in -s is a verb, no topic
// ("that" may be a determiner: "that supports").
bool afterWhoOrWhich(const QString &text, TokenSpan tokens, qsizetype i)
{
    // (The folded hash first, known at compile time.)
    constexpr quint32 who = FoldedWord::hashOfFolded(u"who");
    constexpr quint32 which = FoldedWord::hashOfFolded(u"which");
    if (i == 0 || !tokens.at(i - 1).word || (tokens.at(i - 1).hash != who && tokens.at(i - 1).hash != which))
        return false;
    const QStringView before = tokenText(text, tokens.at(i - 1));
    return equalsIgnoringCase(before, u"who") || equalsIgnoringCase(before, u"which");
}

// "Asian Americans", "Western European", "Latin American": words for where people come from, which
// name a group, not anyone or anything.
bool nationalitiesOnly(QStringView name)
{
    // (Asked of every name of several words: most end otherwise.)
    const QStringView tail = lastWord(name);
    if (!endsWith(tail, u"an") && !endsWith(tail, u"ans") && !endsWith(tail, u"ese") && !endsWith(tail, u"ish"))
        return false;
    // ("South Africans", "North Koreans": a compass point before the nationality.)
    static const WordSet regions = { u"Western", u"Eastern", u"Northern", u"Southern", u"Central", u"Latin",
                                     u"Native",  u"South",   u"North",    u"East",     u"West" };
    qsizetype words = 0;
    for (const QStringView w : SpacedWords(name)) {
        const QStringView singular = endsWith(w, u"ans") ? w.chopped(1) : w;
        if (!(endsWith(singular, u"an") || endsWith(singular, u"ese") || endsWith(singular, u"ish"))
            || !WordClass::namesMemberOrNationality(singular)) {
            if (words > 0 || !regions.containsExact(w))
                return false;
        }
        ++words;
    }
    return words > 1;
}
} // namespace

// The word before position, skipping one article: "across the Alps" -> "across".
QStringView Tagger::wordBefore(qsizetype position) const
{
    // (Over the characters themselves: asked several times of most runs.)
    const char16_t *chars = QStringView(m_text).utf16();
    const auto previous = [&](qsizetype end) {
        qsizetype e = end;
        while (e > 0 && QChar::isSpace(chars[e - 1]))
            --e;
        qsizetype b = e;
        while (b > 0 && QChar::isLetter(chars[b - 1]))
            --b;
        return std::pair { b, QStringView(chars + b, e - b) };
    };
    auto [start, word] = previous(position);
    if (equalsIgnoringCase(word, u"the"))
        word = previous(start).second;
    return word;
}

// "the town of Lismore", "the village of Ash Vale", "the mayor of Northport": the name of a settlement.
bool Tagger::afterSettlementOf(qsizetype start) const
{
    // Nothing below holds unless the word before is "of" or "and", or "the" before one of them
    // (wordBefore skips it): its last letter, after the spaces, turns most names away. (Asked of
    // most runs.)
    const char16_t *chars = QStringView(m_text).utf16();
    qsizetype e = start;
    while (e > 0 && QChar::isSpace(chars[e - 1]))
        --e;
    if (e == 0 || !(chars[e - 1] == u'f' || chars[e - 1] == u'd' || chars[e - 1] == u'e' || chars[e - 1] == u'E'))
        return false;
    static const WordSet settlements = { u"town",   u"city",   u"village", u"hamlet", u"suburb",
                                         u"province", u"county", u"island", u"municipality",
                                         // "the Brazilian states of Mato Grosso and Paraná"
                                         u"state", u"states", u"provinces", u"counties", u"towns", u"cities",
                                         u"villages", u"islands", u"region", u"regions", u"district",
                                         // "the mayor of Northport", "residents of Velachery"
                                         u"mayor", u"residents", u"outskirts" };
    QStringView of = wordBefore(start);
    // "… of Mato Grosso and Paraná": the second of two names after "of"; up to four capitalised
    // words back from the "and".
    if (equals(of, u"and")) {
        qsizetype at = of.data() - m_text.constData();
        for (int words = 0; words < 4; ++words) {
            of = wordBefore(at);
            if (of.isEmpty() || !of.front().isUpper() || Lexicon::isTitle(of))
                break;
            at = of.data() - m_text.constData();
        }
    }
    if (!equals(of, u"of"))
        return false;
    const qsizetype at = of.data() - m_text.constData();
    // "Connor Walsh, 27, of Stretford,": where someone whose age is given lives.
    qsizetype digits = at - 2;
    while (digits > 0 && m_text.at(digits - 1).isDigit())
        --digits;
    if (digits < at - 2 && at - 2 - digits <= 3 && digits >= 2 && QStringView(m_text).sliced(at - 2, 2) == u", "
        && QStringView(m_text).sliced(digits - 2, 2) == u", ")
        return true;
    return settlements.contains(wordBefore(at));
}

bool Tagger::isDepartmentOfOffice(qsizetype start) const
{
    // Whether " word " ends at end; then where the word starts. (Asked of every name, in line.)
    const auto after = [&](qsizetype end, const char16_t *word, qsizetype size) -> qsizetype {
        const qsizetype first = end - size - 1;
        if (first < 1 || m_text.at(end - 1) != u' ' || m_text.at(first - 1) != u' ')
            return -1;
        for (qsizetype k = 0; k < size; ++k) {
            if (m_text.at(first + k) != QChar(word[k]))
                return -1;
        }
        return first - 1;
    };
    qsizetype end = start;
    if (const qsizetype article = after(end, u"the", 3); article >= 0)
        end = article + 1;
    qsizetype link = after(end, u"for", 3);
    if (link < 0)
        link = after(end, u"of", 2);
    if (link < 0)
        return false;
    qsizetype b = link;
    while (b > 0 && m_text.at(b - 1).isLetter())
        --b;
    static const WordSet offices = { u"Minister", u"Secretary", u"Undersecretary", u"Spokesman", u"Spokeswoman",
                                     u"Spokesperson", u"Commissioner", u"Ministry", u"Department", u"State" };
    return b < link && m_text.at(b).isUpper() && offices.containsExact(QStringView(m_text).sliced(b, link - b));
}

// "Queen's Park", "Trump’s Washington": one word after a name's possessive is either part of a
// longer name or a phrase of the possessor's; alone it names nothing.
bool Tagger::afterNamedPossessor(qsizetype start) const
{
    if (start < 4 || m_text.at(start - 1) != u' ' || m_text.at(start - 2) != u's'
        || (m_text.at(start - 3) != u'\'' && m_text.at(start - 3) != u'\u2019'))
        return false;
    qsizetype b = start - 3;
    while (b > 0 && m_text.at(b - 1).isLetter())
        --b;
    return b < start - 3 && m_text.at(b).isUpper();
}

// "NEW DELHI: …", "OTTAWA — …", "LAGOS (Reuters) - …": a dateline in capitals opening its
// paragraph names where the story was filed, not what it is about.
// "NEW YORK, Jan 12 (Reuters) -": the date may stand between the place and the agency.
bool Tagger::isDateline(qsizetype start, qsizetype end) const
{
    const auto skip = [&](qsizetype i, auto test) {
        while (i < m_text.size() && test(m_text.at(i)))
            ++i;
        return i;
    };
    const auto space = [](QChar c) { return c == u' '; };
    qsizetype e = skip(end, space);
    // (Most names are followed by none of these: they are spared the rest.)
    if (e >= m_text.size()
        || !(m_text.at(e) == u':' || m_text.at(e) == u'(' || m_text.at(e) == u',' || m_text.at(e).isDigit()
             || Tokenizer::isDash(m_text.at(e))))
        return false;
    const QStringView name = QStringView(m_text).sliced(start, end - start);
    // (The date's month itself, after the place.)
    // (Wire datelines write "Jan", "Jun", "Mar", "Jul", first names or words elsewhere, as months.)
    const auto monthWord = [](QStringView w) {
        return WordClass::isCalendarWord(w) || WordClass::oneOf(w, u"Jan", u"Jun", u"Jul", u"Mar");
    };
    const bool month = monthWord(name);
    if (e < m_text.size() && (m_text.at(e) == u',' || month)) {
        qsizetype d = e;
        if (!month) {
            d = skip(d + 1, space);
            const qsizetype word = skip(d, [](QChar c) { return c.isLetter() || c == u'.'; });
            if (word == d || !monthWord(QStringView(m_text).sliced(d, word - d)))
                return false;
            d = skip(word, space);
        }
        const qsizetype digits = skip(d, [](QChar c) { return c.isDigit(); });
        if (digits == d || digits - d > 2)
            return false;
        e = skip(digits, space);
    }
    if (e >= m_text.size() || !(m_text.at(e) == u':' || m_text.at(e) == u'(' || Tokenizer::isDash(m_text.at(e))))
        return false;
    qsizetype b = start;
    while (b > 0 && m_text.at(b - 1) != u'\n') {
        const QChar c = m_text.at(b - 1);
        if (!c.isSpace() && !(c.isLetter() && c.isUpper()) && c != u'.' && c != u',')
            return false;
        --b;
    }
    for (qsizetype i = b; i < (month ? start : end); ++i) {
        if (m_text.at(i).isLetter() && !m_text.at(i).isUpper())
            return false;
    }
    return !month || (start > b && m_text.at(start - 2) == u',');
}

namespace {

// "MailOnline", "PinkNews", "TTCriders": a word with a capital inside after lower-case letters, which
// names a brand; "McAllen", "MacKenzie", "DeKalb", "LaSalle", "KwaZulu" are names of places and people.
bool isBrandCase(QStringView word)
{
    if (word.size() < 5 || !word.front().isUpper())
        return false;
    for (qsizetype i = 2; i < word.size(); ++i) {
        if (word.at(i).isUpper() && word.at(i - 1).isLower()) {
            const QStringView prefix = word.first(i);
            return !WordClass::oneOf(prefix, u"Mc", u"Mac", u"De", u"Di", u"Da", u"La", u"Le", u"Du", u"Van", u"Von")
                && !WordClass::oneOf(prefix, u"Kwa", u"Fitz", u"Al", u"El");
        }
    }
    return false;
}

} // namespace

// "Rep. Ann Vale (D-Ohio)", "(R-Utah)", "(I-Vt.)": a party's initial and a state in brackets
// label the name before them; they name nothing of their own. So do a councillor's ward or a
// member's riding: "Coun. Ann Vale (Beaches—East York)", "(Ward 4)".
bool Tagger::isPartyLabel(qsizetype start, qsizetype end) const
{
    const auto inLabel = [](QChar c) {
        return c.isLetterOrNumber() || c == u' ' || c == u'.' || c == u'\'' || c == u'\u2019' || c == u'-'
            || c == u'\u2013' || c == u'\u2014';
    };
    // The label's bracket opens at most 40 characters before the name. Asked of nearly every run,
    // most with no bracket anywhere near: a vectorised search of that window for one settles it
    // before the walk over the label's characters.
    const qsizetype window = std::max<qsizetype>(0, start - 40);
    if (holdsChar(QStringView(m_text).utf16() + window, start - window, u'(')) {
        qsizetype open = start - 1;
        while (open >= 0 && start - open < 40 && inLabel(m_text.at(open)))
            --open;
        if (open >= 2 && m_text.at(open) == u'(' && m_text.at(open - 1) == u' ' && m_text.at(open - 2).isLetter()) {
            qsizetype close = end;
            while (close < m_text.size() && close - end < 40 && inLabel(m_text.at(close)))
                ++close;
            if (close < m_text.size() && m_text.at(close) == u')') {
                const QStringView label = QStringView(m_text).sliced(open + 1, close - open - 1);
                if (label.contains(u'\u2014') || label.contains(u'\u2013')
                    || (label.startsWith(u"Ward ") && label.size() > 5 && label.at(5).isDigit()))
                    return true;
            }
        }
    }
    if (start < 1 || m_text.at(start - 1) != u'(' || end - start < 3 || !m_text.at(start).isUpper()
        || m_text.at(start + 1) != u'-' || !m_text.at(start + 2).isUpper())
        return false;
    qsizetype e = end;
    while (e < m_text.size() && (m_text.at(e).isLetter() || m_text.at(e) == u'.'))
        ++e;
    return e < m_text.size() && m_text.at(e) == u')';
}

void Tagger::Storage::trim()
{
    if (seen.capacity() > 1 << 14 || writtenAs.capacity() > 1 << 14 || words.capacity() > 1 << 14
        || pairs.capacity() > 1 << 14 || candidate.capacity() > 1 << 16 || scored.capacity() > 1 << 14)
        *this = Storage();
}

Tagger::Tagger(const QString &text, const ArticleTokens &tokens, Storage &storage)
    : m_text(text), m_tokens(tokens), m_storage(storage)
{
}

// "American citizens", "the Qataris": nationality words are neither places nor organisations.
// 0: not one; 1: one; 2: one when a lower-case word follows ("the Qatari side", not "Ali").
int Tagger::demonymKind(QStringView name)
{
    // "New Yorkers", "Londoners", "New Zealanders": the people of a place.
    if (name.size() > 6 && endsWith(name, u"ers") && Gazetteer::isPlace(name.chopped(3)))
        return 1;
    if (hasSpace(name))
        return nationalitiesOnly(name) && !Gazetteer::isPlace(name) ? 1 : 0; // ("South Sudan")
    // "in French", "the Spaniard": nationalities and their languages with endings of their own.
    static const WordSet irregular = { u"French",   u"Dutch",    u"Welsh",  u"Swiss",  u"Greek",  u"Czech",
                                       u"Thai",     u"Basque",   u"Scots",  u"Spaniard", u"Spaniards", u"Swede",
                                       u"Swedes",   u"Dane",     u"Danes",  u"Briton", u"Britons", u"Brits",
                                       u"Turks",    u"Poles",    u"Kiwis",  u"Aussies",
                                       // "said in Mandarin", "spoke in Yoruba": languages
                                       u"Mandarin", u"Hokkien",  u"Tamil",  u"Malay",  u"Urdu",   u"Yoruba",
                                       u"Hausa",    u"Igbo",     u"Tagalog" };
    if (name.size() >= 4 && name.size() <= 9 && irregular.containsExact(name))
        return 1;
    // The endings first: a place is none, but most names end otherwise and need no gazetteer.
    int kind = 0;
    if (endsWith(name, u"ans") || endsWith(name, u"ese") || endsWith(name, u"is") || endsWith(name, u"ish"))
        kind = name.size() > 4 ? 1 : 0;
    else if (endsWith(name, u"an") || endsWith(name, u"i"))
        kind = 2;
    return kind != 0 && !Gazetteer::isPlace(name) ? kind : 0;
}

bool Tagger::lowerCaseFollows(const NameIndex::NameRun &run) const
{
    const TokenSpan tokens = m_tokens.at(run.paragraph);
    const qsizetype next = run.lastToken + 1;
    return next < tokens.size() && tokens.at(next).word && tokenText(m_text, tokens.at(next)).front().isLower();
}

bool Tagger::nounFollows(const NameIndex::NameRun &run) const
{
    const TokenSpan tokens = m_tokens.at(run.paragraph);
    const qsizetype next = run.lastToken + 1;
    return lowerCaseFollows(run)
        && !tokens.at(next).is(Lexicon::StopWord | Lexicon::DiscourseMarker | Lexicon::FunctionVerb);
}

QList<Tag> Tagger::names(const NameIndex &index, const QList<Speaker> &speakers) const
{
    const QList<NameIndex::NameRun> &runs = index.runs();
    // Keys are views into the runs' names, which outlive this function.
    ViewTable<const QString *> &fullName = m_storage.fullName;
    ViewTable<int> &seenIndex = m_storage.seenIndex;
    ViewTable<int> &byName = m_storage.byName;
    fullName.reset(runs.size());
    seenIndex.reset(runs.size());
    byName.reset(runs.size());
    static const QString unitedStates = QStringLiteral("United States");
    static const QString unitedKingdom = QStringLiteral("United Kingdom");
    // "from Vienna to Zurich", "across the Alps": a bare name after these is a place.
    static const WordSet locatives = { u"in",     u"from", u"near", u"into",    u"across", u"throughout",
                                       u"inside", u"to",   u"via",  u"through", u"over",   u"towards" };
    std::vector<Storage::Written> &seen = m_storage.seen;
    std::vector<int> &writtenAs = m_storage.writtenAs;
    seen.clear();
    writtenAs.resize(runs.size());
    // Each written name once; surnames of those outside headings point to the longest full name.
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const NameIndex::NameRun &run = runs.at(r);
        // (A run written as one before has that one's name: no lookup.)
        int slot;
        if (run.sameWriting < r) {
            slot = writtenAs.at(run.sameWriting);
        } else {
            const auto [seenSlot, first] = seenIndex.insert(run.name, run.nameHash);
            if (first) {
                *seenSlot = int(seen.size());
                seen.push_back({ run.name, &run.name });
            }
            slot = *seenSlot;
        }
        writtenAs[r] = slot;
        Storage::Written &written = seen[slot];
        if (written.indexed || run.heading)
            continue;
        written.indexed = true;
        if (!run.spaced)
            continue;
        const QStringView last = lastWord(run.name);
        const qsizetype space = run.name.size() - last.size() - 1; // -1: none
        if (space <= 0)
            continue;
        if (Lexicon::isOrganisationWord(last))
            continue;
        const auto [full, added] = fullName.insert(last, viewHash(last));
        if (added || run.name.size() > (*full)->size())
            *full = &run.name;
    }
    QList<Tag> result;
    result.reserve(qsizetype(seen.size()) + maxTopics); // at most one tag per written name, then the topics
    // Per tag: some occurrence reads as a name by more than its capitals: a first name, a title,
    // a speaker, a place or an organisation, a rare word, or rare words capitalised in
    // mid-sentence. Said once, "Drivers Welcome the news" (a sentence's first two words) and
    // "Level", "Consult" (common words capitalised) are no names.
    QVarLengthArray<char, 64> attested;
    // Per tag: something says a person (a listed first name, a title, speaking as a person).
    QVarLengthArray<char, 64> personal;
    // Per tag: it is an organisation only for its everyday words, and may be a place.
    QVarLengthArray<char, 64> everyday;
    // (Through a plain pointer, taken once: no written name is added from here on.)
    Storage::Written *const writings = seen.data();
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const NameIndex::NameRun &run = runs.at(r);
        if (run.doubtful || run.inTitle || run.heading || run.name.size() < 2)
            continue;
        Storage::Written &written = writings[writtenAs.at(r)];
        if (!written.known) {
            written.known = true;
            if (equals(written.name, u"US") || equals(written.name, u"U.S.") || equals(written.name, u"USA")) {
                written.name = unitedStates;
                written.whole = &unitedStates;
            } else if (equals(written.name, u"UK") || equals(written.name, u"U.K.")) {
                written.name = unitedKingdom;
                written.whole = &unitedKingdom;
            }
            // (written.name is run.name, which says whether it holds a space, unless it is now one of the two.)
            if (run.spaced || written.whole == &unitedStates || written.whole == &unitedKingdom) {
                // "Ms Carroll MacNeill" after "Jennifer Carroll MacNeill": a double surname.
                const QStringView last = lastWord(written.name);
                const QString *const *full = fullName.find(last, viewHash(last));
                if (full && (*full)->size() > written.name.size() && endsWithName(**full, *written.whole)
                    && Lexicon::instance().isFirstName(firstWord(**full)) && !namesOrganisation(written.name)) {
                    written.name = **full;
                    written.whole = *full;
                }
            } else {
                if (const QString *const *full = fullName.find(written.name, viewHash(written.name))) {
                    written.name = **full;
                    written.whole = *full;
                } else {
                    // "Mr Chee" of "Chee Hong Tat": the speaker resolver read the family name
                    // written first.
                    bool resolved = false;
                    // (firstWord(s.name) == written.name, for a name of one word, without a walk over s.name.)
                    const QStringView one = written.name;
                    for (const Speaker &s : speakers) {
                        if (s.kind == Speaker::Kind::Person && s.name.size() >= one.size()
                            && sameChars(QStringView(s.name).utf16(), one.utf16(), one.size())
                            && (s.name.size() == one.size() || s.name.at(one.size()) == u' ')
                            && s.aliases.contains(written.name)) {
                            written.name = s.name;
                            written.whole = &s.name;
                            resolved = true;
                            break;
                        }
                    }
                    // "Megyn was incredulous": a first name alone is the person whose full name
                    // opens with it.
                    if (const QString *person = resolved ? nullptr : index.personNamedFirst(written.name)) {
                        written.name = *person;
                        written.whole = person;
                    }
                }
            }
            // A dateline or a shouted heading ("NAPA COUNTY", "LOS ANGELES") is written the
            // ordinary way elsewhere when it matters; an acronym is one word ("NATO").
            const qsizetype spaces = countSpaces(written.name);
            written.spaced = spaces > 0;
            // (A lower-case ASCII letter, which most names have, settles it before the library's test.)
            const bool shouted = written.spaced
                && std::none_of(written.name.cbegin(), written.name.cend(),
                                [](QChar c) { return c >= u'a' && c <= u'z'; })
                && written.name.isUpper();
            // "Calif.", "Nev.": a US state abbreviated after a town names no subject of its own.
            static const WordSet stateAbbreviations = { u"Ala",  u"Ariz", u"Ark",  u"Calif", u"Colo", u"Conn",
                                                        u"Fla",  u"Ill",  u"Ind",  u"Kan",   u"Mass", u"Mich",
                                                        u"Minn", u"Mont", u"Neb",  u"Nev",   u"Okla", u"Ore",
                                                        u"Tenn", u"Wash", u"Wis",  u"Wyo",
                                                        // and a Canadian province
                                                        u"Alta", u"Sask", u"Ont", u"Nfld" };
            const bool stateAbbreviation = written.name.size() >= 3 && written.name.size() <= 5
                && stateAbbreviations.containsExact(written.name);
            // A day or a month is a date, not a subject ("Dec.", "October"); a function word is
            // none with its sentence's period either ("No. We set it").
            const QStringView bare = written.name.endsWith(u'.') && !written.spaced
                ? QStringView(written.name).chopped(1)
                : QStringView(written.name);
            // "First Minister", "Prime Minister": an office written with capitals names no one.
            // "Liberal MP", "Labour MP": nor is a member's party and their seat.
            static const WordSet parties = { u"Labour", u"SNP", u"NDP", u"Plaid", u"Reform", u"Bloc", u"Sinn" };
            const QStringView finalWord = lastWord(written.name);
            const QStringView opening = firstWord(written.name);
            const bool office = spaces == 1 && Lexicon::isTitle(finalWord)
                && (WordClass::opensName(opening) || Lexicon::isTitle(opening)
                    || (isAcronym(finalWord) && (WordClass::namesMemberOrNationality(opening) || parties.containsExact(opening))))
                && !WordClass::oneOf(finalWord, u"House", u"State", u"GOP", u"Democratic", u"Republican");
            // "Labour MPs", "30 MSPs": members of a parliament, in the plural, are no one's name.
            static const WordSet members = { u"MPs",  u"MSPs", u"MEPs", u"MLAs", u"MPPs",
                                             u"MNAs", u"TDs",  u"MHAs", u"AMs",  u"MSs" };
            const bool officeHolders = finalWord.size() >= 3 && finalWord.back() == u's'
                && finalWord.at(finalWord.size() - 2).isUpper() && members.containsExact(finalWord);
            // "Commissioner of Police", "Union Minister of State": an office and its department.
            qsizetype link = -1;
            if (spaces >= 2) {
                for (const QStringView w : SpacedWords(written.name)) {
                    if (equals(w, u"of") || equals(w, u"for")) {
                        link = w.data() - written.name.constData() - 1;
                        break;
                    }
                }
            }
            const QStringView holder = link > 0 ? lastWord(QStringView(written.name).first(link)) : QStringView();
            // ("Member of Parliament for the area": a member's seat is an office too.)
            const bool officeOf = link > 0 && (Lexicon::isTitle(holder) || equals(holder, u"Member"))
                && !Lexicon::isOrganisationWord(holder)
                && !holder.endsWith(u's') // "United States of America"
                && !WordClass::oneOf(holder, u"House", u"State", u"Supreme", u"Foreign", u"Democratic", u"Republican");
            // "if Daddy is coming home": what a family calls its own names no one.
            static const WordSet kin = { u"Daddy", u"Dad",  u"Mummy", u"Mum",    u"Mommy",   u"Mom",
                                         u"Mama",  u"Papa", u"Nana",  u"Grandma", u"Grandpa", u"Granny",
                                         u"Grandad", u"Granddad", u"Nan" };
            written.skip = office || officeOf || officeHolders || kin.containsExact(written.name)
                || (Lexicon::instance().classify(bare) & (Lexicon::Title | Lexicon::StopWord))
                || (WordClass::isCalendarWord(written.name) && !equals(written.name, u"May")) // Theresa May
                || isHoliday(written.name) || shouted || stateAbbreviation
                || bare.size() == 1 // "-30 C.", an initial alone
                // "stage III of the plan": a Roman numeral alone.
                || (spaces == 0 && written.name.size() >= 2 && written.name.size() <= 4
                    && std::all_of(written.name.cbegin(), written.name.cend(),
                                   [](QChar c) { return c == u'I' || c == u'V' || c == u'X'; }))
                // "the 13500 block of 72 Avenue": a street's kind alone, after its number.
                || (spaces == 0
                    && WordClass::oneOf(written.name, u"Avenue", u"Street", u"Road", u"Boulevard", u"Highway"))
                // "9 PM", "the PM said": a time of day, or an office written short.
                || WordClass::oneOf(written.name, u"AM", u"PM", u"A.M.", u"P.M.")
                // "the state Police Public Relations Officer": a post, no one's name.
                || (spaces >= 1
                    && WordClass::oneOf(finalWord, u"Officer", u"Spokesperson", u"Spokesman", u"Spokeswoman")
                    && !Lexicon::instance().isFirstName(firstWord(written.name)));
            written.demonym = written.skip ? 0 : demonymKind(written.name); // (not asked of a name skipped)
        }
        // "R1 billion", "N5 million": a currency's letter before an amount names nothing.
        const auto amount = [&] {
            const QStringView w = written.name;
            if (w.size() < 2 || w.size() > 8 || !w.at(1).isDigit() || !lowerCaseFollows(run))
                return false;
            const QStringView next = tokenText(m_text, m_tokens.at(run.paragraph).at(run.lastToken + 1));
            return WordClass::oneOf(next, u"million", u"billion", u"trillion", u"bn", u"m", u"k");
        };
        // "Surrey, B.C., left", "PURCHASE, N.Y.": a state or a province written with initials after
        // its town's comma names no subject of its own.
        const auto initialsAfterTown = [&] {
            const QStringView w = QStringView(m_text).sliced(run.start, run.end - run.start);
            if (w.size() < 3 || w.size() > 6 || run.start < 4 || m_text.at(run.start - 1) != u' '
                || m_text.at(run.start - 2) != u',' || !m_text.at(run.start - 3).isLetter())
                return false;
            for (qsizetype i = 0; i < w.size(); ++i) {
                if (i % 2 == 0 ? !w.at(i).isUpper() : w.at(i) != u'.')
                    return false;
            }
            // (Not "Loretta Lynch, U.S. attorney for …": the state's own sentence goes on after it.)
            const QChar next = run.end + 1 < m_text.size() ? m_text.at(run.end + 1) : u'\n';
            return run.end >= m_text.size() || m_text.at(run.end) != u' ' || !next.isLower();
        };
        if (written.skip || written.demonym == 1 || (written.demonym == 2 && lowerCaseFollows(run)) || amount()
            || initialsAfterTown()
            || isDateline(run.start, run.end) || (!run.spaced && afterNamedPossessor(run.start))
            || isPartyLabel(run.start, run.end)
            || (isDepartmentOfOffice(run.start) && !Gazetteer::isPlace(run.name)
                && QStringView(m_text).sliced(run.start, run.end - run.start) == run.name))
            continue;
        const QStringView name = written.name;
        if (written.tag < 0) {
            const auto [index, added] = byName.insert(name, viewHash(name));
            if (added) {
                Tag tag;
                tag.name = *written.whole; // shared, not copied
                tag.kind = Tag::Kind::Organisation;
                // Each test once: the kind and the evidence below both ask.
                const bool place = Gazetteer::isPlace(name) || WordClass::namesPlaceByKind(name);
                bool firstName = false;
                const int gender = place ? 0 : Lexicon::instance().firstNameGender(firstWord(name), &firstName);
                // (The tests for a body's name only where no place is named: a place is one whatever
                // its words, and attested.)
                const bool formal
                    = !place && (namesOrganisation(name) || isAcronym(lastWord(name)) || namedLikeOrganisation(name));
                // "Islamic State", "Ohio State": a state no gazetteer knows is a body's name, or a
                // nickname of a place ("in the Granite State").
                const bool state = !place && written.spaced && equals(lastWord(name), u"State")
                    && !Lexicon::instance().isFirstName(firstWord(name));
                // "El Paso", "La Gozadera", "Los Angeles Memorial Sports Arena": a Spanish article
                // opens no person's name.
                const QStringView opening = firstWord(name);
                const bool article = written.spaced
                    && (equals(opening, u"El") || equals(opening, u"La") || equals(opening, u"Los")
                        || equals(opening, u"Las"));
                // "Scottish Premiership", "Irish Times": a nationality opens no person's name, unless a
                // first name follows it ("Kenyan Ann Vale").
                const bool national = !place && written.spaced && isNationalityAdjective(opening)
                    && isNoFirstNameOrParticle(firstWord(QStringView(name).sliced(opening.size() + 1)));
                const bool organisation
                    = !place && (formal || state || article || national || namedWithEverydayWords(name));
                if (place)
                    tag.kind = Tag::Kind::Place;
                else if (organisation)
                    tag.kind = Tag::Kind::Organisation;
                else if (WordClass::isWeekday(lastWord(name))) // "Super Tuesday", "Good Friday"
                    tag.kind = Tag::Kind::Topic;
                // "Covid-19", "MH-17": a word ending in a number after its hyphen names a thing.
                else if (!written.spaced && name.size() > 3 && name.back().isDigit() && name.contains(u'-'))
                    tag.kind = Tag::Kind::Topic;
                else if (written.spaced || gender != 0)
                    tag.kind = Tag::Kind::Person;
                // A speaker of this name says what it is, and attests it (one pass over the speakers).
                bool spoke = false;
                bool spokeAsPerson = false;
                for (const Speaker &s : speakers) {
                    if (s.name.size() != name.size() || s.name != name) // (the sizes in line first)
                        continue;
                    spoke = true;
                    spokeAsPerson = spokeAsPerson || s.kind == Speaker::Kind::Person;
                    if (s.kind != Speaker::Kind::Anonymous && tag.kind != Tag::Kind::Place)
                        tag.kind = s.kind == Speaker::Kind::Person ? Tag::Kind::Person : Tag::Kind::Organisation;
                }
                *index = int(result.size());
                result.append(tag);
                // Everyday words alone attest nothing: "Avoid Mistakes" may open a sentence.
                attested.append(place || (organisation && formal) || firstName || spoke);
                personal.append(firstName || spokeAsPerson);
                everyday.append(organisation && !formal);
            }
            written.tag = *index;
        }
        const int *index = &written.tag;
        Tag &tag = result[*index];
        ++tag.count;
        // A rare word is a name wherever it stands; a pair of words only inside a sentence.
        // A word opening a sentence that English writes in lower case ("Footfall goes up") is no
        // name by its rarity. (Asked only until something attests the tag: most recur.)
        if (!attested.at(*index)) {
            attested[*index] = run.sentenceInitial
                ? !written.spaced && Lexicon::instance().documentFrequency(name) == 0
                : !commonWordsOnly(name);
        }
        // Evidence from this occurrence: a title makes a person, "in X" a place.
        const QStringView asWritten(m_text.constData() + run.start, run.end - run.start); // (inside the text)
        if (tag.kind == Tag::Kind::Organisation && asWritten != run.name && asWritten.endsWith(run.name)) {
            const QStringView before = asWritten.chopped(lastWord(asWritten).size()).trimmed();
            if (Lexicon::isTitle(lastWord(before))) {
                tag.kind = Tag::Kind::Person;
                attested[*index] = true;
                personal[*index] = true;
            }
        }
        // "defence lawyer Brian Church": a first name after a job written in lower case is a person's,
        // whatever the last word ("Grace Church" alone is a church).
        if (tag.kind == Tag::Kind::Organisation && written.spaced && asWritten == run.name
            && Lexicon::instance().isFirstName(firstWord(name))) {
            // (Only a noun for a person's job: "former Indiana University", "the Italian firm Cosmo
            // Pharmaceuticals" are bodies.)
            static const WordSet jobs = { u"lawyer",    u"attorney",   u"solicitor",  u"barrister",    u"prosecutor",
                                          u"counsel",   u"coach",      u"spokesman",  u"spokeswoman",  u"spokesperson",
                                          u"detective", u"judge",      u"doctor",     u"nurse",        u"teacher",
                                          u"pastor",    u"priest",     u"driver",     u"resident",     u"officer",
                                          u"constable", u"trooper",    u"witness",    u"neighbour",    u"neighbor" };
            const QStringView before = wordBefore(run.start);
            if (isLower(before) && jobs.containsExact(before)) {
                tag.kind = Tag::Kind::Person;
                attested[*index] = true;
                personal[*index] = true;
            }
        }
        // "Al Jazeera's Hiba Morgan", "the BBC's Ann Vale": a possessor right before a person's
        // full name is whom they work for.
        if (tag.kind == Tag::Kind::Person && !personal.at(*index) && isPossessive(asWritten)
            && run.end + 1 < m_text.size()
            && Lexicon::instance().firstNameGender(firstWord(QStringView(m_text).sliced(run.end + 1))) != 0)
            tag.kind = Tag::Kind::Organisation;
        // "northern Khartoum Bahri": a name opening with a place's that is no first name is a place,
        // or in the plural a team ("Baltimore Orioles").
        if (tag.kind == Tag::Kind::Person && !personal.at(*index) && written.spaced
            && Gazetteer::isPlace(firstWord(name)) && !Lexicon::instance().isFirstName(firstWord(name)))
            tag.kind = name.endsWith(u's') ? Tag::Kind::Organisation : Tag::Kind::Place;
        // "who gave her name only as Mrs Bisi": a form of address before a name of one word.
        // (Only a word of two to five letters ending in r, s, x, m or a period is one: asked in line first.)
        const auto afterAddress = [&] {
            if (run.start < 4 || m_text.at(run.start - 1) != u' ')
                return false;
            const char16_t last = m_text.at(run.start - 2).unicode();
            return (last == u'r' || last == u's' || last == u'x' || last == u'm' || last == u'.')
                && isFormOfAddress(wordBefore(run.start));
        };
        if (tag.kind == Tag::Kind::Organisation && !written.spaced && afterAddress()) {
            tag.kind = Tag::Kind::Person;
            attested[*index] = true;
            personal[*index] = true;
        }
        // "Caledonian MacBrayne, which will operate the vessel": a relative "which" follows no person.
        // (Not a surname alone: "the race between Obama and Romney, which the incumbent won".)
        if (tag.kind == Tag::Kind::Person && !personal.at(*index) && hasSpace(asWritten)
            && QStringView(m_text).sliced(run.end).startsWith(u", which "))
            tag.kind = Tag::Kind::Organisation;
        // "in the Clinton campaign": a name before a noun qualifies it, whatever the preposition.
        // "the flood-hit town of Lismore": a settlement's name.
        // ("Speaking to MailOnline": a word capitalised inside, not as "McAllen", is a brand's.)
        // ("the city of Ann Arbor": a settlement's name may open with a first name; "member states
        // of the European Union": not an organisation's.)
        const bool settlement = (tag.kind == Tag::Kind::Organisation || tag.kind == Tag::Kind::Person)
            && afterSettlementOf(run.start) && !Lexicon::isOrganisationWord(lastWord(name));
        if ((tag.kind == Tag::Kind::Organisation
             || (tag.kind == Tag::Kind::Person && settlement
                 && (!personal.at(*index)
                     || (equals(wordBefore(run.start), u"of") && run.end < m_text.size()
                         && m_text.at(run.end) != u'\u2019' && m_text.at(run.end) != u'\''))))
            && !isAcronym(name)
            && ((!written.spaced && locatives.contains(wordBefore(run.start)) && !nounFollows(run)
                 && !Lexicon::isOrganisationWord(name) && !isBrandCase(name)) // "in Congress"
                || settlement)) {
            tag.kind = Tag::Kind::Place;
            attested[*index] = true;
        }
        // "who lives in Pasir Ris": a name of words no one gives as first names, after a
        // preposition of place.
        // "in New York City": so is a name of everyday words after a preposition that only places
        // take ("a grant to Planned Parenthood", "a letter from Network Rail" are bodies').
        static const WordSet placeOnly = { u"in", u"near", u"across", u"throughout", u"inside", u"into" };
        if ((tag.kind == Tag::Kind::Person || (tag.kind == Tag::Kind::Organisation && everyday.at(*index)))
            && !personal.at(*index) && written.spaced) {
            const QStringView preposition = wordBefore(run.start);
            // ("Meghan spoke to Oprah Winfrey", "according to Ann Vale": whom one speaks to is someone.)
            const auto spokenTo = [&] {
                if (!equals(preposition, u"to"))
                    return false;
                const QStringView verb = wordBefore(preposition.data() - QStringView(m_text).data());
                return equals(verb, u"according") || Lexicon::instance().isReportingCue(verb)
                    || WordClass::oneOf(verb, u"spoke", u"speaking", u"talked", u"talking", u"listened");
            };
            if ((tag.kind == Tag::Kind::Person ? locatives : placeOnly).contains(preposition) && !nounFollows(run)
                && !isPossessive(asWritten) && !spokenTo())
                tag.kind = Tag::Kind::Place;
        }
    }
    qsizetype kept = 0;
    for (qsizetype t = 0; t < result.size(); ++t) {
        if (result.at(t).count > 1 || attested.at(t))
            result[kept++] = std::move(result[t]);
    }
    result.resize(kept);
    std::stable_sort(result.begin(), result.end(), [](const Tag &a, const Tag &b) { return a.count > b.count; });
    return result;
}

QList<Tag> Tagger::topics(const NameIndex &index, const QStringList &scareQuotes) const
{
    const Lexicon &lexicon = Lexicon::instance();
    const double documents = lexicon.backgroundDocuments();
    const auto idfOf = [&](int frequency) { return std::log((documents + 1) / (frequency + 1)); };
    const auto stemHash = [](QStringView w) { return FoldedWord::hashOf(w.left(6)); };

    // Counting: every candidate word once per occurrence, and pairs of adjacent candidates.
    // Keys are views into the text; tokens carry their words' hashes.
    using Word = Storage::Word;
    using Scored = Storage::Scored;
    std::vector<Word> &words = m_storage.words;
    std::vector<Storage::Pair> &pairs = m_storage.pairs;
    ViewTable<int> &wordIndex = m_storage.wordIndex;
    ViewTable<int> &pairIndex = m_storage.pairIndex;
    ViewTable<int> &stems = m_storage.stems;
    std::vector<int> &stemCounts = m_storage.stemCounts;
    QList<int> &candidate = m_storage.candidate;
    words.clear();
    pairs.clear();
    wordIndex.reset(256);
    pairIndex.reset(256);
    stems.reset(256);
    stemCounts.clear();
    const auto wordAt = [&](const Token &t) {
        const QStringView w = tokenText(m_text, t);
        const auto [index, added] = wordIndex.insert(w, t.hash);
        if (added) {
            *index = int(words.size());
            words.push_back({ w, t.hash });
        }
        return *index;
    };
    constexpr quint32 notTopical
        = Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::Locative | Lexicon::Quantity;
    for (int p = 0; p < m_tokens.size(); ++p) {
        if (index.isHeading(p))
            continue;
        const TokenSpan tokens = m_tokens.at(p);
        // Per token its word, then the positions of the candidates: the second pass visits those only.
        // (Grown only: what a paragraph reads of it, it writes first.)
        if (candidate.size() < 2 * tokens.size() + 1)
            candidate.resize(2 * tokens.size() + 1);
        int *wordOf = candidate.data(); // one detach check, not one per token
        int *candidateAt = wordOf + tokens.size() + 1;
        qsizetype candidates = 0;
        // (-1 for all at once, a vectorised fill; then the token's own flags first, which turn most
        // tokens away: punctuation, function words, capitalised words.)
        std::fill_n(wordOf, tokens.size() + 1, -1);
        const Token *const paragraphTokens = tokens.begin();
        for (qsizetype i = 0, n = tokens.size(); i < n; ++i) {
            const Token &t = paragraphTokens[i];
            // A plain word: three letters or more, lower case or hyphens only (Token::lowerCaseLetters,
            // which only a word has); its length last, as most such words are function words.
            if (!t.lowerCaseLetters || t.is(notTopical) || t.end - t.start < 3)
                continue;
            const QStringView w = tokenText(m_text, t);
            if (endsWith(w, u"ly") || endsWith(w, u"ed") || (w.back() == u's' && afterWhoOrWhich(m_text, tokens, i)))
                continue;
            wordOf[i] = wordAt(t);
            candidateAt[candidates++] = int(i);
        }
        for (qsizetype k = 0; k < candidates; ++k) {
            const qsizetype i = candidateAt[k];
            const QStringView w = tokenText(m_text, tokens.at(i));
            // Topics are noun phrases: an -ing word counts only where it is used as a noun ("the
            // shooting", "its funding"), not as a verb ("a teacher travelling with...").
            const QStringView previous
                = i > 0 && tokens.at(i - 1).word ? tokenText(m_text, tokens.at(i - 1)) : QStringView();
            const bool verb = tokens.at(i).is(Lexicon::CommonVerb);
            if (!verb
                && (!endsWith(w, u"ing") || (i > 0 && tokens.at(i - 1).is(Lexicon::Determiner))
                    || isPossessive(previous)))
                ++words[wordOf[i]].count;
            if (verb || wordOf[i + 1] < 0 || endsWith(w, u"ing"))
                continue;
            const Token &nextToken = tokens.at(i + 1);
            const QStringView next = tokenText(m_text, nextToken);
            // "who studies rail": after a relative pronoun the first word is a verb.
            const bool afterRelative
                = equals(previous, u"who") || equals(previous, u"which") || equals(previous, u"that");
            // A phrase of two words is counted where one space joins them.
            if (!afterRelative && !nextToken.is(Lexicon::CommonVerb) && !endsWith(next, u"ing")
                && next.data() == w.data() + w.size() + 1 && w.data()[w.size()] == u' ') {
                const QStringView phrase(w.data(), next.data() + next.size());
                const auto [index, added] = pairIndex.insert(phrase, tokens.at(i).hash * 0x9E3779B1u ^ nextToken.hash);
                if (added) {
                    *index = int(pairs.size());
                    pairs.push_back({ phrase, 0, wordOf[i], wordOf[i + 1] });
                }
                Storage::Pair &pair = pairs[*index];
                ++pair.count;
                // "shadow health" in "shadow health secretary": a third word of the noun phrase
                // follows, joined by one space.
                const QStringView after = wordOf[i + 2] >= 0 ? tokenText(m_text, tokens.at(i + 2)) : QStringView();
                const bool third = !after.isEmpty() && after.data() == next.data() + next.size() + 1
                    && next.data()[next.size()] == u' ' && !tokens.at(i + 2).is(Lexicon::CommonVerb)
                    && !endsWith(after, u"ing");
                pair.ends = pair.ends || !third;
            }
        }
    }
    // Words sharing a stem count together: "prisoner exchange" gains from "prisoners held".
    // (Each word keeps where its stem's count is, for the questions below.)
    for (Word &w : words) {
        // (A word of six letters or fewer is its own stem, and its token carries its hash: topic
        // words are lower case, their own folded form.)
        const auto [stem, added] = stems.insert(w.text.left(6), w.text.size() <= 6 ? w.hash : stemHash(w.text));
        if (added) {
            *stem = int(stemCounts.size());
            stemCounts.push_back(0);
        }
        w.stem = *stem;
        stemCounts[w.stem] += w.count;
    }
    const auto stemCountOf = [&](QStringView w) {
        const int *stem = stems.find(w.left(6), stemHash(w));
        return stem ? stemCounts[*stem] : 0;
    };
    const auto stemCountOfWord = [&](const Word &w) { return stemCounts[w.stem]; };
    const auto stemWeightOf = [&](QStringView w) { return std::sqrt(std::max(1, stemCountOf(w))); };
    // The background table is large: prefetch every word's slot first, so that the cache misses
    // of the lookups below overlap. A word's weight is worked out once, when it is first scored.
    for (const Word &w : std::as_const(words))
        lexicon.prefetchDocumentFrequency(w.hash);
    const auto weightOfWord = [&](Word &w) {
        if (w.weight < 0)
            w.weight = idfOf(lexicon.documentFrequency(w.text, w.hash)) * std::sqrt(std::max(1, stemCountOfWord(w)));
        return w.weight;
    };
    const auto weightOf = [&](const QStringList &list) {
        double weight = 0.0;
        for (const QString &w : list)
            weight += idfOf(lexicon.documentFrequency(w)) * stemWeightOf(w);
        return weight;
    };
    std::vector<Scored> &scored = m_storage.scored;
    scored.clear();
    scored.reserve(words.size() + pairs.size() + size_t(scareQuotes.size()));
    // Square root of the count: a recurring generic word should not drown a specific term.
    for (Word &w : words) {
        // A word must recur to be a term of this article.
        if (w.count >= 2)
            scored.push_back({ w.text, w.count, std::sqrt(double(w.count)) * weightOfWord(w) });
    }
    for (const Storage::Pair &pair : std::as_const(pairs)) {
        // A pair of words is a term when it recurs, or when one of its words does ("prisoner
        // exchange" once, "prisoners" again elsewhere); "taken longer" once on a short page, its
        // words nowhere else, is a fragment of a sentence.
        Word &first = words[pair.first];
        if (pair.count < 2 && stemCountOfWord(first) < 2 && stemCountOfWord(words[pair.second]) < 2)
            continue;
        // Never a phrase of its own, always the start of a longer one: a fragment.
        if (!pair.ends)
            continue;
        // A descriptive adjective makes a weaker term than a noun ("unpredictable nature" vs
        // "prisoner exchange").
        const double descriptive = isDescriptiveAdjective(first.text) ? 0.6 : 1.0;
        const double weight = weightOfWord(first) + weightOfWord(words[pair.second]);
        scored.push_back({ pair.text, pair.count, std::sqrt(double(pair.count)) * weight * descriptive });
    }
    for (const QString &scare : scareQuotes) {
        // (A capital first, before the copy and split: titles are quoted as often as terms.)
        if (scare.isEmpty() || scare.front().isUpper())
            continue;
        const QStringList scareWords = scare.toLower().split(u' ', Qt::SkipEmptyParts);
        if (scareWords.size() < 1 || scareWords.size() > 3)
            continue;
        // The writer marked it as a term: count it once more and weigh it double.
        const auto known
            = std::find_if(scored.begin(), scored.end(), [&](const Scored &s) { return s.phrase == scare; });
        if (known != scored.end())
            known->score *= 2;
        else
            scored.push_back({ scare, 1, 2 * weightOf(scareWords) });
    }
    const auto better
        = [](const Scored &a, const Scored &b) { return a.score != b.score ? a.score > b.score : a.phrase < b.phrase; };
    // Only the best few are read: sort those, and the rest only if they run out.
    const qsizetype count = qsizetype(scored.size());
    qsizetype sorted = std::min<qsizetype>(count, 6 * maxTopics);
    if (sorted < count)
        std::nth_element(scored.begin(), scored.begin() + sorted, scored.end(), better);
    std::sort(scored.begin(), scored.begin() + sorted, better);
    QList<Tag> result;
    result.reserve(maxTopics);
    for (qsizetype i = 0; i < count; ++i) {
        if (i == sorted) {
            std::sort(scored.begin() + i, scored.end(), better);
            sorted = count;
        }
        const Scored &s = scored.at(i);
        // Skip a phrase already covered by a better one ("prisoner" after "prisoner exchange").
        const bool covered = std::any_of(result.cbegin(), result.cend(), [&](const Tag &t) {
            return hasWord(t.name, s.phrase) || hasWord(s.phrase, t.name);
        });
        if (covered || hasForeignFunctionWord(s.phrase))
            continue;
        result.append({ s.phrase.toString(), Tag::Kind::Topic, s.count });
        if (result.size() >= maxTopics)
            break;
    }
    return result;
}

QList<Tag> Tagger::tags(const NameIndex &index, const QList<Speaker> &speakers, const QStringList &scareQuotes) const
{
    QList<Tag> result = names(index, speakers);
    result += topics(index, scareQuotes);
    return result;
}

} // namespace Quoteshelf::Extract
