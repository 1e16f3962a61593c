#include "extract/indirectfinder.h"

#include "extract/lexicon.h"
#include "extract/mentionparser.h"
#include "extract/wordclasses.h"

#include <algorithm>

namespace Quoteshelf::Extract {

namespace {

constexpr int minimumClauseWords = 4;

// "…, said Wilcox": cues that put their speaker after them.
bool isInvertedCue(QStringView w)
{
    return equals(w, u"said") || equals(w, u"says") || equals(w, u"added") || equals(w, u"wrote") || equals(w, u"noted")
        || equals(w, u"explained");
}

qsizetype tokenIndexAt(TokenSpan tokens, qsizetype position)
{
    qsizetype i = 0;
    while (i < tokens.size() && tokens.at(i).start < position)
        ++i;
    return i;
}

// "he’s", "they’re": a pronoun with a clitic still starts a clause.
bool isPronounForm(QStringView w)
{
    const qsizetype apostrophe = std::max(w.indexOf(u'\''), w.indexOf(u'\u2019'));
    return Lexicon::isPronoun(apostrophe > 0 ? w.left(apostrophe) : w);
}

// "told reporters that …", "told BBC Radio Sheffield the rise was …", "told reporters Monday
// he would …": the listener (and a time) come between the cue and the reported clause. The clause
// starts at "that", else at the first subject pronoun or determiner after the listener that no
// preposition governs ("told the BBC in an interview he …").
qsizetype afterListener(const MentionParser &parser, qsizetype first, qsizetype to)
{
    // "Councillors warned they had the votes": a subject's pronoun is no listener; the clause
    // starts with it.
    if (WordClass::oneOf(parser.word(first), u"he", u"she", u"they", u"we", u"I"))
        return first;
    const qsizetype last = std::min(to, first + 8);
    for (qsizetype c = first; c < last && parser.isWord(c); ++c) {
        if (equals(parser.word(c), u"that"))
            return c;
    }
    // "told ABC Radio Geelong investigators believed the fire …": after the listener's name, a
    // common noun and its verb open the clause.
    {
        qsizetype c = parser.has(first, Lexicon::Determiner) ? first + 1 : first;
        const qsizetype named = c;
        while (c < to && c - named < 5 && parser.isWord(c) && Tokenizer::isCapitalised(parser.word(c)))
            ++c;
        const QStringView noun = parser.word(c);
        const QStringView verb = parser.word(c + 1);
        if (c > named && c + 1 < to && isLower(noun) && !parser.has(c, Lexicon::FunctionVerb | Lexicon::StopWord)
            && !WordClass::isPreposition(noun) && !endsWith(noun, u"ly") && isLower(verb)
            && (parser.has(c + 1, Lexicon::FunctionVerb) || (endsWith(verb, u"ed") && verb.size() > 4)))
            return c;
    }
    for (qsizetype c = first + 1; c < std::min(to, first + 6) && parser.isWord(c); ++c) {
        const QStringView w = parser.word(c);
        if ((isPronounForm(w) || parser.has(c, Lexicon::Determiner)) && !WordClass::isPreposition(parser.word(c - 1))
            && !parser.has(c - 1, Lexicon::Determiner))
            return c;
    }
    // "told ABC Radio Sydney crews had carried out …", "told reporters Vale would …": the clause's
    // subject is the word before its verb.
    for (qsizetype c = first + 1; c + 1 < std::min(to, first + 7) && parser.isWord(c + 1); ++c) {
        if (!parser.has(c + 1, Lexicon::FunctionVerb) || !isLower(parser.word(c + 1))
            || parser.has(c, Lexicon::FunctionVerb | Lexicon::StopWord) || WordClass::isPreposition(parser.word(c - 1)))
            continue;
        // ... with the words of its noun phrase ("promised her entire infrastructure program would").
        qsizetype start = c;
        while (start - 1 > first && isLower(parser.word(start - 1))
               && !parser.has(start - 1, Lexicon::FunctionVerb | Lexicon::StopWord))
            --start;
        if (start == first + 1 && WordClass::oneOf(parser.word(first), u"her", u"his", u"their", u"its"))
            start = first;
        return start;
    }
    return std::min(to, first + 4);
}

// Whether w.toUpper() == w: asked of the opening words of every paragraph with a cue, which are
// nearly all ASCII, answered without a copy for those (any lower-case letter makes the answer no).
bool isShouted(QStringView w)
{
    const char16_t *chars = w.utf16();
    for (qsizetype k = 0; k < w.size(); ++k) {
        if (chars[k] >= 0x80)
            return w.toString().toUpper() == w;
    }
    return std::none_of(chars, chars + w.size(), [](char16_t c) { return c >= u'a' && c <= u'z'; });
}

// "TORONTO — …", "LONDON, Ont. (CP) — …", "LOS ANGELES, Feb. 2 (UPI) — …", "CHENNAI: …": a
// dateline opening the paragraph is no part of the sentence after it. Returns the token the sentence starts at.
qsizetype afterDateline(const QString &text, TokenSpan tokens, qsizetype from, qsizetype to)
{
    // "HAZARD, Ky. (AP) — …": the state's period ended a sentence; the agency and the dash open this one.
    if (from > 0 && from <= 6 && from + 4 < to && !tokens.at(from).word && text.at(tokens.at(from).start) == u'(') {
        for (qsizetype t = from + 1; t < from + 4; ++t) {
            if (!tokens.at(t).word && text.at(tokens.at(t).start) == u')') {
                const bool dash = !tokens.at(t + 1).word && Tokenizer::isDash(text.at(tokens.at(t + 1).start));
                return dash ? t + 2 : from;
            }
        }
        return from;
    }
    if (from != 0 || from >= to || !tokens.at(from).word)
        return from;
    const QStringView first = tokenText(text, tokens.at(from));
    // "New Delhi: The traffic police will …": a place in title case, a colon, then the sentence.
    if (first.size() >= 2 && Tokenizer::isCapitalised(first) && !isShouted(first)) {
        for (qsizetype t = from + 1; t < std::min(to - 1, from + 4); ++t) {
            if (!tokens.at(t).word) {
                const bool colon = text.at(tokens.at(t).start) == u':' && tokens.at(t + 1).word
                    && Tokenizer::isCapitalised(tokenText(text, tokens.at(t + 1)));
                return colon ? t + 1 : from;
            }
            if (!Tokenizer::isCapitalised(tokenText(text, tokens.at(t))))
                return from;
        }
        return from;
    }
    if (first.size() < 2 || !isShouted(first) || first.toString().toLower() == first)
        return from;
    bool shouted = true; // "CHENNAI:", "NEW DELHI:": capitals, then a colon
    for (qsizetype t = from + 1; t < std::min(to, from + 12); ++t) {
        const qsizetype at = tokens.at(t).start;
        if (!tokens.at(t).word && Tokenizer::isDash(text.at(at)) && at > 0 && text.at(at - 1).isSpace())
            return t + 1 < to ? t + 1 : from;
        if (shouted && !tokens.at(t).word && text.at(at) == u':')
            return t + 1 < to ? t + 1 : from;
        const QStringView w = tokenText(text, tokens.at(t));
        shouted = shouted && tokens.at(t).word && isShouted(w);
    }
    return from;
}

// "While costs rose, …", "If it passes, …": a sentence that opens with a subordinate clause.
bool opensSubordinate(QStringView first)
{
    const QString w = first.toString().toLower();
    return WordClass::isSubordinator(w) || WordClass::oneOf(w, u"whether", u"unless", u"until", u"once");
}

// "officers were", "council tax would", "higher interest rates were": a noun phrase without a
// determiner, then a finite auxiliary within three words; or, after a verb of speech, a noun,
// then a verb in the past ("said ambulances waited", "said household debt remained"; not
// "photos showed mourners crouched").
bool startsBareClause(const MentionParser &parser, qsizetype c, qsizetype to, bool speech)
{
    const QStringView noun = parser.word(c);
    if (!isLower(noun) || Lexicon::isStopWord(noun) || WordClass::isTemporal(noun) || WordClass::isPreposition(noun))
        return false;
    // ... or with a phrase after the noun before the auxiliary: "said rainfall across the region
    // had been", "said demand for homes in Leeds was".
    bool phrase = false;
    for (qsizetype k = c + 1; k < std::min(to, phrase ? c + 8 : c + 4) && parser.isWord(k); ++k) {
        const QStringView w = parser.word(k);
        if (WordClass::oneOf(w, u"was", u"were", u"is", u"are", u"had", u"has", u"have", u"would", u"will", u"could",
                             u"should", u"might", u"must", u"can"))
            return true;
        const QStringView before = parser.word(k - 1);
        // ("said supply remained": a noun in -ly is no adverb.)
        if (!phrase && speech && isLower(w) && before.size() > 3
            && !(endsWith(before, u"ly") && WordClass::isVerbFiller(before))
            && ((w.size() > 4 && endsWith(w, u"ed")) || (k == c + 1 && WordClass::isIrregularPast(w))))
            return true;
        // "says customers still come from miles away": a plural noun, then an adverb of time
        // before its verb.
        if (!phrase && speech && k == c + 1 && noun.size() > 3 && endsWith(noun, u"s") && !endsWith(noun, u"ss")
            && WordClass::oneOf(w, u"still", u"now", u"often", u"already", u"always", u"never", u"rarely", u"sometimes",
                                u"usually", u"also")
            && k + 1 < to && isLower(parser.word(k + 1)) && !parser.has(k + 1, Lexicon::StopWord))
            return true;
        if (!phrase && k <= c + 2 && WordClass::oneOf(w, u"across", u"in", u"for", u"of", u"at", u"on")) {
            phrase = true;
            continue;
        }
        if (phrase && (parser.has(k, Lexicon::Determiner) || Tokenizer::isCapitalised(w)))
            continue;
        if (!isLower(w) || Lexicon::isStopWord(w))
            return false;
    }
    return false;
}

// Whether tokens [first, last) hold a quotation mark other than ’ (an apostrophe far more often).
// A mark is a token of its own (no word holds one but ’), so only the punctuation tokens are
// looked at, rather than every character of a paragraph again.
bool holdsQuoteMark(const QString &text, TokenSpan tokens, qsizetype first, qsizetype last)
{
    for (qsizetype k = first; k < last; ++k) {
        const Token &t = tokens.at(k);
        if (t.word)
            continue;
        const QChar c = text.at(t.start);
        if ((c.unicode() < 0x80 ? c == u'"' : Tokenizer::isQuoteMark(c)) && c != u'\u2019')
            return true;
    }
    return false;
}

} // namespace

IndirectFinder::IndirectFinder(const QString &text, const ArticleTokens &tokens) : m_text(text), m_tokens(tokens) { }

bool IndirectFinder::sentence(int paragraph, qsizetype from, qsizetype to, DraftQuote *draft) const
{
    const TokenSpan tokens = m_tokens.at(paragraph);
    const MentionParser parser(m_text, tokens);
    const auto words = [&](qsizetype a, qsizetype b) {
        int n = 0;
        for (qsizetype i = a; i < b; ++i)
            n += tokens.at(i).word ? 1 : 0;
        return n;
    };
    // "the Tax Foundation", "Acme regional manager", "digital consultant": words before a name that
    // describe it, with no function word ("which Beijing has vowed", "as HuffPost has noted").
    const auto rolePrefix = [&](qsizetype a, qsizetype b) {
        for (qsizetype i = a; i < b; ++i) {
            if (!tokens.at(i).word || parser.has(i, Lexicon::FunctionVerb | Lexicon::Pronoun)
                || (parser.has(i, Lexicon::StopWord) && !(i == a && parser.has(i, Lexicon::Determiner))))
                return false;
        }
        return true;
    };
    // Every pattern below turns on a cue inside the sentence ("said", "told", "according to"):
    // most sentences have none and are passed over at once.
    qsizetype cue = from;
    // "Ann Vale alleged that …": a word that reports speech when "that" follows it, after a name.
    // (Asked of nearly every word: first whether the next token's hash is that of "that".)
    constexpr quint32 thatHash = FoldedWord::hashOfFolded(u"that");
    const auto thatAfterCue = [&](qsizetype v) {
        return v > from && tokens.at(v + 1).word && equals(parser.word(v + 1), u"that") && isLower(parser.word(v))
            && endsWith(parser.word(v), u"ed") && Tokenizer::isCapitalised(parser.word(v - 1))
            && Lexicon::instance().isCueBeforeThat(parser.word(v));
    };
    // (Small, so that the compiler inlines the test most words fail.)
    const auto cueBeforeThat
        = [&](qsizetype v) { return v + 1 < to && tokens.at(v + 1).hash == thatHash && thatAfterCue(v); };
    // An inverted cue or "according": a word folding to one has its hash, and so its bit of
    // these (hash modulo 64); most words have none, and are passed over without a comparison.
    constexpr auto bit = [](quint32 hash) { return quint64(1) << (hash & 63); };
    constexpr quint64 namedCueBits = bit(FoldedWord::hashOfFolded(u"said")) | bit(FoldedWord::hashOfFolded(u"says"))
        | bit(FoldedWord::hashOfFolded(u"added")) | bit(FoldedWord::hashOfFolded(u"wrote"))
        | bit(FoldedWord::hashOfFolded(u"noted")) | bit(FoldedWord::hashOfFolded(u"explained"))
        | bit(FoldedWord::hashOfFolded(u"according"));
    const auto namedCue = [&](qsizetype v) {
        return (namedCueBits & bit(tokens.at(v).hash))
            && (isInvertedCue(tokenText(m_text, tokens.at(v))) || parser.isAccordingTo(v));
    };
    // (Punctuation is none of these: only words are asked.)
    while (cue < to
           && (!tokens.at(cue).word
               || (!tokens.at(cue).is(Lexicon::IndirectCue | Lexicon::ReportingCue) && !namedCue(cue)
                   && !cueBeforeThat(cue))))
        ++cue;
    if (cue == to)
        return false;
    from = afterDateline(m_text, tokens, from, to);
    draft->kind = Quote::Kind::Indirect;
    draft->paragraph = draft->lastParagraph = paragraph;
    draft->confidence = 0.6;

    // According to X, CLAUSE.  /  CLAUSE, according to X.
    for (qsizetype i = from; i + 2 < to; ++i) {
        if (!parser.isAccordingTo(i))
            continue;
        draft->cue = QStringLiteral("according to");
        if (i == from) {
            qsizetype c = i + 2;
            while (c < to && !parser.isPunct(c, u','))
                ++c;
            draft->mention = parser.wholePhrase(i + 2, c);
            // "According to Dr Priya Raman, a hydrologist at Griffith University, the levees
            // would …": an appositive naming a person's role is no part of what she says.
            if (draft->mention.form == Mention::Form::Name && parser.has(c + 1, Lexicon::Determiner)) {
                // It names what someone is ("a hydrologist", "the water regulator"), which "the
                // unemployment rate rose to 7.1 per cent in October" does not.
                qsizetype next = c + 1;
                bool verb = false;
                bool role = false;
                while (next < to && next - c <= 10 && !parser.isPunct(next, u',')) {
                    const QStringView w = parser.word(next);
                    verb = verb || parser.has(next, Lexicon::FunctionVerb | Lexicon::ReportingCue)
                        || (isLower(w) && endsWith(w, u"ed"));
                    role = role || parser.has(next, Lexicon::SpeakerNoun | Lexicon::Title) || WordClass::namesCompany(w)
                        || (isLower(w) && WordClass::endsLikeAgentNoun(w));
                    ++next;
                }
                if (!verb && role && next < to && parser.isPunct(next, u',') && next > c + 2
                    && !WordClass::oneOf(parser.word(next + 1), u"which", u"who", u"that", u"and", u"but")
                    && words(next + 1, to) >= minimumClauseWords)
                    c = next;
            }
            // "According to the federation, which represents bus companies, drivers earn …": a
            // relative clause about the source is no part of what it says.
            if (c + 1 < to && (equals(parser.word(c + 1), u"which") || equals(parser.word(c + 1), u"who"))) {
                qsizetype next = c + 2;
                while (next < to && next - c <= 16 && !parser.isPunct(next, u','))
                    ++next;
                if (next < to && parser.isPunct(next, u',') && words(next + 1, to) >= minimumClauseWords)
                    c = next;
            }
            if (!draft->mention.valid() || words(c + 1, to) < minimumClauseWords)
                return false;
            draft->start = tokens.at(c + 1).start;
            draft->end = tokens.at(to - 1).end;
            return true;
        }
        if (!parser.isPunct(i - 1, u',') || words(from, i - 1) < minimumClauseWords)
            return false;
        // "Deputy Prime Minister Alexander Novak said Moscow backed the deal, according to
        // Interfax": the one named saying it speaks; the agency only carried the words.
        bool namedSpeaker = false;
        for (qsizetype k = from + 1; k < i - 1 && k - from <= 10 && !namedSpeaker; ++k) {
            namedSpeaker = parser.has(k, Lexicon::SpeechCue) && WordClass::isFiniteCueForm(parser.word(k))
                && Tokenizer::isCapitalised(parser.word(k - 1)) && !parser.has(k - 1, Lexicon::StopWord | Lexicon::Pronoun)
                && !isPossessive(parser.word(k - 1));
        }
        if (namedSpeaker) {
            draft->cue.clear();
            break;
        }
        // ("…, according to government figures – a record.": what follows a dash is said of the
        // figure, not who gave it.)
        qsizetype sourceEnd = i + 2;
        const auto dash = [&](qsizetype k) { return !parser.isWord(k) && Tokenizer::isDash(m_text.at(tokens.at(k).start)); };
        while (sourceEnd < to && !dash(sourceEnd))
            ++sourceEnd;
        draft->mention = parser.wholePhrase(i + 2, sourceEnd);
        draft->start = tokens.at(from).start;
        draft->end = tokens.at(i - 2).end;
        return draft->mention.valid();
    }

    // CLAUSE, X said.  (a short attribution closing the sentence; "Ann Vale, who …, said Wednesday
    // he agrees" is a subject, the cue and a time)
    qsizetype comma = to - 1;
    while (comma > from && !parser.isPunct(comma, u','))
        --comma;
    if (comma > from && to - comma <= 16 && words(from, comma) >= minimumClauseWords
        && isInvertedCue(parser.word(comma + 1)) && Tokenizer::isCapitalised(parser.word(comma + 2))
        && !WordClass::isCalendarWord(parser.word(comma + 2))) {
        // CLAUSE, said X, an appositive.
        const Mention m = parser.phraseAfter(comma + 2, to);
        // "…, noted NBC’s Dante Chinni.": the name may follow its employer's possessive.
        const QStringView firstWord = parser.word(comma + 2);
        const bool possessive = isPossessive(firstWord);
        // "…, said Acme regional manager Ann Vale": the words before the name are its role.
        const bool roleFirst = !m.role.isEmpty() && m.start > tokens.at(comma + 2).start
            && rolePrefix(comma + 2, tokenIndexAt(tokens, m.start));
        // "Brian Murphy, the county chairman, said Trump continued to …": a verb after the name
        // makes it the subject of what was said, not the one saying it.
        const qsizetype afterName = m.valid() ? tokenIndexAt(tokens, m.end) : to;
        const QStringView next = parser.word(afterName);
        // ("…, said Ivanka Trump's statement didn't clarify it": a possessor before its noun.)
        const bool verbFollows = isLower(next)
            && (parser.has(afterName, Lexicon::FunctionVerb | Lexicon::CommonVerb)
                || (endsWith(next, u"ed") && next.size() > 4)
                || (afterName > 0 && isPossessive(parser.word(afterName - 1))));
        if (m.form == Mention::Form::Name && !verbFollows
            && (m.start == tokens.at(comma + 2).start || roleFirst
                || (possessive && comma + 3 < to && m.start == tokens.at(comma + 3).start))) {
            draft->mention = m;
            draft->cue = parser.word(comma + 1).toString();
            draft->start = tokens.at(from).start;
            draft->end = tokens.at(comma - 1).end;
            return true;
        }
    }
    // "CLAUSE, said the company.", "CLAUSE, says a report by the union.": a description after an
    // inverted cue of saying, closing the sentence.
    if (comma > from && to - comma <= 12 && words(from, comma) >= minimumClauseWords
        && (equals(parser.word(comma + 1), u"said") || equals(parser.word(comma + 1), u"says"))
        && parser.has(comma + 2, Lexicon::Determiner) && !parser.has(comma + 2, Lexicon::Pronoun)) {
        Mention m = parser.phraseAfter(comma + 2, to);
        // ("…, said a spokesman for the council.": whom the source speaks for ends the sentence.)
        const qsizetype rest = m.valid() ? tokenIndexAt(tokens, m.end) : to;
        if (m.form == Mention::Form::Description && rest + 1 < to && rest - comma <= 5
            && WordClass::oneOf(parser.word(rest), u"for", u"of", u"at")) {
            bool phrase = true;
            for (qsizetype t = rest + 1; t < to && phrase; ++t)
                phrase = parser.isWord(t) && !parser.has(t, Lexicon::FunctionVerb | Lexicon::ReportingCue);
            if (phrase)
                m.end = m.nameEnd = tokens.at(to - 1).end;
        }
        // "The union's president, Ann Vale, said the support came too late.": a description is a noun
        // phrase; a verb in it ("came", "arrived" after a noun; not "a retired teacher") makes it
        // the subject of a clause, and the sentence before the comma the speaker's name.
        bool verb = false;
        for (qsizetype k = comma + 3; k < to && !verb; ++k) {
            const QStringView w = parser.word(k);
            verb = isLower(w)
                && (WordClass::isIrregularPast(w)
                    || (w.size() > 4 && endsWith(w, u"ed") && !parser.has(k - 1, Lexicon::Determiner)
                        && !endsWith(parser.word(k - 1), u"ly")));
        }
        if (!verb && m.form == Mention::Form::Description && m.start == tokens.at(comma + 2).start
            && tokenIndexAt(tokens, m.end) == to) {
            draft->mention = m;
            draft->cue = parser.word(comma + 1).toString();
            draft->start = tokens.at(from).start;
            draft->end = tokens.at(comma - 1).end;
            return true;
        }
    }
    // The attribution may carry an appositive of its own: "…, said Wilcox, an Orlando Republican."
    qsizetype first = from;
    while (first < to && !parser.isPunct(first, u','))
        ++first;
    if (first < to && first != comma && isInvertedCue(parser.word(first + 1))
        && Tokenizer::isCapitalised(parser.word(first + 2)) && !WordClass::isCalendarWord(parser.word(first + 2))
        && words(from, first) >= minimumClauseWords) {
        const Mention m = parser.phraseAfter(first + 2, to);
        if (m.form == Mention::Form::Name && m.start == tokens.at(first + 2).start
            && tokenIndexAt(tokens, m.end) == comma) {
            draft->mention = m;
            draft->cue = parser.word(first + 1).toString();
            draft->start = tokens.at(from).start;
            draft->end = tokens.at(first - 1).end;
            return true;
        }
    }
    // The apostrophe of "the builders' lobby" is a token, not a word of the attribution.
    const auto wordsAfter = [&](qsizetype c) {
        qsizetype n = to - c;
        for (qsizetype k = c + 1; k < to; ++k)
            n -= parser.isDetachedPossessive(k) ? 1 : 0;
        return n;
    };
    // "Asked whether the ferry would close, Vale said no.": the words before the comma are the
    // question put to the speaker, not what they said.
    const QStringView opening = parser.word(from);
    const bool question = WordClass::oneOf(opening, u"Asked", u"Pressed", u"Questioned", u"Quizzed")
        || (WordClass::oneOf(opening, u"When", u"If") && equals(parser.word(from + 1), u"asked"));
    // ("…, a rep for the singer confirms to PEOPLE exclusively": a source and whom it speaks for may
    // take a few more words.)
    const bool sourceFor = comma > from && parser.has(comma + 1, Lexicon::Determiner)
        && parser.has(comma + 2, Lexicon::SpeakerNoun) && WordClass::oneOf(parser.word(comma + 3), u"for", u"of", u"at");
    if (comma > from && !question && wordsAfter(comma) <= (sourceFor ? 9 : 7) && words(from, comma) >= minimumClauseWords) {
        for (qsizetype v = comma + 2; v < to; ++v) {
            if (!isLower(parser.word(v)) || !parser.has(v, Lexicon::IndirectCue))
                continue;
            // "As for Joe Lund, he said he was not worried": a clause after the cue is what was said.
            const QStringView object = parser.word(parser.afterTime(v + 1, to));
            if (equals(object, u"that") || (isPronounForm(object) && !equals(object, u"it")))
                break;
            Mention m = parser.subjectBefore(v, comma + 1);
            // "…, Acme regional manager Ann Vale said": the words before the name are the role.
            if (m.valid() && m.form == Mention::Form::Name && m.start > tokens.at(comma + 1).start
                && rolePrefix(comma + 1, tokenIndexAt(tokens, m.start))) {
                if (m.role.isEmpty())
                    m.role = m_text.mid(tokens.at(comma + 1).start, m.start - tokens.at(comma + 1).start).trimmed();
                m.start = tokens.at(comma + 1).start;
            }
            if (m.valid() && m.start == tokens.at(comma + 1).start) {
                draft->mention = m;
                draft->cue = parser.word(v).toString();
                draft->start = tokens.at(from).start;
                draft->end = tokens.at(comma - 1).end;
                return true;
            }
            break;
        }
    }

    // X said (that) CLAUSE.
    for (qsizetype v = from + 1; v + 1 < to; ++v) {
        const QStringView cue = parser.word(v);
        if (!isLower(cue) || !(parser.has(v, Lexicon::IndirectCue) || cueBeforeThat(v)) || endsWith(cue, u"ing"))
            continue;
        // "Ann Vale was asked a question about …", "they were told the line would close": the
        // subject of a passive is who heard it, not who said it.
        if (WordClass::oneOf(parser.word(v - 1), u"was", u"were", u"been", u"being", u"is", u"are"))
            continue;
        // "CLAUSE, Education Minister Jill Dunlop announced Thursday, as …": an attribution set
        // off by commas reports the clause before it.
        const qsizetype after = parser.afterTime(v + 1, to);
        if (parser.isPunct(after, u',') || after == to) {
            // "…, Acme Rail Corporation Limited (ARCL) managing director Ann Vale said": an
            // acronym in brackets counts for nothing.
            qsizetype comma = v - 1;
            int bracketed = 0;
            while (comma > from && v - comma - bracketed <= (bracketed > 0 ? 10 : 8)
                   && (parser.isWord(comma) || parser.isDetachedPossessive(comma)
                       || (parser.isPunct(comma, u')') && parser.isPunct(comma - 2, u'(')
                           && Tokenizer::isCapitalised(parser.word(comma - 1))))) {
                if (parser.isPunct(comma, u')')) {
                    bracketed += 3;
                    comma -= 2;
                }
                --comma;
            }
            // ... unless the clause runs on after the attribution ("Bringing the show back, he said,
            // feels right") or what stands before it is only a subordinate clause ("While costs
            // rose, she said, …"): then neither part is the whole of what was said.
            const QStringView resumed = parser.word(after + 1);
            const bool runsOn = isLower(resumed) && !endsWith(resumed, u"ing") && !WordClass::isSubordinator(resumed)
                && !WordClass::oneOf(resumed, u"and", u"but", u"or", u"as", u"which", u"who", u"according");
            // The whole sentence is reported then, the attribution inside it.
            const bool whole = runsOn || opensSubordinate(parser.word(from));
            if (comma > from && !question && parser.isPunct(comma, u',')
                && (whole || words(from, comma) >= minimumClauseWords)) {
                const Mention m = parser.subjectBefore(v, comma + 1);
                if (m.valid() && m.start >= tokens.at(comma + 1).start
                    && (!whole || words(after + 1, to) >= minimumClauseWords)) {
                    draft->mention = m;
                    draft->cue = cue.toString();
                    draft->start = tokens.at(from).start;
                    draft->end = tokens.at(whole ? to - 1 : comma - 1).end;
                    return true;
                }
            }
        }
        // "Claire Fuller acknowledged the pressure but said extra funding …": an object, then a
        // second cue of the same subject, whose clause is what was said.
        bool secondCue = false;
        for (qsizetype t = v + 1; t + 1 < to && t - v <= 6 && parser.isWord(t) && !secondCue; ++t) {
            if (parser.has(t, Lexicon::FunctionVerb) || equals(parser.word(t), u"that"))
                break;
            secondCue = equals(parser.word(t), u"but") && isLower(parser.word(t + 1))
                && parser.has(t + 1, Lexicon::IndirectCue) && parser.has(t + 1, Lexicon::SpeechCue);
        }
        if (secondCue)
            continue;
        qsizetype c = v + 1;
        if (WordClass::takesListener(cue)) {
            c = afterListener(parser, v + 1, to);
        } else if ((WordClass::isPreposition(parser.word(c)) || WordClass::isTemporal(parser.word(c)))
                   && !WordClass::oneOf(parser.word(c), u"to", u"by", u"with", u"of", u"about", u"against")
                   && !endsWith(cue, u"ly")) {
            // Not "boasted of his appeal to the voters that make up the base": "of" and "about"
            // begin what was spoken of, and a "that" after it opens a relative clause.
            // "said in a statement that …", "said on Thursday that …": a phrase of place or time,
            // without a verb of its own, between the cue and its clause.
            for (qsizetype k = c + 1; k < std::min(to, c + 8) && parser.isWord(k); ++k) {
                if (equals(parser.word(k), u"that")) {
                    c = k;
                    break;
                }
                // "said in a statement it now expected …", "said in an interview the bank had …":
                // a statement or an interview, then the clause without "that".
                if (k == c + 2 && equals(parser.word(c), u"in") && parser.has(c + 1, Lexicon::Determiner)
                    && (WordClass::isDocumentNoun(parser.word(k)) || equals(parser.word(k), u"interview"))
                    && (isPronounForm(parser.word(k + 1)) || equals(parser.word(k + 1), u"the"))) {
                    c = k + 1;
                    break;
                }
                if (parser.has(k, Lexicon::FunctionVerb)
                    || (parser.has(k, Lexicon::IndirectCue | Lexicon::ReportingCue) && endsWith(parser.word(k), u"ed")))
                    break;
            }
        }
        // "said Wednesday the plan …", "said on Wednesday the plan …": the day is when it was said.
        c = parser.afterTime(c, to);
        // "Rail unions rejected the latest offer, warning that strikes would go on": a verb and its
        // object, then a participle of saying; what follows the participle was said.
        qsizetype cueFrom = v;
        {
            qsizetype k = c;
            bool verb = false;
            while (k < to && k - c <= 6 && parser.isWord(k)) {
                const QStringView w = parser.word(k);
                verb = verb || parser.has(k, Lexicon::FunctionVerb) || (isLower(w) && endsWith(w, u"ed"));
                ++k;
            }
            const QStringView participle = parser.word(k + 1);
            if (!verb && k > c && k + 2 < to && parser.isPunct(k, u',') && isLower(participle)
                && (parser.has(c, Lexicon::Determiner) || Tokenizer::isCapitalised(parser.word(c)))
                && endsWith(participle, u"ing") && parser.has(k + 1, Lexicon::IndirectCue | Lexicon::ReportingCue)) {
                cueFrom = k + 1;
                c = WordClass::takesListener(participle) ? afterListener(parser, k + 2, to) : k + 2;
            }
        }
        // "Ann Vale, who on Tuesday endorsed Joe Lund, said Wednesday he agrees": a cue inside a
        // relative clause; the sentence's own cue comes after the clause's closing comma.
        {
            bool relative = false;
            for (qsizetype k = v - 1; k > from && !relative; --k) {
                if (parser.isPunct(k, u','))
                    break;
                relative = WordClass::oneOf(parser.word(k), u"who", u"which") && parser.isPunct(k - 1, u',');
            }
            qsizetype k = c;
            while (relative && k < to && !parser.isPunct(k, u','))
                ++k;
            if (relative && k + 1 < to && isLower(parser.word(k + 1))
                && parser.has(k + 1, Lexicon::IndirectCue | Lexicon::ReportingCue))
                continue;
        }
        const QStringView next = parser.word(c);
        // The clause must start like a clause: "that", a pronoun, a determiner, a name, a bare
        // noun right before its verb ("said officers were keen", "said council tax would rise"), or
        // after "said" a number ("said 94 per cent of members backed"; not "said 10 times", nor
        // "reported 906 attacks", whose number is an object).
        static const WordSet units = { u"times", u"years", u"months", u"weeks", u"days", u"hours", u"minutes" };
        // ("said $15 million would be made available": an amount of money is a number too.)
        const bool money = next.isEmpty() && c + 1 < to && Tokenizer::isCurrencySign(m_text.at(tokens.at(c).start))
            && !parser.word(c + 1).isEmpty() && parser.word(c + 1).front().isDigit();
        const QStringView amount = money ? parser.word(c + 1) : next;
        const bool number = !amount.isEmpty() && amount.front().isDigit()
            && WordClass::oneOf(cue, u"said", u"says", u"say") && !units.contains(parser.word(c + 1));
        if ((next.isEmpty() && !money)
            || !(equals(next, u"that") || equals(next, u"there") || isPronounForm(next) || Lexicon::isDeterminer(next)
                 || Tokenizer::isCapitalised(next) || number
                 || startsBareClause(parser, c, to, parser.has(v, Lexicon::SpeechCue)))) {
            // "Reporters wrote to the ministry, which said it was reviewing the case": a later
            // relative clause may report what its body said.
            bool relativeCue = false;
            for (qsizetype k = c + 1; k + 2 < to && !relativeCue; ++k) {
                relativeCue = parser.isPunct(k, u',') && WordClass::oneOf(parser.word(k + 1), u"which", u"who")
                    && WordClass::oneOf(parser.word(k + 2), u"said", u"says", u"told", u"added");
            }
            if (relativeCue)
                continue;
            return false;
        }
        if (words(c, to) < minimumClauseWords)
            return false;
        // "Vale criticised Lund in parliament and suggested that …": a verb that takes an object
        // (no verb of speech), then a second verb whose clause opens with "that"; the second
        // reports what was said.
        if (!equals(next, u"that") && !parser.has(v, Lexicon::SpeechCue)) {
            bool laterThat = false;
            for (qsizetype k = c + 1; k + 2 < to && !laterThat; ++k)
                laterThat = equals(parser.word(k), u"and") && parser.has(k + 1, Lexicon::IndirectCue)
                    && isLower(parser.word(k + 1)) && equals(parser.word(k + 2), u"that");
            if (laterThat)
                continue;
        }
        const Mention m = parser.subjectBefore(v, from);
        if (!m.valid())
            return false;
        draft->mention = m;
        draft->cue = m_text.mid(tokens.at(cueFrom).start, tokens.at(c - 1).end - tokens.at(cueFrom).start);
        draft->start = tokens.at(c).start;
        draft->end = tokens.at(to - 1).end;
        return true;
    }
    return false;
}

void IndirectFinder::run(const QList<DraftQuote> &quoted, QList<DraftQuote> *drafts) const
{
    // quoted is sorted by start; a sentence touching any of it is left to QuoteAttributor.
    qsizetype next = 0;
    for (int p = 0; p < m_tokens.size(); ++p) {
        const TokenSpan tokens = m_tokens.at(p);
        if (tokens.isEmpty())
            continue;
        // Most paragraphs hold no quotation mark at all: then no sentence needs a look.
        const bool marks = m_tokens.holdsQuoteMark(p);
        const std::span<const qint32> ends = m_tokens.sentenceEnds(p);
        size_t nextEnd = 0;
        qsizetype from = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            // To the sentence's end: a token that ends one, or the paragraph's last.
            while (nextEnd < ends.size() && ends[nextEnd] < i)
                ++nextEnd;
            i = nextEnd < ends.size() ? ends[nextEnd] : tokens.size() - 1;
            // [from, to): the sentence without its final punctuation.
            qsizetype sentenceFrom = from;
            // A sentence that follows a quotation ending in ."  starts after the closing mark.
            while (sentenceFrom < i && !tokens.at(sentenceFrom).word
                   && Tokenizer::isQuoteMark(m_text.at(tokens.at(sentenceFrom).start)))
                ++sentenceFrom;
            const qsizetype to = tokens.at(i).word ? i + 1 : i;
            from = i + 1;
            if (to - sentenceFrom < 5) // (next only moves on: a later sentence catches it up)
                continue;
            const qsizetype start = tokens.at(sentenceFrom).start;
            const qsizetype end = tokens.at(i).end;
            while (next < quoted.size() && quoted.at(next).end <= start)
                ++next;
            const bool hasQuote = (next < quoted.size() && quoted.at(next).start < end)
                || (marks && holdsQuoteMark(m_text, tokens, sentenceFrom, i + 1));
            if (hasQuote)
                continue;
            DraftQuote d;
            if (sentence(p, sentenceFrom, to, &d))
                drafts->append(d);
        }
    }
}

} // namespace Quoteshelf::Extract
