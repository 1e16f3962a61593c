#include "extract/speakerresolver.h"

#include "core/logging.h"

#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/mentionparser.h"
#include "extract/wordclasses.h"
#include "extract/wordset.h"

#include <algorithm>
#include <bitset>
#include <limits>

namespace Quoteshelf::Extract {

using namespace Qt::StringLiterals;

namespace {

// The nouns of unnamed sources: "the spokesman", "the official", "the source" are someone other
// than the person named before.
bool isSourceNoun(QStringView head)
{
    static const WordSet nouns = { u"spokesman", u"spokeswoman", u"spokesperson", u"spokespeople", u"official",
                                   u"officials", u"source",      u"sources",      u"aide",         u"aides",
                                   u"adviser",   u"advisers",    u"advisor",      u"advisors",     u"person",
                                   u"people",    u"insider",     u"insiders",     u"representative", u"witness",
                                   u"officer",   u"statement",   u"report" };
    return nouns.contains(head);
}

// "the accountant", "the 34-year-old mother of three", "the Newcastle manager", "the Spaniard": a
// description of one person, which could tell more about someone just named. Not a source's usual
// noun, a group ("the audience"), a passage of text, an organisation or a document, nor one set
// apart by a party ("the Texas Republican", "the Democratic nominee"): those name someone else.
bool isPersonalRedescription(QStringView description, QStringView head)
{
    static const WordSet groups = { u"audience", u"crowd",   u"public",  u"group",   u"team",
                                    u"family",   u"couple",  u"passage", u"excerpt", u"book",
                                    u"text",     u"chapter", u"line",    u"page",    u"section" };
    if (head.isEmpty() || isSourceNoun(head) || groups.contains(head) || head.endsWith(u's')
        || Lexicon::isOrganisationWord(head) || WordClass::namesCompany(head) || WordClass::isDocumentNoun(head))
        return false;
    static const WordSet parties = { u"democratic", u"republican", u"democrat", u"gop",     u"conservative",
                                     u"tory",       u"labour",     u"labor",    u"liberal", u"green" };
    for (const QStringView w : SpacedWords(description)) {
        if (parties.contains(w) || (isAcronym(w) && w.size() <= 3))
            return false;
    }
    return true;
}

// Drops the possessive and trailing adverbs from a description: "the senior US official candidly".
QString headNoun(const QString &description)
{
    QStringView head;
    QStringView last;
    bool modified = false;
    for (const QStringView w : SpacedWords(description)) {
        last = w;
        // "an insider familiar with the talks": the phrase after the head says no more of it.
        if (!modified && !head.isEmpty() && WordClass::isPostModifierStart(w))
            modified = true;
        if (!modified)
            head = w;
    }
    // "the University of Surrey expert": the phrase belongs to a capitalised name, and the
    // lower-case noun ending the description is its head.
    if (modified && Tokenizer::isCapitalised(head) && !last.isEmpty() && last.front().isLower())
        head = last;
    // Lowered in one pass while copied where the head is ASCII (nearly always), by the library
    // otherwise.
    QString lowered;
    if (std::all_of(head.begin(), head.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        lowered.resize(head.size());
        char16_t *out = reinterpret_cast<char16_t *>(lowered.data());
        for (qsizetype k = 0; k < head.size(); ++k) {
            const char16_t c = head.utf16()[k];
            out[k] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
    } else {
        lowered = head.toString().toLower();
    }
    if (lowered.endsWith(u's') && !endsWith(lowered, u"ss"))
        lowered.chop(1);
    return lowered;
}

// "the water regulator", "a retailer": a role that names a kind of organisation.
bool roleNamesOrganisation(const QString &role)
{
    return WordClass::namesCompany(headNoun(role));
}

// "he" and "she" do not refer to "Los Angeles", "N.H." or the "University of California".
// An organisation's word, or a name joined to one by a hyphen ("the Spokesman-Review").
bool organisationWordIn(QStringView w)
{
    const qsizetype hyphen = w.lastIndexOf(u'-');
    return Lexicon::isOrganisationWord(w)
        || (hyphen > 0 && hyphen + 1 < w.size() && w.at(hyphen + 1).isUpper()
            && Lexicon::isOrganisationWord(w.sliced(hyphen + 1)));
}

bool couldBePerson(const QString &name)
{
    static const WordSet adjectives = { u"Democratic",  u"Republican",   u"Democrat", u"Democrats",
                                        u"Republicans", u"Conservative", u"Liberal",  u"Independent" };
    if (Gazetteer::isPlace(name) || (name.size() <= 5 && name.contains(u'.')) || isAcronym(name)
        || adjectives.containsExact(name))
        return false;
    for (const QStringView w : SpacedWords(name)) { // (no organisation's word is empty)
        if (organisationWordIn(w))
            return false;
    }
    // "Whangārei Harbour", "Bondi Beach", "Fort Pierce": a place named by its kind.
    return !WordClass::namesPlaceByKind(name);
}

// The words qualifying a description's head, with rank synonyms folded together.
QStringList modifiers(const QString &description, const QString &head)
{
    static const QStringList rank
        = { u"senior"_s, u"high-ranking"_s, u"top"_s, u"high-level"_s, u"ranking"_s, u"leading"_s };
    QStringList result;
    for (const QString &w : description.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (Lexicon::isDeterminer(w))
            continue;
        if (w.startsWith(head))
            break;
        result.append(rank.contains(w) ? u"<rank>"_s : w);
    }
    return result;
}

bool containsWord(QStringView text, QStringView word);

// Whether text gives the office a head noun names, written out or shortened as a title before a
// name: "senator" in "Vermont Sen. Bernie Sanders", "superintendent" in "Det Supt Ann Vale".
bool namesOffice(QStringView text, QStringView head)
{
    static const QHash<QString, QString> shortened = {
        { u"senator"_s, u"sen"_s },       { u"governor"_s, u"gov"_s },     { u"representative"_s, u"rep"_s },
        { u"secretary"_s, u"sec"_s },     { u"general"_s, u"gen"_s },      { u"professor"_s, u"prof"_s },
        { u"detective"_s, u"det"_s },     { u"sergeant"_s, u"sgt"_s },     { u"superintendent"_s, u"supt"_s },
        { u"inspector"_s, u"insp"_s },    { u"lieutenant"_s, u"lt"_s },    { u"colonel"_s, u"col"_s },
        { u"commissioner"_s, u"comm"_s }, { u"constable"_s, u"pc"_s },     { u"doctor"_s, u"dr"_s },
    };
    // "The PM said", "the CM said": an office written with its initials only; the prime minister,
    // the chief minister of an Indian state.
    static const QHash<QString, QString> initials
        = { { u"pm"_s, u"prime minister"_s }, { u"cm"_s, u"chief minister"_s } };
    if (containsWord(text, head))
        return true;
    if (const auto office = initials.constFind(head.toString().toLower()); office != initials.cend())
        return text.contains(*office, Qt::CaseInsensitive);
    const auto it = shortened.constFind(head.toString());
    return it != shortened.cend() && containsWord(text, *it);
}

// The nouns that give a person's gender.
const char16_t *const femaleNouns[]
    = { u"woman",      u"wife",          u"mother",        u"daughter",    u"sister", u"actress", u"spokeswoman",
        u"chairwoman", u"congresswoman", u"businesswoman", u"grandmother", u"widow",  u"girl",
        u"queen",      u"princess",      u"duchess",       u"countess" };
const char16_t *const maleNouns[]
    = { u"man",      u"husband",     u"father",      u"son",         u"brother", u"actor", u"spokesman",
        u"chairman", u"congressman", u"businessman", u"grandfather", u"widower", u"boy",
        u"king",     u"prince",      u"duke",        u"earl" };

// Nouns for one person that give no gender: "a spokesperson for the association … he said".
const char16_t *const neutralPersonNouns[]
    = { u"spokesperson", u"official", u"aide",    u"source",   u"representative", u"lawyer",
        u"attorney",     u"analyst",  u"adviser", u"advisor",  u"staffer",        u"executive",
        u"researcher",   u"officer",  u"manager", u"employee", u"resident",       u"witness" };

bool isNeutralPersonNoun(QStringView w)
{
    static const WordSet words = [] {
        QStringList list;
        for (const char16_t *n : neutralPersonNouns)
            list.append(QString::fromUtf16(n));
        return WordSet(list);
    }();
    return words.contains(w);
}

// "a spokeswoman for the council", "the mayor's wife": the gender a role gives, or 0.
int roleGender(QStringView role)
{
    const auto listed = [](const auto &nouns) {
        QStringList words;
        for (const char16_t *w : nouns)
            words.append(QString::fromUtf16(w));
        return words;
    };
    static const WordSet female(listed(femaleNouns));
    static const WordSet male(listed(maleNouns));
    int gender = 0;
    for (const QStringView w : SpacedWords(role)) {
        QStringView t = w;
        while (!t.isEmpty() && !t.back().isLetter())
            t.chop(1);
        const int g = female.contains(t) ? -1 : male.contains(t) ? 1 : 0;
        if (g != 0 && gender != 0 && g != gender)
            return 0;
        gender = g != 0 ? g : gender;
    }
    return gender;
}

bool headIsPlural(const QString &description);

// Whether a token may be one of the nouns above, by its folded hash (Token::hash): a filter with
// no false negatives, which spares most words of a paragraph the two list lookups.
bool mayGiveGender(quint32 hash)
{
    static const auto filter = [] {
        std::bitset<4096> bits;
        for (const auto *list : { &femaleNouns, &maleNouns }) {
            for (const char16_t *w : *list)
                bits.set(FoldedWord(QStringView(w)).hash() % 4096);
        }
        for (const char16_t *w : neutralPersonNouns)
            bits.set(FoldedWord(QStringView(w)).hash() % 4096);
        return bits;
    }();
    return filter.test(hash % 4096);
}

// "A spokeswoman for the council", "the woman": a description of one person whom he or she
// (gender as Lexicon::firstNameGender) means; not "the statement", "the company" or "aides".
bool describesPerson(const QString &description, int gender)
{
    const QString head = headNoun(description);
    if (head.isEmpty() || headIsPlural(description))
        return false;
    // Only a noun that gives the gender: "the senator" after "Sen. Joe Lund" is Joe Lund, and
    // "the statement" nobody's he.
    return roleGender(head) == gender;
}

// Whether the head noun of a description is written in the plural ("numerous sources").
bool headIsPlural(const QString &description)
{
    const QString head = headNoun(description);
    // "people familiar with the talks", "two of the people": a plural without an s, or a number;
    // "her family said … “…,” they said": a family or a couple are "they".
    if (WordClass::oneOf(head, u"people", u"men", u"women", u"children", u"family", u"couple")
        || (head != u"one" && WordClass::isNumberWord(head)))
        return true;
    for (const QStringView w : SpacedWords(description)) {
        if (w.compare(QString(head + u's'), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The words of a description that set its referent apart from others with the same head: a
// proper adjective ("the Florida senator", "the Wisconsin Republican") or a word that changes
// the office ("the former president", "the vice president"). Lower-cased.
QStringList distinguishingWords(QStringView description, const QString &head)
{
    static const WordSet office = { u"former", u"vice", u"deputy", u"assistant", u"acting", u"interim", u"late" };
    QStringList result;
    bool first = true;
    for (const QStringView w : SpacedWords(description)) {
        const QString lower = w.toString().toLower();
        if (lower.startsWith(head))
            break;
        if ((Tokenizer::isCapitalised(w) && !first && !isAcronym(w)) || office.contains(lower))
            result.append(lower);
        first = false;
    }
    return result;
}

// "the judge", "the winger", "the investor", "the chairwoman", "the Spaniard": a head noun for one
// person (an office, a noun that gives a gender, a noun for what someone does), not "the
// debate", "the lawsuit" or "the column".
bool namesOnePerson(const QString &head)
{
    if (head.isEmpty() || equals(head, u"former") || equals(head, u"latter") || WordClass::isDocumentNoun(head)
        || WordClass::namesCompany(head) || Lexicon::isOrganisationWord(head) || Gazetteer::isPlace(head))
        return false;
    if (Lexicon::isTitle(head) || roleGender(head) != 0 || isNeutralPersonNoun(head))
        return true;
    // "the former world champion", "the star", "the veteran": nouns for one person with no
    // agent's ending; "the England forward", "the Wallabies fly-half", "the Arsenal boss": a player's
    // position or a team's coach.
    static const WordSet people = { u"champion", u"star",    u"veteran", u"athlete",  u"icon",    u"legend",
                                    u"pundit",   u"celebrity", u"rookie", u"captain", u"student", u"patient",
                                    u"victim",   u"survivor", u"pensioner", u"academic", u"graduate", u"forward",
                                    u"quarterback", u"fullback", u"full-back", u"centre-back", u"center-back",
                                    u"halfback", u"fly-half", u"scrum-half", u"coach", u"boss", u"batsman",
                                    u"jockey", u"neighbour", u"neighbor", u"passenger", u"bystander", u"parent",
                                    u"relative", u"friend", u"colleague", u"guest", u"tourist", u"pupil", u"nurse" };
    if (people.contains(head))
        return true;
    return WordClass::endsLikeAgentNoun(head)
        || (head.size() > 5 && (endsWith(head, u"eon") || endsWith(head, u"iard")));
}

// A description and what is known of a candidate (its name, role, the words before its name)
// agree: every distinguishing word of either is in the other. "The Florida senator" is not the
// "Vermont senator", "the president" not the "Vice President".
bool distinctionsAgree(QStringView description, const QString &head, const QString &candidate)
{
    const QStringList own = distinguishingWords(description, head);
    for (const QString &w : own) {
        if (!containsWord(candidate, w))
            return false;
    }
    static const WordSet office = { u"former", u"vice", u"deputy", u"assistant", u"acting", u"interim" };
    for (const QStringView w : SpacedWords(candidate)) {
        const QString lower = w.toString().toLower();
        if (office.contains(lower) && !own.contains(lower))
            return false;
    }
    return true;
}

// "Acme regional manager" -> "regional manager, Acme": the role first, then whose it is.
QString readableRole(const QString &role)
{
    // "Mr.", "Ms": a plain form of address is no role, nor is a function word ("and").
    if (isFormOfAddress(role) || (!hasSpace(role) && (Lexicon::instance().classify(role) & Lexicon::StopWord)))
        return {};
    // "The Bureau of Meteorology's senior forecaster, Laura Boekel, said": the article's capital is
    // the sentence's.
    if (role.startsWith(u"The ") || role.startsWith(u"A ") || role.startsWith(u"An ") || role.startsWith(u"Its ")
        || role.startsWith(u"His ") || role.startsWith(u"Her ") || role.startsWith(u"Their ")) {
        QString lowered = role;
        lowered[0] = lowered.at(0).toLower();
        return readableRole(lowered);
    }
    const QStringList words = role.split(u' ', Qt::SkipEmptyParts);
    qsizetype k = 0;
    while (k < words.size() && Tokenizer::isCapitalised(words.at(k))
           && !(Lexicon::instance().classify(words.at(k))
                & (Lexicon::Title | Lexicon::StopWord | Lexicon::Determiner | Lexicon::DiscourseMarker))
           && !isPossessive(words.at(k)) && !words.at(k).endsWith(u'\u2019'))
        ++k;
    if (k == 0 || k == words.size())
        return role;
    for (qsizetype i = k; i < words.size(); ++i) {
        if (!isLower(words.at(i)))
            return role;
    }
    return words.mid(k).join(u' ') + u", "_s + words.mid(0, k).join(u' ');
}

// An organisation's name: an organisation word at its head or end ("Acme Corp.", "Ministry of
// Health"), or an acronym ("NATO").
bool namesOrganisation(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    if (words.size() == 1)
        return isAcronym(name) && name.size() > 1;
    return Lexicon::isOrganisationWord(words.first()) || Lexicon::isOrganisationWord(words.last());
}

// "Acme Corp.", "Bolt Inc.", "Vale Group": a company named with its legal form.
bool hasCorporateForm(const QString &name)
{
    static const WordSet forms {
        u"inc.", u"inc",  u"corp.", u"corp", u"co.",   u"ltd",      u"ltd.",        u"llc",
        u"plc",  u"gmbh", u"ag",    u"sa",   u"group", u"holdings", u"corporation", u"company"
    };
    return hasSpace(name) && forms.contains(lastWord(name));
}

bool containsWord(QStringView text, QStringView word)
{
    for (const QStringView w : SpacedWords(text)) {
        QStringView t = w;
        while (!t.isEmpty() && !t.back().isLetter())
            t.chop(1);
        // (Case folding keeps a word's length: words of another length are passed over unread.)
        if (t.size() == word.size() && t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

SpeakerResolver::SpeakerResolver(const QString &text, const ArticleTokens &tokens, const QList<QuotedSpan> &spans,
                                 NameIndex::Storage &names)
    : m_text(text), m_tokens(tokens), m_spans(spans), m_names(text, tokens, spans, names)
{
    m_runFacts.resize(m_names.runs().size());
}

bool SpeakerResolver::quoted(qsizetype position) const
{
    // The spans are in text order and do not overlap: the last one opening before position.
    const auto after = std::upper_bound(m_spans.cbegin(), m_spans.cend(), position,
                                        [](qsizetype p, const QuotedSpan &s) { return p < s.innerStart; });
    if (after == m_spans.cbegin())
        return false;
    const QuotedSpan &s = *(after - 1);
    if (s.closed())
        return position < s.innerEnd;
    const TokenSpan last = m_tokens.at(s.lastParagraph);
    return !last.isEmpty() && position < last.last().end;
}

qsizetype SpeakerResolver::firstGenderedNoun(int paragraph, int gender) const
{
    if (m_genderedNouns.isEmpty())
        m_genderedNouns.fill(-1, 2 * m_tokens.size());
    qsizetype *found = m_genderedNouns.data() + 2 * paragraph;
    if (found[0] < 0) {
        const TokenSpan tokens = m_tokens.at(paragraph);
        constexpr qsizetype none = std::numeric_limits<qsizetype>::max();
        found[0] = found[1] = none;
        for (const Token &t : tokens) {
            const QStringView w = tokenText(m_text, t);
            // A word ending in a letter is one of the nouns only with its hash ("woman"); one
            // ending otherwise ("woman." as an abbreviation would) is asked in full.
            if (!t.word || !isLower(w) || (w.back().isLetter() && !mayGiveGender(t.hash)))
                continue;
            const int g = roleGender(w);
            if (g != 0 && found[g > 0] == none)
                found[g > 0] = t.start;
            if (g == 0 && isNeutralPersonNoun(w)) {
                found[0] = std::min<qsizetype>(found[0], t.start);
                found[1] = std::min<qsizetype>(found[1], t.start);
            }
        }
    }
    return found[gender > 0];
}

const SpeakerResolver::RunFacts &SpeakerResolver::factsOf(const NameIndex::NameRun &run) const
{
    RunFacts &facts = m_runFacts[&run - m_names.runs().constData()];
    if (!facts.known) {
        // "in Alexandria, Va., …", "Halifax, N.S.": a state's or province's abbreviation after a
        // town and its comma is a place.
        const bool postal = !run.spaced && run.name.size() <= 4 && run.end < m_text.size() && m_text.at(run.end) == u'.'
            && run.start >= 2 && QStringView(m_text).mid(run.start - 2, 2) == u", ";
        facts.couldBePerson = !postal && couldBePerson(run.name);
        const QString full = m_names.fullName(run.name);
        bool listedFirstName = false;
        facts.gender = Lexicon::instance().firstNameGender(firstWord(full), &listedFirstName);
        if (facts.gender == 0)
            facts.gender = run.titleGender != 0 ? run.titleGender : m_names.titleGender(run.name);
        if (facts.gender == 0 && facts.couldBePerson) {
            // Worked out once per name: many runs share one, and roleFor reads each of them.
            const QString &key = full.isEmpty() ? run.name : full;
            const auto known = m_roleGender.constFind(key);
            facts.gender = known != m_roleGender.cend() ? *known
                                                        : *m_roleGender.insert(key, roleGender(m_names.roleFor(key)));
        }
        const QStringView last = lastWord(full);
        const bool commonPlural = last.size() > 3 && last.endsWith(u's') && !endsWith(last, u"ss")
            && Lexicon::instance().documentFrequency(last) > 0;
        facts.personalName = hasSpace(full) && (listedFirstName || (!commonPlural && !last.contains(u'-')));
        facts.known = true;
    }
    return facts;
}

int SpeakerResolver::nameGender(const QString &name) const
{
    const QString full = m_names.fullName(name);
    // "Phil Ní Sheaghdha", "Áine Nic Gabhann": an Irish surname's "Ní" or "Nic" (daughter of) says
    // she, whatever the first name says elsewhere.
    // (" N" looked for in line: asked of every name, and hardly any has it.)
    const auto spaceN = [](QChar a, QChar b) { return a == u' ' && b == u'N'; };
    if (std::adjacent_find(full.cbegin(), full.cend(), spaceN) != full.cend()
        && (full.contains(u" Ní ") || full.contains(u" Nic ")))
        return -1;
    const int known = Lexicon::instance().firstNameGender(firstWord(full));
    return known != 0 ? known : m_names.titleGender(name);
}

bool SpeakerResolver::genderAllows(const QString &name, qsizetype /*position*/, int gender) const
{
    if (gender == 0)
        return true;
    const int known = nameGender(name);
    return known == 0 || known == gender;
}

void SpeakerResolver::EntityTable::index(int entity, const QString &name)
{
    QList<int> &list = byLastWord[FoldedWord(lastWord(name)).view().toString()];
    if (!list.contains(entity))
        list.append(entity);
}

int SpeakerResolver::resolveName(QStringView name, qsizetype position, EntityTable *table, bool asWritten) const
{
    // (A name as a run of the index was written is cleaned already.)
    const QString *cleaned = asWritten ? nullptr : m_names.cleanedName(name);
    const QString key = asWritten ? name.toString() : cleaned ? *cleaned : cleanName(name);
    // ("Tahir Della … said Della": a function word of another language may end someone's name.)
    if (key.isEmpty()
        || (!hasSpace(key) && WordClass::isNeverAName(key)
            && !(WordClass::isForeignFunctionWord(key) && !m_names.fullNameBefore(key, position).isEmpty())))
        return -1;
    const FoldedWord last(lastWord(key));
    const auto found = table->byLastWord.constFind(last.view());
    // A bare surname written with a title of one sex ("Congressman Meadows") is nobody whose
    // first name says the other ("Debbie Meadows").
    const int titled = hasSpace(key) ? 0 : m_names.titleGender(key);
    const auto otherSex = [&](const QString &full) {
        const int named = titled != 0 && hasSpace(full) ? Lexicon::instance().firstNameGender(firstWord(full)) : 0;
        return named != 0 && named != titled;
    };
    for (const int i : found != table->byLastWord.cend() ? *found : QList<int>()) {
        Entity &e = table->entities[i];
        if (e.kind == Speaker::Kind::Anonymous || otherSex(e.name))
            continue;
        if (endsWithName(e.name, key) || e.aliases.contains(key, Qt::CaseInsensitive)) {
            if (e.name.compare(key, Qt::CaseInsensitive) != 0 && !e.aliases.contains(key, Qt::CaseInsensitive))
                e.aliases.append(key);
            return i;
        }
        if (endsWithName(key, e.name)) {
            e.aliases.append(e.name);
            e.name = key;
            return i;
        }
    }
    // A bare surname names the longest full name written before it (or, failing that, anywhere).
    QString full = m_names.fullNameBefore(key, position);
    if (otherSex(full))
        full.clear();
    // "Transport Minister Chee Hong Tat … Mr Chee said": a name written family name first (as in
    // Chinese, Korean or Vietnamese) is referred to by its first word, when no full name ends
    // with it. A courtesy title says the word is a family name; without one, only a three-word
    // name whose first word is no listed first name is read so ("John Smith" is never "John").
    if (full.isEmpty() && !hasSpace(key) && (titled != 0 || !Lexicon::instance().isFirstName(key))) {
        for (int i = 0; i < table->entities.size(); ++i) {
            Entity &e = table->entities[i];
            if (e.kind != Speaker::Kind::Person || !hasSpace(e.name)
                || firstWord(e.name).compare(key, Qt::CaseInsensitive) != 0)
                continue;
            if (titled == 0 && countSpaces(e.name) != 2)
                continue;
            if (!e.aliases.contains(key, Qt::CaseInsensitive))
                e.aliases.append(key);
            return i;
        }
    }
    // "his son, Te Kaurinui Robert Parata … “…,” says Te Kaurinui": given names of two words
    // stand for the one longer name written before that opens with them.
    // (Not a name of a first name and a surname: "Hillary Clinton" stands for herself.)
    if ((full.isEmpty() || full == key) && countSpaces(key) == 1
        && !Lexicon::instance().isFirstName(firstWord(key))) {
        const QString opening = key + u' ';
        const QString *person = nullptr;
        for (const NameIndex::NameRun &run : m_names.runs()) {
            if (run.start >= position)
                break;
            if (run.heading || run.quoted || !run.name.startsWith(opening) || countSpaces(run.name) < 2
                || !factsOf(run).personalName)
                continue;
            // (One written longer elsewhere is the same person: "Te Kaurinui Robert", "Te Kaurinui
            // Robert Parata".)
            if (person && *person != run.name && !run.name.startsWith(*person) && !person->startsWith(run.name)) {
                person = nullptr;
                break;
            }
            if (!person || run.name.size() > person->size())
                person = &run.name;
        }
        if (person) {
            const int index = resolveName(*person, position, table, true);
            if (index >= 0 && !table->entities.at(index).aliases.contains(key))
                table->entities[index].aliases.append(key);
            return index;
        }
    }
    // "Megyn Kelly … Megyn was incredulous. “…,” she said": a listed first name alone is the one
    // person whose full name opens with it.
    // "Babar Azam struck a century … Babar said": so is a name no list knows, when the one name
    // it opens has two words, the second a rare one ("Bloomberg Politics", "Compaq Computer" are
    // no one's names).
    // "Bong Joon Ho … Bong added": so is the family name that opens a name of three written family
    // name first, its given name two short words that are no everyday English.
    const bool listed = Lexicon::instance().isFirstName(key);
    const auto familyNameFirst = [](const QString &name) {
        const QList<QStringView> words = QStringView(name).split(u' ');
        return words.size() == 3
            && std::all_of(words.cbegin() + 1, words.cend(), [](QStringView w) {
                   return w.size() <= 5 && Tokenizer::isCapitalised(w)
                       && Lexicon::instance().documentFrequency(w) < 100;
               });
    };
    if (full.isEmpty() && !hasSpace(key) && titled == 0) {
        const QString *person = m_names.personNamedFirst(key);
        if (person && !listed
            && ((countSpaces(*person) != 1 && !familyNameFirst(*person))
                || Lexicon::instance().documentFrequency(lastWord(*person)) >= 100
                || namedLikeOrganisation(*person) || namedWithEverydayWords(*person)))
            person = nullptr;
        // ("Her mother, Ann, said" is not the Ann Fairweather written of later on.)
        if (person) {
            const QList<NameIndex::NameRun> &runs = m_names.runs();
            const bool before = std::any_of(runs.cbegin(), runs.cend(), [&](const NameIndex::NameRun &run) {
                return run.start < position && run.name == *person;
            });
            if (!before)
                person = nullptr;
        }
        // Not when someone else has the surname: "Bernie Sanders … Jane Sanders": a bare "Sanders"
        // would be taken for "Jane" resolved to her.
        for (const NameIndex::NameRun &run : person ? m_names.runs() : QList<NameIndex::NameRun>()) {
            const QString &other = run.name;
            if (hasSpace(other) && lastWord(other) == lastWord(*person) && firstWord(other) != key) {
                person = nullptr;
                break;
            }
        }
        if (person) {
            const int index = resolveName(*person, position, table, true);
            if (index >= 0 && !table->entities.at(index).aliases.contains(key))
                table->entities[index].aliases.append(key);
            return index;
        }
    }
    Entity e;
    e.name = full.isEmpty() ? key : full;
    if (!full.isEmpty())
        e.aliases.append(key);
    const bool oneWord = !hasSpace(e.name);
    // "No 10", "Channel 4": a name ending in a number is no person's.
    const QStringView finalWord = lastWord(e.name);
    const bool numbered = std::all_of(finalWord.begin(), finalWord.end(), [](QChar c) { return c.isDigit(); });
    // ("Ms Truss said": a surname alone is a person's with a courtesy title or a gendered office.)
    bool organisation = (oneWord && titled == 0) || isAcronym(finalWord) || numbered
        || namedLikeOrganisation(e.name) || namedWithEverydayWords(e.name);
    for (const QStringView w : SpacedWords(e.name))
        organisation = organisation || organisationWordIn(w);
    organisation = organisation || (!oneWord && WordClass::isFrenchInstitution(firstWord(e.name)));
    e.kind = organisation ? Speaker::Kind::Organisation : Speaker::Kind::Person;
    e.role = m_names.roleFor(e.name);
    // "Trump, the front-runner, said": a role means a person; "Ofwat, the water regulator,": not
    // a role whose head names a kind of organisation.
    if (e.kind == Speaker::Kind::Organisation && !e.role.isEmpty() && oneWord && !roleNamesOrganisation(e.role))
        e.kind = Speaker::Kind::Person;
    // "The developer, Greenfield Energy,": a role naming a kind of organisation, and no first name.
    if (e.kind == Speaker::Kind::Person && !e.role.isEmpty() && roleNamesOrganisation(e.role)
        && !Lexicon::instance().isFirstName(firstWord(e.name)))
        e.kind = Speaker::Kind::Organisation;
    // "Caledonian MacBrayne, which will operate the vessel, said": "which" follows no person.
    if (e.kind == Speaker::Kind::Person && !Lexicon::instance().isFirstName(firstWord(e.name))
        && m_text.contains(QString(e.name + u", which ")))
        e.kind = Speaker::Kind::Organisation;
    table->entities.append(e);
    const int index = int(table->entities.size()) - 1;
    table->index(index, e.name);
    return index;
}

bool SpeakerResolver::possessesExecutive(const NameIndex::NameRun &run) const
{
    if (!isPossessive(QStringView(m_text).mid(run.start, run.end - run.start)))
        return false;
    static const WordSet executives = { u"chief", u"ceo", u"boss", u"chairman", u"chairwoman", u"chair", u"founder",
                                        u"managing", u"shareholders", u"board", u"owner", u"owners" };
    const QStringView next = wordAfter(run.end);
    return !next.isEmpty() && executives.contains(next);
}

bool SpeakerResolver::appositiveFollows(qsizetype end) const
{
    const QStringView after = QStringView(m_text).sliced(end);
    return after.startsWith(u", a ") || after.startsWith(u", an ");
}

QStringView SpeakerResolver::wordAfter(qsizetype end) const
{
    qsizetype s = end;
    while (s < m_text.size() && m_text.at(s) == u' ')
        ++s;
    qsizetype e = s;
    while (e < m_text.size() && m_text.at(e).isLetter())
        ++e;
    return QStringView(m_text).sliced(s, e - s);
}

const NameIndex::NameRun *SpeakerResolver::antecedentFor(const QString &description, const QString &head,
                                                         qsizetype position, int paragraph) const
{
    // "Mark Jones, 45, said … “…,” the 45-year-old said": the person given that age.
    if (WordClass::isAge(head)) {
        const QStringView age = QStringView(head).first(head.indexOf(u'-'));
        const NameIndex::NameRun *aged = nullptr;
        for (const NameIndex::NameRun &run : m_names.runs()) {
            if (run.start >= position)
                break;
            const QStringView after = QStringView(m_text).mid(run.end, age.size() + 3);
            if (!run.quoted && run.spaced
                && (after == QString(u", " + age + u',') || after == QString(u" (" + age + u')')))
                aged = &run;
        }
        // "Lund, a retired porter, has collected 3,000 signatures. “…,” the 71-year-old said": with
        // no one given that age, the person this paragraph is about.
        if (!aged) {
            const NameIndex::NameRun *subject = lastSubjectOf(paragraph, position);
            if (subject && factsOf(*subject).personalName)
                return subject;
        }
        return aged;
    }
    // The most recent name before the description, within a few paragraphs: for "the company" an
    // organisation, for "the minister" a person introduced with that role.
    const bool organisation = WordClass::namesCompany(head);
    if (!organisation && !(Lexicon::instance().classify(head) & Lexicon::Title))
        return nullptr;
    const auto first = std::lower_bound(m_names.runs().cbegin(), m_names.runs().cend(), paragraph - 6,
                                        [](const NameIndex::NameRun &run, int p) { return run.paragraph < p; });
    const NameIndex::NameRun *found = nullptr;
    const NameIndex::NameRun *organisationSubject = nullptr;
    for (auto it = first; it != m_names.runs().cend() && it->start < position; ++it) {
        const NameIndex::NameRun &run = *it;
        if (run.quoted || run.doubtful || run.heading)
            continue;
        if (organisation) {
            // (Not the subject of the sentence the description is in: "The Canadian Press contacted
            // the ministry, which said …" names two bodies.)
            const auto sameSentence = [&] {
                if (run.paragraph != paragraph)
                    return false;
                for (const Token &t : m_tokens.at(paragraph)) {
                    if (t.start >= run.end && t.start < position && t.sentenceEnd)
                        return false;
                }
                return true;
            };
            if (run.subject && run.paragraph >= paragraph - 1
                && (namesOrganisation(run.name) || namedWithEverydayWords(run.name)) && !sameSentence())
                organisationSubject = &run;
            // "the ministry" -> "Ministry of Health"; "the company" -> "Acme Corp." (a company's
            // legal form names it one).
            // "Thames Water's chief executive … the company": whoever has a chief executive is one.
            // "West Yorkshire Police … the force".
            if (containsWord(run.name, head)
                || (WordClass::isCompanyNoun(head) && (hasCorporateForm(run.name) || possessesExecutive(run)))
                || (equals(head, u"force")
                    && (containsWord(run.name, u"police") || containsWord(run.name, u"constabulary"))))
                found = &run;
            continue;
        }
        // ("The First Minister" is an office written as a name, no one's name.)
        if (!run.spaced || !factsOf(run).couldBePerson || Lexicon::isTitle(lastWord(run.name)))
            continue;
        // Its role: a title or the words just before it in its sentence ("Labour leader Ann
        // Vale"), or an appositive ("Ann Vale, the town's mayor,").
        const qsizetype from = std::max<qsizetype>(0, run.start - 32);
        QStringView before = QStringView(m_text).mid(from, run.start - from);
        for (const QChar c : { QChar(u'\n'), QChar(u','), QChar(u'.'), QChar(u':') })
            before = before.mid(before.lastIndexOf(c) + 1);
        const QString role = m_names.roleFor(run.name);
        if ((namesOffice(before, head) || namesOffice(role, head))
            && distinctionsAgree(description, head, before.toString() + u' ' + role + u' ' + run.name))
            found = &run;
    }
    // "Sen. John McCain … ¶ Cruz defends his record: “…,” the senator says": someone of no known
    // role written about since, as the subject of a sentence, may be the one meant; no guess.
    if (found && !organisation) {
        const QString foundName = m_names.fullName(found->name);
        const QList<NameIndex::NameRun> &runs = m_names.runs();
        for (auto it = runs.cbegin() + (found - runs.constData()) + 1; it != runs.cend() && it->start < position; ++it) {
            if (it->subject && !it->quoted && !it->heading && !it->doubtful && !it->afterPreposition
                && !it->afterArticle && factsOf(*it).couldBePerson && factsOf(*it).personalName
                && m_names.fullName(it->name) != foundName
                && m_names.roleFor(it->name).isEmpty())
                return nullptr;
        }
    }
    // "Acme Company … ¶ Vale Foods plans 300 promotions. The company also said": a business the
    // sentences just before were about is meant rather than one named paragraphs earlier.
    if (organisation && found && organisationSubject && organisationSubject->paragraph > found->paragraph
        && organisationSubject->start > found->start && WordClass::isCompanyNoun(head)
        && !namesOrganisation(organisationSubject->name))
        return organisationSubject;
    // "Ireland's Data Protection Commission fined Meta. … The regulator said": a kind of body no
    // name spells out is the organisation the sentences just before were about.
    // Its own names must agree: "the UN refugee agency" is not the Metropolitan Police.
    if (organisation && !found && !WordClass::isCompanyNoun(head)) {
        if (!organisationSubject)
            return nullptr;
        bool first = true;
        for (const QStringView w : SpacedWords(description)) {
            if (!first && Tokenizer::isCapitalised(w) && !containsWord(organisationSubject->name, w))
                return nullptr;
            first = false;
        }
        return organisationSubject;
    }
    // "In a statement, Northlink Ferries said … “…,” the company said": a business named by its
    // words, not a public body, just before.
    if (organisation && !found && organisationSubject && !namesOrganisation(organisationSubject->name)
        && namedWithEverydayWords(organisationSubject->name))
        return organisationSubject;
    if (found || organisation)
        return found;
    // "Sir Keir Starmer visited the picket line. The Labour leader said …": failing anyone given
    // that role, a definite description of an office right after a sentence about a person is
    // that person, when they were the last person named. "The spokesman" speaks for someone:
    // another person.
    if (isSourceNoun(head))
        return nullptr;
    const NameIndex::NameRun *last = nullptr;
    for (auto it = first; it != m_names.runs().cend() && it->start < position; ++it) {
        // "… on Sunday with Laura Kuenssberg programme": one named after a preposition is seldom
        // whom the sentences are about.
        if (!it->quoted && !it->heading && !it->doubtful && !it->afterPreposition && it->paragraph >= paragraph - 1
            && factsOf(*it).couldBePerson && (it->spaced || it->titleGender != 0))
            last = &*it;
    }
    if (!last || !last->subject || last->afterPreposition || !factsOf(*last).personalName)
        return nullptr;
    // "Joe Lund sat down. The judge rubbed his chin. … the judge said": the noun has named
    // someone else since.
    if (containsWord(QStringView(m_text).mid(last->end, position - last->end), head))
        return nullptr;
    // Someone given a role with this noun was judged above ("Texas Sen. Joe Lund" is not "the
    // Ohio senator"); an office word must agree both ways ("the former president").
    const qsizetype from = std::max<qsizetype>(0, last->start - 32);
    QStringView before = QStringView(m_text).mid(from, last->start - from);
    for (const QChar c : { QChar(u'\n'), QChar(u','), QChar(u'.'), QChar(u':') })
        before = before.mid(before.lastIndexOf(c) + 1);
    const QString known = before.toString() + u' ' + m_text.mid(last->start, last->end - last->start) + u' '
        + m_names.roleFor(last->name);
    if (namesOffice(known, head))
        return nullptr;
    // ... as is anyone with an office of their own ("Texas Sen. Joe Lund", "Ann Vale, the opposition
    // leader,"); a courtesy title is none.
    static const WordSet courtesy = { u"mr", u"mr.", u"mrs", u"mrs.", u"ms", u"ms.", u"dr", u"dr.", u"sir", u"dame",
                                      u"lord", u"lady" };
    // (A role of another office still fits when it has the words that set the description apart:
    // "Republican presidential candidate" for "the Republican presidential nominee".)
    const QString ownRole = m_names.roleFor(last->name);
    for (const QStringView w : SpacedWords(ownRole)) {
        if ((Lexicon::instance().classify(w) & (Lexicon::Title | Lexicon::SpeakerNoun)) && !courtesy.contains(w)
            && !distinctionsAgree(description, head, ownRole))
            return nullptr;
    }
    for (const QStringView w : SpacedWords(known)) {
        if (Tokenizer::isCapitalised(w) && (Lexicon::instance().classify(w) & Lexicon::Title)
            && !courtesy.contains(w.toString().toLower()))
            return nullptr;
    }
    for (const QStringView w : { u"former", u"vice", u"deputy", u"assistant", u"acting", u"interim", u"late" }) {
        if (containsWord(description, w) != containsWord(known, w))
            return nullptr;
    }
    return last;
}

int SpeakerResolver::resolveOneOfGroup(QStringView written, qsizetype position, int paragraph, EntityTable *table) const
{
    const Mention group = groupSubjectBefore(position, paragraph, true);
    if (!group.valid()) {
        // "“…,” said one driver. “…,” said another.": another of the kind the last "one" was.
        if (!equalsIgnoringCase(written, u"another"))
            return -1;
        for (auto it = table->entities.crbegin(); it != table->entities.crend(); ++it) {
            if (it->kind == Speaker::Kind::Anonymous && it->name.startsWith(u"one ")) {
                const QString head = headNoun(it->name);
                return head.isEmpty() || head == u"one"
                    ? -1
                    : resolveDescription(u"another "_s + head, position, paragraph, table);
            }
        }
        return -1;
    }
    // (headNoun() gives the plural's singular: "Fans" -> "fan". A name is no group: "David Waters".)
    const QString phrase = m_text.mid(group.start, group.end - group.start);
    if (group.form == Mention::Form::Name
        && (hasSpace(phrase) || Lexicon::instance().documentFrequency(phrase.toLower()) < 100
            || hasSpace(m_names.fullName(phrase))))
        return -1;
    const QString head = headNoun(phrase).toLower();
    if (head.isEmpty() || !phrase.toLower().contains(head + u's'))
        return -1;
    return resolveDescription(written.toString().toLower() + u' ' + head, position, paragraph, table);
}

Mention SpeakerResolver::groupSubjectBefore(qsizetype position, int paragraph, bool plural) const
{
    for (int p = paragraph; p >= 0 && p >= paragraph - 2; --p) {
        const TokenSpan tokens = m_tokens.at(p);
        if (tokens.isEmpty() || Tokenizer::isTitleCaseLine(m_text, tokens, p == 0))
            continue;
        const MentionParser parser(m_text, tokens);
        Mention found;
        qsizetype sentence = 0;
        for (qsizetype i = 0; i <= tokens.size(); ++i) {
            if (i < tokens.size() && !tokens.at(i).sentenceEnd)
                continue;
            if (sentence >= tokens.size() || tokens.at(sentence).start >= position)
                break;
            const Mention subject = parser.clauseSubject(sentence, std::min(i, sentence + 30));
            // "Nurses at the city hospital" opens its sentence capitalised: it may read as a name.
            if (plural && (subject.form == Mention::Form::Description || subject.form == Mention::Form::Name)
                && subject.end <= position) {
                const QString head = headNoun(m_text.mid(subject.start, subject.end - subject.start));
                const QString written = m_text.mid(subject.start, subject.end - subject.start).toLower();
                // headNoun() drops a plural s: the phrase as written must have had one.
                if (!head.isEmpty() && (written.contains(head + u's') || WordClass::namesCompany(head)))
                    found = subject;
            }
            // "Thursday's memo from the panel seemed aimed at …": a document or a body, for "it".
            if (!plural && subject.form == Mention::Form::Description && subject.end <= position) {
                const QString written = m_text.mid(subject.start, subject.end - subject.start);
                const QString head = headNoun(written);
                // ... or any other, when its sentence has it say something ("The hospital trust,
                // which runs three sites, said it had cancelled 400 operations.").
                bool speaks = false;
                for (qsizetype k = sentence; k < i && !speaks; ++k)
                    speaks = tokens.at(k).start >= subject.end && tokens.at(k).is(Lexicon::SpeechCue)
                        && isLower(tokenText(m_text, tokens.at(k)));
                if (!head.isEmpty() && !headIsPlural(written) && !roleGender(head)
                    && (WordClass::isDocumentNoun(head) || Lexicon::isOrganisationWord(head) || speaks))
                    found = subject;
            }
            sentence = i + 1;
        }
        if (found.valid())
            return found;
    }
    return {};
}

Mention SpeakerResolver::genderedSubjectBefore(qsizetype position, int paragraph, int gender) const
{
    for (int p = paragraph; p >= 0 && p >= paragraph - 1; --p) {
        const TokenSpan tokens = m_tokens.at(p);
        if (tokens.isEmpty() || Tokenizer::isTitleCaseLine(m_text, tokens, p == 0))
            continue;
        // Most paragraphs name no such person: look for a gendered noun before parsing any.
        if (firstGenderedNoun(p, gender) >= position)
            continue;
        const MentionParser parser(m_text, tokens);
        Mention found;
        qsizetype sentence = 0;
        for (qsizetype i = 0; i <= tokens.size(); ++i) {
            if (i < tokens.size() && !tokens.at(i).sentenceEnd)
                continue;
            if (sentence >= tokens.size() || tokens.at(sentence).start >= position)
                break;
            const Mention subject = parser.clauseSubject(sentence, std::min(i, sentence + 30));
            if (subject.form == Mention::Form::Description && subject.end <= position) {
                // Not the words of a quotation ("“The woman is lying,” he said").
                const bool inQuotation = quoted(subject.start);
                const QStringView written = QStringView(m_text).mid(subject.start, subject.end - subject.start);
                const QString head = headNoun(written.toString());
                // A new person, not "the actor" or "the senator" written for someone named before
                // (resolveMention links those back): indefinite, someone's ("Vale’s mother", "his
                // wife"), or "the woman who …", "the woman, who …".
                static const WordSet persons = { u"woman", u"man", u"girl", u"boy" };
                const QString first = firstWord(written).toString().toLower();
                const bool introduces = equals(first, u"a") || equals(first, u"an") || equals(first, u"another")
                    || equals(first, u"one") || persons.contains(head) || containsWord(written, u"who")
                    || QStringView(m_text).mid(subject.end, 6).startsWith(u", who") || isPossessive(first)
                    || first.endsWith(u'\u2019') || equals(first, u"his") || equals(first, u"her")
                    || equals(first, u"their");
                // "A spokesperson for the association said …. “…,” he said": an indefinite
                // description of one person whose noun gives no sex fits either pronoun.
                const bool anyone = (equals(first, u"a") || equals(first, u"an")) && isNeutralPersonNoun(head);
                // "The cyclist, a 43-year-old father of two, suffered …": an appositive introduces
                // the person, and may say their sex.
                int appositiveGender = 0;
                if (appositiveFollows(subject.end)) {
                    const QStringView after = QStringView(m_text).sliced(subject.end);
                    const qsizetype close = after.indexOf(u',', 2);
                    if (close > 0 && close < 80)
                        appositiveGender = roleGender(headNoun(after.sliced(2, close - 2).toString()));
                }
                if (!inQuotation && (introduces || appositiveGender != 0)
                    && (roleGender(head) == gender || anyone || appositiveGender == gender)
                    && !headIsPlural(written.toString()))
                    found = subject;
            }
            sentence = i + 1;
        }
        if (found.valid())
            return found;
    }
    return {};
}

QString SpeakerResolver::publisherOf(QStringView description) const
{
    if (!WordClass::isDocumentNoun(lastWord(description)))
        return {};
    QStringList words;
    for (const QStringView w : SpacedWords(description))
        words.append(w.toString());
    // The last run of capitalised words before the document noun, not a capitalised first word.
    qsizetype end = words.size() - 1;
    qsizetype begin = end;
    while (begin - 1 >= 1 && Tokenizer::isCapitalised(words.at(begin - 1))
           && !(Lexicon::instance().classify(words.at(begin - 1)) & (Lexicon::Title | Lexicon::StopWord)))
        --begin;
    if (begin == end)
        return {};
    // "a narrator in the Clinton ad": the document sits in a phrase after the head noun, which
    // speaks for itself.
    const Lexicon &lexicon = Lexicon::instance();
    for (qsizetype i = 1; i < begin; ++i) {
        const quint32 classes = lexicon.classify(words.at(i));
        if (isLower(words.at(i)) && (classes & Lexicon::StopWord) && !(classes & Lexicon::Determiner))
            return {};
    }
    return words.mid(begin, end - begin).join(u' ');
}

int SpeakerResolver::resolveDescription(const QString &written, qsizetype position, int paragraph,
                                        EntityTable *table, const Antecedent *antecedent) const
{
    QString description = written;
    if (Lexicon::isDeterminer(firstWord(description)))
        description[0] = description.at(0).toLower();
    const QString head = headNoun(description);
    const QString first = firstWord(description).toString().toLower();
    const bool definite = equals(first, u"the") || equals(first, u"this") || equals(first, u"that");
    // The entity at index, which the description now names too.
    const auto describes = [&](int index) {
        Entity &e = table->entities[index];
        if (!e.aliases.contains(description))
            e.aliases.append(description);
        return index;
    };
    if (definite && !head.isEmpty()) {
        // Among earlier sources with the same head noun, the one sharing most modifiers, then the
        // latest: "the senior US official" is "a high-ranking US official", not "an unnamed" one.
        const QStringList own = modifiers(description, head);
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < table->entities.size(); ++i) {
            const Entity &e = table->entities.at(i);
            if (e.kind == Speaker::Kind::Anonymous && e.head != head)
                continue;
            // ("the council" is not the council leader: a person's role only names a person.)
            const bool sameHead = e.kind == Speaker::Kind::Anonymous
                ? e.head == head
                : e.role.contains(head, Qt::CaseInsensitive)
                    && !(e.kind == Speaker::Kind::Person && Lexicon::isOrganisationWord(head));
            if (!sameHead)
                continue;
            // "the source" is not one of "numerous sources"; "the Florida senator" is not the
            // "Vermont senator".
            if ((e.kind == Speaker::Kind::Anonymous && headIsPlural(e.name) != headIsPlural(description))
                || !distinctionsAgree(written, head,
                                      e.kind == Speaker::Kind::Anonymous ? e.name : e.role + u' ' + e.name))
                continue;
            int shared = 0;
            const QStringList theirs = modifiers(e.kind == Speaker::Kind::Anonymous ? e.name : e.role, head);
            for (const QString &m : own)
                shared += theirs.contains(m) ? 1 : 0;
            if (shared >= bestScore) {
                bestScore = shared;
                best = i;
            }
        }
        if (best >= 0) {
            Entity &e = table->entities[best];
            if (!e.aliases.contains(description) && e.name != description)
                e.aliases.append(description);
            return best;
        }
        // The same description again: whoever it was found to be the first time.
        for (int i = 0; i < table->entities.size(); ++i) {
            if (table->entities.at(i).aliases.contains(description))
                return i;
        }
        // "the company", "the minister": the one named before with that description.
        if (const NameIndex::NameRun *run = antecedentFor(written, head, position, paragraph)) {
            const int index = resolveName(run->name, run->start, table);
            if (index >= 0) {
                return describes(index);
            }
        }
        // "“…,” said Melissa Grant. ¶ The 41-year-old said …": an age given to no one, just after a
        // person spoke, is theirs. (Not merely after a name: a photo credit's is one too.)
        // "Katya Vale has opened up about … ¶ Writing on Instagram, the 34-year-old said": so is one
        // given to no one after a person the paragraph before was about.
        // (A verb follows the name: "Neilson Barnard via Getty Images." is a photo's credit.)
        const auto verbFollows = [&](const NameIndex::NameRun &run) {
            const QStringView next = wordAfter(run.end);
            return isLower(next) && !WordClass::isPreposition(next) && !equals(next, u"via");
        };
        if (WordClass::isAge(head) && antecedent && antecedent->entity < 0 && antecedent->run
            && hasSpace(antecedent->run->name) && factsOf(*antecedent->run).couldBePerson
            && factsOf(*antecedent->run).personalName && verbFollows(*antecedent->run)) {
            const int index = resolveName(antecedent->run->name, antecedent->run->start, table);
            if (index >= 0) {
                return describes(index);
            }
        }
        if (WordClass::isAge(head) && antecedent && antecedent->entity >= 0) {
            const int index = antecedent->entity;
            if (table->entities.at(index).kind == Speaker::Kind::Person) {
                return describes(index);
            }
        }
    }
    for (const int i : table->byLastWord.value(u'=' + description)) {
        if (table->entities.at(i).name == description)
            return i;
    }
    // A definite description that matches no one, right after a named person spoke in the same
    // paragraph, tells more about that person ("said the accountant"). The descriptions of
    // unnamed sources ("the spokesman", "the official") are someone else.
    // Across a paragraph break, or set apart by a proper adjective ("the Florida senator"), it must
    // name one person, be its first use in the text ("The judge rubbed his chin … the judge
    // said" is someone of its own) and agree with all that is known of them: their role ("the
    // judge" is not the lawyer who spoke) and the words that set them apart.
    // (Not one introduced with an appositive of their own: "The cyclist, a 43-year-old father of two,
    // said" is someone new.)
    const bool introduced = appositiveFollows(std::min(position + written.size(), m_text.size()));
    if (definite && antecedent && antecedent->valid() && !introduced && isPersonalRedescription(description, head)) {
        const Antecedent &before = *antecedent;
        const QString name = before.entity >= 0 ? table->entities.at(before.entity).name : m_names.fullName(before.run->name);
        QString role = before.entity >= 0 ? table->entities.at(before.entity).role : QString();
        if (role.isEmpty())
            role = m_names.roleFor(name);
        const int described = roleGender(head);
        const int gender = Lexicon::instance().firstNameGender(firstWord(name));
        bool agrees = (before.entity >= 0 ? table->entities.at(before.entity).kind == Speaker::Kind::Person
                                          : factsOf(*before.run).couldBePerson && factsOf(*before.run).personalName)
            && hasSpace(name) && (described == 0 || gender == 0 || described == gender);
        if (agrees && (before.crossesParagraph || description != description.toLower())) {
            // An office ("the senator") only for one known to hold it; with a role known, the
            // words that set the description apart must be in it ("the Daily Beast editor").
            // A nationality ("…,” the Spaniard said) is no role.
            bool nationality = false;
            for (const QStringView w : SpacedWords(written))
                nationality = nationality || (w.front().isUpper() && w.startsWith(head, Qt::CaseInsensitive));
            nationality = nationality && equals(first, u"the") && written.front().isLower();
            const QString known = before.entity >= 0 ? table->entities.at(before.entity).aliases.join(u' ') : QString();
            agrees = namesOnePerson(head) && !headIsPlural(description)
                && (nationality || (role.isEmpty() ? !Lexicon::isTitle(head) : namesOffice(role, head)))
                && (nationality || role.isEmpty()
                    || distinctionsAgree(description, head, role + u' ' + name + u' ' + known))
                && !containsWord(QStringView(m_text).left(position), head);
        }
        if (agrees) {
            const int index = before.entity >= 0 ? before.entity : resolveName(before.run->name, before.run->start, table);
            if (index >= 0) {
                return describes(index);
            }
        }
    }
    // "The Taoiseach has rejected calls for an inquiry … ¶ Speaking in the Dáil, Micheál Martin
    // said": a lede that names an office before anyone, then the holder as the next subject.
    // "A judge has described … ¶ Sentencing the firm, Judge Andrew Barnett said": so does a court's
    // officer, written with "a", when the next subject holds that office by name.
    static const WordSet courtOffices = { u"judge", u"coroner", u"magistrate", u"sheriff", u"recorder" };
    const bool court = equals(first, u"a") && courtOffices.contains(head);
    // (A standfirst, a byline and a date may come before such a lede.)
    if ((definite || court) && paragraph <= (court ? 5 : 2) && (Lexicon::isTitle(head) || court) && namesOnePerson(head)
        && !headIsPlural(description)) {
        const NameIndex::NameRun *holder = nullptr;
        for (const NameIndex::NameRun &run : m_names.runs()) {
            if (run.heading || run.quoted)
                continue;
            if (run.start < position) {
                // (A court's officer, known by that office, may follow whoever stands before it.)
                if (!court && factsOf(run).couldBePerson && factsOf(run).personalName)
                    break; // someone was named before: not a lede's office
                continue;
            }
            if (run.paragraph > paragraph + 1)
                break;
            // (Not the office's own capitals: "The First Minister".)
            if (run.afterPreposition || !run.spaced || !(run.subject || run.cueSubject)
                || run.start < position + written.size() || Lexicon::isTitle(lastWord(run.name)))
                continue;
            const QString role = m_names.roleFor(run.name);
            if (factsOf(run).couldBePerson && factsOf(run).personalName
                && (court ? namesOffice(role, head) : role.isEmpty() || namesOffice(role, head)))
                holder = &run;
            break;
        }
        if (holder) {
            const int index = resolveName(holder->name, holder->start, table);
            if (index >= 0) {
                return describes(index);
            }
        }
    }
    Entity e;
    e.name = description;
    e.head = head;
    // ("the National Guard" is a body; "a guard said" is someone.)
    e.kind = Lexicon::isOrganisationWord(head) && !WordClass::oneOf(head, u"guard", u"guards")
        ? Speaker::Kind::Organisation
        : Speaker::Kind::Anonymous;
    table->entities.append(e);
    const int index = int(table->entities.size()) - 1;
    table->byLastWord[u'=' + description].append(index);
    return index;
}

bool SpeakerResolver::namedBefore(const NameIndex::NameRun &run, qsizetype before) const
{
    // (Asked only of a name inside words reported before their cue, which is rare.)
    const QStringView surname = lastWord(run.name);
    for (const NameIndex::NameRun &earlier : m_names.runs()) {
        if (earlier.start >= before)
            break;
        if (equalsIgnoringCase(lastWord(earlier.name), surname))
            return true;
    }
    return false;
}

int SpeakerResolver::resolvePronoun(qsizetype position, int paragraph, int gender, const QList<Recent> &recentSpeakers,
                                    EntityTable *table) const
{
    // The nearest earlier person: a sentence subject or the speaker of an earlier quotation.
    // A full name in a later paragraph than the last subject wins: "One superdelegate, Alabama
    // Democratic Party chairwoman Nancy Worley, pledged..." makes Nancy Worley the next "she".
    const NameIndex::NameRun *best = nullptr;
    const NameIndex::NameRun *lastFullName = nullptr;
    // Only the last few paragraphs matter: start there, not at the top of a long text.
    const auto first = std::lower_bound(m_names.runs().cbegin(), m_names.runs().cend(), paragraph - 2,
                                        [](const NameIndex::NameRun &run, int p) { return run.paragraph < p; });
    for (auto it = first; it != m_names.runs().cend(); ++it) {
        const NameIndex::NameRun &run = *it;
        if (run.start >= position)
            break;
        if (run.quoted || run.doubtful || run.heading || run.afterArticle || run.paragraph < paragraph - 2)
            continue;
        if (run.start >= table->reportedStart && run.end <= table->reportedEnd && !namedBefore(run, table->reportedStart))
            continue;
        // Each run's facts are worked out once, however many pronouns look back at it.
        const RunFacts &facts = factsOf(run);
        if (!facts.couldBePerson || (gender != 0 && facts.gender != 0 && facts.gender != gender))
            continue;
        if (run.subject || (run.clauseSubject && !run.afterPreposition && facts.personalName))
            best = &run;
        else if (countSpaces(run.name) == 1 && !run.afterPreposition && run.introduced)
            lastFullName = &run;
    }
    if (lastFullName && (!best || lastFullName->paragraph > best->paragraph))
        best = lastFullName;
    // "“…,” Lund said. “…,” he added. … “…,” she said": whom "he" meant, "she" does not.
    if (best && gender != 0) {
        const FoldedWord last(lastWord(best->name));
        const auto known = table->byLastWord.constFind(last.view());
        for (const int i : known != table->byLastWord.cend() ? *known : QList<int>()) {
            const Entity &e = table->entities.at(i);
            if (e.pronounGender != 0 && e.pronounGender != gender && endsWithName(e.name, best->name)) {
                best = nullptr;
                break;
            }
        }
    }
    // The latest earlier speaker of the right gender (recentSpeakers is in text order).
    const Recent *recent = nullptr;
    const TokenSpan ownParagraph = m_tokens.at(paragraph);
    const qsizetype paragraphStart = ownParagraph.isEmpty() ? position : ownParagraph.at(0).start;
    // (Someone new, brought in with "a" or "one", also from the paragraph before: "A neighbour
    // told CBC News she heard “four or five” shots. ¶ “…,” she said".)
    const TokenSpan previousParagraph = paragraph > 0 ? m_tokens.at(paragraph - 1) : TokenSpan();
    const qsizetype previousStart = previousParagraph.isEmpty() ? paragraphStart : previousParagraph.at(0).start;
    const auto described = [&](const Recent &r, const Entity &e) {
        const QStringView determiner = firstWord(e.name);
        return r.position >= paragraphStart
            || (r.position >= previousStart && WordClass::oneOf(determiner, u"a", u"an", u"one"));
    };
    for (auto it = recentSpeakers.crbegin(); it != recentSpeakers.crend(); ++it) {
        // A bare surname ("Cruz") starts out as an organisation; it may still be a person.
        // A description that gives no gender ("the Prime Minister insisted …. “…,” he said") is
        // meant only by a pronoun in its own paragraph, and only when no name could be.
        const Entity &e = table->entities.at(it->entity);
        if (it->position < position && it->entity >= 0
            && (e.kind == Speaker::Kind::Person
                || (e.kind == Speaker::Kind::Organisation && !hasSpace(e.name) && couldBePerson(e.name))
                || (e.kind == Speaker::Kind::Anonymous && gender != 0
                    && (describesPerson(e.name, gender) || e.pronounGender == gender
                        || (!best && described(*it, e) && roleGender(headNoun(e.name)) == 0
                            && namesOnePerson(headNoun(e.name)) && !headIsPlural(e.name)))))
            && genderAllows(e.name, it->position, gender)
            // "Trump … he said … “…,” she wrote": who was "he" is not "she".
            && (gender == 0 || e.pronounGender == 0 || e.pronounGender == gender)) {
            recent = &*it;
            break;
        }
    }
    if (gender != 0) {
        // "A 29-year-old Leeds woman, meanwhile, was fined … “…,” she wrote": a description
        // whose noun agrees, written after every name and speaker that could be meant.
        const Mention described = genderedSubjectBefore(position, paragraph, gender);
        if (described.valid() && (!best || described.start > best->end)
            && (!recent || described.start > recent->position)) {
            // "His wife, Jane, offered …": the name in commas after the description.
            const auto named = std::lower_bound(m_names.runs().cbegin(), m_names.runs().cend(), described.end + 2,
                                                [](const NameIndex::NameRun &run, qsizetype p) { return run.start < p; });
            if (QStringView(m_text).mid(described.end, 2) == u", " && named != m_names.runs().cend()
                && named->start == described.end + 2 && named->end < m_text.size() && m_text.at(named->end) == u','
                && factsOf(*named).couldBePerson)
                return resolveName(named->name, named->start, table);
            return resolveDescription(m_text.mid(described.start, described.end - described.start), described.start,
                                      paragraph, table);
        }
    }
    // "The manager added that Gordon had been injured. ¶ “…,” he said": a name inside the words
    // someone reported is not who speaks next; the one who reported them is.
    bool reportedByRecent = recent && best && best->start >= recent->reportedStart && best->end <= recent->reportedEnd
        && recent->reportedStart > recent->position
        && (table->entities.at(recent->entity).kind == Speaker::Kind::Person
            // ("The duchess revealed that she reached out to a friend of Princess Diana. “…,” she told …")
            || (table->entities.at(recent->entity).kind == Speaker::Kind::Anonymous && gender != 0
                && describesPerson(table->entities.at(recent->entity).name, gender)));
    if (reportedByRecent) {
        // ... in the same sentence as its cue.
        const QStringView between = QStringView(m_text).mid(recent->position, best->start - recent->position);
        for (qsizetype k = 0; reportedByRecent && k + 2 < between.size(); ++k) {
            if (between.at(k) != u'.' && between.at(k) != u'?' && between.at(k) != u'!')
                continue;
            qsizetype next = k + 1;
            while (next < between.size() && QStringView(u"\"”’'").contains(between.at(next)))
                ++next;
            if (next >= between.size() || between.at(next) != u' ')
                continue;
            ++next;
            while (next < between.size() && QStringView(u"\"“‘'").contains(between.at(next)))
                ++next;
            reportedByRecent = !(next < between.size() && between.at(next).isUpper());
        }
    }
    if (recent && (!best || recent->position > best->start || reportedByRecent)) {
        table->entities[recent->entity].kind = Speaker::Kind::Person;
        return recent->entity;
    }
    if (!best && gender != 0) {
        // "Ann Vale met Joe Lund. “…,” he said.": failing a subject, the latest person whose first
        // name says the pronoun fits.
        for (auto it = first; it != m_names.runs().cend() && it->start < position; ++it) {
            if (!it->quoted && !it->doubtful && !it->heading && !it->afterArticle && !it->afterPreposition
                && (it->spaced || it->titleGender != 0) && factsOf(*it).couldBePerson && factsOf(*it).gender == gender)
                best = &*it;
        }
        // "… according to a post from Ann Vale. “…,” she wrote": failing that, one after a
        // preposition, when nobody else of that gender was named since.
        const NameIndex::NameRun *object = nullptr;
        for (auto it = first; !best && it != m_names.runs().cend() && it->start < position; ++it) {
            if (!it->quoted && !it->doubtful && !it->heading && !it->afterArticle && it->spaced
                && factsOf(*it).couldBePerson && factsOf(*it).gender == gender)
                object = &*it;
        }
        best = best ? best : object;
    }
    if (!best)
        return -1;
    const int index = resolveName(best->name, best->start, table);
    if (index >= 0) {
        table->entities[index].personEvidence = true;
        if (table->entities[index].kind == Speaker::Kind::Organisation && !hasSpace(best->name))
            table->entities[index].kind = Speaker::Kind::Person;
    }
    return index;
}

const NameIndex::NameRun *SpeakerResolver::lastSubjectOf(int paragraph, qsizetype before) const
{
    const auto first = std::lower_bound(m_names.runs().cbegin(), m_names.runs().cend(), paragraph,
                                        [](const NameIndex::NameRun &run, int p) { return run.paragraph < p; });
    const NameIndex::NameRun *subject = nullptr;
    for (auto it = first; it != m_names.runs().cend() && it->paragraph == paragraph && it->start < before; ++it) {
        // "Leaders in North Carolina noted …": a place is where they spoke, not who.
        if (it->subject && !it->quoted && !it->doubtful && !it->afterPreposition && !Gazetteer::isPlace(it->name)
            && !WordClass::namesPlaceByKind(it->name))
            subject = &*it;
    }
    return subject;
}

// A quotation standing alone after a paragraph about someone: news style gives it to the
// person that paragraph was about (its last named subject). A guess, so only for direct quotes.
int SpeakerResolver::previousSubject(int paragraph, EntityTable *table) const
{
    const NameIndex::NameRun *subject = lastSubjectOf(paragraph - 1);
    return subject ? resolveName(subject->name, subject->start, table) : -1;
}

int SpeakerResolver::resolveMention(const Mention &m, int paragraph, const QList<Recent> &recent,
                                    EntityTable *table) const
{
    const QStringView written = QStringView(m_text).mid(m.nameStart, m.nameEnd - m.nameStart);
    switch (m.form) {
    case Mention::Form::None:
        break;
    case Mention::Form::Pronoun:
        if (equalsIgnoringCase(written, u"it") || equalsIgnoringCase(written, u"they")
            || equalsIgnoringCase(written, u"them")) {
            // "it added" continues the latest source that is not a person (an article, a
            // committee); "they" one whose description is plural or an organisation.
            const bool plural = !equalsIgnoringCase(written, u"it");
            int candidate = -1;
            qsizetype candidatePosition = -1;
            for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
                const Entity &e = table->entities.at(it->entity);
                if (e.kind == Speaker::Kind::Person) {
                    // "Acme Ferries said it would add a boat. “…,” it said": no one's name.
                    if (!plural && it->saidIt && !e.personEvidence && !Lexicon::instance().isFirstName(firstWord(e.name))) {
                        table->entities[it->entity].kind = Speaker::Kind::Organisation;
                        candidate = it->entity;
                        candidatePosition = it->position;
                    }
                    break;
                }
                if (e.kind == Speaker::Kind::Organisation && !hasSpace(e.name) && couldBePerson(e.name)
                    && !roleNamesOrganisation(e.role))
                    continue; // a bare surname ("Clinton") is no "it"; "Ofwat, the regulator," is
                // ("The statement noted … “…,” they said": a document is no "they".)
                if (plural && !e.head.isEmpty() && WordClass::isDocumentNoun(e.head))
                    continue;
                if (!plural || e.kind == Speaker::Kind::Organisation || e.name.endsWith(u's')
                    || (e.kind == Speaker::Kind::Anonymous && headIsPlural(e.name))) {
                    candidate = it->entity;
                    candidatePosition = it->position;
                    break;
                }
            }
            if (!plural) {
                // "The United Nations Security Council … what it called": an organisation or a
                // country named as the subject of this or the previous paragraph.
                const NameIndex::NameRun *subject = nullptr;
                const auto first
                    = std::lower_bound(m_names.runs().cbegin(), m_names.runs().cend(), paragraph - 1,
                                       [](const NameIndex::NameRun &run, int p) { return run.paragraph < p; });
                for (auto it = first; it != m_names.runs().cend() && it->start < m.start; ++it) {
                    if (it->subject && !it->quoted && !it->doubtful && !it->heading && !couldBePerson(it->name))
                        subject = &*it;
                }
                if (subject && subject->start > candidatePosition)
                    return resolveName(subject->name, subject->start, table);
                if (candidate < 0 && !subject) {
                    const Mention thing = groupSubjectBefore(m.start, paragraph, false);
                    if (thing.valid())
                        return resolveDescription(m_text.mid(thing.start, thing.end - thing.start), thing.start,
                                                  paragraph, table);
                }
                if (candidate < 0 && !subject) {
                    // "Ann Vale spoke for Acme Corp. … it said": the latest organisation named.
                    const NameIndex::NameRun *organisation = nullptr;
                    for (auto it = first; it != m_names.runs().cend() && it->start < m.start; ++it) {
                        if (!it->quoted && !it->doubtful && !it->heading && namesOrganisation(it->name))
                            organisation = &*it;
                    }
                    if (organisation)
                        return resolveName(organisation->name, organisation->start, table);
                }
            }
            if (plural && candidate < 0) {
                const Mention group = groupSubjectBefore(m.start, paragraph, true);
                if (group.valid())
                    return resolveDescription(m_text.mid(group.start, group.end - group.start), group.start, paragraph,
                                              table);
            }
            return candidate;
        } else if (Lexicon::isPersonalPronoun(written) || equalsIgnoringCase(written, u"him")
                   || equalsIgnoringCase(written, u"her")) {
            const QString lower = written.toString().toLower();
            // "“I am not shy,” I said.": outside quotation marks, "I" is the writer, whom the
            // text does not name; no one else said it.
            if (equals(lower, u"i"))
                return -1;
            // "according to her"
            const int gender = equals(lower, u"he") || equals(lower, u"him") ? 1
                : equals(lower, u"she") || equals(lower, u"her")             ? -1
                                                                             : 0;
            const int index = resolvePronoun(m.start, paragraph, gender, recent, table);
            // What a name does not tell, the pronoun does, for the pronouns after it.
            if (index >= 0 && table->entities.at(index).pronounGender == 0
                && nameGender(table->entities.at(index).name) == 0)
                table->entities[index].pronounGender = gender;
            return index;
        }
        break;
    case Mention::Form::Name:
        // "Others shouted", "Several said": a pronoun of quantity is a description of a group.
        if (equalsIgnoringCase(written, u"another"))
            return resolveOneOfGroup(written, m.start, paragraph, table);
        if (!hasSpace(written) && WordClass::isQuantityPronoun(written))
            return resolveDescription(written.toString().toLower(), m.start, paragraph, table);
        // "A spokeswoman for the Treasurer, Daniel Mookhey, said": a name in commas after a
        // description whose noun has the other gender names someone else in it; the
        // description speaks.
        if (!m.role.isEmpty() && m.start < m.nameStart) {
            const int described = roleGender(m.role);
            const int named = Lexicon::instance().firstNameGender(firstWord(written));
            if (described != 0 && named != 0 && described != named)
                return resolveDescription(m.role, m.start, paragraph, table);
        }
        return resolveName(written, m.start, table, m.asWritten);
    case Mention::Form::Description: {
        // "Fans were quick to react. One wrote: “…” Another added: “…”": one of the group.
        if (equalsIgnoringCase(written, u"one") || equalsIgnoringCase(written, u"another"))
            return resolveOneOfGroup(written, m.start, paragraph, table);
        // "Her message to the government was simple: “…”": what someone wrote or said is theirs.
        const QStringView determiner = firstWord(written);
        const bool his = equalsIgnoringCase(determiner, u"his");
        if (his || equalsIgnoringCase(determiner, u"her")) {
            static const WordSet ownWords = { u"word",     u"response", u"reply",    u"answer",      u"advice",
                                              u"warning",  u"plea",     u"verdict",  u"reaction",    u"comment",
                                              u"remark",   u"speech",   u"argument", u"explanation", u"excuse",
                                              u"question", u"promise",  u"pledge",   u"view",        u"point" };
            const QString head = headNoun(written.toString());
            if (WordClass::isDocumentNoun(head) || ownWords.contains(head))
                return resolvePronoun(m.start, paragraph, his ? 1 : -1, recent, table);
        }
        // "a similarly fresh Reuters poll found": a document speaks for whoever published it.
        const QString publisher = publisherOf(written);
        if (!publisher.isEmpty())
            return resolveName(publisher, m.start, table);
        // "In a statement …, the fire service said … ¶ “…,” the statement read": the one who last
        // spoke through that document, in this paragraph or the one before.
        if (equalsIgnoringCase(determiner, u"the") && countSpaces(written) == 1 && !recent.isEmpty() && paragraph > 0) {
            const QString head = headNoun(written.toString());
            const TokenSpan previous = m_tokens.at(paragraph - 1);
            const qsizetype from = previous.isEmpty() ? m.start : previous.at(0).start;
            const Recent &last = recent.last();
            if (WordClass::isDocumentNoun(head) && last.position >= from && last.position < m.start
                && containsWord(QStringView(m_text).mid(from, last.position - from), head))
                return last.entity;
        }
        // "Commuter Tan Wei Ling said she was looking forward to it. “…,” said the accountant.":
        // the person who spoke just before in the same paragraph, should the description match
        // no one.
        // Failing that, the one last written about: the latest speaker or subject of this
        // paragraph and the one before ("Villa boss Unai Emery was left frustrated. ¶ “…,” the
        // Spaniard said").
        Antecedent before;
        const TokenSpan tokens = m_tokens.at(paragraph);
        const qsizetype paragraphStart = tokens.isEmpty() ? m.start : tokens.at(0).start;
        if (!recent.isEmpty() && recent.last().position >= paragraphStart && recent.last().position < m.start) {
            before.entity = recent.last().entity;
        } else if (paragraph > 0) {
            before.crossesParagraph = true;
            const TokenSpan previous = m_tokens.at(paragraph - 1);
            const qsizetype previousStart = previous.isEmpty() ? paragraphStart : previous.at(0).start;
            qsizetype spokeAt = -1;
            if (!recent.isEmpty() && recent.last().position >= previousStart && recent.last().position < m.start) {
                before.entity = recent.last().entity;
                spokeAt = recent.last().position;
            }
            const NameIndex::NameRun *subject = lastSubjectOf(paragraph, m.start);
            if (!subject)
                subject = lastSubjectOf(paragraph - 1);
            // "Villa boss Unai Emery was left frustrated": the name after the role words.
            if (subject && subject + 1 != m_names.runs().constData() + m_names.runs().size()) {
                const NameIndex::NameRun *next = subject + 1;
                const QStringView between = QStringView(m_text).mid(subject->end, next->start - subject->end);
                const Lexicon &lexicon = Lexicon::instance();
                bool roleWords = next->paragraph == subject->paragraph && between.size() <= 24 && between.size() > 2
                    && std::all_of(between.begin(), between.end(), [](QChar c) { return c.isLower() || c == u' '; });
                for (const QStringView w : SpacedWords(between)) {
                    roleWords = roleWords && !endsWith(w, u"ed")
                        && !(lexicon.classify(w)
                             & (Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::Determiner));
                }
                if (roleWords)
                    subject = factsOf(*next).personalName ? next : nullptr;
            }
            // "Ann Vale was asked about the harbour. “…,” the moderator said": whoever was asked is
            // not the one asking.
            const auto addressed = [&](const NameIndex::NameRun *run) {
                const QStringView after = QStringView(m_text).mid(run->end, 20);
                for (const char16_t *passive : { u" was asked", u" was told", u" was questioned", u" was pressed" }) {
                    if (after.startsWith(QStringView(passive)))
                        return true;
                }
                return false;
            };
            if (subject && subject->start > spokeAt && !subject->heading && !addressed(subject)) {
                before.entity = -1;
                before.run = subject;
            }
            // "Arteta praised his side's character. ¶ Goals from Saka and Rice completed it. ¶ “…,”
            // the Arsenal manager told Sky Sports": with no one speaking or acting in between, the
            // last to speak, a paragraph further back.
            if (!before.valid() && !subject && paragraph > 1 && !recent.isEmpty() && recent.last().entity >= 0
                && recent.last().position < previousStart) {
                const TokenSpan earlier = m_tokens.at(paragraph - 2);
                if (!earlier.isEmpty() && recent.last().position >= earlier.at(0).start
                    && table->entities.at(recent.last().entity).kind == Speaker::Kind::Person)
                    before.entity = recent.last().entity;
            }
            // "As Ann Vale spoke, a fashion designer watched … The employee said": someone new
            // came in between.
            // (Not someone the quotation speaks of: "“He showed what a special player he is,” the
            // Spaniard said".)
            const qsizetype since = before.run ? before.run->end : std::max<qsizetype>(spokeAt, paragraphStart);
            bool quoted = false;
            for (qsizetype i = 0; before.valid() && i + 1 < tokens.size() && tokens.at(i).start < m.start; ++i) {
                const QStringView w = tokenText(m_text, tokens.at(i));
                if (!tokens.at(i).word && w.size() == 1 && Tokenizer::isQuoteMark(w.front()) && w.front() != u'\u2018'
                    && w.front() != u'\u2019')
                    quoted = !quoted;
                if (quoted || tokens.at(i).start < since
                    || !(equals(w, u"a") || equals(w, u"an") || equals(w, u"A") || equals(w, u"An")))
                    continue;
                for (qsizetype k = i + 1; k < std::min(i + 4, tokens.size()) && tokens.at(k).word; ++k) {
                    if (tokens.at(k).lowerCaseLetters && namesOnePerson(tokenText(m_text, tokens.at(k)).toString())) {
                        before = {};
                        break;
                    }
                }
            }
        }
        return resolveDescription(written.toString(), m.start, paragraph, table, &before);
    }
    }
    return -1;
}

const Mention *SpeakerResolver::nextInSentence(const QList<DraftQuote> &drafts, int i) const
{
    const DraftQuote &d = drafts.at(i);
    if (i + 1 >= drafts.size() || d.kind == Quote::Kind::Indirect)
        return nullptr;
    const DraftQuote &next = drafts.at(i + 1);
    if (next.paragraph != d.paragraph || !next.mention.valid() || next.inheritFrom >= 0 || next.start < d.end
        || next.start - d.end > 24)
        return nullptr;
    // Only "and", commas, spaces and quotation marks between them.
    const QStringView between = QStringView(m_text).mid(d.end, next.start - d.end);
    QString words;
    for (const QChar c : between) {
        if (c.isLetter())
            words += c;
        else if (!c.isSpace() && c != u',' && !Tokenizer::isQuoteMark(c))
            return nullptr;
    }
    if (!words.isEmpty() && !equals(words, u"and") && !equals(words, u"or"))
        return nullptr;
    // ... and a cue after both, in the same sentence.
    if (next.mention.start < next.end || next.mention.start - next.end > 200)
        return nullptr;
    const QStringView after = QStringView(m_text).mid(next.end, next.mention.start - next.end);
    for (qsizetype k = 0; k + 2 < after.size(); ++k) {
        if ((after.at(k) == u'.' || after.at(k) == u'?' || after.at(k) == u'!') && after.at(k + 1) == u' '
            && after.at(k + 2).isUpper())
            return nullptr;
    }
    return &next.mention;
}

QList<Speaker> SpeakerResolver::resolve(const QList<DraftQuote> &drafts, QList<Quote> *quotes) const
{
    EntityTable table;
    table.entities.reserve(8); // most articles have fewer speakers
    QList<int> entityOf(drafts.size(), -1);
    QList<Recent> recent;
    recent.reserve(drafts.size());
    for (int i = 0; i < drafts.size(); ++i) {
        const DraftQuote &d = drafts.at(i);
        const Mention &m = d.mention;
        int index = -1;
        const char *how = "unattributed";
        if (d.inheritFrom >= 0) {
            index = entityOf.at(d.inheritFrom);
            how = "continues an earlier quote";
        } else if (m.valid()) {
            const bool cueAfter = d.kind == Quote::Kind::Indirect && m.start >= d.end;
            table.reportedStart = cueAfter ? d.start : -1;
            table.reportedEnd = cueAfter ? d.end : -1;
            index = resolveMention(m, d.paragraph, recent, &table);
            table.reportedStart = table.reportedEnd = -1;
            how = "mention";
        } else if (d.opensParagraph && d.kind == Quote::Kind::Direct) {
            index = previousSubject(d.paragraph, &table);
            how = "previous paragraph's subject";
        } else if (const Mention *shared = nextInSentence(drafts, i)) {
            // "Guns are “the ultimate public health crisis” and “stunt children's growth,” Howard
            // Dean proclaimed": quotations joined in one sentence share its cue.
            index = resolveMention(*shared, d.paragraph, recent, &table);
            how = "the cue of the next quote in its sentence";
        } else if (d.subject.valid()) {
            // A common plural capitalised to open the sentence is what it is about, no source.
            const QStringView subject
                = QStringView(m_text).mid(d.subject.nameStart, d.subject.nameEnd - d.subject.nameStart);
            if (hasSpace(subject) || !WordClass::isCommonPlural(subject)) {
                index = resolveMention(d.subject, d.paragraph, recent, &table);
                how = "sentence subject";
            }
        }
        entityOf[i] = index;
        qCDebug(lcExtract).noquote() << "quote at" << d.start << how
                                     << (m.valid() ? m_text.mid(m.start, m.end - m.start)
                                             : d.subject.valid()
                                             ? m_text.mid(d.subject.start, d.subject.end - d.subject.start)
                                             : QString())
                                     << "->" << (index >= 0 ? table.entities.at(index).name : QStringLiteral("nobody"));
        if (index >= 0) {
            Entity &e = table.entities[index];
            // (A form of address, "Dr" or "Sir", is the role only until a real one is found:
            // "Senior climatologist Dr Sarah Vale".)
            if ((e.role.isEmpty() || isHonorific(e.role)) && !m.role.isEmpty() && !isHonorific(m.role)) {
                e.role = readableRole(m.role);
                // "Mr Hussain's widow, Leila,": a role that says a sex or a relation says a person.
                if (e.kind == Speaker::Kind::Organisation && !hasSpace(e.name)
                    && (roleGender(headNoun(e.role)) != 0 || MentionParser::isRoleNoun(headNoun(e.role))))
                    e.kind = Speaker::Kind::Person;
            }
            if (m.form == Mention::Form::Pronoun
                && Lexicon::isPersonalPronoun(QStringView(m_text).mid(m.nameStart, m.nameEnd - m.nameStart)))
                e.personEvidence = true;
            QStringView clause = QStringView(m_text).mid(d.start, std::min<qsizetype>(d.end - d.start, 12));
            if (clause.startsWith(u"that "))
                clause = clause.mid(5);
            const bool saidIt = d.kind == Quote::Kind::Indirect && (clause.startsWith(u"it ") || clause.startsWith(u"its "));
            recent.append({ m.valid() ? m.start : d.start, index, saidIt, d.start, d.end });
        }
    }

    QList<Speaker> speakers;
    speakers.reserve(table.entities.size());
    QList<int> speakerOf(table.entities.size(), -1);
    for (int i = 0; i < drafts.size(); ++i) {
        Quote &q = (*quotes)[i];
        const DraftQuote &d = drafts.at(i);
        if (d.mention.valid())
            q.mention = m_text.mid(d.mention.start, d.mention.end - d.mention.start);
        const int e = entityOf.at(i);
        if (e < 0)
            continue;
        if (speakerOf.at(e) < 0) {
            const Entity &entity = table.entities.at(e);
            Speaker s;
            s.name = entity.name;
            s.role = entity.role;
            s.kind = entity.kind;
            s.aliases = entity.aliases;
            speakerOf[e] = int(speakers.size());
            speakers.append(s);
        }
        q.speakerIndex = speakerOf.at(e);
        q.speaker = speakers.at(q.speakerIndex).name;
        ++speakers[q.speakerIndex].quoteCount;
    }
    return speakers;
}

} // namespace Quoteshelf::Extract
