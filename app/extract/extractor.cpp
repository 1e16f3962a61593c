#include "extract/extractor.h"

#include "core/textoffsets.h"
#include "extract/draft.h"
#include "extract/foreignattributor.h"
#include "extract/indirectfinder.h"
#include "extract/lexicon.h"
#include "extract/quoteattributor.h"
#include "extract/quotescanner.h"
#include "extract/speakerresolver.h"
#include "extract/tagger.h"
#include "extract/tokenizer.h"

#include <QVarLengthArray>
#include <QtAlgorithms>

#include <algorithm>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Quoteshelf::Extract {

QString quoteKindName(Quote::Kind kind)
{
    switch (kind) {
    case Quote::Kind::Direct:
        return QStringLiteral("direct");
    case Quote::Kind::Mixed:
        return QStringLiteral("mixed");
    case Quote::Kind::Indirect:
        return QStringLiteral("indirect");
    }
    return {};
}

QString speakerKindName(Speaker::Kind kind)
{
    switch (kind) {
    case Speaker::Kind::Person:
        return QStringLiteral("person");
    case Speaker::Kind::Organisation:
        return QStringLiteral("organisation");
    case Speaker::Kind::Anonymous:
        return QStringLiteral("anonymous");
    }
    return {};
}

QString tagKindName(Tag::Kind kind)
{
    switch (kind) {
    case Tag::Kind::Person:
        return QStringLiteral("person");
    case Tag::Kind::Organisation:
        return QStringLiteral("organisation");
    case Tag::Kind::Place:
        return QStringLiteral("place");
    case Tag::Kind::Topic:
        return QStringLiteral("topic");
    }
    return {};
}

namespace {

// The first line end in [from, to) of chars, a line feed or a paragraph separator (U+2029); to
// when there is none. One pass, eight characters at a time with SSE2 (every x86-64 has it).
qsizetype nextLineEnd(const char16_t *chars, qsizetype from, qsizetype to)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i lineFeed = _mm_set1_epi16(u'\n');
    const __m128i separator = _mm_set1_epi16(short(0x2029));
    for (; i + 8 <= to; i += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
        const __m128i ends = _mm_or_si128(_mm_cmpeq_epi16(x, lineFeed), _mm_cmpeq_epi16(x, separator));
        const uint found = uint(_mm_movemask_epi8(ends));
        if (found)
            return i + qCountTrailingZeroBits(found) / 2;
    }
#endif
    for (; i < to; ++i) {
        if (chars[i] == u'\n' || chars[i] == u'\u2029')
            return i;
    }
    return to;
}

// Paragraphs are lines: news text puts one paragraph per line, blank lines or not. A quotation
// that runs on is joined again by QuoteScanner.
void appendLines(const QString &text, qsizetype from, qsizetype to, QList<Span> *paragraphs)
{
    const char16_t *chars = QStringView(text).utf16();
    const auto isSpace = [](char16_t c) { return c == u' ' || QChar::isSpace(c); };
    qsizetype start = from;
    while (start <= to) {
        const qsizetype i = start < to ? nextLineEnd(chars, start, to) : to;
        qsizetype s = start;
        qsizetype e = i;
        while (s < e && isSpace(chars[s]))
            ++s;
        while (e > s && isSpace(chars[e - 1]))
            --e;
        if (e > s)
            paragraphs->append({ s, e });
        start = i + 1;
    }
}

// Drafts in text order, those starting together in the order they came: an insertion sort, which
// allocates nothing and is quick on a list nearly in order, as the attributor's are.
void sortByStart(QList<DraftQuote> *drafts)
{
    for (qsizetype i = 1; i < drafts->size(); ++i) {
        if ((*drafts)[i - 1].start <= (*drafts)[i].start)
            continue;
        DraftQuote moving = std::move((*drafts)[i]);
        qsizetype j = i;
        for (; j > 0 && (*drafts)[j - 1].start > moving.start; --j)
            (*drafts)[j] = std::move((*drafts)[j - 1]);
        (*drafts)[j] = std::move(moving);
    }
}

// Merges two lists in text order into the first, the first's drafts before the second's where
// they start together; spare holds the merge and keeps its memory for the next article.
void mergeByStart(QList<DraftQuote> *drafts, QList<DraftQuote> *more, QList<DraftQuote> *spare)
{
    spare->clear();
    spare->reserve(drafts->size() + more->size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < drafts->size() || j < more->size()) {
        const bool fromMore = i == drafts->size() || (j < more->size() && (*more)[j].start < (*drafts)[i].start);
        spare->append(std::move(fromMore ? (*more)[j++] : (*drafts)[i++]));
    }
    drafts->swap(*spare);
}

// The stretches of one utterance take the speaker of its first. A quotation without a cue of its
// own continues the latest attributed quote of its paragraph; one that opens its paragraph may
// also continue the paragraph before ("…, Law said.\n\n"…""). Numbers the utterances in text
// order into groups.
void inheritSpeakers(QList<DraftQuote> *drafts, QList<int> *groups)
{
    QVarLengthArray<int, 64> firstOfUtterance; // by QuoteAttributor's number: the first draft
    QVarLengthArray<int, 64> groupOfUtterance;
    int nextGroup = 0;
    groups->resize(drafts->size());
    for (int i = 0; i < drafts->size(); ++i) {
        DraftQuote &d = (*drafts)[i];
        if (d.utterance < 0) {
            (*groups)[i] = nextGroup++;
        } else {
            if (d.utterance >= firstOfUtterance.size()) {
                firstOfUtterance.resize(d.utterance + 1, -1);
                groupOfUtterance.resize(d.utterance + 1, -1);
            }
            int &first = firstOfUtterance[d.utterance];
            if (first < 0) {
                first = i;
                groupOfUtterance[d.utterance] = nextGroup++;
            } else {
                d.inheritFrom = first;
            }
            (*groups)[i] = groupOfUtterance[d.utterance];
        }
        if (d.inheritFrom >= 0 || d.mention.valid() || (!d.continuation && !d.opensParagraph))
            continue;
        const int oldest = d.continuation ? d.paragraph : d.paragraph - 1;
        for (int j = i - 1; j >= 0 && drafts->at(j).lastParagraph >= oldest; --j) {
            const DraftQuote &earlier = drafts->at(j);
            if (earlier.mention.valid() || earlier.inheritFrom >= 0) {
                d.inheritFrom = j;
                break;
            }
        }
    }
}

// Whether the article is written in English, the one language whose word classes the speaker
// and tag steps know: English running text is a fifth to two fifths function words ("the",
// "of", "was"; a page of photo captions about a tenth), French, German or Portuguese text at most
// some 8 per cent ("a", "in", "do" by chance). Texts too short to tell are taken as English.
bool readsAsEnglish(const ArticleTokens &tokens)
{
    qsizetype words = 0;
    qsizetype functionWords = 0;
    qsizetype remaining = tokens.tokenCount();
    for (qsizetype p = 0; p < tokens.size(); ++p) {
        const TokenSpan paragraph = tokens.at(p);
        for (const Token &t : paragraph) {
            words += t.word ? 1 : 0;
            functionWords += (t.word && t.is(Lexicon::StopWord)) ? 1 : 0;
        }
        // Settled once the rest, were it all other words, could not bring the share below the
        // threshold: most English articles are after a few paragraphs.
        remaining -= paragraph.size();
        if (words >= 15 && functionWords * 100 >= (words + remaining) * 9)
            return true;
    }
    return words < 15 || functionWords * 100 >= words * 9;
}

} // namespace

Extractor::Extractor() = default;

Result Extractor::extract(const QString &text, const QList<Segment> &segments) const
{
    Result result;
    // Token offsets are 32-bit; no article comes near that size (import stops far below it).
    if (text.size() > std::numeric_limits<qint32>::max())
        return result;
    const Core::TextOffsets offsets(text);

    // Per-thread working memory, reused from article to article: a fresh token array, name list
    // or paragraph list per article is a large allocation each time, and glibc answers large
    // requests by consolidating its small free chunks first, which showed as a fifth of the
    // extractor's time. Extraction never re-enters, so reuse is safe; what a huge text made
    // them grow to is released again.
    struct Workspace
    {
        QList<Span> paragraphs;
        QList<QuotedSpan> spans;
        ArticleTokens tokens;
        QList<DraftQuote> drafts;
        QList<DraftQuote> indirect;
        QList<DraftQuote> merged;
        QList<int> groups;
        NameIndex::Storage names;
        Tagger::Storage tags;

        void trim()
        {
            if (paragraphs.capacity() > 1 << 12 || spans.capacity() > 1 << 12
                || drafts.capacity() + merged.capacity() > 1 << 12 || indirect.capacity() > 1 << 12) {
                paragraphs = {};
                spans = {};
                drafts = indirect = merged = {};
                groups = {};
            }
            names.trim();
            tags.trim();
        }
    };
    thread_local Workspace workspace;
    workspace.trim();
    QList<Span> &paragraphs = workspace.paragraphs;
    paragraphs.clear();
    if (segments.isEmpty()) {
        appendLines(text, 0, text.size(), &paragraphs);
    } else {
        QList<Segment> sorted = segments;
        std::sort(sorted.begin(), sorted.end(), [](const Segment &a, const Segment &b) { return a.start < b.start; });
        for (const Segment &s : std::as_const(sorted)) {
            const qsizetype from = offsets.toUtf16(s.start);
            const qsizetype to = offsets.toUtf16(std::max(s.start, s.end));
            appendLines(text, from, to, &paragraphs);
        }
    }
    ArticleTokens &tokens = workspace.tokens;
    tokens.clear();
    tokens.reserve(paragraphs.size());
    for (const Span &p : std::as_const(paragraphs))
        tokens.appendParagraph(text, p.start, p.end);

    QList<QuotedSpan> &spans = workspace.spans;
    QuoteScanner::scan(text, paragraphs, &spans);
    QList<DraftQuote> &drafts = workspace.drafts;
    drafts.clear();
    QuoteAttributor(text, paragraphs, tokens).run(spans, &drafts, &result.scareQuotes);
    result.scareQuotes.removeDuplicates();
    sortByStart(&drafts);
    QList<DraftQuote> &indirect = workspace.indirect;
    indirect.clear();
    IndirectFinder(text, tokens).run(drafts, &indirect);
    if (!indirect.isEmpty()) {
        sortByStart(&indirect);
        mergeByStart(&drafts, &indirect, &workspace.merged);
    }
    QList<int> &groups = workspace.groups;
    inheritSpeakers(&drafts, &groups);

    result.quotes.resize(drafts.size());
    for (int i = 0; i < drafts.size(); ++i) {
        const DraftQuote &d = drafts.at(i);
        Quote &q = result.quotes[i];
        q.text = text.mid(d.start, d.end - d.start);
        q.kind = d.kind;
        q.cue = d.cue;
        q.confidence = d.confidence;
        q.group = groups.at(i);
    }
    // Speakers and tags are read from English word classes (function words, cues, capitalised
    // names); in another language they would be junk ("Il", "Der Bürgermeister", "und die"), so an
    // article in one gives no tags, and speakers only where a French or German attribution is
    // unambiguous.
    const bool modelled = readsAsEnglish(tokens);
    if (modelled) {
        const SpeakerResolver resolver(text, tokens, spans, workspace.names);
        result.speakers = resolver.resolve(drafts, &result.quotes);
        result.tags
            = Tagger(text, tokens, workspace.tags).tags(resolver.names(), result.speakers, result.scareQuotes);
    } else {
        // French and German: the few unambiguous attributions of their news style.
        result.speakers = ForeignAttributor(text).resolve(drafts, &result.quotes);
    }

    for (int i = 0; i < drafts.size(); ++i) {
        const DraftQuote &d = drafts.at(i);
        Quote &q = result.quotes[i];
        q.start = offsets.toCodePoint(d.start);
        q.end = offsets.toCodePoint(d.end);
        if (!modelled && q.mentionStart >= 0) {
            q.mentionStart = offsets.toCodePoint(q.mentionStart);
            q.mentionEnd = offsets.toCodePoint(q.mentionEnd);
        } else if (modelled && d.mention.valid()) {
            q.mentionStart = offsets.toCodePoint(d.mention.start);
            q.mentionEnd = offsets.toCodePoint(d.mention.end);
        }
    }
    return result;
}

} // namespace Quoteshelf::Extract
