#include "extract/cuefinder.h"

#include "extract/lexicon.h"
#include "extract/mentionparser.h"
#include "extract/wordclasses.h"

namespace Quoteshelf::Extract {

namespace {

bool startsClause(QStringView w)
{
    return isLower(w) && (Lexicon::isStopWord(w) || Lexicon::isDiscourseMarker(w)) && !Lexicon::isDeterminer(w)
        && !equals(w, u"and");
}

// The particle of a phrasal reporting verb: "blurted out", "shot back", "chimed in".
bool isVerbParticle(QStringView w)
{
    return equals(w, u"out") || equals(w, u"back") || equals(w, u"in") || equals(w, u"up") || equals(w, u"off")
        || equals(w, u"on");
}

qsizetype tokenIndexAfter(TokenSpan tokens, qsizetype position)
{
    qsizetype i = 0;
    while (i < tokens.size() && tokens.at(i).start < position)
        ++i;
    return i;
}

// "agrees", "replies", "quips": a verb in the present whose past ("agreed", "replied",
// "quipped") is a reporting cue.
bool isPresentOfCue(QStringView w)
{
    if (w.size() < 4 || !w.endsWith(u's') || endsWith(w, u"ss") || endsWith(w, u"us"))
        return false;
    const Lexicon &lexicon = Lexicon::instance();
    const QString stem = w.chopped(1).toString();
    const auto cue = [&](const QString &past) { return lexicon.isReportingCue(past); };
    if (cue(QString(stem + u'd')) || cue(QString(stem + u"ed")))
        return true;
    if (endsWith(w, u"ies") && cue(QString(w.chopped(3).toString() + u"ied")))
        return true;
    // "quips" -> "quipped": a final consonant doubled.
    return cue(QString(stem + stem.back() + u"ed"));
}

// "…,” the email read. / it reads.": a document's words are read, not said.
bool readsDocument(const MentionParser &parser, qsizetype lo, qsizetype v)
{
    const QStringView verb = parser.word(v);
    if (!equals(verb, u"read") && !equals(verb, u"reads"))
        return false;
    const QStringView subject = parser.word(v - 1);
    return v > lo && (WordClass::isDocumentNoun(subject) || (equals(subject, u"it") && v - 1 == lo));
}

} // namespace

CueFinder::CueFinder(const QString &text, const ArticleTokens &tokens) : m_text(text), m_tokens(tokens) { }

QString CueFinder::phrase(const MentionParser &parser, qsizetype verb, qsizetype hi, qsizetype *after) const
{
    QString phrase = parser.word(verb).toString();
    if (after)
        *after = verb + 1;
    const bool takesObject = equals(phrase, u"told") || equals(phrase, u"telling") || equals(phrase, u"tells")
        || equals(phrase, u"tell") || equals(phrase, u"asked") || equals(phrase, u"informed");
    if (!takesObject)
        return phrase;
    // "told BBC Radio 4's Today programme the offer was …": a listener's name goes on over
    // numbers and possessives, and may end in the programme's noun.
    const auto named
        = [](QStringView w) { return Tokenizer::isCapitalised(w) || (!w.isEmpty() && w.front().isDigit()); };
    qsizetype last = verb + 3;
    qsizetype i = verb + 1;
    for (; i < hi && i <= last && parser.isWord(i); ++i) {
        const QStringView w = parser.word(i);
        if (equals(w, u"that")
            || (Lexicon::isStopWord(w) && !Lexicon::isDeterminer(w) && !equals(w, u"us") && !equals(w, u"me")))
            break;
        phrase += u' ' + w.toString();
        if (!Tokenizer::isCapitalised(w) && !(i > verb + 1 && named(w)))
            continue;
        // "told NBC News' Today show": a plural name's possessive is a mark after it.
        if (i + 2 < hi && parser.isDetachedPossessive(i + 1) && parser.isWord(i + 2)
            && Tokenizer::isCapitalised(parser.word(i + 2))) {
            const qsizetype mark = parser.tokenStart(i + 1);
            phrase += QStringView(m_text).sliced(mark, parser.tokenEnd(i + 1) - mark);
            ++i;
            last = std::max(last, std::min(i + 1, verb + 8));
            continue;
        }
        const QStringView next = parser.word(i + 1);
        if (named(next) && i + 1 < hi) {
            last = std::max(last, std::min(i + 1, verb + 7));
            continue;
        }
        if (i + 1 < hi && WordClass::oneOf(next, u"programme", u"program", u"show", u"podcast")) {
            phrase += u' ' + next.toString();
            ++i;
        }
        ++i;
        break;
    }
    if (after)
        *after = i;
    return phrase;
}

Cue CueFinder::after(const QuoteContext &local) const
{
    Cue cue;
    if (local.closeIndex < 0)
        return cue;
    const TokenSpan tokens = m_tokens.at(local.lastParagraph);
    const MentionParser parser(m_text, tokens);
    qsizetype i = local.closeIndex + 1;
    bool punctuated = local.endsClause;
    if (i < local.afterEnd && !tokens.at(i).word) {
        const QChar c = m_text.at(tokens.at(i).start);
        if (c != u',' && !Tokenizer::isDash(c))
            return cue;
        punctuated = true;
        ++i;
        // "…” ― Sonya Herridge": a name after a dash, ending the paragraph, signs the quotation.
        if (Tokenizer::isDash(c) && Tokenizer::isCapitalised(parser.word(i))) {
            const Mention m = parser.phraseAfter(i, local.afterEnd);
            const qsizetype next = m.valid() ? tokenIndexAfter(tokens, m.end) : -1;
            if (m.form == Mention::Form::Name && (next >= tokens.size() || !tokens.at(next).word)) {
                cue.found = cue.direct = true;
                cue.mention = m;
                cue.text = QString(c);
                return cue;
            }
        }
    }
    if (i >= local.afterEnd)
        return cue;
    const QStringView first = parser.word(i);
    // "…,” according to Ann Vale, the town’s mayor.
    if (punctuated && parser.isAccordingTo(i)) {
        cue.mention = parser.phraseAfter(i + 2, local.afterEnd);
        if (!cue.mention.valid()) {
            qsizetype c = i + 2;
            while (c < local.afterEnd && !parser.isPunct(c, u','))
                ++c;
            cue.mention = parser.wholePhrase(i + 2, c);
        }
        if (cue.mention.valid()) {
            cue.found = cue.direct = cue.speech = true;
            cue.text = QStringLiteral("according to");
        }
        return cue;
    }
    // "…,” as a Homeland Security memo put it.
    if (punctuated && equals(first, u"as")) {
        for (qsizetype k = i + 2; k + 1 < local.afterEnd && k - i <= 10; ++k) {
            if ((!equals(parser.word(k), u"put") && !equals(parser.word(k), u"puts"))
                || !equals(parser.word(k + 1), u"it"))
                continue;
            cue.mention = parser.wholePhrase(i + 1, k);
            cue.found = cue.direct = cue.speech = cue.wordsOnly = cue.mention.valid();
            cue.text = QStringLiteral("put it");
            return cue;
        }
    }
    // Without a comma, only a short attribution sentence belongs to the quotation: "…." Trump said.
    const bool shortSentence
        = local.afterEnd - i <= 12 && local.afterEnd < tokens.size() && tokens.at(local.afterEnd).sentenceEnd;
    if (!punctuated && !shortSentence)
        return cue;
    const Lexicon &lexicon = Lexicon::instance();
    // "…," said X — but not "…," referencing X: a participle belongs to the speaker before.
    // "…,” agrees Ann Vale": the present tense of a cue the table knows in the past.
    // ("The bill, which campaigners called “cruel”, passed on Tuesday.": a verb and its preposition
    // go on with the sentence; no one is named after them.)
    if (isLower(first) && (lexicon.isReportingCue(first) || isPresentOfCue(first)) && !Lexicon::isPronoun(first)
        && !endsWith(first, u"ing") && !WordClass::isPreposition(parser.word(i + 1))) {
        cue.mention = parser.phraseAfter(i + 1, local.afterEnd);
        // "…,” denounced her record": a verb that is not one of saying takes an object after it;
        // only a name after it reads as its inverted subject ("…,” cautioned Ann Vale).
        if (cue.mention.valid() && cue.mention.form != Mention::Form::Name && !parser.has(i, Lexicon::SpeechCue)
            && !isPresentOfCue(first))
            cue.mention = {};
        if (cue.mention.valid()) {
            cue.found = cue.direct = true;
            cue.speech = parser.has(i, Lexicon::SpeechCue) || isPresentOfCue(first);
            cue.text = phrase(parser, i, local.afterEnd);
        }
        return cue;
    }
    // "…,” Robert McDuff, attorney for one of four groups to file suit, said.": a long appositive
    // may sit between the name and its verb.
    for (qsizetype v = i + 1; v < local.afterEnd && v < i + (punctuated && !local.titleCase ? 26 : 16); ++v) {
        if (!isLower(parser.word(v)) || !(parser.has(v, Lexicon::ReportingCue) || readsDocument(parser, i, v)))
            continue;
        // "…,” the statement said.": after a determiner a cue word is a noun; the verb comes later.
        if (parser.has(v - 1, Lexicon::Determiner) && !readsDocument(parser, i, v))
            continue;
        Mention m = parser.subjectBefore(v, i);
        if (m.valid() && m.start != tokens.at(i).start) {
            // "Cruz spokesman Rick Tyler said": the words before the name are its role.
            qsizetype k = i;
            // ... but not "until Haley said": a conjunction or preposition starts a new clause.
            while (k < v && tokens.at(k).word && tokens.at(k).end < m.start && !startsClause(parser.word(k)))
                ++k;
            if (k - i <= 4 && tokens.at(k).start == m.start) {
                if (m.role.isEmpty())
                    m.role = m_text.mid(tokens.at(i).start, m.start - tokens.at(i).start).trimmed();
                m.start = tokens.at(i).start;
            } else {
                m = {};
            }
        }
        if (!m.valid() && parser.has(i, Lexicon::Determiner) && v - i <= 5 && v > i + 1) {
            // "…,” the article read.  Right after the quotation any noun phrase names the source.
            m = parser.wholePhrase(i, v);
        }
        if (!m.valid()) {
            // "Jeffrey Lewis of the James Martin Center wrote": the name that opens the clause.
            m = parser.clauseSubject(i, v);
            const QStringView written = QStringView(m_text).mid(m.start, m.end - m.start);
            if (m.form != Mention::Form::Name || m.start != tokens.at(i).start || written.endsWith(u'\u2019')
                || isPossessive(written))
                m = {};
        }
        if (!punctuated && m.valid()) {
            // Without a comma the next sentence is an attribution only when it reads like one:
            // `"…" Grubbs said.` yes; `"protect" Clinton by scheduling debates` (the quotation
            // runs on into its sentence) and `"…." Rubio has supported the subsidies` (the verb
            // has an object) no.
            const bool nameThenVerb = (m.form == Mention::Form::Name || m.form == Mention::Form::Pronoun)
                && m.start == tokens.at(i).start && tokenIndexAfter(tokens, m.end) == v;
            const QStringView object = parser.word(v + 1);
            const bool hasObject
                = !object.isEmpty() && Lexicon::isDeterminer(object) && phrase(parser, v, v + 2) == parser.word(v);
            if ((!local.endsSentence && !nameThenVerb) || hasObject)
                m = {};
        }
        // "…,” a nod to the front-runner acknowledging that …": a participle after a description
        // qualifies it; no one is quoted.
        if (m.valid() && m.form == Mention::Form::Description && endsWith(parser.word(v), u"ing")) {
            qsizetype head = i + 1;
            while (head + 1 < v && parser.isWord(head + 1) && !parser.has(head + 1, Lexicon::StopWord))
                ++head;
            if (!parser.has(head, Lexicon::SpeakerNoun | Lexicon::Title | Lexicon::OrganisationWord))
                m = {};
        }
        if (m.valid() && (punctuated || v - i <= 6)) {
            cue.found = cue.direct = true;
            cue.mention = m;
            cue.text = phrase(parser, v, local.afterEnd);
            cue.speech = parser.has(v, Lexicon::SpeechCue);
        }
        return cue;
    }
    // "…?" Vitter demanded.  A name and one past-tense verb closing the sentence attribute the
    // quotation even when the verb is too rare to be in the cue table.
    if (punctuated) {
        // ("…,” BJP Delhi chief Virendra Sachdeva alleged.": a role's noun may stand among the
        // capitals before the name.)
        qsizetype v = i;
        qsizetype roleNoun = -1;
        while (v < local.afterEnd && v < i + (roleNoun >= 0 ? 7 : 4)
               && (Tokenizer::isCapitalised(parser.word(v))
                   || (roleNoun < 0 && v > i && isLower(parser.word(v)) && Tokenizer::isCapitalised(parser.word(v + 1))
                       && parser.has(v, Lexicon::Title | Lexicon::SpeakerNoun)))) {
            if (isLower(parser.word(v)))
                roleNoun = v;
            ++v;
        }
        const QStringView verb = parser.word(v);
        // "…,” Vale blurted out.": a particle may follow the verb.
        const qsizetype end = isVerbParticle(parser.word(v + 1)) ? v + 2 : v + 1;
        // "…,” Cruz quipped in reference to …": a phrase of place, time or manner may follow.
        const QStringView next = parser.word(v + 1);
        const bool modifierFollows = local.endsClause && !next.isEmpty() && isLower(next)
            && (WordClass::isPreposition(next) || endsWith(next, u"ly")) && !equals(next, u"to")
            && !equals(next, u"that") && !equals(next, u"of");
        if (v > i && isLower(verb) && endsWith(verb, u"ed")
            && (end >= local.afterEnd || parser.isPunct(end, u',') || modifierFollows)) {
            cue.mention = parser.subjectBefore(v, i);
            if (roleNoun >= 0 && cue.mention.valid() && cue.mention.start == parser.tokenStart(roleNoun + 1)) {
                if (cue.mention.role.isEmpty())
                    cue.mention.role = m_text.mid(tokens.at(i).start, parser.tokenEnd(roleNoun) - tokens.at(i).start);
                cue.mention.start = tokens.at(i).start;
            }
            cue.found = cue.direct = cue.mention.valid() && cue.mention.start == tokens.at(i).start;
            cue.text = phrase(parser, v, end);
        } else if (v == i && isLower(first) && endsWith(first, u"ed") && !Lexicon::isPronoun(first)
                   && !WordClass::isPreposition(parser.word(i + 1))) {
            // "…,” quipped Ann Vale.": the verb first, then a name closing the sentence.
            // "…?” posed Mr Joseph Kiprono, a farmer from Moiben.": or a name and an appositive after
            // its comma (a description, a relative clause, an age).
            const Mention m = parser.phraseAfter(i + 1, local.afterEnd);
            const qsizetype next = m.valid() ? tokenIndexAfter(tokens, m.end) : local.afterEnd;
            const QStringView opener = parser.word(next + 1);
            const bool appositive = next + 1 < local.afterEnd && parser.isPunct(next, u',')
                && (Lexicon::isDeterminer(opener) || WordClass::oneOf(opener, u"who", u"whose")
                    || (!opener.isEmpty() && opener.front().isDigit()));
            if (m.form == Mention::Form::Name && (next >= local.afterEnd || appositive)) {
                cue.found = cue.direct = true;
                cue.mention = m;
                cue.text = first.toString();
            }
        }
    }
    return cue.found ? cue : Cue {};
}

Cue CueFinder::atSentenceEnd(const QuoteContext &local) const
{
    if (local.closeIndex < 0 || local.afterEnd <= local.closeIndex + 1)
        return {};
    const TokenSpan tokens = m_tokens.at(local.lastParagraph);
    const MentionParser parser(m_text, tokens);
    // Try the last few commas: "…, said Brad Bannon, a Democratic pollster."
    qsizetype c = local.afterEnd;
    for (int attempt = 0; attempt < 3; ++attempt) {
        --c;
        while (c > local.closeIndex && !parser.isPunct(c, u','))
            --c;
        const qsizetype k = c + 1;
        if (c <= local.closeIndex || local.afterEnd - k > 16)
            return {};
        Cue cue;
        if (equals(parser.word(k), u"according") && equals(parser.word(k + 1), u"to")) {
            cue.mention = parser.wholePhrase(k + 2, local.afterEnd);
            cue.text = QStringLiteral("according to");
        } else if (isLower(parser.word(k)) && parser.has(k, Lexicon::ReportingCue)
                   && !endsWith(parser.word(k), u"ing")
                   // ("The bill, which campaigners called “cruel”, passed on Tuesday.": a verb and
                   // its preposition go on with the sentence; no one is named after them.)
                   && !WordClass::isPreposition(parser.word(k + 1))) {
            if (WordClass::takesListener(parser.word(k))) {
                // "…," Melanne Verveer, who served as …, told CBS News.": CBS News listened; the
                // speaker is the subject before the comma.
                const Mention m = parser.subjectBefore(k, local.closeIndex + 1);
                if (m.valid() && m.start == tokens.at(local.closeIndex + 1).start)
                    cue.mention = m;
            } else {
                cue.mention = parser.phraseAfter(k + 1, local.afterEnd);
            }
            cue.text = phrase(parser, k, local.afterEnd);
        } else {
            for (qsizetype v = k + 1; v < local.afterEnd && v < k + 8; ++v) {
                if (!isLower(parser.word(v)) || !parser.has(v, Lexicon::ReportingCue))
                    continue;
                const Mention m = parser.subjectBefore(v, k);
                if (m.valid() && m.start == tokens.at(k).start && local.afterEnd - v <= 8) {
                    cue.mention = m;
                    cue.text = phrase(parser, v, local.afterEnd);
                }
                break;
            }
        }
        if (cue.mention.valid()) {
            cue.found = true;
            cue.clauseEnd = tokens.at(c - 1).end;
            return cue;
        }
    }
    return {};
}

Cue CueFinder::fromColon(int paragraph, qsizetype lo, qsizetype colon) const
{
    Cue cue;
    const TokenSpan tokens = m_tokens.at(paragraph);
    if (colon <= lo || colon >= tokens.size() || m_text.at(tokens.at(colon).start) != u':')
        return cue;
    const MentionParser parser(m_text, tokens);
    cue.mention = parser.clauseSubject(lo, colon);
    // "Partial transcript as follows:": a common word capitalised at the sentence's start before
    // a lower-case noun qualifies it; it names no one.
    if (cue.mention.form == Mention::Form::Name && cue.mention.start == parser.tokenStart(lo)
        && cue.mention.end == parser.tokenEnd(lo) && isLower(parser.word(lo + 1))
        && Lexicon::instance().documentFrequency(parser.word(lo)) >= 250
        && !Lexicon::instance().isFirstName(parser.word(lo)))
        cue.mention = {};
    if (!cue.mention.valid() && colon - lo >= 2 && Tokenizer::isCapitalised(parser.word(lo))
        && Lexicon::instance().isReportingCue(parser.word(lo).toString().toLower())
        && !endsWith(parser.word(lo), u"ing")) {
        // "Stated Stone: “…”", "Added the minister:": the cue first, then who speaks.
        const Mention m = parser.phraseAfter(lo + 1, colon);
        if (m.valid() && m.form != Mention::Form::Pronoun && m.end == parser.tokenEnd(colon - 1)) {
            cue.mention = m;
            cue.found = cue.direct = true;
            cue.text = parser.word(lo).toString().toLower();
            return cue;
        }
    }
    // "The timing doesn’t surprise Republican pollster Joe Lund: “…”": with no one as the
    // clause's subject, a name right before the colon introduces the quotation.
    if ((!cue.mention.valid() || cue.mention.form == Mention::Form::Description) && parser.isWord(colon - 1)
        && Tokenizer::isCapitalised(parser.word(colon - 1)) && !isPossessive(parser.word(colon - 1))) {
        Mention m = parser.phraseAfter(colon - 1, colon);
        qsizetype k = colon - 1;
        while (k > lo && parser.isWord(k - 1) && parser.tokenStart(k) > m.start)
            --k;
        // The role words before the name: "Republican pollster".
        qsizetype r = k;
        while (r > lo && isLower(parser.word(r - 1)) && parser.has(r - 1, Lexicon::SpeakerNoun | Lexicon::Title))
            --r;
        while (r > lo && Tokenizer::isCapitalised(parser.word(r - 1)) && !parser.has(r - 1, Lexicon::StopWord))
            --r;
        if (m.form == Mention::Form::Name && m.start > parser.tokenStart(lo) && r < k
            && (cue.mention.valid() ? cue.mention.end <= parser.tokenStart(r) : true)) {
            if (m.role.isEmpty())
                m.role = m_text.mid(parser.tokenStart(r), parser.tokenEnd(k - 1) - parser.tokenStart(r));
            cue.mention = m;
            cue.found = cue.direct = true;
            cue.text = QStringLiteral(":");
            return cue;
        }
    }
    if (!cue.mention.valid())
        return {};
    // "The message from the town council was blunt: “…”": whoever sent the document speaks.
    if (cue.mention.form == Mention::Form::Description) {
        qsizetype from = lo;
        while (from < colon && parser.tokenStart(from) < cue.mention.end)
            ++from;
        if (from > lo && from + 1 < colon && (equals(parser.word(from), u"from") || equals(parser.word(from), u"by"))
            && WordClass::isDocumentNoun(parser.word(from - 1))) {
            qsizetype verb = from + 1;
            while (verb < colon && parser.isWord(verb) && !parser.has(verb, Lexicon::FunctionVerb))
                ++verb;
            const Mention sender = verb < colon ? parser.wholePhrase(from + 1, verb) : Mention {};
            if (sender.valid() && sender.form == Mention::Form::Name)
                cue.mention = sender;
        }
    }
    cue.found = cue.direct = true;
    for (qsizetype i = lo; i < colon; ++i) {
        if (tokens.at(i).start >= cue.mention.end && tokens.at(i).word) {
            cue.text = parser.word(i).toString();
            // "Ms Vale went on:", "He pointed out:": a verb and its particle.
            if (i + 1 < colon && WordClass::oneOf(parser.word(i + 1), u"on", u"out"))
                cue.text += u' ' + parser.word(i + 1).toString();
            break;
        }
    }
    return cue;
}

Cue CueFinder::before(int paragraph, qsizetype lo, qsizetype hi, qsizetype subjectLo) const
{
    Cue cue;
    const TokenSpan tokens = m_tokens.at(paragraph);
    const MentionParser parser(m_text, tokens);
    qsizetype trailing = hi;
    while (trailing > lo && !tokens.at(trailing - 1).word) {
        const QChar c = m_text.at(tokens.at(trailing - 1).start);
        if (c != u':' && c != u',' && !Tokenizer::isDash(c))
            break;
        --trailing;
    }
    const bool introduced = trailing < hi;

    // according to X, "…"   /   according to X, the plan "…"
    for (qsizetype i = lo; i + 2 < trailing; ++i) {
        if (!parser.isAccordingTo(i))
            continue;
        // "Win Htein … said Tuesday that according to its analysis, the NLD has won …": inside what
        // someone said, the source they cite does not speak.
        bool reported = false;
        for (qsizetype k = lo; k < i && !reported; ++k)
            reported = isLower(parser.word(k)) && parser.has(k, Lexicon::ReportingCue)
                && WordClass::isFiniteCueForm(parser.word(k));
        if (reported)
            break;
        qsizetype c = i + 2;
        while (c < trailing && !parser.isPunct(c, u','))
            ++c;
        cue.mention = parser.wholePhrase(i + 2, c);
        if (!cue.mention.valid())
            return cue;
        cue.found = true;
        cue.text = QStringLiteral("according to");
        cue.direct = c >= trailing;
        if (!cue.direct)
            cue.clauseStart = tokens.at(c + 1).start;
        return cue;
    }
    // as X put it: "…"
    if (trailing - 2 >= lo && equals(parser.word(trailing - 1), u"it")
        && (equals(parser.word(trailing - 2), u"put") || equals(parser.word(trailing - 2), u"puts"))) {
        for (qsizetype a = trailing - 3; a >= lo && a > trailing - 16; --a) {
            if (!equalsIgnoringCase(parser.word(a), u"as"))
                continue;
            // "As Ann Vale, the mayor, put it": the name, with the appositive as its role.
            bool appositive = false;
            for (qsizetype c = a + 2; c < trailing - 2 && !appositive; ++c)
                appositive = parser.isPunct(c, u',');
            cue.mention = appositive ? parser.clauseSubject(a + 1, trailing - 2) : parser.wholePhrase(a + 1, trailing - 2);
            cue.found = cue.direct = cue.mention.valid();
            cue.text = QStringLiteral("put it");
            return cue;
        }
    }
    // The cue nearest the quotation that has a subject: in "said in a statement:" the noun
    // "statement" is a cue word too, but "said" is the one with a speaker.
    qsizetype v = trailing;
    for (int attempt = 0; attempt < 3; ++attempt) {
        --v;
        while (v >= lo && !(isLower(parser.word(v)) && parser.has(v, Lexicon::ReportingCue)))
            --v;
        if (v < lo)
            return cue;
        cue = at(parser, v, subjectLo, hi, trailing, introduced);
        // "Obama said he expected that Americans will say “no” to …": after a modal the cue is
        // speech to come, not speech reported; whoever reports it speaks.
        if (cue.found && WordClass::oneOf(parser.word(v - 1), u"will", u"would", u"could", u"might", u"may", u"should"))
            cue.speech = false;
        if (cue.found && (!cue.direct || !cue.speech)) {
            // "Trump stated that Melania would discuss it “in a few weeks.”": a cue inside what
            // someone said that reports it; the words are theirs. So are they when the inner cue
            // is no speech at all: "Streeting said the figures showed “the first green shoots”".
            const Cue outer = outerSpeech(parser, v, cue.mention.start, subjectLo, hi, trailing, introduced);
            if (outer.found)
                return outer;
        }
        if (cue.found)
            return cue;
    }
    return cue;
}

Cue CueFinder::outerSpeech(const MentionParser &parser, qsizetype inner, qsizetype innerSubject, qsizetype lo,
                           qsizetype hi, qsizetype trailing, bool introduced) const
{
    for (qsizetype o = inner - 2; o >= lo; --o) {
        if (!isLower(parser.word(o)) || !parser.has(o, Lexicon::SpeechCue))
            continue;
        // "said that …", or "said the campaign expects …": the clause starts after the cue; so
        // after a participle ("welcomed the result, saying it showed the council was “…”").
        if (o + 1 < inner && parser.tokenStart(o + 1) == innerSubject)
            return at(parser, o, lo, hi, trailing, introduced);
        if (endsWith(parser.word(o), u"ing"))
            continue;
        for (qsizetype t = o + 1; t <= o + 4 && t < inner; ++t) {
            if (equals(parser.word(t), u"that"))
                return at(parser, o, lo, hi, trailing, introduced);
        }
        break; // the nearest speech cue before has no clause of its own
    }
    return {};
}

Cue CueFinder::at(const MentionParser &parser, qsizetype v, qsizetype lo, qsizetype hi, qsizetype trailing,
                  bool introduced) const
{
    Cue cue;
    const qsizetype gap = trailing - v - 1;
    qsizetype that = -1;
    for (qsizetype i = v + 1; i < trailing; ++i) {
        if (equals(parser.word(i), u"that")) {
            that = i;
            break;
        }
    }
    // A long way from cue to quotation is fine after "said X that", not after any cue word.
    const bool complement = that >= 0 && that <= v + 4;
    if (gap > 20 || (gap > 8 && !complement && !parser.has(v, Lexicon::SpeechCue)))
        return cue;
    // "Joe Lund was hailed as “a hero”": the subject of a passive was spoken of, not speaking
    // (save "was quoted as saying", "was recorded saying").
    // ("is reported to have called": the passive of a cue before "to" reports its subject's words.)
    if (endsWith(parser.word(v), u"ed") && !WordClass::oneOf(parser.word(v), u"quoted", u"recorded", u"filmed")
        && WordClass::isBeForm(parser.word(v - 1))
        && !equals(parser.word(v + 1), u"to"))
        return cue;
    cue.mention = parser.subjectBefore(v, lo);
    if (!cue.mention.valid() && v + 1 < trailing && Tokenizer::isCapitalised(parser.word(v + 1)) && introduced) {
        // explained Rosenberg, "…" — the phrase must run up to the quotation's comma or colon.
        cue.mention = parser.phraseAfter(v + 1, trailing);
        // ... and name someone: "said Wednesday, “…”" has no subject after the verb.
        if (cue.mention.valid()
            && (cue.mention.end != parser.tokenEnd(trailing - 1)
                || (v + 2 == trailing
                    && (WordClass::isTemporal(parser.word(v + 1)) || WordClass::isNeverAName(parser.word(v + 1))))))
            cue.mention = {};
    }
    if (!cue.mention.valid())
        return cue;
    cue.found = true;
    cue.speech = parser.has(v, Lexicon::SpeechCue);
    qsizetype afterPhrase = v + 1;
    cue.text = phrase(parser, v, trailing, &afterPhrase);
    // "…, who told the committee when asked about it last week: “…”": a colon introduces the
    // quotation itself, however far the cue.
    // ("Scott told “CBS This Morning” co-host Gayle King, “…”": however long, a listener's name
    // alone between the cue and the comma.)
    bool listenerOnly = introduced && gap <= 14 && WordClass::takesListener(parser.word(v));
    for (qsizetype t = v + 1; t < trailing && listenerOnly; ++t) {
        const QStringView w = parser.word(t);
        listenerOnly = w.isEmpty() || !(isLower(w) && (parser.has(t, Lexicon::FunctionVerb | Lexicon::ReportingCue)
                                                        || Lexicon::isPronoun(w) || endsWith(w, u"ed")));
    }
    // ("“…,” Ann Vale said, but “we will fix them.”": a conjunction alone after the cue.)
    bool conjunctionOnly = hi > v + 1;
    for (qsizetype t = v + 1; t < hi && conjunctionOnly; ++t)
        conjunctionOnly = !parser.isWord(t) || WordClass::oneOf(parser.word(t), u"but", u"and", u"yet");
    // ("said on Twitter on Monday, in reference to her first child, “Next summer, …”": phrases of
    // where, when and why, then a comma and a quotation opening with a capital letter; not a title
    // "noted on Twitter the change from the slogan, “Keep Harbour Town Great.”".)
    bool adverbialOnly = introduced && WordClass::isPreposition(parser.word(v + 1))
        && Tokenizer::isCapitalised(parser.word(hi + 1));
    bool titleCase = adverbialOnly;
    for (qsizetype t = hi + 2; t < hi + 6 && titleCase; ++t)
        titleCase = !parser.isWord(t) || !isLower(parser.word(t));
    adverbialOnly = adverbialOnly && !titleCase;
    cue.direct
        = (introduced && (gap <= 6 || parser.isPunct(trailing, u':') || listenerOnly || adverbialOnly) && that < 0)
        || gap == 0 || conjunctionOnly;
    if (that >= 0) {
        cue.clauseStart = parser.tokenStart(that);
    } else {
        // "told BBC Radio Sheffield the rise was “…”", "told him it was “…”": the listener is
        // no part of what was said.
        qsizetype clause = afterPhrase;
        const QStringView listener = parser.word(v + 1);
        if (clause == v + 1 && WordClass::takesListener(parser.word(v))
            && (equals(listener, u"him") || equals(listener, u"her") || equals(listener, u"them")
                || equals(listener, u"us") || equals(listener, u"me")))
            ++clause;
        // "said on Wednesday the cancellation was “reckless”": the day is when it was said.
        clause = parser.afterTime(clause, hi);
        if (clause < hi)
            cue.clauseStart = parser.tokenStart(clause);
        // "The shop, he said, would stay “open until Christmas”": an attribution in commas inside
        // what is reported; the clause starts with the sentence.
        const qsizetype subject = parser.firstTokenOf(cue.mention, v, lo);
        if (parser.isPunct(clause, u',') && subject - 1 > lo && parser.isPunct(subject - 1, u',')) {
            qsizetype first = parser.sentenceStart(subject - 1, lo);
            // (Not a closing mark the sentence follows; an opening one belongs to it.)
            while (first < subject - 1 && !parser.isWord(first) && parser.tokenEnd(first) < parser.tokenStart(first + 1))
                ++first;
            cue.clauseStart = parser.tokenStart(first);
        }
    }
    return cue;
}

} // namespace Quoteshelf::Extract
