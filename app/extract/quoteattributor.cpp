#include "extract/quoteattributor.h"

#include "extract/lexicon.h"
#include "extract/wordclasses.h"
#include "extract/mentionparser.h"
#include "extract/nameindex.h"

#include <algorithm>
#include <array>

namespace Quoteshelf::Extract {

namespace {

// Words that join what follows to the sentence rather than make it a clause's verb.
bool isConnective(QStringView w)
{
    return w == u"and" || w == u"or" || w == u"but" || w == u"than" || w == u"until" || w == u"despite"
        || w == u"unless" || w == u"without";
}

QString trimmedQuote(QStringView inner)
{
    QStringView t = inner.trimmed();
    while (!t.isEmpty() && (t.back() == u',' || t.back() == u'.'))
        t.chop(1);
    return t.toString();
}

} // namespace

QuoteAttributor::QuoteAttributor(const QString &text, const QList<Span> &paragraphs, const ArticleTokens &tokens)
    : m_text(text), m_paragraphs(paragraphs), m_tokens(tokens), m_cues(text, tokens)
{
}

qsizetype QuoteAttributor::tokenAt(int paragraph, qsizetype position) const
{
    const TokenSpan tokens = m_tokens.at(paragraph);
    const auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), position,
                                     [](const Token &t, qsizetype pos) { return t.start < pos; });
    return it - tokens.cbegin();
}

int QuoteAttributor::wordCount(qsizetype from, qsizetype to) const
{
    // ASCII, where nearly all of a quotation lies, by table: letters and digits (1), and the marks
    // that keep a word going ' and - (2); ’ keeps one going too.
    static constexpr std::array<quint8, 128> classes = [] {
        std::array<quint8, 128> table {};
        for (char16_t c = u'a'; c <= u'z'; ++c)
            table[c] = 1;
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            table[c] = 1;
        for (char16_t c = u'0'; c <= u'9'; ++c)
            table[c] = 1;
        table[u'\''] = table[u'-'] = 2;
        return table;
    }();
    const char16_t *chars = QStringView(m_text).utf16();
    const auto kindAt = [&](qsizetype i) {
        const char16_t c = chars[i];
        return c < 0x80 ? classes[c] : QChar::isLetterOrNumber(c) ? 1 : c == u'\u2019' ? 2 : 0;
    };
    // Two loops, each with one test a character: between words up to a letter or digit, which
    // starts one, then through the word until a character that is none of the above.
    int words = 0;
    for (qsizetype i = from; i < to && words < wordsCounted;) {
        while (i < to && kindAt(i) != 1)
            ++i;
        if (i == to)
            break;
        ++words;
        ++i;
        while (i < to && kindAt(i) != 0)
            ++i;
    }
    return words;
}

int QuoteAttributor::resumingStretch(const QList<QuotedSpan> &spans, int k, const QuoteContext &local,
                                     const Mention &mention, const QList<bool> &consumed) const
{
    const QuotedSpan &s = spans.at(k);
    if (!s.closed() || mention.start <= s.close)
        return -1;
    const int p = s.lastParagraph;
    const TokenSpan tokens = m_tokens.at(p);
    const MentionParser parser(m_text, tokens);
    for (int j = k + 1; j < spans.size() && j <= k + 3 && spans.at(j).firstParagraph == p; ++j) {
        if (consumed.at(j) || mention.end > spans.at(j).open)
            return -1;
        const qsizetype open = tokenAt(p, spans.at(j).open);
        // The attribution is one sentence: the quotation resumes when it ends, or right after it.
        for (qsizetype i = local.closeIndex + 1; i + 1 < open; ++i) {
            if (tokens.at(i).sentenceEnd)
                return -1;
        }
        // Right after the attribution's punctuation, its speaker or its verb ("…” she said “…",
        // as some sites write it); a quotation further inside the attribution ("…,” Carson said,
        // hinting that “personnel changes” could come. “…”) is one of its own.
        const bool resumes = open > 0
            && (!tokens.at(open - 1).word || tokens.at(open - 1).end == mention.end
                || (isLower(parser.word(open - 1)) && parser.has(open - 1, Lexicon::ReportingCue)));
        if (!resumes)
            continue;
        // "…," she said. "…," she said.  Two attributions make two utterances.
        if (spans.at(j).closed() && m_cues.after(locate(spans, j, open)).found)
            return -1;
        return j;
    }
    return -1;
}

bool QuoteAttributor::endsItsParagraph(const DraftQuote &d) const
{
    // After the closing mark, nothing but the attribution: punctuation, or the one sentence that
    // holds the speaker's mention ("…,” he said.", not "….” He then left the room.").
    const TokenSpan tokens = m_tokens.at(d.lastParagraph);
    qsizetype i = tokenAt(d.lastParagraph, d.end);
    while (i < tokens.size() && !tokens.at(i).word)
        ++i;
    if (i >= tokens.size())
        return true;
    if (d.mention.start < tokens.at(i).start)
        return false;
    for (; i + 1 < tokens.size(); ++i) {
        if (tokens.at(i).sentenceEnd)
            return false;
    }
    return true;
}

QuoteContext QuoteAttributor::locate(const QList<QuotedSpan> &spans, int k, qsizetype floor) const
{
    const QuotedSpan &s = spans.at(k);
    QuoteContext local;
    local.paragraph = s.firstParagraph;
    local.lastParagraph = s.lastParagraph;
    const TokenSpan first = m_tokens.at(s.firstParagraph);
    local.openIndex = tokenAt(s.firstParagraph, s.open);
    qsizetype b = local.openIndex - 1;
    while (b >= floor && !first.at(b).sentenceEnd)
        --b;
    local.before = std::max(b + 1, floor);
    // The subject of a cue may sit before an earlier quotation of the same sentence:
    // The ad hits Clinton for "…" and claims that "…".
    while (b >= 0 && !first.at(b).sentenceEnd)
        --b;
    local.sentenceStart = b + 1;

    QStringView inner = QStringView(m_text).mid(s.innerStart, s.innerEnd - s.innerStart).trimmed();
    while (!inner.isEmpty() && (Tokenizer::isQuoteMark(inner.back()) || inner.back() == u'\''))
        inner = inner.chopped(1).trimmed(); // ‘Thank you for voting,’” ends with a comma
    local.words = wordCount(s.innerStart, s.innerEnd);
    const QChar last = inner.isEmpty() ? QChar() : inner.back();
    local.endsSentence = last == u'.' || last == u'?' || last == u'!' || last == u'\u2026';
    local.endsClause = last == u',' || last == u'?' || last == u'!' || Tokenizer::isDash(last) || last == u'\u2026';
    // (Most quotations are too long or end a sentence: their words need no look. A title may
    // hold the sentence's period: "a booklet titled “The Wit and Wisdom of Ann Vale.”")
    // (Not one word: he said the judge was “Mexican.”)
    if (local.words <= 8 && (!local.endsSentence || (last == u'.' && local.words >= 2))
        && (local.words >= 2 || !inner.isEmpty()))
        local.titleCase = WordClass::isTitleCased(last == u'.' ? inner.chopped(1) : inner);

    if (!s.closed()) {
        local.afterEnd = -1;
        return local;
    }
    const TokenSpan lastTokens = m_tokens.at(s.lastParagraph);
    local.closeIndex = tokenAt(s.lastParagraph, s.close);
    // ’’ or '' closing: the attribution starts after the second mark.
    if (local.closeIndex + 1 < lastTokens.size() && lastTokens.at(local.closeIndex + 1).start == s.close + 1
        && m_text.at(s.close + 1) == m_text.at(s.close) && m_text.at(s.close) != u'"')
        ++local.closeIndex;
    qsizetype nextOpen = lastTokens.size();
    if (k + 1 < spans.size() && spans.at(k + 1).firstParagraph == s.lastParagraph)
        nextOpen = tokenAt(s.lastParagraph, spans.at(k + 1).open);
    qsizetype i = local.closeIndex + 1;
    local.closesSentence = (local.endsSentence
                            && (i >= lastTokens.size() || i == nextOpen
                                || Tokenizer::isCapitalised(tokenText(m_text, lastTokens.at(i)))))
        || (i < lastTokens.size() && lastTokens.at(i).sentenceEnd) || i >= lastTokens.size();
    while (i < lastTokens.size() && i < nextOpen && !lastTokens.at(i).sentenceEnd) {
        local.wordsAfter += lastTokens.at(i).word ? 1 : 0;
        ++i;
    }
    local.afterEnd = i;
    return local;
}

void QuoteAttributor::run(const QList<QuotedSpan> &spans, QList<DraftQuote> *drafts, QStringList *scareQuotes) const
{
    QList<bool> consumed(spans.size(), false);
    QList<qsizetype> floors(m_paragraphs.size(), 0); // first token after the last quotation used
    const auto scare = [&](const QuotedSpan &s) {
        scareQuotes->append(trimmedQuote(QStringView(m_text).mid(s.innerStart, s.innerEnd - s.innerStart)));
    };
    const auto lastDraftIndex = [&]() -> int { return int(drafts->size()) - 1; };
    int utterances = 0;

    for (int k = 0; k < spans.size(); ++k) {
        if (consumed.at(k))
            continue;
        const QuotedSpan &s = spans.at(k);
        const int p = s.firstParagraph;
        const QuoteContext local = locate(spans, k, floors.at(p));
        const TokenSpan tokens = m_tokens.at(p);
        int wordsBefore = 0;
        for (qsizetype i = local.before; i < local.openIndex; ++i)
            wordsBefore += (tokens.at(i).word && !tokens.at(i).is(Lexicon::DiscourseMarker)) ? 1 : 0;
        const bool introducedBefore = local.openIndex > local.before && !tokens.at(local.openIndex - 1).word;

        Cue post = m_cues.after(local);
        Cue pre;
        if (post.found && !post.speech && post.mention.form == Mention::Form::Description) {
            // "When Trump said he would “protect our citizens,” the crowd applauded": a verb of
            // saying before the quotation governs it, not a reaction after it.
            pre = m_cues.before(p, local.before, local.openIndex, local.sentenceStart);
            if (pre.found && pre.speech)
                post = {};
            else
                pre = {};
        }
        if (!post.found && !pre.found) {
            pre = m_cues.before(p, local.before, local.openIndex, local.sentenceStart);
            if (!pre.found && local.openIndex == 0 && p > 0) {
                // He said:\n\n"…"
                const TokenSpan prev = m_tokens.at(p - 1);
                if (!prev.isEmpty() && m_text.at(prev.last().start) == u':') {
                    qsizetype b = prev.size() - 2;
                    while (b >= 0 && !prev.at(b).sentenceEnd)
                        --b;
                    pre = m_cues.before(p - 1, b + 1, prev.size(), b + 1);
                    pre.direct = pre.direct && pre.found;
                    if (!pre.found) // The New York Times reports:\n\n"…"
                        pre = m_cues.fromColon(p - 1, b + 1, prev.size() - 1);
                }
            }
            if (!pre.found)
                pre = m_cues.fromColon(p, local.before, local.openIndex - 1);
        }

        DraftQuote d;
        DraftQuote follower; // the second stretch of an interrupted utterance
        d.utterance = utterances++;
        d.paragraph = p;
        d.lastParagraph = s.lastParagraph;
        d.start = s.innerStart;
        d.end = s.innerEnd;
        consumed[k] = true;
        int lastUsed = k;

        if (post.found) {
            d.cue = post.text;
            d.mention = post.mention;
            d.confidence = 0.9;
            if (wordsBefore >= 2 && !introducedBefore && !post.wordsOnly) {
                d.kind = Quote::Kind::Mixed;
                d.start = tokens.at(local.before).start;
                d.end = s.close + 1;
                d.confidence = 0.8;
            }
            // "…," he said. "…": one utterance interrupted by its attribution. Each stretch is a
            // quote of its own, so that the attribution between them is no part of either.
            if (const int j = resumingStretch(spans, k, local, post.mention, consumed); j >= 0) {
                consumed[j] = true;
                // Quotations inside the attribution are read later on their own: the floor
                // stays before them.
                if (j == k + 1)
                    lastUsed = j;
                follower = d;
                follower.kind = Quote::Kind::Direct;
                follower.start = spans.at(j).innerStart;
                follower.end = spans.at(j).innerEnd;
                follower.paragraph = spans.at(j).firstParagraph;
                follower.lastParagraph = spans.at(j).lastParagraph;
                follower.confidence = 0.9;
            }
        } else if (const Cue end = pre.found ? Cue {} : m_cues.atSentenceEnd(local); end.found) {
            // The attribution closes the sentence: the whole sentence before it is reported.
            d.kind = Quote::Kind::Mixed;
            d.cue = end.text;
            d.mention = end.mention;
            d.confidence = 0.7;
            d.start = local.before < local.openIndex ? tokens.at(local.before).start : s.open;
            d.end = end.clauseEnd;
            for (int j = k + 1;
                 j < spans.size() && spans.at(j).firstParagraph == s.lastParagraph && spans.at(j).open < d.end; ++j) {
                consumed[j] = true;
                lastUsed = j;
            }
        } else if (pre.found && (pre.direct || !s.closed())) {
            // "Scott told “CBS This Morning” co-host Gayle King, “…”": a title the sentence goes on
            // after names a show or a work, not what was said.
            if (s.closed() && local.titleCase && !local.endsClause && local.closeIndex + 1 < local.afterEnd
                && tokens.at(local.closeIndex + 1).word) {
                scare(s);
                continue;
            }
            d.cue = pre.text;
            d.mention = pre.mention;
            d.confidence = s.closed() ? 0.9 : 0.5;
            // "he admitted “politics in this town” meant there were few options": the quoted words
            // open the reported clause the sentence goes on with; the quote is the whole clause.
            // (Not "called the ruling “a disgrace” on Monday": what follows is no clause's verb; nor
            // "the plan critics called “reckless” went ahead": a verb of naming takes no clause.)
            const TokenSpan lastTokens = m_tokens.at(s.lastParagraph);
            const QStringView next = local.closeIndex + 1 < local.afterEnd
                ? tokenText(m_text, lastTokens.at(local.closeIndex + 1))
                : QStringView();
            // A few words, not a clause of their own ("“we have three weeks to go” until the
            // caucuses" is said as it stands).
            if (s.closed() && !next.isEmpty() && local.words <= 4 && !local.endsSentence && !local.endsClause
                && lastTokens.at(local.closeIndex + 1).word && isLower(next)
                && !(local.openIndex + 1 < tokens.size()
                     && Lexicon::isPronoun(tokenText(m_text, tokens.at(local.openIndex + 1))))
                && !WordClass::isPreposition(next) && !WordClass::isSubordinator(next)
                && !WordClass::isTemporal(next) && !isConnective(next)
                && !WordClass::isNamingVerb(firstWord(pre.text))) {
                d.kind = Quote::Kind::Mixed;
                d.start = s.open;
                d.end = lastTokens.at(local.afterEnd - 1).end;
                d.confidence = 0.75;
            }
        } else if (pre.found) {
            // Mixed: the quoted words sit inside a reported clause. Take every quotation up to
            // the end of the sentence; it is speech if any part is more than a scare quote.
            QList<int> group { k };
            QuoteContext last = local;
            while (last.afterEnd >= 0 && group.last() + 1 < spans.size()) {
                const int j = group.last() + 1;
                if (spans.at(j).firstParagraph != last.lastParagraph
                    || tokenAt(last.lastParagraph, spans.at(j).open) != last.afterEnd || !spans.at(j).closed())
                    break;
                group.append(j);
                last = locate(spans, j, last.closeIndex + 1);
            }
            // "admitted that it would be “very hard” to win": a that-clause makes it reported speech.
            // ("criticized the act as a “crazy system”": a cue's object, then what it was called; not
            // in the passive, "Joe Lund was hailed as “a hero”".)
            const MentionParser parser(m_text, tokens);
            const qsizetype as = local.openIndex - (parser.has(local.openIndex - 1, Lexicon::Determiner) ? 2 : 1);
            bool calledAs = as >= local.sentenceStart && equals(parser.word(as), u"as");
            for (qsizetype k = local.sentenceStart + 1; k < as && calledAs; ++k) {
                calledAs = !(parser.word(k) == firstWord(pre.text) && endsWith(parser.word(k), u"ed")
                             && WordClass::isBeForm(parser.word(k - 1)));
            }
            bool speech = last.endsSentence || last.closesSentence
                || (pre.clauseStart >= 0 && QStringView(m_text).mid(pre.clauseStart, 5) == u"that ") || pre.speech
                || WordClass::isNamingVerb(firstWord(pre.text)) || calledAs;
            for (const int j : std::as_const(group))
                speech = speech || (locate(spans, j, 0).words >= 4 && !locate(spans, j, 0).titleCase);
            if (!speech || (group.size() == 1 && local.titleCase)) {
                scare(s);
                continue;
            }
            for (const int j : std::as_const(group))
                consumed[j] = true;
            lastUsed = group.last();
            const TokenSpan endTokens = m_tokens.at(last.lastParagraph);
            d.kind = Quote::Kind::Mixed;
            d.cue = pre.text;
            d.mention = pre.mention;
            d.confidence = 0.75;
            d.start = (pre.clauseStart >= 0 && pre.clauseStart < s.open) ? pre.clauseStart : s.open;
            d.end = (!last.closesSentence && last.afterEnd > last.closeIndex + 1) ? endTokens.at(last.afterEnd - 1).end
                                                                                  : spans.at(group.last()).close + 1;
            // "The plan, which critics say is “unworkable”, will go ahead": a cue inside a relative
            // clause reports that clause only, and it ends with the quotation and its comma.
            const bool commaAfter = last.endsClause
                || (last.closeIndex + 1 < endTokens.size() && !endTokens.at(last.closeIndex + 1).word
                    && m_text.at(endTokens.at(last.closeIndex + 1).start) == u',');
            // (The pronoun right before the cue's subject: "So, who was the best? Pew notes that" is none.)
            bool relative = false;
            for (qsizetype t = local.before + 1; t < local.openIndex && commaAfter && !relative; ++t) {
                relative = !tokens.at(t - 1).word && m_text.at(tokens.at(t - 1).start) == u','
                    && tokens.at(t).start < pre.mention.start && t + 3 < tokens.size()
                    && tokens.at(t + 3).start >= pre.mention.start
                    && WordClass::oneOf(tokenText(m_text, tokens.at(t)), u"which", u"who", u"whom");
            }
            if (relative)
                d.end = spans.at(group.last()).close + 1;
            d.lastParagraph = last.lastParagraph;
        } else {
            // The paragraph holds nothing but the quotation: no sentence of its own before it
            // ("O'Neill said he would appeal. “We will win.”" is no quote-only paragraph).
            const bool quoteOnly = wordsBefore == 0 && local.wordsAfter == 0
                && std::none_of(tokens.begin(), tokens.begin() + local.openIndex,
                                [](const Token &t) { return t.word; });
            if (!s.closed()) {
                continue;
            }
            // "Joe Lund agreed. “…”": a short sentence of a subject and a verb of saying, right
            // before the quotation in its paragraph, introduces it.
            if (wordsBefore == 0 && local.before >= 3 && local.before == local.openIndex
                && m_text.at(tokens.at(local.before - 1).start) == u'.') {
                const MentionParser parser(m_text, tokens);
                const qsizetype closing = local.before - 2; // the sentence's last word
                qsizetype ps = closing;
                while (ps > 0 && !tokens.at(ps - 1).sentenceEnd)
                    --ps;
                const auto cueAt = [&](qsizetype i) {
                    const QStringView w = parser.word(i);
                    return isLower(w) && parser.has(i, Lexicon::ReportingCue) && !endsWith(w, u"ing");
                };
                qsizetype v = cueAt(closing) && closing - ps <= 8 ? closing : -1;
                // (Not after a quotation earlier in the paragraph: its attribution goes on.)
                const int earlier = lastDraftIndex();
                const bool quotedBefore = earlier >= 0 && drafts->at(earlier).lastParagraph == p;
                if (v < 0 && !quotedBefore) {
                    // "O'Neill said he would appeal. “…”": or the sentence reports what its subject
                    // said, its cue within its first words; "Sen. Ted Cruz, a candidate who …,
                    // tweeted a warning. “…”": or its cue and a few words close it.
                    for (qsizetype c = ps + 1; v < 0 && c < closing && c - ps <= 6; ++c)
                        v = cueAt(c) ? c : -1;
                    for (qsizetype c = closing; v < 0 && c > ps && closing - c <= 3; --c)
                        v = cueAt(c) ? c : -1;
                }
                Mention subject = v > ps ? parser.subjectBefore(v, ps) : Mention {};
                if (subject.valid()) {
                    d.cue = parser.word(v).toString();
                    d.mention = subject;
                    d.confidence = 0.8;
                    floors[s.lastParagraph] = local.closeIndex + 1;
                    drafts->append(d);
                    continue;
                }
                // "Clinton began Sunday with a tweet. “Woke up to …”": with no cue, a person named
                // as the subject of the sentence before, in the same paragraph, is the likeliest
                // source; not whoever spoke in the paragraph before.
                subject = quotedBefore ? Mention {} : parser.clauseSubject(ps, local.before - 1);
                if (subject.form == Mention::Form::Name || subject.form == Mention::Form::Pronoun) {
                    const QStringView written = QStringView(m_text).mid(subject.start, subject.end - subject.start);
                    const bool person = subject.form == Mention::Form::Name
                        ? hasSpace(written) || Lexicon::instance().isFirstName(written)
                            || !Lexicon::isOrganisationWord(written)
                        : (equalsIgnoringCase(written, u"he") || equalsIgnoringCase(written, u"she"));
                    if (person) {
                        d.mention = subject;
                        d.confidence = 0.6;
                        floors[s.lastParagraph] = local.closeIndex + 1;
                        drafts->append(d);
                        continue;
                    }
                }
            }
            // "Vale dismissed the report as “pure fiction”": a verb of naming with a subject
            // governs the quoted words, however short; they are the subject's.
            if (!local.titleCase && local.words <= 6) {
                const MentionParser parser(m_text, tokens);
                const auto namingVerb = [](QStringView w) {
                    return WordClass::isNamingVerb(w) || WordClass::isNamingParticiple(w);
                };
                qsizetype v = local.openIndex - 1;
                while (v >= local.sentenceStart && v >= local.openIndex - 6
                       && !(isLower(parser.word(v)) && namingVerb(parser.word(v))))
                    --v;
                // "Bill Clinton criticized the Affordable Care Act as a “crazy system”", "Reid has been
                // pounding Trump as a “con artist”": any verb in the past or the present with a
                // subject of its own, its object, then "as" before the quotation (not "known as",
                // "seen as": a name or a view, no one's words).
                qsizetype as = local.openIndex - 1;
                if (as > local.sentenceStart && parser.has(as, Lexicon::Determiner))
                    --as;
                const qsizetype reach = equals(parser.word(as), u"as") ? 8 : 6;
                if (v < local.sentenceStart || v < local.openIndex - 6) {
                    const auto verb = [&](qsizetype k) {
                        const QStringView w = parser.word(k);
                        return isLower(w) && (endsWith(w, u"ed") || endsWith(w, u"ing"))
                            && !parser.has(k, Lexicon::StopWord);
                    };
                    v = equals(parser.word(as), u"as") ? as - 2 : -1;
                    while (v >= local.sentenceStart && v >= as - reach && !verb(v))
                        --v;
                    // (A past active, "criticized"; a present going on, "is describing", "has been
                    // pounding"; not a passive, "was hailed".)
                    const bool progressive = endsWith(parser.word(v), u"ing");
                    const bool auxiliary = WordClass::isBeForm(parser.word(v - 1));
                    if (v >= local.sentenceStart
                        && (progressive != auxiliary
                            || WordClass::oneOf(parser.word(v), u"known", u"seen", u"regarded", u"billed", u"listed",
                                                u"ranked", u"rated", u"classified", u"referred", u"used",
                                                u"considered", u"treated")))
                        v = -1;
                }
                // ("Joe Lund was hailed as “a hero”": not a passive.)
                const bool passive = WordClass::isBeForm(parser.word(v - 1));
                const Mention subject = v >= local.sentenceStart && v >= local.openIndex - reach - 2 && !passive
                    ? parser.subjectBefore(v, local.sentenceStart)
                    : Mention {};
                if (subject.valid()) {
                    d.kind = Quote::Kind::Mixed;
                    d.cue = parser.word(v).toString();
                    d.mention = subject;
                    d.confidence = 0.7;
                    d.start = s.open;
                    d.end = s.close + 1;
                    drafts->append(d);
                    floors[s.lastParagraph] = local.closeIndex + 1;
                    continue;
                }
            }
            if (local.titleCase || (local.words <= 3 && !local.endsSentence) || local.words <= 1) {
                scare(s);
                continue;
            }
            // A paragraph that only quotes, signed by the next one: "“…”\n\n- Ann Vale." or
            // "— Ann Vale, speaking in Leeds." (fact checks and collected quotes are set so).
            if (quoteOnly && s.lastParagraph + 1 < m_tokens.size()) {
                const TokenSpan next = m_tokens.at(s.lastParagraph + 1);
                if (next.size() >= 2 && next.size() <= 16 && !next.at(0).word && Tokenizer::isDash(m_text.at(next.at(0).start))) {
                    const MentionParser signature(m_text, next);
                    qsizetype end = 1;
                    while (end < next.size() && next.at(end).word)
                        ++end;
                    const Mention m = signature.phraseAfter(1, end);
                    if (m.form == Mention::Form::Name && m.end == signature.tokenEnd(end - 1)
                        && (end >= next.size() || !next.at(end).word)) {
                        d.cue = QString(m_text.at(next.at(0).start));
                        d.mention = m;
                        d.confidence = 0.8;
                        floors[s.lastParagraph] = local.closeIndex + 1;
                        drafts->append(d);
                        continue;
                    }
                }
            }
            const int previous = lastDraftIndex();
            if (quoteOnly && previous >= 0 && drafts->at(previous).lastParagraph == p - 1
                && (drafts->at(previous).mention.valid() || drafts->at(previous).continuation)) {
                // A paragraph that only quotes, after a quotation: the same speaker goes on. When
                // nothing but its attribution followed that quotation, it is the same utterance.
                const DraftQuote &prev = drafts->at(previous);
                if (endsItsParagraph(prev)) {
                    d.utterance = prev.utterance;
                    d.cue = prev.cue;
                    d.mention = prev.mention;
                    d.confidence = 0.8;
                } else {
                    d.opensParagraph = true;
                    d.confidence = 0.7;
                }
                floors[s.lastParagraph] = local.closeIndex + 1;
                drafts->append(d);
                continue;
            }
            if (local.words < 4) {
                scare(s);
                continue;
            }
            d.confidence = 0.5;
            if (previous >= 0 && drafts->at(previous).lastParagraph == p
                && (drafts->at(previous).mention.valid() || drafts->at(previous).continuation)) {
                d.continuation = true;
                d.confidence = 0.7;
            }
            d.opensParagraph = wordsBefore == 0;
            if (!d.opensParagraph && !d.continuation) {
                const MentionParser parser(m_text, tokens);
                d.subject = parser.clauseSubject(local.sentenceStart, local.openIndex);
                // "Her response: “…”", "Vale's verdict: “…”": a short possessed noun phrase alone
                // before the colon.
                static const WordSet possessiveDeterminers = { u"his", u"her", u"their", u"its" };
                const qsizetype colon = local.openIndex - 1;
                if (!d.subject.valid() && colon > local.sentenceStart && colon - local.sentenceStart <= 4
                    && parser.isPunct(colon, u':')
                    && (isPossessive(parser.word(local.sentenceStart))
                        || possessiveDeterminers.contains(parser.word(local.sentenceStart))))
                    d.subject = parser.wholePhrase(local.sentenceStart, colon);
                // "See Facebook for “…”": an imperative and its object, not a subject.
                if (d.subject.valid() && d.subject.start <= parser.tokenStart(local.sentenceStart + 1)
                    && WordClass::isImperativeVerb(parser.word(local.sentenceStart)))
                    d.subject = {};
                // "Veto Power Impedes Peace Efforts: Eliminating “the scourge of war” is…": three
                // or more capitalised words before a colon, none a first name or title, are a run-in
                // heading, not the subject of what follows ("John McCain: …" and "Trump: …" are
                // a headline's speakers).
                if (d.subject.valid() && d.subject.form == Mention::Form::Name) {
                    const qsizetype first = tokenAt(p, d.subject.start);
                    const qsizetype next = tokenAt(p, d.subject.end);
                    bool named = next - first < 3;
                    for (qsizetype t = first; t < next && !named; ++t)
                        named = Lexicon::instance().isFirstName(parser.word(t)) || parser.has(t, Lexicon::Title);
                    if (!named && next < local.openIndex && parser.isPunct(next, u':'))
                        d.subject = {};
                }
                // "Joe Lund was hailed as “a hero of the harbour”": the subject of a passive was spoken
                // of.
                if (d.subject.valid()) {
                    const qsizetype verb = tokenAt(p, d.subject.end);
                    if (verb + 1 < local.openIndex && endsWith(parser.word(verb + 1), u"ed")
                        && WordClass::isBeForm(parser.word(verb)))
                        d.subject = {};
                }
            }
        }
        const QuotedSpan &used = spans.at(lastUsed);
        if (used.closed())
            floors[used.lastParagraph] = tokenAt(used.lastParagraph, used.close) + 1;
        drafts->append(d);
        if (follower.utterance >= 0)
            drafts->append(follower);
    }
}

} // namespace Quoteshelf::Extract
