#include "extract/mentionparser.h"

#include "extract/lexicon.h"
#include "extract/nameindex.h"
#include "extract/wordclasses.h"
#include "extract/wordset.h"

namespace Quoteshelf::Extract {

using namespace WordClass;

namespace {

// "parents", "groups": a noun written in the plural, as far as its letters tell ("press" is none).
bool endsLikePlural(QStringView w)
{
    return w.size() > 3 && w.endsWith(u's') && !endsWith(w, u"ss");
}

// "campaigners", "residents", "economists": a plural noun for people, as far as its letters tell
// (a doer's ending; not "statements").
bool namesPeople(QStringView w)
{
    if (!endsLikePlural(w) || !w.front().isLower())
        return false;
    const QStringView stem = w.chopped(1);
    return WordClass::endsLikeAgentNoun(stem)
        || (stem.size() > 5 && (endsWith(stem, u"ent") || endsWith(stem, u"ant")) && !endsWith(stem, u"ment"));
}

} // namespace

MentionParser::MentionParser(const QString &text, TokenSpan tokens) : m_text(text), m_tokens(tokens) { }

bool MentionParser::isFirstNameAsWord(qsizetype i) const
{
    const QStringView w = word(i);
    // Cheap tests first: most capitalised function words open sentences.
    if (i <= 0 || m_tokens.at(i - 1).sentenceEnd || !Tokenizer::isCapitalised(w)
        || !Tokenizer::isCapitalised(word(i + 1)) || !Lexicon::instance().isFirstName(w))
        return false;
    // An opening quotation mark starts a sentence too: "“Will Doyle run?"
    if (!isWord(i - 1) && Tokenizer::isQuoteMark(m_text.at(m_tokens.at(i - 1).start))
        && (i == 1 || m_tokens.at(i - 2).sentenceEnd))
        return false;
    const QStringView next = word(i + 1);
    return Tokenizer::isCapitalised(next) && !has(i + 1, Lexicon::StopWord | Lexicon::DiscourseMarker)
        && !isAcronym(next);
}

bool MentionParser::readsAccordingTo(qsizetype i) const
{
    const QStringView w = word(i);
    return equalsIgnoringCase(w, u"according") && equals(word(i + 1), u"to");
}

bool MentionParser::isNameToken(qsizetype i) const
{
    // (A word of lower-case letters and hyphens is neither capitalised nor an articled name, whose
    // name has its capital ("al-Ansari").)
    if (isLowerCaseWord(i))
        return false;
    const QStringView w = word(i);
    if (Tokenizer::isArticledName(w))
        return true;
    if (!Tokenizer::isCapitalised(w) || equals(w, u"I") || (hasApostrophe(i) && isContraction(w))
        || Tokenizer::isLowerCaseCompound(w))
        return false;
    // "CONGRESS", "BREAKING": shouted headings, not names (acronyms are short).
    if (w.size() > 5 && isAcronym(w))
        return false;
    // "Having announced that …, Judge Berman proceeded": a common participle before a lower-case
    // word opens a clause; it names no one.
    if (w.size() >= 5 && endsWith(w, u"ing") && isLower(word(i + 1))
        && Lexicon::instance().documentFrequency(w) >= 500)
        return false;
    // "US" is the country, not the pronoun "us": "Former US secretary of state Ann Vale".
    if (has(i, Lexicon::StopWord | Lexicon::DiscourseMarker)) {
        return isFirstNameAsWord(i) || equals(w, u"US")
            || (WordClass::opensName(w) && !WordClass::opensName(word(i + 1)) && isNameToken(i + 1));
    }
    return true;
}

qsizetype MentionParser::beforeBracketLabel(qsizetype j, qsizetype lo) const
{
    if (!isPunct(j, u')'))
        return j;
    // "(Beaches—East York)", "(Ward 4)": a riding's or a ward's name may hold a dash or a number.
    const auto dash = [&](qsizetype t) { return isPunct(t, u'\u2014') || isPunct(t, u'\u2013') || isPunct(t, u'-'); };
    qsizetype open = j - 1;
    while (open > lo && j - open <= 6 && (isWord(open) || dash(open)))
        --open;
    if (open == j - 1 || !isPunct(open, u'(') || !isNameToken(open - 1) || open - 1 < lo)
        return j;
    int words = 0;
    for (qsizetype t = open + 1; t < j; ++t) {
        const QStringView w = word(t);
        if (dash(t) ? t == open + 1 || t == j - 1 : !Tokenizer::isCapitalised(w) && !(t > open + 1 && w.front().isDigit()))
            return j;
        words += dash(t) ? 0 : 1;
    }
    return words <= 4 ? open - 1 : j;
}

bool MentionParser::releasedBy(qsizetype lo, qsizetype nameFirst) const
{
    qsizetype k = nameFirst - 1;
    if (k > lo && equals(word(k), u"the"))
        --k;
    if (k - 1 < lo || !oneOf(word(k), u"from", u"by") || !WordClass::isDocumentNoun(word(k - 1)))
        return false;
    for (qsizetype t = lo; t < k - 1; ++t) {
        if (!isWord(t) || !isLower(word(t)))
            return false;
    }
    return true;
}

// "Fire", "Police", "Trade": a common word, no acronym nor first name, which may open an office's
// name before "and" ("Fire and Rescue NSW Commissioner", "Police and Crime Commissioner").
bool MentionParser::opensOfficeBeforeAnd(QStringView w)
{
    return Lexicon::instance().documentFrequency(w) >= 100 && !isAcronym(w) && !Lexicon::instance().isFirstName(w)
        && !WordClass::namesMemberOrNationality(w.endsWith(u's') ? w.chopped(1) : w); // "Democrats and Republicans"
}

Mention MentionParser::make(Mention::Form form, qsizetype first, qsizetype last) const
{
    Mention m;
    m.form = form;
    m.start = m_tokens.at(first).start;
    m.end = m_tokens.at(last).end;
    qsizetype nameFirst = first;
    if (form == Mention::Form::Name) {
        // Titles go to the role, the name keeps at least its last word: "President Biden" -> Biden.
        // (Not a peer's or a Scottish judge's: "Lady Poole", "Lord Bracadale" is how they are named.)
        const bool peer = last == first + 1 && (equals(word(first), u"Lord") || equals(word(first), u"Lady"))
            && !Lexicon::instance().isFirstName(word(last));
        while (!peer && nameFirst < last && (has(nameFirst, Lexicon::Title) || isLower(word(nameFirst))))
            ++nameFirst;
        // "Minister for Housing Darragh O'Brien", "Minister of Electricity Kgosientsho Ramokgopa":
        // an office's department comes before the name.
        if (nameFirst > first && (equals(word(nameFirst - 1), u"for") || equals(word(nameFirst - 1), u"of"))
            && has(nameFirst - 2, Lexicon::Title)) {
            QList<QStringView> words;
            for (qsizetype t = nameFirst; t <= last; ++t)
                words.append(word(t));
            nameFirst += Lexicon::instance().nameAfterDepartment(words, 0);
        }
        if (nameFirst > first) {
            m.role = m_text.mid(m.start, m_tokens.at(nameFirst - 1).end - m.start);
        }
    }
    m.nameStart = m_tokens.at(nameFirst).start;
    m.nameEnd = m.end;
    const QStringView tail = QStringView(m_text).mid(m.nameStart, m.nameEnd - m.nameStart);
    if (form != Mention::Form::Pronoun && (isPossessive(tail)))
        m.nameEnd -= 2;
    return m;
}

qsizetype MentionParser::afterTime(qsizetype i, qsizetype hi) const
{
    while (i < hi && isWord(i)
           && (isTemporal(word(i))
               || (oneOf(word(i), u"on", u"last", u"this", u"late", u"early") && isTemporal(word(i + 1)))))
        ++i;
    return i;
}

bool MentionParser::personBeforeOf(qsizetype of) const
{
    // "Meera Nair of Oxfam", "Sgt. Mark Duggan of Toronto police": a first name, a surname, then
    // "of" (titles may come before the name); not "Bank of England", "Secretary of State", "Duke
    // of Edinburgh", "University of Arkansas Clinton School of Public Service".
    qsizetype first = of - 1;
    while (first - 1 >= 0 && isNameToken(first - 1) && !has(first - 1, Lexicon::Title) && of - first < 4)
        --first;
    // "PC Sam Turner of …": a rank's abbreviation before the first name.
    if (first + 2 < of && word(first).size() <= 5 && isAcronym(word(first)))
        ++first;
    // ("Economist Ronan Lyons of Trinity College Dublin": a capitalised role at the sentence's start.)
    if (first + 2 < of && (first == 0 || m_tokens.at(first - 1).sentenceEnd)
        && !Lexicon::instance().isFirstName(word(first))
        && (has(first, Lexicon::SpeakerNoun) || WordClass::endsLikeAgentNoun(word(first))))
        ++first;
    if (first >= of - 1 || !Lexicon::instance().isFirstName(word(first)))
        return false;
    for (qsizetype t = first; t < of; ++t) {
        if (has(t, Lexicon::Title | Lexicon::OrganisationWord) || isPossessive(word(t)))
            return false;
    }
    return true;
}

qsizetype MentionParser::firstTokenOf(const Mention &m, qsizetype last, qsizetype lo) const
{
    qsizetype first = last;
    while (first > lo && m_tokens.at(first - 1).start >= m.start)
        --first;
    return first;
}

Mention MentionParser::personOf(const Mention &run, qsizetype first, qsizetype lo) const
{
    const qsizetype of = first - 1;
    if (of - 1 < lo || !equals(word(of), u"of") || !isNameToken(of - 1) || !personBeforeOf(of))
        return run;
    Mention person = nameRunEndingAt(of - 1, lo);
    person.role = m_text.mid(run.start, run.end - run.start);
    return person;
}

Mention MentionParser::nameRunEndingAt(qsizetype j, qsizetype lo) const
{
    qsizetype k = j;
    while (k - 1 >= lo) {
        if (isNameToken(k - 1) || (Tokenizer::isCapitalised(word(k - 1)) && has(k - 1, Lexicon::Title))) {
            --k;
        } else if (k - 2 >= lo && equals(word(k - 1), u"for") && Tokenizer::isCapitalised(word(k - 2))
                   && has(k - 2, Lexicon::Title | Lexicon::OrganisationWord)) {
            k -= 2; // "Minister for Housing Darragh O'Brien", "the Department for Education"
        } else if (k - 2 >= lo
                   && (has(k - 1, Lexicon::NameParticle) || (equals(word(k - 1), u"of") && !personBeforeOf(k - 1)))
                   && isNameToken(k - 2)) {
            k -= 2;
        } else if (k - 3 >= lo && equals(word(k - 1), u"the") && equals(word(k - 2), u"of")
                   && WordClass::opensBodyOfThe(word(k - 3))) {
            k -= 3; // "the Office of the Chief Coroner", "the Department of the Environment"
        } else if (k - 2 >= lo && isDetachedPossessive(k - 1) && isNameToken(k - 2)
                   && (has(j, Lexicon::OrganisationWord) || has(k, Lexicon::OrganisationWord))) {
            // "the Alberta Teachers’ Association", "Federation of Merchants' Associations Singapore":
            // a plural possessive inside the name
            k -= 2;
        } else {
            break;
        }
    }
    // "Fédération des clubs de motoneigistes du Québec": back through a French institution's
    // particles and lower-case words to its first word.
    if (k - 2 >= lo && WordClass::isFrenchParticle(word(k - 1))) {
        for (qsizetype t = k - 2; t >= lo && k - t <= 10 && isWord(t); --t) {
            if (WordClass::isFrenchInstitution(word(t)) && WordClass::isFrenchParticle(word(t + 1))) {
                k = t;
                break;
            }
            if (isLower(word(t)) && !WordClass::isFrenchParticle(word(t))
                && has(t, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue))
                break;
        }
    }
    // "the Department for Environment, Food and Rural Affairs", "Ministry of Health and Social
    // Care": a list of capitalised words after an organisation word's "for" or "of" is part of
    // its name (elsewhere "and" joins two names: "Biden and Harris").
    if (k - 2 >= lo && (equals(word(k - 1), u"and") || isPunct(k - 1, u'&')) && isNameToken(k - 2)) {
        qsizetype b = k - 2;
        // "Levelling Up": a capitalised small word inside the name.
        const auto inName = [&](qsizetype t) {
            return isNameToken(t) || (t > lo && Tokenizer::isCapitalised(word(t)) && isNameToken(t - 1));
        };
        while (b - 1 >= lo && (inName(b - 1) || (b - 2 >= lo && isPunct(b - 1, u',') && inName(b - 2))))
            --b;
        if (b - 2 >= lo && oneOf(word(b - 1), u"for", u"of", u"on") && isNameToken(b - 2)) {
            const Mention head = nameRunEndingAt(b - 2, lo);
            const qsizetype h = firstTokenOf(head, b - 2, lo);
            bool organisation = false;
            for (qsizetype t = h; t <= b - 2 && !organisation; ++t)
                organisation = has(t, Lexicon::OrganisationWord);
            if (organisation && !isPossessive(word(b - 2)))
                k = h;
        }
    }
    // "the Lagos State Fire and Rescue Service": a name before "and" when the words after it, up to
    // here, end in an organisation's word.
    // ("the Universities and Colleges Employers' Association": a plural's possessive mark is no word.)
    const qsizetype marks = j - k == 3 && isDetachedPossessive(j - 1) ? 1 : 0;
    if (k - 2 >= lo && j - k - marks <= 2 && equals(word(k - 1), u"and") && isNameToken(k - 2)
        && has(j, Lexicon::OrganisationWord) && (joinsBodyBeforeAnd(word(k - 2)) || marks > 0)) {
        qsizetype b = k - 2;
        while (b - 1 >= lo && isNameToken(b - 1) && k - b < 5)
            --b;
        // (Not an item of a list: "Department for Environment, Food and Rural Affairs"; after a
        // clause's comma it opens the name: "in Las Croabas, Customs and Border Protection said".)
        bool listed = isPunct(b - 1, u',');
        if (listed) {
            qsizetype t = b - 2;
            while (t >= lo && b - t < 8 && (isNameToken(t) || isPunct(t, u',')))
                --t;
            listed = t >= lo && oneOf(word(t), u"for", u"of");
        }
        if (!listed)
            k = b;
    }
    // "Fire and Rescue NSW Commissioner Jeremy Fewtrell", "Police and Crime Commissioner Ann Vale": a
    // common word and "and" before words that end in a title open the office's name.
    if (k - 2 >= lo && k < j && equals(word(k - 1), u"and") && isNameToken(k - 2) && !has(k, Lexicon::Title)
        && (k - 3 < lo || !isWord(k - 3) || isLower(word(k - 3))) && opensOfficeBeforeAnd(word(k - 2))) {
        bool titled = false;
        for (qsizetype t = k + 1; t < j && !titled; ++t)
            titled = Tokenizer::isCapitalised(word(t)) && has(t, Lexicon::Title);
        if (titled)
            k -= 2;
    }
    // A possessive in the middle ends one name and starts another: "Qatar’s Ministry"; not a
    // plural one inside an organisation's name: "the Alberta Teachers’ Association", nor a
    // monarch's or a saint's: "King's College Hospital", "St David's Hospice".
    qsizetype first = k;
    const bool organisation = has(j, Lexicon::OrganisationWord);
    for (qsizetype i = k; i < j; ++i) {
        const QStringView w = word(i);
        const bool plural = (endsWith(w, u"s\u2019") || endsWith(w, u"s'")) && w.size() > 3;
        const bool institution = organisation && isPossessive(w) && possessesInstitution(w, word(i - 1));
        if ((isPossessive(w) || w.endsWith(u'\u2019')) && !(plural && organisation) && !institution)
            first = i + 1;
    }
    // "Residents of Velachery said", "Neighbors told KTLA", "Investigators said": a common plural
    // opening the sentence, and where they are of, describe a group.
    if (((first == j
          && (WordClass::namesLocalGroup(word(first))
              || (has(first, Lexicon::SpeakerNoun) && endsLikePlural(word(first)) && !has(first, Lexicon::Title)
                  && !WordClass::isQuantityPronoun(word(first)))))
         || (first + 1 < j && equals(word(first + 1), u"of") && WordClass::isCommonPlural(word(first))))
        && Tokenizer::isCapitalised(word(first)) && (first == 0 || !isWord(first - 1) || m_tokens.at(first - 1).sentenceEnd))
        return make(Mention::Form::Description, first, j);
    // "said a Democrat", "another New Hampshire Republican": after an indefinite article a name
    // says what kind of person someone is, not who. So with adjectives between when it names a
    // party's member or a nationality ("a senior Conservative", "a young Kenyan"); "a terse
    // Miller", "a defensive Obama" are people.
    qsizetype article = first - 1;
    while (article >= lo && first - article <= 3 && isWord(article) && isLower(word(article))
           && !has(article, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue))
        --article;
    const QStringView a = word(article);
    if (article >= lo
        && (equals(a, u"a") || equals(a, u"an") || equals(a, u"another") || equals(a, u"A") || equals(a, u"An")
            || equals(a, u"Another"))
        && (article == first - 1 || WordClass::namesMemberOrNationality(word(j))))
        return make(Mention::Form::Description, article, j);
    return make(Mention::Form::Name, first, j);
}

Mention MentionParser::descriptionEndingAt(qsizetype j, qsizetype lo) const
{
    if (has(j, Lexicon::StopWord | Lexicon::FunctionVerb))
        return {};
    qsizetype k = j;
    qsizetype boundary = lo;
    QList<qsizetype> determiners;
    // "A Department of Health and Social Care spokesperson": "and" inside an organisation's name.
    const auto insideName = [&](qsizetype conjunction) {
        if (!equals(word(conjunction), u"and") || !isNameToken(conjunction - 1) || !isNameToken(conjunction + 1))
            return false;
        qsizetype t = conjunction + 1;
        while (t + 1 < j && isNameToken(t + 1))
            ++t;
        return nameRunEndingAt(t, lo).start < m_tokens.at(conjunction).start;
    };
    while (k >= lo && j - k < 10) {
        const QStringView w = word(k);
        // "the Aslef drivers' union": a plural possessive whose apostrophe is a token of its own.
        if (w.isEmpty() && k < j && k - 1 >= lo && isDetachedPossessive(k)) {
            determiners.append(k - 1);
            boundary = k - 1;
            k -= 2;
            continue;
        }
        // "sacked the council after an inquiry found": a subordinator opens the clause whose
        // subject the phrase is.
        if (w.isEmpty() || has(k, Lexicon::FunctionVerb) || (oneOf(w, u"and", u"but", u"or") && !insideName(k))
            || (k < j && has(k, Lexicon::ReportingCue)) || (k < j && isLower(w) && isSubordinator(w))) {
            boundary = k + 1;
            break;
        }
        // "A No 10 spokesperson": "No" before a number is part of a name.
        if ((has(k, Lexicon::Determiner) && !(equals(w, u"No") && equals(word(k + 1), u"10"))) || isPossessive(w))
            determiners.append(k);
        boundary = k;
        --k;
    }
    for (const qsizetype d : std::as_const(determiners)) {
        qsizetype head = j;
        // "The University of Surrey expert", "the Bank of England governor": an organisation's
        // name with its "of" qualifies the speaker noun that ends the phrase.
        bool namedBeforeHead = false;
        if (has(j, Lexicon::SpeakerNoun | Lexicon::Title) && isLower(word(j)) && j - d >= 4) {
            namedBeforeHead = true;
            for (qsizetype t = d + 1; t < j && namedBeforeHead; ++t)
                namedBeforeHead = isNameToken(t) || (t > d + 1 && t + 1 < j && oneOf(word(t), u"of", u"for"));
        }
        for (qsizetype i = d + 1; i < j && !namedBeforeHead; ++i) {
            if (isPostModifierStart(word(i + 1)) || isPostModifierStart(word(i))) {
                head = i;
                break;
            }
        }
        if (isPreposition(word(d - 1)) && d - 1 >= lo)
            continue; // "in a statement": a prepositional phrase, not the subject
        // "the regulator", "the builders' lobby": a kind of organisation speaks too.
        if (has(head, Lexicon::SpeakerNoun | Lexicon::Title | Lexicon::OrganisationWord)
            || WordClass::namesCompany(word(head)) || WordClass::isAge(word(head))
            || oneOf(word(head), u"duchess", u"duke", u"princess", u"countess")) { // ("The duchess revealed")
            // "the Amotekun Corps in the state said": an organisation's name, then where it is.
            if (head < j && equalsIgnoringCase(word(d), u"the") && has(head, Lexicon::OrganisationWord)) {
                bool named = head > d;
                for (qsizetype t = d + 1; t <= head && named; ++t)
                    named = isNameToken(t);
                if (named)
                    return nameRunEndingAt(head, d + 1);
            }
            // "Clinton’s campaign": the possessive is part of the phrase, the name behind it too.
            qsizetype first = d;
            while (first - 1 >= boundary && isNameToken(first - 1) && !has(d, Lexicon::Determiner))
                --first;
            // "the builders' union", "the country's largest lobby": the determiner before a
            // possessor ("the Aslef drivers' union" is named by its name).
            if (first == d && first - 1 >= boundary && (isDetachedPossessive(d + 1) || isPossessive(word(d)))
                && has(first - 1, Lexicon::Determiner))
                --first;
            // ... "the prime minister's official spokesperson": past the possessor's own words.
            if (first == d && isPossessive(word(d)) && !has(d, Lexicon::Determiner)) {
                qsizetype t = d - 1;
                while (t > boundary && d - t <= 3 && isWord(t) && isLower(word(t)) && !has(t, Lexicon::StopWord))
                    --t;
                if (t >= boundary && t < d - 1 && has(t, Lexicon::Determiner) && !has(t, Lexicon::Pronoun))
                    first = t;
            }
            // "a move critics called “reckless”", "a move tenant groups called …": "a" before a
            // plural head opens a phrase of its own, and the speakers' clause begins after its noun
            // (not "a few critics", "a dozen MPs").
            // (Only nouns between: "A union representing flight attendants endorsed" is one phrase.)
            bool nounsBetween = j - d >= 2;
            for (qsizetype t = d + 1; t < j && nounsBetween; ++t)
                nounsBetween = isWord(t) && !endsWith(word(t), u"ing") && !isPreposition(word(t));
            if (first == d && head == j && nounsBetween
                && (equalsIgnoringCase(word(d), u"a") || equalsIgnoringCase(word(d), u"an"))
                && endsLikePlural(word(j)) && isLower(word(d + 1)) && !endsLikePlural(word(d + 1))
                && !isNumberWord(word(d + 1)) && !oneOf(word(d + 1), u"few", u"couple", u"handful", u"score"))
                first = d + 2;
            return make(Mention::Form::Description, first, j);
        }
    }
    // "US officials said", "Sources told": a plural speaker noun needs no determiner.
    // ("what multiple lawmakers called “fraud”", "That is why critics say": the phrase starts after
    // a word opening a clause.)
    if (determiners.isEmpty() && has(j, Lexicon::SpeakerNoun | Lexicon::Title)) {
        qsizetype first = boundary;
        for (qsizetype t = boundary; t < j; ++t) {
            if (has(t, Lexicon::DiscourseMarker)
                || oneOf(word(t), u"which", u"who", u"whom", u"what", u"why", u"how", u"where", u"whether"))
                first = t + 1;
        }
        return make(Mention::Form::Description, first, j);
    }
    return {};
}

Mention MentionParser::possessedPhrase(qsizetype first, qsizetype possessor, qsizetype hi) const
{
    // The head: the last noun of a source within a few lower-case words ("campaign" in "Ryan’s
    // campaign shrugged", "manager" in "Rubio’s deputy campaign manager").
    qsizetype head = possessor;
    for (qsizetype k = possessor + 1; k < hi && k - possessor <= 4 && isLower(word(k))
         && !has(k, Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::StopWord);
         ++k) {
        if (has(k, Lexicon::SpeakerNoun | Lexicon::Title | Lexicon::OrganisationWord) || isDocumentNoun(word(k))
            || isRoleNoun(word(k)))
            head = k;
    }
    if (head == possessor)
        return {};
    const qsizetype k = head + 1;
    // The person the role belongs to, right after it or between commas: "…’s advocacy group One
    // Nation", "…’s deputy campaign manager, Rich Beeson, who…".
    const qsizetype nameFirst = isPunct(k, u',') ? k + 1 : k;
    if (nameFirst < hi && isNameToken(nameFirst)) {
        qsizetype last = nameFirst;
        while (last + 1 < hi && (isNameToken(last + 1) || has(last + 1, Lexicon::NameParticle)))
            ++last;
        if (nameFirst == k || isPunct(last + 1, u',') || last + 1 >= hi) {
            Mention m = nameRunEndingAt(last, nameFirst);
            m.role = m_text.mid(m_tokens.at(first).start, m_tokens.at(head).end - m_tokens.at(first).start);
            return m;
        }
    }
    return make(Mention::Form::Description, first, head);
}

Mention MentionParser::wholePhrase(qsizetype lo, qsizetype hi) const
{
    // "people who have spoken with lawmakers": the phrase ends before its relative clause.
    for (qsizetype r = lo + 1; r < hi; ++r) {
        if (isWord(r) && (equals(word(r), u"who") || equals(word(r), u"whom"))) {
            hi = r;
            break;
        }
    }
    // "according to the Rhodium Group, a research firm that …": a name, then its appositive.
    for (qsizetype r = lo + 1; r + 1 < hi; ++r) {
        if (!isPunct(r, u','))
            continue;
        const qsizetype nameFirst = equalsIgnoringCase(word(lo), u"the") ? lo + 1 : lo;
        bool named = nameFirst < r;
        for (qsizetype t = nameFirst; t < r && named; ++t)
            named = isNameToken(t) || has(t, Lexicon::NameParticle);
        if (named && has(r + 1, Lexicon::Determiner) && !has(r + 1, Lexicon::Pronoun))
            hi = r;
        break;
    }
    // "according to the Health Service Executive (HSE)": the label in brackets is no part of it.
    if (hi - 1 > lo)
        hi = beforeBracketLabel(hi - 1, lo) + 1;
    while (hi > lo && (!isWord(hi - 1) || isVerbFiller(word(hi - 1))))
        --hi;
    while (lo < hi && (has(lo, Lexicon::DiscourseMarker) || !isWord(lo)))
        ++lo;
    if (hi <= lo || hi - lo > 14)
        return {};
    // "according to her": an object pronoun names a speaker as its subject form does.
    if (hi - lo == 1 && (has(lo, Lexicon::Pronoun) || oneOf(word(lo), u"him", u"her", u"them")))
        return make(Mention::Form::Pronoun, lo, lo);
    if (isNameToken(hi - 1)) {
        Mention m = nameRunEndingAt(hi - 1, lo);
        // "The Courier’s Ann Vale": the person after the employer's possessive.
        const qsizetype nameFirst = firstTokenOf(m, hi - 1, lo);
        const QStringView before = word(nameFirst - 1);
        if (nameFirst > lo && m.start > m_tokens.at(lo).start && (isPossessive(before) || before.endsWith(u'\u2019'))) {
            m.role = m_text.mid(m_tokens.at(lo).start, m_tokens.at(nameFirst - 1).end - m_tokens.at(lo).start);
            return m;
        }
        // "according to the Health Service Executive": the article before a name is no description.
        if (nameFirst == lo + 1 && equals(word(lo), u"the") && m.form == Mention::Form::Name)
            return m;
        // "according to a news release from the Saskatoon Police Service": the document's author.
        if (m.form == Mention::Form::Name && releasedBy(lo, nameFirst))
            return m;
        if (m.start == m_tokens.at(lo).start || has(lo, Lexicon::Determiner))
            return m.start == m_tokens.at(lo).start ? m : make(Mention::Form::Description, lo, hi - 1);
        return m;
    }
    if (has(lo, Lexicon::Determiner))
        return make(Mention::Form::Description, lo, hi - 1);
    const Mention m = descriptionEndingAt(hi - 1, lo);
    // "according to people familiar with the talks", "according to senior officials": a bare
    // plural of a source is a description too.
    if (!m.valid() && hi - lo <= 4 && isLower(word(hi - 1)) && has(hi - 1, Lexicon::SpeakerNoun))
        return make(Mention::Form::Description, lo, hi - 1);
    // ... and so are "people familiar with the matter" (not "estimates", nor "the data").
    if (m.valid() || !(equalsIgnoringCase(word(lo), u"people") || isNumberWord(word(lo))))
        return m;
    return nounPhraseEndingAt(hi - 1, lo);
}

Mention MentionParser::personOwning(const Mention &m, qsizetype lo) const
{
    if (m.form != Mention::Form::Name)
        return m;
    qsizetype b = lo;
    while (b < m_tokens.size() && tokenStart(b) < m.start)
        ++b;
    // "Richard Burgon, the Labour MP for Leeds East, who …": the run is an office itself, in
    // commas after the person's name.
    if (b - 3 >= lo && has(b - 1, Lexicon::Determiner) && !has(b - 1, Lexicon::Pronoun) && isPunct(b - 2, u',')
        && isNameToken(b - 3)) {
        bool office = false;
        for (qsizetype t = b; t < m_tokens.size() && tokenStart(t) < m.end && !office; ++t)
            office = has(t, Lexicon::Title);
        Mention person = office ? nameRunEndingAt(b - 3, lo) : Mention {};
        if (person.valid() && !objectOfPreposition(person, b - 3)) {
            person.role = m_text.mid(tokenStart(b - 1), m.end - tokenStart(b - 1));
            return person;
        }
    }
    const qsizetype of = has(b - 1, Lexicon::Determiner) ? b - 2 : b - 1;
    if (of <= lo || !WordClass::isPreposition(word(of)))
        return m;
    qsizetype c = of;
    while (c > lo && of - c < 16 && !isPunct(c, u','))
        --c;
    if (!isPunct(c, u',') || !has(c + 1, Lexicon::Determiner) || has(c + 1, Lexicon::Pronoun) || !isNameToken(c - 1))
        return m;
    Mention person = nameRunEndingAt(c - 1, lo);
    if (!person.valid() || objectOfPreposition(person, c - 1))
        return m;
    person.role = m_text.mid(tokenStart(c + 1), m.end - tokenStart(c + 1));
    return person;
}

bool MentionParser::objectOfPreposition(const Mention &name, qsizetype last) const
{
    const qsizetype first = firstTokenOf(name, last, 0);
    return first > 0 && (isPreposition(word(first - 1)) || equals(word(first - 1), u"to"));
}

Mention MentionParser::subjectBefore(qsizetype verbIndex, qsizetype lo) const
{
    qsizetype j = verbIndex - 1;
    while (j >= lo && isWord(j) && isVerbFiller(word(j)))
        --j;
    if (j >= lo && isTemporal(word(j))) {
        while (j >= lo && isWord(j) && isTemporalFiller(word(j)))
            --j;
        while (j >= lo && isWord(j) && isVerbFiller(word(j)))
            --j;
    }
    if (j < lo)
        return {};
    // "Rep. Ann Vale (D-Ohio) said", "Sen. Joe Lund (Vt.) said": a short label in brackets after
    // a name is no part of the sentence around it.
    j = beforeBracketLabel(j, lo);
    // "… reached out to the ministry, which said …", "Ann Vale, who said …": a relative pronoun
    // after a comma stands for what comes before it.
    // (Only before "said" or a verb of saying and "that": "the crowd, which chanted his name", "the
    // WTO, which writes the rules" report nothing.)
    if (isWord(j) && (equals(word(j), u"which") || equals(word(j), u"who")) && j - 2 >= lo && isPunct(j - 1, u',')
        && isWord(j - 2)
        && (oneOf(word(verbIndex), u"said", u"says", u"told", u"added")
            || (has(verbIndex, Lexicon::SpeechCue) && equals(word(verbIndex + 1), u"that")))) {
        if (isNameToken(j - 2)) {
            // ("Sen. Joe Lund of Ohio, who mused": the person, not the state.)
            const Mention m = nameRunEndingAt(j - 2, lo);
            const qsizetype first = firstTokenOf(m, j - 2, lo);
            if (first - 2 >= lo && oneOf(word(first - 1), u"of", u"from") && isNameToken(first - 2))
                return nameRunEndingAt(first - 2, lo);
            return m;
        }
        // ("reached out to the ministry, which said": a description after a preposition too.)
        const qsizetype head = j - 2;
        if (isLower(word(head)) && !has(head, Lexicon::StopWord)
            && (has(head, Lexicon::SpeakerNoun | Lexicon::Title | Lexicon::OrganisationWord)
                || WordClass::namesCompany(word(head)))) {
            qsizetype d = head - 1;
            while (d > lo && head - d < 4 && isWord(d) && isLower(word(d)) && !has(d, Lexicon::Determiner))
                --d;
            if (d >= lo && has(d, Lexicon::Determiner) && !has(d, Lexicon::Pronoun))
                return make(Mention::Form::Description, d, head);
        }
        return {};
    }
    // "he told ABC … and said": the subject of the first verb.
    if (isWord(j) && (equals(word(j), u"and") || equals(word(j), u"but")))
        return clauseSubject(lo, j);
    // "…, with Sen. Joe Lund calling it …", "with Vale reportedly yelling": after "with", the
    // name before the participle is its subject.
    if (endsWith(word(verbIndex), u"ing") && isNameToken(j)) {
        const Mention m = nameRunEndingAt(j, lo);
        const qsizetype first = firstTokenOf(m, j, lo);
        // "footage of Hillary Clinton asking", "a video showing Vale saying": the name shown speaks.
        if (oneOf(word(first - 1), u"with", u"of", u"showing", u"shows", u"showed", u"featuring")
            && !isPossessive(word(j)))
            return m;
    }
    // "…, with opposition senators terming it “…”", "with one senator calling it": so are people
    // described.
    const bool people = isWord(j) && isLower(word(j))
        && (namesPeople(word(j)) || has(j, Lexicon::SpeakerNoun | Lexicon::Title));
    if (endsWith(word(verbIndex), u"ing") && people) {
        const qsizetype first = qualifiedNounStart(j, lo);
        if (first > lo && equals(word(first - 1), u"with"))
            return make(Mention::Form::Description, first, j);
    }
    // "by saying", "before adding": the participle's subject is the clause's subject.
    if (endsWith(word(verbIndex), u"ing") && isWord(j) && oneOf(word(j), u"by", u"before", u"after", u"while", u"when"))
        return clauseSubject(lo, j);
    // "…, says a report highlighting the “…”": after an inverted cue of saying, the participle
    // goes with the description the cue names.
    if (endsWith(word(verbIndex), u"ing") && isWord(j) && isLower(word(j)) && !has(j, Lexicon::StopWord)) {
        qsizetype d = j - 1;
        while (d > lo && j - d < 5 && isWord(d) && !has(d, Lexicon::Determiner))
            --d;
        if (d > lo && has(d, Lexicon::Determiner) && !has(d, Lexicon::Pronoun)
            && (equals(word(d - 1), u"says") || equals(word(d - 1), u"said"))) {
            const Mention m = wholePhrase(d, j + 1);
            if (m.valid())
                return m;
        }
    }
    // "Trump issued a statement saying that…": a participle's subject is the clause's subject,
    // not the noun just before it.
    if (endsWith(word(verbIndex), u"ing") && isWord(j) && !has(j, Lexicon::Pronoun)) {
        const Mention m = clauseSubject(lo, j + 1);
        if (m.valid())
            return m;
    }
    if (isPunct(j, u',')) {
        if (endsWith(word(verbIndex), u"ing")) {
            // "…, Nefzi said, adding, …", "he added of his relatives, saying": the speaker of the
            // cue before the comma. A cue with no subject of its own ("said in a statement,
            // adding") leaves the search to the verb before it.
            for (qsizetype k = j - 1; k >= lo && j - k <= 6 && isWord(k); --k) {
                if (!isLower(word(k)) || !has(k, Lexicon::ReportingCue) || endsWith(word(k), u"ing"))
                    continue;
                const Mention m = subjectBefore(k, lo);
                if (m.valid())
                    return m;
            }
            return clauseSubject(lo, j);
        }
        // "Name, appositive, said": the subject sits before the appositive.
        qsizetype k = j - 1;
        while (k >= lo && !isPunct(k, u',') && j - k < 25)
            --k;
        if (k < lo || !isPunct(k, u','))
            return {};
        // "Mr Lund, chairman of the environment, food and rural affairs committee, said": the
        // appositive may hold a list of lower-case words; its commas are no end of it.
        if (k > lo && isLower(word(k + 1)) && isLower(word(k - 1)) && !has(k + 1, Lexicon::Determiner)) {
            bool list = false;
            for (qsizetype t = k + 1; t < j && !list; ++t)
                list = equals(word(t), u"and") || equals(word(t), u"or");
            qsizetype c = k - 1;
            while (list && c > lo && isWord(c) && k - c < 8)
                --c;
            if (list && c > lo && isPunct(c, u',') && isLower(word(c + 1)))
                k = c;
        }
        // A person's age in commas after the name: a word of digits.
        const auto isAge = [&](qsizetype t) {
            return isWord(t) && std::all_of(word(t).begin(), word(t).end(), [](QChar c) { return c.isDigit(); });
        };
        // "Swanson, who is a pastor at the church in Elizabeth, Colorado, slammed": a relative
        // clause may hold commas of its own; the subject sits before its "who".
        // "Ann Vale, 34, who lives in the harbour district, said": a name, its age between commas,
        // then a relative clause; "Ann Vale, 45, a nurse, said": or a description.
        const bool relative = equals(word(k + 1), u"who");
        const bool described = has(k + 1, Lexicon::Determiner) && !has(k + 1, Lexicon::Pronoun);
        if ((relative || described) && isAge(k - 1) && isPunct(k - 2, u',') && isNameToken(k - 3)) {
            Mention m = nameRunEndingAt(k - 3, lo);
            if (m.role.isEmpty())
                m.role = appositiveAfter(relative ? k - 3 : k - 1, j + 1);
            return m;
        }
        // "Margaret Okafor, 71, from Croydon, said", "Margaret Okafor, from Croydon, said": a
        // name (and its age) in commas, then where they are from.
        // "Brianne Stone, 29, of Huntsville, Ala., says": the place may hold a comma of its own.
        qsizetype from = k;
        if (from - 1 > lo && !oneOf(word(from + 1), u"from", u"of", u"in") && Tokenizer::isCapitalised(word(from + 1))
            && Tokenizer::isCapitalised(word(from - 1))) {
            qsizetype c = from - 1;
            while (c > lo && from - c <= 4 && isWord(c))
                --c;
            if (isPunct(c, u','))
                from = c;
        }
        if (from + 1 < j && oneOf(word(from + 1), u"from", u"of", u"in") && j - from <= 8) {
            if (from - 3 >= lo && isAge(from - 1) && word(from - 1).size() <= 3 && isPunct(from - 2, u',')
                && isNameToken(from - 3))
                return nameRunEndingAt(from - 3, lo);
            if (equals(word(from + 1), u"from") && from - 1 >= lo && isNameToken(from - 1)
                && !isPossessive(word(from - 1)))
                return nameRunEndingAt(from - 1, lo);
        }
        // "The England forward, who missed the game, said": before "who", a short phrase a
        // determiner opens at the start of the clause is someone, whatever its noun.
        const auto someoneBeforeWho = [&](qsizetype w) {
            bool phrase = equals(word(w), u"who") && has(lo, Lexicon::Determiner) && !has(lo, Lexicon::Pronoun)
                && w - 2 > lo && w - 2 - lo <= 4 && isLower(word(w - 2));
            for (qsizetype t = lo + 1; t <= w - 2 && phrase; ++t)
                phrase = isWord(t) && !has(t, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue);
            return phrase ? make(Mention::Form::Description, lo, w - 2) : Mention {};
        };
        // (A relative clause with no comma of its own.)
        if (const Mention m = someoneBeforeWho(k + 1); m.valid() && !descriptionEndingAt(k - 1, lo).valid())
            return m;
        for (qsizetype w = k - 1; w > lo && j - w < 30; --w) {
            if ((!equals(word(w), u"who") && !equals(word(w), u"which")) || !isPunct(w - 1, u','))
                continue;
            // "The Governor, who spoke through his press secretary, …, said": an office written
            // with a capital after "the" describes its holder.
            if (w - 3 >= lo && isNameToken(w - 2) && has(w - 2, Lexicon::Title)
                && equalsIgnoringCase(word(w - 3), u"the") && (w - 3 == lo || !isNameToken(w - 4)))
                return make(Mention::Form::Description, w - 3, w - 2);
            if (isNameToken(w - 2)) {
                // "X, the president of Acme, which …, said"; "Richard Burgon, the Labour MP for
                // Leeds East, who organised the letter, said": the person whose office names it.
                Mention m = personOwning(nameRunEndingAt(w - 2, lo), lo);
                if (m.role.isEmpty())
                    m.role = appositiveAfter(w - 2, j + 1);
                return m;
            }
            // "The hospital trust, which runs three sites in the city, said": a description.
            if (isLower(word(w - 2))) {
                Mention m = descriptionEndingAt(w - 2, lo);
                if (!m.valid() && has(verbIndex, Lexicon::SpeechCue))
                    m = nounPhraseEndingAt(w - 2, lo);
                if (!m.valid())
                    m = someoneBeforeWho(w);
                if (m.valid())
                    return m;
            }
            break;
        }
        // "Pike’s agent, Joe Lund, said": a description, then the full name between commas; the
        // name is the speaker, the description its role.
        // ("His wife, Mary, said": a relative's first name alone.)
        // ("The union representing the workers, Unifor, said": a body's one-word name after a
        // description whose noun names a kind of body.)
        const auto namesBody = [&] {
            if (j - k != 2 || !isNameToken(k + 1) || Lexicon::instance().isFirstName(word(k + 1)))
                return false;
            for (qsizetype t = k - 1; t >= lo && k - t <= 8 && isWord(t); --t) {
                if (has(t, Lexicon::Determiner) && t + 1 < k && isLower(word(t + 1))
                    && (has(t + 1, Lexicon::OrganisationWord) || WordClass::namesCompany(word(t + 1))))
                    return true;
            }
            return false;
        };
        bool nameBetween = j - k > 2
            || (j - k == 2 && k - 2 >= lo
                && (oneOf(word(k - 2), u"his", u"her", u"their") || (isPossessive(word(k - 2)) && isNameToken(k - 2)))
                && isRoleNoun(word(k - 1))
                && Lexicon::instance().isFirstName(word(k + 1)))
            || namesBody();
        // ... "the medical director, Dr Claire Fuller, said": a title may open the name.
        for (qsizetype t = k + 1; t < j && nameBetween; ++t) {
            nameBetween = isNameToken(t) || (t > k + 1 && has(t, Lexicon::NameParticle))
                || (t == k + 1 && t + 2 < j && Tokenizer::isCapitalised(word(t)) && has(t, Lexicon::Title));
        }
        // ... "Her fiance, the actor Tom Lund, wrote": or a role of its own before a full name.
        qsizetype nameFirst = k + 1;
        if (!nameBetween && has(k + 1, Lexicon::Determiner) && !has(k + 1, Lexicon::Pronoun)) {
            qsizetype t = j - 1;
            while (t > k + 2 && isNameToken(t))
                --t;
            bool role = j - 1 - t >= 2 && t > k + 1;
            for (qsizetype r = k + 2; r <= t && role; ++r)
                role = isWord(r) && isLower(word(r)) && !has(r, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue);
            if (role && Lexicon::instance().isFirstName(word(t + 1))) {
                nameBetween = true;
                nameFirst = t + 1;
            }
        }
        // ... "the MP for Leeds Central, Hilary Benn,": a description may end in a name of its own
        // when a determiner opens it.
        // "Also speaking, an economist at the University of Lagos, Prof. Ada Eze, noted": the
        // description may follow an opening phrase and its comma, when a determiner opens it.
        qsizetype dlo = lo;
        for (qsizetype t = k - 1; t > lo; --t) {
            if (isPunct(t, u',')) {
                // ... not after a name ("Dean Lund, a salesman from Sumter, South Carolina, says"),
                // unless the opening phrase says where or how ("Speaking at a conference in
                // Manchester, the education secretary, Bridget Phillipson, said").
                // ("However, the council's chief executive, Joe Lund, said": or a sentence adverb alone.)
                const auto opensWithPhrase = [&] {
                    const QStringView opening = word(lo);
                    return endsWith(opening, u"ing") || equals(opening, u"Asked") || WordClass::isPreposition(opening)
                        || (t == lo + 1 && has(lo, Lexicon::DiscourseMarker));
                };
                // (Or a possessor: "Speaking on Tuesday, Eskom's chief operating officer, Dan
                // Marokane, said".)
                // ("After the hearing, Mr Reid's mother, Anne Reid, said": after a form of address.)
                qsizetype possessor = t + 1;
                if (possessor + 1 < k && isFormOfAddress(word(possessor)))
                    ++possessor;
                while (possessor + 1 < k && possessor - t < 4 && isNameToken(possessor)
                       && !isPossessive(word(possessor)))
                    ++possessor;
                const bool opensDescription = (has(t + 1, Lexicon::Determiner) && !has(t + 1, Lexicon::Pronoun))
                    || (isPossessive(word(possessor)) && isNameToken(possessor) && opensWithPhrase());
                if (opensDescription && (isLower(word(t - 1)) || opensWithPhrase()))
                    dlo = t + 1;
                break;
            }
        }
        // ("VFI Chief Executive, Padraig Lund, said": an office written with capitals.)
        // ("The 62-year-old owner of a guest house in Lochboisdale, Morag MacDonald, said": a longer
        // one when a determiner opens it.)
        const qsizetype longest = has(dlo, Lexicon::Determiner) && !has(dlo, Lexicon::Pronoun) ? 12 : dlo > lo ? 9 : 8;
        bool description = k - dlo >= 1 && k - dlo <= longest
            && (isLower(word(k - 1)) || (k - dlo >= 3 && has(dlo, Lexicon::Determiner))
                || has(k - 1, Lexicon::SpeakerNoun | Lexicon::Title));
        for (qsizetype t = dlo; t < k && description; ++t)
            description = isWord(t) && !has(t, Lexicon::FunctionVerb | Lexicon::ReportingCue);
        if (nameBetween && description) {
            Mention m = make(Mention::Form::Name, nameFirst, j - 1);
            m.role = m_text.mid(m_tokens.at(dlo).start, m_tokens.at(k - 1).end - m_tokens.at(dlo).start);
            m.start = m_tokens.at(dlo).start;
            return m;
        }
        // "The cyclist, a 43-year-old father of two, said": a description, then another in commas.
        if (k - 1 > lo && has(k + 1, Lexicon::Determiner) && !has(k + 1, Lexicon::Pronoun) && isLower(word(k - 1))
            && !has(k - 1, Lexicon::StopWord | Lexicon::FunctionVerb)) {
            Mention described = descriptionEndingAt(k - 1, lo);
            if (!described.valid() && has(verbIndex, Lexicon::SpeechCue))
                described = nounPhraseEndingAt(k - 1, lo);
            if (described.valid() && described.start == tokenStart(lo))
                return described;
        }
        const QString role = appositiveAfter(k - 1, j + 1);
        Mention m = isWord(k - 1) ? subjectBefore(k, lo) : Mention {};
        if (equals(word(k + 1), u"which") || equals(word(k + 1), u"who")) {
            // "Ann Vale, the mayor of Leeds, who …": the place after "of" is no subject, its
            // office's holder is.
            if (!m.valid() && isNameToken(k - 1)) {
                const Mention place = nameRunEndingAt(k - 1, lo);
                const Mention holder = personOwning(place, lo);
                if (holder.valid() && holder.start != place.start)
                    m = holder;
                // "Speaking to CBC News, one Liberal MP from Atlantic Canada, who …, said": or the
                // description the place qualifies.
                else if (place.valid() && objectOfPreposition(place, k - 1))
                    m = clauseSubject(lo, k);
                if (m.form == Mention::Form::Description)
                    return m;
            }
            m = personOwning(m, lo);
        }
        if (m.valid() && m.role.isEmpty())
            m.role = role;
        return m;
    }
    const QStringView w = word(j);
    if (w.isEmpty())
        return {};
    // "Joe Lund, who declared …", "a post from Mary Rowe who wrote": the relative pronoun stands
    // for the name or description right before it.
    if (equals(w, u"who") && j > lo) {
        const qsizetype a = isPunct(j - 1, u',') ? j - 2 : j - 1;
        if (a >= lo && isNameToken(a) && !isPossessive(word(a)) && !word(a).endsWith(u'\u2019')) {
            const Mention run = nameRunEndingAt(a, lo);
            return personOf(run, firstTokenOf(run, a, lo), lo);
        }
        if (a >= lo && isLower(word(a)) && !has(a, Lexicon::Pronoun))
            return descriptionEndingAt(a, lo);
        return {};
    }
    // "a White House official who spoke anonymously to discuss strategy said": the subject
    // before a relative clause that has no commas.
    if (isLower(w) && !has(j, Lexicon::Pronoun)) {
        for (qsizetype r = j - 1; r > lo && j - r <= 12 && isWord(r); --r) {
            if (!equals(word(r), u"who"))
                continue;
            if (isNameToken(r - 1) && !isPossessive(word(r - 1)) && !word(r - 1).endsWith(u'\u2019'))
                return nameRunEndingAt(r - 1, lo);
            if (isLower(word(r - 1)) && !has(r - 1, Lexicon::Pronoun | Lexicon::StopWord)) {
                const Mention m = descriptionEndingAt(r - 1, lo);
                if (m.valid())
                    return m;
            }
            break;
        }
    }
    if (has(j, Lexicon::Pronoun))
        return make(Mention::Form::Pronoun, j, j);
    // "No 10 said", "Number 10 said": the prime minister's office.
    if (equals(w, u"10") && j - 1 >= lo && (equals(word(j - 1), u"No") || equals(word(j - 1), u"Number"))
        && (j - 1 == lo || !isWord(j - 2) || isLower(word(j - 2)) || has(j - 2, Lexicon::Determiner))) {
        Mention m = make(Mention::Form::Name, j - 1, j);
        m.nameStart = m.start;
        m.asWritten = true;
        return m;
    }
    if (isNameToken(j)) {
        if (isPossessive(w) && j + 1 == verbIndex && WordClass::isFiniteCueForm(word(verbIndex))) {
            // "McDonald's said", "Moody's warned": the 's is the company's own, right before the cue.
            Mention m = nameRunEndingAt(j, lo);
            m.nameEnd = m.end;
            m.asWritten = true;
            return m;
        }
        if (isPossessive(w) || w.endsWith(u'\u2019'))
            return {}; // "Trump’s comments are": the possessor is not the one speaking
        const Mention m = nameRunEndingAt(j, lo);
        const qsizetype first = firstTokenOf(m, j, lo);
        // Where the name's phrase starts: the name, or all of "Mayor Ann Vale of Leeds" below.
        qsizetype runFirst = first;
        // ("Det Insp Sarah Cole of Avon and Somerset Police said": a body named for two places.)
        if (equals(word(runFirst - 1), u"and") && isNameToken(runFirst - 2) && has(j, Lexicon::OrganisationWord)) {
            qsizetype b = runFirst - 2;
            while (b - 1 >= lo && isNameToken(b - 1) && runFirst - b < 4)
                --b;
            if (equals(word(b - 1), u"of"))
                runFirst = b;
        }
        // "Rakesh Bansal of the Delhi Commuters' Forum said": the person speaks; the organisation
        // is where they work.
        qsizetype of = runFirst - 1;
        const bool definite = equals(word(of), u"the");
        if (definite)
            --of;
        if (of - 1 >= lo && equals(word(of), u"of") && isNameToken(of - 1) && !isPossessive(word(of - 1))
            && (definite || has(j, Lexicon::OrganisationWord) || personBeforeOf(of))) {
            Mention person = nameRunEndingAt(of - 1, lo);
            const qsizetype personFirst = firstTokenOf(person, of - 1, lo);
            // "a spokesman for Mayor Ann Vale of Leeds said": the spokesman speaks, not the mayor; the
            // phrase after "for" is all of "Mayor Ann Vale of Leeds".
            if (isPreposition(word(personFirst - 1)))
                runFirst = personFirst;
            else if (QStringView(m_text).mid(person.start, person.end - person.start).contains(u' ')
                     && !has(of - 1, Lexicon::OrganisationWord)) {
                person.role = m_text.mid(m_tokens.at(runFirst).start, m.end - m_tokens.at(runFirst).start);
                return person;
            }
        }
        // "in Washington, D.C., had expressed": a place in a phrase, not a subject; but "Analysts
        // at Goldman Sachs said": the plural noun opening the clause is, with where they are.
        // "A spokesperson for Meta said", "a lawyer for Ann Vale told", "a senior official of the
        // city corporation said": one source described, and whom they speak for.
        const qsizetype p
            = equals(word(runFirst - 1), u"the") && isPreposition(word(runFirst - 2)) ? runFirst - 2 : runFirst - 1;
        if (p > lo && p == runFirst - 2 && oneOf(word(p), u"for", u"of", u"at", u"from", u"with")
            && has(p - 1, Lexicon::SpeakerNoun | Lexicon::Title) && isLower(word(p - 1))) {
            qsizetype k = p - 1;
            while (k > lo && isLower(word(k - 1))
                   && !has(k - 1,
                           Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::Determiner))
                --k;
            if (k - 1 >= lo && has(k - 1, Lexicon::Determiner) && !has(k - 1, Lexicon::Pronoun)
                && (k - 1 == lo || !isWord(k - 2))) {
                // "Hogan Gidley, a former executive director of the state party, whose …, said":
                // the description is the appositive of the name before it.
                if (isPunct(k - 2, u',') && k - 3 >= lo && isNameToken(k - 3) && !isPossessive(word(k - 3))) {
                    Mention person = nameRunEndingAt(k - 3, lo);
                    if (person.role.isEmpty())
                        person.role = m_text.mid(tokenStart(k), tokenEnd(j) - tokenStart(k));
                    return person;
                }
                return make(Mention::Form::Description, k - 1, j);
            }
        }
        if (isPreposition(word(runFirst - 1))) {
            // "County Executive Committee member for Finance Charles Kerich said": an office's
            // department, then the person who holds it.
            const QStringView noun = word(p - 1);
            // (A spokesman's or a lawyer's "for" is whom they speak for.)
            if ((equals(word(p), u"for") || equals(word(p), u"of")) && isLower(noun) && !noun.startsWith(u"spokes")
                && (has(p - 1, Lexicon::Title) || isRoleNoun(noun) || equals(noun, u"member"))) {
                QList<QStringView> words;
                for (qsizetype t = runFirst; t <= j; ++t)
                    words.append(word(t));
                const qsizetype d = Lexicon::instance().nameAfterDepartment(words, 0);
                if (d > 0 && runFirst + d < j && Lexicon::instance().isFirstName(word(runFirst + d))) {
                    Mention person = make(Mention::Form::Name, runFirst + d, j);
                    qsizetype r = p - 1;
                    while (r - 1 >= lo && p - 1 - r < 4 && isNameToken(r - 1))
                        --r;
                    person.role = m_text.mid(tokenStart(r), tokenEnd(runFirst + d - 1) - tokenStart(r));
                    return person;
                }
            }
            qsizetype k = p - 1;
            while (k > lo && isLower(word(k))
                   && !has(k, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::Determiner))
                --k;
            if (k >= lo && k < p - 1 && has(k, Lexicon::Determiner) && (k == lo || !isWord(k - 1))
                && oneOf(word(p), u"for", u"at", u"from", u"with")
                && (has(p - 1, Lexicon::SpeakerNoun | Lexicon::Title) || noun.startsWith(u"spokes")
                    || endsWith(noun, u"person")))
                return make(Mention::Form::Description, k, j);
            return nounPhraseEndingAt(j, lo);
        }
        // "the Texan said": a capitalised noun after a determiner describes, it does not name.
        // ... and an office with its department ("the Minister for Housing has said").
        if (first - 1 >= lo && (equals(word(first - 1), u"the") || equals(word(first - 1), u"The"))
            && has(first, Lexicon::Title) && j - first < 6) {
            bool department = false;
            bool personal = false;
            for (qsizetype t = first + 1; t < j; ++t) {
                department = department || equals(word(t), u"for") || equals(word(t), u"of");
                personal = personal || Lexicon::instance().isFirstName(word(t));
            }
            if (department && !personal && !Lexicon::instance().isFirstName(w))
                return make(Mention::Form::Description, first - 1, j);
        }
        // So does an office written with capitals ("the Prime Minister said", "the Home Secretary
        // said", "One MP said"): it ends with a title, where a name would end with a surname.
        if (first - 1 >= lo
            // ("the RCMP said", "the NHS said": an acronym after "the" is a body's name.)
            && ((first == j && !(isAcronym(w) && equalsIgnoringCase(word(first - 1), u"the"))
                 && (equals(word(first - 1), u"the") || equals(word(first - 1), u"a")
                     || equals(word(first - 1), u"an")))
                // ("the Dublin Mid-West TD said": a member of the Dáil; "TD Bank" is none.)
                || (j - first < 4 && (has(j, Lexicon::Title) || equals(w, u"TD")) && !isPossessive(w)
                    && !oneOf(w, u"House", u"State", u"Foreign", u"Supreme", u"Former", u"Chief", u"Vice", u"Prime",
                              u"US", u"U.S.", u"GOP", u"Democratic", u"Republican", u"Presidential")
                    && oneOf(word(first - 1), u"the", u"one", u"another"))))
            return make(Mention::Form::Description, first - 1, j);
        // "Senate leader Phil Berger and House Speaker Tim Moore said": two speakers; the first
        // one named speaks for both.
        qsizetype a = first - 1;
        while (a > lo && Tokenizer::isCapitalised(word(a)) && has(a, Lexicon::Title))
            --a;
        // ("Fire and Rescue NSW Commissioner Jeremy Fewtrell": a common word before "and" opens a
        // body's name.)
        if (a - 1 >= lo && equals(word(a), u"and") && isNameToken(a - 1) && !isPossessive(word(a - 1))
            && !((a - 2 < lo || !isNameToken(a - 2)) && opensOfficeBeforeAnd(word(a - 1)))) {
            Mention both = nameRunEndingAt(a - 1, lo);
            both.end = m.end;
            return both;
        }
        // "Acme regional manager Ann Vale said": a role in lower case before a full name, also
        // before a form of address ("Senior climatologist Dr Sarah Vale said").
        static const WordSet address = { u"Dr", u"Dr.", u"Prof", u"Prof.", u"Sir", u"Dame" };
        if ((m.role.isEmpty() || isFormOfAddress(m.role) || address.containsExact(m.role))
            && m.form == Mention::Form::Name
            && QStringView(m_text).mid(m.nameStart, m.nameEnd - m.nameStart).contains(u' ')) {
            const QString role = roleBefore(first, lo);
            if (!role.isEmpty()) {
                Mention described = m;
                described.role = role;
                return described;
            }
        }
        // "His son Tom says": a relative's first name after the possessive and the relation.
        if (m.role.isEmpty() && m.form == Mention::Form::Name && first == j && first - 2 >= lo
            && isRoleNoun(word(first - 1)) && oneOf(word(first - 2), u"his", u"her", u"their")
            && Lexicon::instance().isFirstName(word(first))) {
            Mention described = m;
            described.start = tokenStart(first - 2);
            described.role = m_text.mid(tokenStart(first - 2), tokenEnd(first - 1) - tokenStart(first - 2)).toLower();
            return described;
        }
        // "Mrs Ward's husband Peter said": or after a name's possessive.
        if (m.role.isEmpty() && m.form == Mention::Form::Name && first == j && first - 2 >= lo
            && isRoleNoun(word(first - 1)) && isPossessive(word(first - 2)) && isNameToken(first - 2)
            && Lexicon::instance().isFirstName(word(first))) {
            Mention described = m;
            const qsizetype possessor = firstTokenOf(nameRunEndingAt(first - 2, lo), first - 2, lo);
            described.start = tokenStart(possessor);
            described.role = m_text.mid(tokenStart(possessor), tokenEnd(first - 1) - tokenStart(possessor));
            return described;
        }
        return m;
    }
    if (isLower(w) || isAge(w)) {
        // "Sgt. Mark Duggan of Toronto police said": the person speaks; the body after "of" is
        // where they work.
        qsizetype of = j;
        while (of > lo && j - of < 2 && isLower(word(of)) && !has(of, Lexicon::StopWord | Lexicon::Pronoun))
            --of;
        const qsizetype body = of;
        while (of > lo && isNameToken(of) && !isPossessive(word(of)) && body - of < 4)
            --of;
        if (of < body && equals(word(of), u"the"))
            --of;
        if (of < body && of - 1 >= lo && equals(word(of), u"of") && isNameToken(of - 1) && personBeforeOf(of)) {
            Mention person = nameRunEndingAt(of - 1, lo);
            person.role = m_text.mid(m_tokens.at(of + 1).start, m_tokens.at(j).end - m_tokens.at(of + 1).start);
            return person;
        }
        const Mention described = descriptionEndingAt(j, lo);
        // ("The bill, which campaigners called “cruel”": a verb of naming reports words too.)
        return described.valid() || !(has(verbIndex, Lexicon::SpeechCue) || isNamingVerb(word(verbIndex)))
            ? described
            : nounPhraseEndingAt(j, lo);
    }
    return {};
}

qsizetype MentionParser::qualifiedNounStart(qsizetype j, qsizetype lo) const
{
    qsizetype first = j;
    while (first > lo && j - first < 3 && isWord(first - 1)
           && !has(first - 1, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::Pronoun))
        --first;
    if (first > lo && has(first - 1, Lexicon::Determiner) && !has(first - 1, Lexicon::Pronoun))
        --first;
    return first;
}

Mention MentionParser::nounPhraseEndingAt(qsizetype j, qsizetype lo) const
{
    // "Parents at the school gates said", "Commuters at Waterloo told": a plural noun opening the
    // clause, then where they are or whom they belong to.
    // "Sources close to the company said", "People familiar with the talks said": or an adjective
    // and its preposition.
    // "two people familiar with the matter", "three sources close to the talks": a number first.
    const qsizetype noun = lo + 1 < j && WordClass::isNumberWord(word(lo)) ? lo + 1 : lo;
    const QStringView opening = word(noun);
    // "people with knowledge of the talks": the adjective's place taken by "with knowledge".
    const bool knowledge = equals(word(noun + 1), u"with") && equals(word(noun + 2), u"knowledge");
    const qsizetype after = (oneOf(word(noun + 1), u"close", u"familiar", u"involved", u"briefed", u"knowledgeable",
                                   u"aware")
                             || knowledge)
            && oneOf(word(noun + 2 + (knowledge ? 1 : 0)), u"to", u"with", u"in", u"on", u"about", u"of")
        ? noun + 3 + (knowledge ? 1 : 0)
        : noun + 2;
    const bool adjective = after > noun + 2;
    if (j >= after && j - lo <= 8
        && ((endsLikePlural(opening)
             && !has(noun, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::Pronoun | Lexicon::Determiner))
            || ((equals(opening, u"People") || equals(opening, u"people")) && adjective))
        && (adjective || oneOf(word(noun + 1), u"at", u"of", u"in", u"from", u"near", u"outside", u"across", u"on"))) {
        bool phrase = true;
        for (qsizetype t = after; t <= j && phrase; ++t)
            phrase = isWord(t) && !has(t, Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::Pronoun);
        if (phrase)
            return make(Mention::Form::Description, lo, j);
    }
    const QStringView w = word(j);
    // "Two people said", "two of the people said": people counted are sources ("many people" are not).
    if (equals(w, u"people") && j > lo) {
        qsizetype n = j - 1;
        if (n - 2 >= lo && equals(word(n), u"the") && equals(word(n - 1), u"of"))
            n -= 2;
        if (isWord(n) && (isNumberWord(word(n)) || word(n).front().isDigit()) && (n == lo || !isWord(n - 1)))
            return make(Mention::Form::Description, n, j);
    }
    if (!isLower(w) || has(j, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::Pronoun | Lexicon::Determiner))
        return {};
    qsizetype k = j - 1;
    while (k >= lo && k > j - 4 && isWord(k) && !has(k, Lexicon::Determiner)
           && !has(k, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue))
        --k;
    if (k >= lo && has(k, Lexicon::Determiner) && (k == lo || !isWord(k - 1)))
        return make(Mention::Form::Description, k, j);
    // "…,” residents told the Herald.": a plural noun alone opening the clause.
    if (j == lo && endsLikePlural(w))
        return make(Mention::Form::Description, j, j);
    // "Local campaigners said", "Many pensioners say", "which residents say": a plural noun for
    // people and the words that qualify it, opening the clause or a relative clause.
    if (namesPeople(w)) {
        const qsizetype first = qualifiedNounStart(j, lo);
        if (first == lo || !isWord(first - 1) || has(first - 1, Lexicon::DiscourseMarker)
            || oneOf(word(first - 1), u"which", u"who", u"whom", u"what", u"that"))
            return make(Mention::Form::Description, first, j);
    }
    return {};
}

Mention MentionParser::nameAfterRole(qsizetype roleFirst, qsizetype hi, qsizetype roleTextFirst, bool anyNoun) const
{
    // A role is nouns, "secretary of state" at most joined by "of": "compared himself to Clinton"
    // is a verb and its objects.
    qsizetype k = roleFirst;
    bool role = anyNoun;
    while (k < hi && k - roleFirst < 4 && isLower(word(k)) && !has(k, Lexicon::FunctionVerb | Lexicon::ReportingCue)
           && (!has(k, Lexicon::StopWord) || (equals(word(k), u"of") && k > roleFirst))) {
        role = role || has(k, Lexicon::SpeakerNoun | Lexicon::Title) || isRoleNoun(word(k));
        ++k;
    }
    if (!role || k >= hi || !isNameToken(k))
        return {};
    Mention m = nameRunFrom(k, hi);
    m.role = m_text.mid(m_tokens.at(roleTextFirst).start, m_tokens.at(k - 1).end - m_tokens.at(roleTextFirst).start);
    return m;
}

Mention MentionParser::nameRunFrom(qsizetype first, qsizetype hi) const
{
    qsizetype last = first;
    while (last + 1 < hi && (isNameToken(last + 1) || has(last + 1, Lexicon::NameParticle)))
        ++last;
    return nameRunEndingAt(last, first);
}

Mention MentionParser::clauseSubject(qsizetype lo, qsizetype hi, Opening opening) const
{
    qsizetype i = lo;
    bool afterLeadingPhrase = false;
    while (i < hi) {
        const QStringView w = word(i);
        if (!isWord(i)) {
            ++i;
            continue;
        }
        if (has(i, Lexicon::DiscourseMarker)) {
            // "Before the convention, Williams lobbied…", "When asked, she said…": a subordinate
            // clause or phrase opening the sentence runs to its comma; "However, …" is one word.
            // "When Robby Mook, Clinton’s campaign manager, was asked…": a name right after the
            // opening word may have an appositive; the clause ends at a later comma. "As Joe Lund
            // observed, …", "As the senator put it: …" are attributions of their own: their
            // subject speaks.
            qsizetype c = i + 1;
            if (opening == Opening::SkipSubordinate && isSubordinator(w)) {
                bool reports = false;
                const auto toComma = [&](qsizetype from) {
                    for (; from < hi && !isPunct(from, u','); ++from) {
                        const QStringView v = word(from);
                        reports = reports || (isLower(v) && (has(from, Lexicon::ReportingCue) || equals(v, u"put")));
                    }
                    return from;
                };
                c = toComma(i + 1);
                bool nameOnly = c > i + 1;
                for (qsizetype t = i + 1; t < c && nameOnly; ++t)
                    nameOnly = isNameToken(t);
                if (nameOnly && c < hi) {
                    c = toComma(c + 1);
                    // ... and goes on after the appositive: ", was asked whether …, he said".
                    if (c + 1 < hi && isLower(word(c + 1)) && !has(c + 1, Lexicon::Determiner | Lexicon::Pronoun))
                        c = toComma(c + 1);
                }
                if (c + 1 < hi && isLower(word(c + 1))
                    && (has(c + 1, Lexicon::ReportingCue) || equals(word(c + 1), u"put")))
                    reports = true; // "As Joe Lund, the mayor, put it:"
                const bool attribution = equalsIgnoringCase(w, u"as")
                    && (reports || (c > i + 2 && c < hi && isLower(word(c - 1)) && endsWith(word(c - 1), u"ed")));
                c = c < hi && !attribution ? c + 1 : i + 1;
            }
            afterLeadingPhrase = false;
            i = c;
            continue;
        }
        // "Ms Vale met…", "Mr Lund said": a courtesy title written without its period opens the name.
        if ((equals(w, u"Mr") || equals(w, u"Mrs") || equals(w, u"Ms")) && isNameToken(i + 1)) {
            ++i;
            break;
        }
        // "Following a swiftly called, late-afternoon meeting, the Council…": a lower-case word
        // after a leading phrase's comma still belongs to that phrase.
        const bool phraseGoesOn = afterLeadingPhrase && isLower(w) && !has(i, Lexicon::Determiner | Lexicon::Pronoun);
        // "Eight years ago, he …": a number of units of time opens a leading phrase.
        static const WordSet units = { u"years", u"months", u"weeks", u"days", u"decades", u"hours", u"minutes" };
        // (Every unit ends in "s": most words are spared the two lookups.)
        const QStringView next = word(i + 1);
        const bool timeAgo = !phraseGoesOn && next.size() >= 4 && (next.back() == u's' || next.back() == u'S')
            && units.contains(next) && WordClass::isNumberWord(w);
        if (phraseGoesOn || timeAgo
            || (Tokenizer::isCapitalised(w) && !has(i, Lexicon::Pronoun)
                && ((has(i, Lexicon::StopWord) && !has(i, Lexicon::Determiner)) || endsWith(w, u"ing")
                    || endsWith(w, u"ed") || isLeadingAdverbial(w)
                    || (isPunct(i + 1, u',') && (isNeverAName(w) || isCommaAdverb(w)))))) {
            // A leading phrase, "In a statement," "Speaking on Sunday," "Sunday morning,"
            // "Hours later,": skip to its comma.
            qsizetype c = i;
            while (c < hi && !isPunct(c, u',') && !m_tokens.at(c).sentenceEnd)
                ++c;
            if (c >= hi || !isPunct(c, u',')) {
                // "Retired Army Col. Lawrence Wilkerson started…": no comma closes a phrase; the
                // capitalised participle describes the name after it.
                if (!phraseGoesOn && (endsWith(w, u"ed") || endsWith(w, u"ing")) && !has(i, Lexicon::StopWord)) {
                    if (isNameToken(i + 1)) {
                        ++i;
                        break;
                    }
                    // "Retired electrician Bill Sutter disagreed": or a role in lower case after it
                    // (the participle makes it one, whatever the noun).
                    return nameAfterRole(i + 1, hi, i, true);
                }
                return {};
            }
            i = c + 1;
            afterLeadingPhrase = !phraseGoesOn;
            continue;
        }
        break;
    }
    if (i >= hi)
        return {};
    if (has(i, Lexicon::Pronoun))
        return make(Mention::Form::Pronoun, i, i);
    // "police chief Ines Varga lobbied…": a role in lower case, then the name.
    if (isLower(word(i))) {
        const Mention m = nameAfterRole(i, hi, i);
        if (m.valid())
            return m;
    }
    qsizetype e = i;
    if (isNameToken(i)) {
        while (e + 1 < hi && (isNameToken(e + 1) || has(e + 1, Lexicon::NameParticle)))
            ++e;
        // "Conservation groups welcomed", "Republican senators said": a capitalised everyday word
        // before a plural noun and its verb qualifies the group that is the subject ("Sanders
        // supporters" may be Sanders' words, reported).
        const QStringView noun = word(e + 1);
        const QStringView verb = word(e + 2);
        if (e == i && e + 2 < hi && isLower(noun) && endsLikePlural(noun)
            && !has(e + 1, Lexicon::ReportingCue | Lexicon::IndirectCue | Lexicon::FunctionVerb | Lexicon::StopWord)
            && isLower(verb) && (has(e + 2, Lexicon::ReportingCue | Lexicon::FunctionVerb) || endsWith(verb, u"ed"))
            && Lexicon::instance().documentFrequency(word(i)) >= 100 && !Lexicon::instance().isFirstName(word(i)))
            return make(Mention::Form::Description, i, e + 1);
        // "Ryan’s campaign shrugged off…": the possessor qualifies the subject; it does not speak.
        if (isPossessive(word(e)) || word(e).endsWith(u'\u2019')) {
            const Mention owned = possessedPhrase(i, e, hi);
            if (owned.valid())
                return owned;
        }
        // "Fox News’ Bret Baier noticed…": after an employer's possessive, the person.
        if (isDetachedPossessive(e + 1) && e + 2 < hi && isNameToken(e + 2))
            return nameRunFrom(e + 2, hi);
        // "Clinton campaign manager Robby Mook told…": a name, a role in lower case, then the
        // person's name; the first name only qualifies the role.
        if (!isPossessive(word(e))) {
            const Mention m = nameAfterRole(e + 1, hi, i);
            if (m.valid())
                return m;
        }
        return nameRunEndingAt(e, i);
    }
    if (has(i, Lexicon::Determiner)) {
        // "This included messages such as “…”": a demonstrative before a verb in the past and its
        // object is the subject itself, a pronoun; "this" and "that" head no plural.
        if (oneOf(word(i), u"this", u"that") && isLower(word(i + 1)) && endsWith(word(i + 1), u"ed")
            && (has(i + 2, Lexicon::Determiner) || (isLower(word(i + 2)) && endsLikePlural(word(i + 2)))))
            return {};
        // "One wrote:", "Another added:": one of a group just named speaks.
        if (oneOf(word(i), u"one", u"another") && isLower(word(i + 1)) && has(i + 1, Lexicon::ReportingCue))
            return make(Mention::Form::Description, i, i);
        if (const qsizetype named = nameAfterPossessedRole(i, hi); named > 0) {
            Mention m = nameRunFrom(named, hi);
            m.role = m_text.mid(tokenStart(i), tokenEnd(named - 1) - tokenStart(i)).toLower();
            return m;
        }
        // "The Blaze’s Matt Walsh provided…", "The Post’s editorial board argued…": the person or
        // the source the named employer has.
        qsizetype owner = i + 1;
        while (owner + 1 < hi && owner - i < 5 && isNameToken(owner) && !isPossessive(word(owner))
               && !word(owner).endsWith(u'\u2019'))
            ++owner;
        if (owner > i && owner < hi && isNameToken(owner)
            && (isPossessive(word(owner)) || word(owner).endsWith(u'\u2019'))) {
            if (isNameToken(owner + 1)) {
                Mention m = nameRunFrom(owner + 1, hi);
                m.role = m_text.mid(m_tokens.at(i + 1).start, m_tokens.at(owner).end - m_tokens.at(i + 1).start);
                return m;
            }
            const Mention owned = possessedPhrase(i, owner, hi);
            if (owned.valid())
                return owned;
        }
        // "Her neighbour, retired electrician Bill Sutter, disagreed": the name a description is
        // given in commas is who the sentence is about.
        const auto appositiveName = [&](qsizetype last) {
            if (!isPunct(last + 1, u','))
                return Mention();
            // ("Her fiance, the actor Tom Lund, shared …": past the role's article.)
            const qsizetype role = has(last + 2, Lexicon::Determiner) && !has(last + 2, Lexicon::Pronoun) ? last + 3 : last + 2;
            const Mention named = isNameToken(role) ? nameRunFrom(role, hi) : nameAfterRole(role, hi, role, true);
            return named.valid() && named.end < m_text.size() && m_text.at(named.end) == u',' ? named : Mention();
        };
        // "One operative inside Trump Tower tried...": up to the first speaker noun. "The town
        // released a statement": a verb in the past with its object ends the subject.
        const auto verbWithObject = [&](qsizetype k) {
            return isLower(word(k)) && endsWith(word(k), u"ed") && has(k + 1, Lexicon::Determiner);
        };
        while (e + 1 < hi && isWord(e + 1) && e - i < 6 && !has(e + 1, Lexicon::FunctionVerb)
               && !has(e + 1, Lexicon::ReportingCue) && !isPostModifierStart(word(e + 1)) && !verbWithObject(e + 1)) {
            ++e;
            if (has(e, Lexicon::SpeakerNoun) || has(e, Lexicon::Title) || has(e, Lexicon::OrganisationWord)) {
                // "the Security Council": a capitalised head takes the rest of its name, and an
                // organisation's its "of" ("The Federation of Canadian Municipalities").
                bool named = false;
                while (Tokenizer::isCapitalised(word(e)) && e + 1 < hi) {
                    if (isNameToken(e + 1))
                        ++e;
                    else if (e + 2 < hi && has(e, Lexicon::OrganisationWord) && oneOf(word(e + 1), u"of", u"for")
                             && !equals(word(e + 1), u"Of") && !equals(word(e + 1), u"For") && isNameToken(e + 2)) {
                        e += 2;
                        named = true;
                    } else
                        break;
                }
                // ... which is its name, as "Federation of Canadian Municipalities said" gives it; so
                // is a name of capitals ending in an organisation's word ("The Irish Home Builders
                // Association welcomed … but warned").
                bool capitals = i + 1 < e;
                for (qsizetype t = i + 1; t <= e && capitals; ++t)
                    capitals = isNameToken(t) && !isPossessive(word(t));
                if ((named || (capitals && has(e, Lexicon::OrganisationWord))) && i + 1 < e)
                    return make(Mention::Form::Name, i + 1, e);
                if (!has(e, Lexicon::OrganisationWord)) {
                    if (const Mention named = appositiveName(e); named.valid())
                        return named;
                }
                return make(Mention::Form::Description, i, e);
            }
        }
        // "The hospital trust, which runs three sites, said", "The trust said": any noun phrase
        // is the subject of a relative clause or of a verb of saying that follows it.
        if (e > i && isLower(word(e)) && !has(e, Lexicon::StopWord | Lexicon::FunctionVerb)) {
            if (const Mention named = appositiveName(e); named.valid())
                return named;
        }
        const bool relative = isPunct(e + 1, u',') && (equals(word(e + 2), u"which") || equals(word(e + 2), u"who"));
        const bool says = isLower(word(e + 1)) && has(e + 1, Lexicon::SpeechCue) && !endsWith(word(e + 1), u"ing");
        // "The cyclist, a 43-year-old father of two, suffered …": an appositive, then the verb.
        bool appositive = false;
        if (isPunct(e + 1, u',') && (word(e + 2) == u"a" || word(e + 2) == u"an")) {
            qsizetype c = e + 3;
            while (c < hi && c - e < 14 && isWord(c))
                ++c;
            const QStringView verb = word(c + 1);
            appositive = isPunct(c, u',') && isLower(verb)
                && (has(c + 1, Lexicon::FunctionVerb | Lexicon::ReportingCue) || (endsWith(verb, u"ed") && verb.size() > 4));
        }
        if (e > i && isLower(word(e)) && !has(e, Lexicon::StopWord | Lexicon::FunctionVerb)
            && (relative || says || appositive || verbWithObject(e + 1)))
            return make(Mention::Form::Description, i, e);
    }
    return {};
}

Mention MentionParser::phraseAfter(qsizetype index, qsizetype hi) const
{
    qsizetype e = index;
    while (e < hi && isWord(e) && e - index < 10 && (!has(e, Lexicon::FunctionVerb) || isFirstNameAsWord(e))
           && !(e > index
                && (isPostModifierStart(word(e))
                    || oneOf(word(e), u"when", u"while", u"after", u"during", u"as", u"and", u"before", u"last",
                             u"this", u"on"))))
        ++e;
    if (e == index)
        return {};
    if (has(index, Lexicon::Pronoun))
        return make(Mention::Form::Pronoun, index, index);
    // "said someone at the meeting": an indefinite pronoun describes a source of its own.
    if (oneOf(word(index), u"someone", u"somebody"))
        return make(Mention::Form::Description, index, index);
    // "said Glencore's head of Australian coal, Jeremy Hebblewhite": a role and its phrase after
    // "of", then the full name in commas.
    if (e > index && e + 3 < hi && isWord(e) && oneOf(word(e), u"of", u"for", u"at") && isLower(word(e - 1))) {
        qsizetype c = e + 1;
        while (c < hi && c - e <= 6 && isWord(c) && !has(c, Lexicon::FunctionVerb))
            ++c;
        if (c + 2 < hi && isPunct(c, u',') && Lexicon::instance().isFirstName(word(c + 1))) {
            qsizetype nameEnd = c + 1;
            while (nameEnd < hi && isNameToken(nameEnd))
                ++nameEnd;
            if (nameEnd - c > 2 && (nameEnd >= hi || isPunct(nameEnd, u',') || isPunct(nameEnd, u'.'))) {
                Mention m = nameRunEndingAt(nameEnd - 1, c + 1);
                const qsizetype roleFirst = has(index, Lexicon::Determiner) ? index + 1 : index;
                m.role = m_text.mid(tokenStart(roleFirst), tokenEnd(c - 1) - tokenStart(roleFirst));
                return m;
            }
        }
    }
    // "said Department of Correction spokesman Jason Kersten": a body's name with its "of", the role
    // it gives, then the name of the one who holds it.
    if (e > index && e + 3 < hi && oneOf(word(e), u"of", u"for") && isNameToken(e - 1)) {
        qsizetype c = e + 1;
        while (c < hi && c - e <= 4 && isNameToken(c))
            ++c;
        qsizetype r = c;
        while (r < hi && r - c < 3 && isWord(r) && isLower(word(r))
               && !has(r, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue))
            ++r;
        if (c > e + 1 && r > c && has(r - 1, Lexicon::SpeakerNoun | Lexicon::Title) && r + 1 < hi && isNameToken(r)
            && isNameToken(r + 1) && Lexicon::instance().isFirstName(word(r))) {
            qsizetype nameEnd = r;
            while (nameEnd < hi && isNameToken(nameEnd))
                ++nameEnd;
            Mention m = nameRunEndingAt(nameEnd - 1, r);
            m.role = m_text.mid(tokenStart(index), tokenEnd(r - 1) - tokenStart(index));
            m.start = tokenStart(index);
            return m;
        }
    }
    // "said a staunch Trump ally, New Jersey Gov. Chris Christie": a description, then the
    // name it describes.
    if (has(index, Lexicon::Determiner) && isPunct(e, u',') && e + 1 < hi && isWord(e + 1)
        && !has(e + 1, Lexicon::Determiner | Lexicon::Pronoun | Lexicon::FunctionVerb)) {
        qsizetype nameEnd = e + 1;
        while (nameEnd < hi && isWord(nameEnd) && !has(nameEnd, Lexicon::FunctionVerb))
            ++nameEnd;
        qsizetype nameLast = nameEnd - 1;
        if (nameLast > e && isNameToken(nameLast)
            && (nameEnd >= hi || isPunct(nameEnd, u',') || isPunct(nameEnd, u'.'))) {
            Mention m = nameRunEndingAt(nameLast, e + 1);
            if (m.role.isEmpty())
                m.role
                    = m_text.mid(m_tokens.at(index + 1).start, m_tokens.at(e - 1).end - m_tokens.at(index + 1).start);
            return m;
        }
    }
    // "said Rubio’s deputy campaign manager, Rich Beeson": the role's holder, not its possessor.
    for (qsizetype p = index; p < e && isNameToken(p); ++p) {
        if (isPossessive(word(p)) || word(p).endsWith(u'\u2019')) {
            const Mention owned = possessedPhrase(index, p, hi);
            if (owned.valid())
                return owned;
            break;
        }
    }
    // "said her coach Elena Marsh": the person, the possessive and the role their role.
    if (const qsizetype named = nameAfterPossessedRole(index, e); named > 0) {
        Mention m = nameRunFrom(named, e);
        m.role = m_text.mid(tokenStart(index), tokenEnd(named - 1) - tokenStart(index));
        return m;
    }
    // The name is the last capitalised run: "Democratic pollster Geoff Garin".
    qsizetype last = e - 1;
    while (last >= index && !isNameToken(last))
        --last;
    // ... unless a noun of its own follows it: "said one GOP operative in the state" describes
    // someone; "GOP" only qualifies the operative.
    // "said the Scotland midfielder", "said the Labour MP": after an article, any noun.
    if (last >= index && last < e - 1 && !has(e - 1, Lexicon::StopWord)
        && ((isLower(word(e - 1)) && has(e - 1, Lexicon::SpeakerNoun | Lexicon::Title))
            || (has(index, Lexicon::Determiner) && (isLower(word(e - 1)) || has(e - 1, Lexicon::Title)))))
        return make(Mention::Form::Description, index, e - 1);
    if (last == e - 1 && last > index && has(index, Lexicon::Determiner) && has(last, Lexicon::Title)
        && !has(last, Lexicon::StopWord))
        return make(Mention::Form::Description, index, e - 1);
    if (last >= index) {
        Mention m = nameRunEndingAt(last, index);
        // "said Democratic pollster Geoff Garin": the words before the name are a role; "said a
        // weary Vale": an article and adjectives are not.
        bool role = !has(index, Lexicon::Determiner);
        for (qsizetype t = index; t < last && !role && m_tokens.at(t).start < m.start; ++t)
            role = has(t, Lexicon::SpeakerNoun | Lexicon::Title) || Tokenizer::isCapitalised(word(t));
        if (m.start > m_tokens.at(index).start && m.role.isEmpty() && role)
            m.role = m_text.mid(m_tokens.at(index).start, m.start - m_tokens.at(index).start).trimmed();
        if (m.role.isEmpty())
            m.role = appositiveAfter(last, hi);
        return m;
    }
    if (has(index, Lexicon::Determiner)) {
        // "said a spokeswoman for the Manhattan District Attorney’s Office": the body a source
        // speaks for belongs to its description, as before the cue.
        if (e + 1 < hi && oneOf(word(e), u"for", u"at") && isLower(word(e - 1)) && has(e - 1, Lexicon::SpeakerNoun)) {
            const qsizetype body = equals(word(e + 1), u"the") ? e + 2 : e + 1;
            qsizetype end = body;
            while (end < hi && end - body < 8 && isNameToken(end))
                ++end;
            if (end > body && (end >= hi || isPunct(end, u',') || isPunct(end, u'.')))
                return make(Mention::Form::Description, index, end - 1);
        }
        // Right after an inverted cue ("wrote one commenter", "tweeted another") any phrase names
        // the speaker, whatever its head noun.
        const Mention m = descriptionEndingAt(e - 1, index);
        return m.valid() ? m : make(Mention::Form::Description, index, e - 1);
    }
    return {};
}

QString MentionParser::relativeRole(qsizetype first, qsizetype hi) const
{
    qsizetype e = first;
    while (e < hi && e < m_tokens.size() && e - first < 16) {
        if (!isWord(e)) {
            const QChar c = m_text.at(m_tokens.at(e).start);
            if (c == u',' || c == u'.' || c == u';' || c == u'(' || c == u':' || Tokenizer::isQuoteMark(c))
                break;
        }
        ++e;
    }
    if (e >= hi || e - first >= 16 || !isPunct(e, u','))
        return {};
    return m_text.mid(m_tokens.at(first).start, m_tokens.at(e - 1).end - m_tokens.at(first).start);
}

bool MentionParser::isRoleNoun(QStringView w)
{
    // "Newcastle boss Eddie Howe", "board chair Ann Vale", "Brandon resident Carol Pettigrew": nouns
    // for who leads or who someone is, which the learned speaker nouns and titles miss.
    static const WordSet roleNouns = { u"chair",   u"head",    u"boss",   u"chief",   u"spokesperson", u"resident",
                                       u"student", u"parent",  u"patient", u"nurse",  u"analyst",      u"expert",
                                       u"veteran", u"mother",  u"father", u"owner",   u"activist",
                                       // "Mr Hussain's widow, Leila, said": family.
                                       u"widow",   u"widower", u"wife",   u"husband", u"son",          u"daughter",
                                       u"brother", u"sister",  u"partner", u"fiance",  u"fiancee",      u"fiancé",
                                       u"fiancée", u"girlfriend", u"boyfriend", u"cousin", u"uncle",      u"aunt",
                                       u"niece",   u"nephew",  u"grandmother", u"grandfather", u"friend", u"neighbour",
                                       u"neighbor", u"colleague", u"teammate", u"coach", u"agent" };
    return roleNouns.contains(w);
}

qsizetype MentionParser::nameAfterPossessedRole(qsizetype i, qsizetype hi) const
{
    // "her coach Elena Marsh", "his lawyer Ann Vale": a possessive, a role, then a full name.
    if (!oneOf(word(i), u"his", u"her", u"their"))
        return -1;
    qsizetype n = i + 1;
    while (n < hi && n - i <= 3 && isWord(n) && isLower(word(n)) && !has(n, Lexicon::StopWord | Lexicon::FunctionVerb))
        ++n;
    const QStringView head = word(n - 1);
    if (n == i + 1 || n + 1 >= hi || !isNameToken(n) || !isNameToken(n + 1)
        || !Lexicon::instance().isFirstName(word(n))
        || !(isRoleNoun(head) || has(n - 1, Lexicon::SpeakerNoun | Lexicon::Title) || WordClass::endsLikeAgentNoun(head)))
        return -1;
    return n;
}

QString MentionParser::roleBefore(qsizetype first, qsizetype lo) const
{
    // "Acme regional manager Ann Vale", "Green Party transport spokesperson Julie Anne Genter",
    // "New York attorney Eric Levine", "Waiheke Local Board chair Kylee Matthews": a role in lower
    // case right before the name, after the body it serves.
    const QStringView head = word(first - 1);
    if (first - 1 < lo || !isLower(head))
        return {};
    // ("former", "state", "vice": words of a title that qualify an office, not one.)
    static const WordSet qualifiers
        = { u"former", u"state", u"vice", u"foreign", u"supreme", u"house", u"us", u"u.s." };
    if (has(first - 1, Lexicon::ReportingCue | Lexicon::IndirectCue) || qualifiers.contains(head))
        return {};
    const bool strongHead = has(first - 1, Lexicon::SpeakerNoun | Lexicon::Title) || head.startsWith(u"spokes")
        || endsWith(head, u"ist") || endsWith(head, u"ian") || isRoleNoun(head);
    const bool weakHead = head.size() > 5 && (endsWith(head, u"er") || endsWith(head, u"or"))
        && !has(first - 1, Lexicon::StopWord | Lexicon::DiscourseMarker | Lexicon::FunctionVerb);
    if (!strongHead && !weakHead)
        return {};
    qsizetype r = first - 1;
    while (r - 1 >= lo && first - r < 4 && isLower(word(r - 1))
           && !has(r - 1, Lexicon::StopWord | Lexicon::FunctionVerb | Lexicon::ReportingCue | Lexicon::Determiner))
        --r;
    const auto bodyWord = [&](qsizetype t) {
        return (isNameToken(t) && !isPossessive(word(t)))
            || (WordClass::opensName(word(t)) && isNameToken(t + 1));
    };
    qsizetype body = r;
    // "Sinn Féin's housing spokesman Eoin Ó Broin": the body may own the role.
    const bool owner = r - 1 >= lo && isNameToken(r - 1) && isPossessive(word(r - 1));
    if (owner)
        --body;
    // ("The Bank of England's chief economist Huw Pill": a body's name may hold "of" or "for".)
    while (body - 1 >= lo && r - body < 6
           && (bodyWord(body - 1)
               || (body - 2 >= lo && oneOf(word(body - 1), u"of", u"for") && isNameToken(body - 2)
                   && isNameToken(body) && !isPossessive(word(body - 2)))))
        body -= bodyWord(body - 1) ? 1 : 2;
    const auto opensPhrase = [&](qsizetype t) {
        return t == lo || !isWord(t - 1)
            || (has(t - 1, Lexicon::Determiner | Lexicon::StopWord) && !has(t - 1, Lexicon::Pronoun));
    };
    const qsizetype from = body < r && opensPhrase(body) ? body : r;
    if (!(from < r || opensPhrase(r)) || !(strongHead || r < first - 1 || from < r))
        return {};
    QString role = m_text.mid(tokenStart(from), tokenEnd(first - 1) - tokenStart(from));
    // "Political analyst David Bositis": a common word capitalised at the sentence's start (the
    // article writes it in lower case elsewhere) is part of the role, not a body's name;
    // "Republican strategist" keeps its capital.
    const auto writtenLowerElsewhere = [&](QStringView w) {
        const QString lower = w.toString().toLower();
        for (qsizetype at = m_text.indexOf(lower); at >= 0; at = m_text.indexOf(lower, at + 1)) {
            const qsizetype after = at + lower.size();
            if ((at == 0 || !m_text.at(at - 1).isLetter()) && (after >= m_text.size() || !m_text.at(after).isLetter()))
                return true;
        }
        return false;
    };
    // So is an everyday adjective there, written in lower case elsewhere or not ("Local angler").
    const bool sentenceStart = body == lo || (body > 0 && m_tokens.at(body - 1).sentenceEnd);
    const Lexicon &lexicon = Lexicon::instance();
    if (from == body && body + 1 == r && sentenceStart && !lexicon.isFirstName(word(body))
        && ((lexicon.documentFrequency(word(body)) >= 250 && !WordClass::namesMemberOrNationality(word(body))
             && !has(body, Lexicon::Title))
            || writtenLowerElsewhere(word(body))))
        role[0] = role.at(0).toLower();
    return role;
}

QString MentionParser::appositiveBefore(qsizetype nameStartIndex) const
{
    const qsizetype comma = nameStartIndex - 1;
    if (!isPunct(comma, u',') || !isWord(comma - 1))
        return {};
    // "The issue, Lee notes, matters to …": an attribution set in commas inside the sentence; what
    // comes before it is the sentence's subject, not the speaker's role.
    qsizetype nameEnd = nameStartIndex;
    while (isNameToken(nameEnd + 1))
        ++nameEnd;
    if (isLower(word(nameEnd + 1)) && has(nameEnd + 1, Lexicon::ReportingCue) && isPunct(nameEnd + 2, u','))
        return {};
    // The office's noun: "the former environment minister, Carol Vale,"; capitalised, "The Prime
    // Minister, Christopher Luxon,"; or before the place it serves, "The mayor of Northport, Diane
    // Keller,".
    qsizetype head = comma - 1;
    if (!isLower(word(head)) && !has(head, Lexicon::Title)) {
        while (head > 0 && isNameToken(head) && comma - head < 5)
            --head;
        if (!oneOf(word(head), u"of", u"for", u"at") || !isLower(word(head - 1)))
            return {};
        --head;
    }
    // The phrase opens its sentence or follows a comma, less a leading "But" or "And".
    qsizetype first = comma - 1;
    while (isWord(first - 1) && comma - first < 9 && !m_tokens.at(first - 1).sentenceEnd)
        --first;
    if (isWord(first - 1) && !m_tokens.at(first - 1).sentenceEnd)
        return {};
    if (first > 0 && !m_tokens.at(first - 1).sentenceEnd && !isPunct(first - 1, u','))
        return {};
    if (has(first, Lexicon::DiscourseMarker) && first + 1 < comma)
        ++first;
    // A determiner or a possessive opens it ("the", "her", "Acme's"), and its head is an office, a
    // source or a kind of organisation ("minister", "spokeswoman", "the developer"), not "the
    // following day".
    if (!has(first, Lexicon::Determiner) && !isPossessive(word(first)))
        return {};
    if (!has(head, Lexicon::Title | Lexicon::SpeakerNoun) && !WordClass::namesCompany(word(head)))
        return {};
    // One person's office: "These employees, Joe Lund," is a list's start, not his role.
    if (word(head).endsWith(u's') && !endsWith(word(head), u"ss"))
        return {};
    for (qsizetype t = first + 1; t < comma; ++t) {
        if (has(t, Lexicon::FunctionVerb | Lexicon::ReportingCue))
            return {};
    }
    QString role = m_text.mid(m_tokens.at(first).start, m_tokens.at(comma - 1).end - m_tokens.at(first).start);
    // "The council's chief executive, Tom Hale,": the determiner's capital is the sentence's.
    if (has(first, Lexicon::Determiner) && !role.isEmpty())
        role[0] = role.at(0).toLower();
    return role;
}

QString MentionParser::copulaRole(qsizetype nameEndIndex, qsizetype hi) const
{
    const qsizetype first = nameEndIndex + 3;
    if (!oneOf(word(nameEndIndex + 1), u"is", u"was") || !oneOf(word(nameEndIndex + 2), u"the", u"a", u"an"))
        return {};
    // The phrase runs to the sentence's end or a comma; its head is the word before "of", "at" or
    // "for", or its last word.
    qsizetype e = first;
    qsizetype head = -1;
    while (e < hi && isWord(e) && e - first < 12) {
        const QStringView w = word(e);
        // (A verb inside goes on with a clause: "the first woman elected as president".)
        if (oneOf(w, u"who", u"which", u"that", u"and", u"but") || has(e, Lexicon::FunctionVerb | Lexicon::ReportingCue)
            || (e > first && isLower(w) && (endsWith(w, u"ed") || endsWith(w, u"ing"))))
            return {};
        if (head < 0 && e > first && oneOf(w, u"of", u"at", u"for", u"with"))
            head = e - 1;
        ++e;
    }
    if (e == first || e - first >= 12 || (e < hi && !isPunct(e, u'.') && !isPunct(e, u',')))
        return {};
    if (head < 0)
        head = e - 1;
    const QStringView noun = word(head);
    if (!isLower(noun) || !(has(head, Lexicon::SpeakerNoun | Lexicon::Title) || isRoleNoun(noun)))
        return {};
    return m_text.mid(tokenStart(first), tokenEnd(e - 1) - tokenStart(first));
}

QString MentionParser::appositiveAfter(qsizetype nameEndIndex, qsizetype hi) const
{
    if (!isPunct(nameEndIndex + 1, u','))
        return {};
    // "… according to Demir, operators still lose money": the clause after the comma is what
    // she says, never an appositive.
    if (equalsIgnoringCase(word(nameEndIndex - 1), u"to") || isPreposition(word(nameEndIndex - 1)))
        return {};
    bool afterAccording = false;
    for (qsizetype i = nameEndIndex; i > nameEndIndex - 6 && isWord(i); --i)
        afterAccording = afterAccording || equalsIgnoringCase(word(i), u"according");
    qsizetype first = nameEndIndex + 2;
    QStringView w = word(first);
    // "Joe Lund, said": the cue, not an appositive.
    if (isLower(w) && has(first, Lexicon::ReportingCue) && !has(first, Lexicon::SpeakerNoun | Lexicon::Title))
        return {};
    // After "according to X," only a short description closing the sentence is X's role ("…,”
    // according to Ann Vale, the town’s mayor."); anything else is what X says.
    if (afterAccording) {
        qsizetype end = first;
        while (end < m_tokens.size() && isWord(end))
            ++end;
        if (!has(first, Lexicon::Determiner) || end - first > 8
            || !(end + 1 >= m_tokens.size() || m_tokens.at(end).sentenceEnd))
            return {};
    }
    // "X, who studies rail policy at the University of Graz, said": a relative clause with a
    // verb of occupation describes the speaker ("who leads", "who heads", "who is a professor").
    if (equals(w, u"who")) {
        const QStringView verb = word(first + 1);
        if (equals(verb, u"is") || equals(verb, u"was")) {
            first += 2;
            w = word(first);
            if (!has(first, Lexicon::Determiner))
                return {};
        } else if (verb.size() > 3 && isLower(verb) && verb.endsWith(u's') && !endsWith(verb, u"ss")
                   && !has(first + 1, Lexicon::FunctionVerb | Lexicon::ReportingCue)) {
            return relativeRole(first + 1, hi);
        } else {
            return {};
        }
    }
    // "his mother, Diana, unfolding again": a participle after the comma goes on with the
    // sentence; a role is a noun phrase.
    if (w.isEmpty() || (has(first, Lexicon::StopWord) && !has(first, Lexicon::Determiner))
        || oneOf(w, u"who", u"which", u"whose", u"where", u"when") || (isLower(w) && endsWith(w, u"ing")))
        return {};
    // "… in Britain and South Africa, returned to Harare on Wednesday": a verb in the past and
    // its preposition or object go on with the sentence ("a retired teacher" is a role).
    if (isLower(w) && endsWith(w, u"ed") && (isPreposition(word(first + 1)) || has(first + 1, Lexicon::Determiner)))
        return {};
    // "Robert Morrison, CalMac's operations director, said": an employer's possessive opens one.
    const bool employer = isPossessive(w) && isLower(word(first + 1));
    if (!isLower(w) && !has(first, Lexicon::Determiner | Lexicon::Title) && !employer)
        return {};
    qsizetype e = first;
    while (e < hi && e < m_tokens.size() && e - first < 22) {
        if (!isWord(e)) {
            const QChar c = m_text.at(m_tokens.at(e).start);
            if (c == u',' || c == u'.' || c == u';' || c == u'(' || c == u':' || Tokenizer::isQuoteMark(c))
                break;
        } else if (has(e, Lexicon::FunctionVerb) || (e > first && has(e, Lexicon::ReportingCue))) {
            return {};
        }
        ++e;
    }
    if (e == first || e - first >= 22)
        return {};
    qsizetype s = first;
    if (oneOf(word(s), u"the", u"a", u"an"))
        ++s;
    if (s >= e)
        return {};
    return m_text.mid(m_tokens.at(s).start, m_tokens.at(e - 1).end - m_tokens.at(s).start);
}

} // namespace Quoteshelf::Extract
