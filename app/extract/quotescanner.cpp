#include "extract/quotescanner.h"

#include <array>

namespace Quoteshelf::Extract {

namespace {

// Doubled: ‘‘ or `` opening, as typewriter-era and some wire copy write “.
enum class Style { None, Straight, Curly, Low, Guillemet, Single, Doubled };

bool isWordLike(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// Every character openingStyle() or closes() acts on.
bool isQuotationMark(char16_t c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB'
        || c == u'\u2018' || c == u'\u2019' || c == u'`' || c == u'\'';
}

// The ASCII characters among them.
constexpr std::array<bool, 128> asciiMarks = [] {
    std::array<bool, 128> marks {};
    marks[u'"'] = marks[u'`'] = marks[u'\''] = true;
    return marks;
}();

// ’’ or '' written for a closing ”.
bool isDoubledCloser(const QString &text, qsizetype i, qsizetype paraEnd)
{
    const QChar c = text.at(i);
    return (c == u'\u2019' || c == u'\'') && i + 1 < paraEnd && text.at(i + 1) == c;
}

// 'Straight single quotes' as a text's quotation marks (some British and Australian papers): more
// of them open a sentence ("'It was…", ": 'We…") than double marks open quotations. Elsewhere a
// straight single mark is an apostrophe, or a quotation inside a quotation.
bool usesStraightSingleQuotes(const QString &text, const QList<Span> &paragraphs)
{
    qsizetype singles = 0;
    qsizetype doubles = 0;
    const char16_t *chars = QStringView(text).utf16();
    for (const Span &para : paragraphs) {
        for (qsizetype i = nextPossibleMark(chars, para.start, para.end); i < para.end;
             i = nextPossibleMark(chars, i + 1, para.end)) {
            const char16_t c = chars[i];
            const char16_t next = i + 1 < para.end ? chars[i + 1] : u' ';
            if (c == u'"' || c == u'\u201C' || c == u'\u201E' || c == u'\u00AB' || (c == u'`' && next == u'`')
                || (c == u'\'' && next == u'\'')) {
                ++doubles;
                if (next == c)
                    ++i; // '' and `` stand for one mark
            } else if (c == u'\'' && QChar(next).isUpper() && (i == para.start || !isWordLike(QChar(chars[i - 1])))) {
                ++singles;
            }
        }
    }
    // Clearly more: a pair of straight double marks counts twice, the other double marks once, and
    // a text quoting with double marks may still have a few ('Tis, 'They').
    return singles >= 2 && doubles * 2 < singles;
}

// Whether the text quotes with straight single marks, worked out at the first mark that could open
// such a quotation: most texts have none (their apostrophes sit inside words) and need no count.
class StraightSingles
{
public:
    StraightSingles(const QString &text, const QList<Span> &paragraphs) : m_text(text), m_paragraphs(paragraphs) { }
    bool operator()() const
    {
        if (m_known < 0)
            m_known = usesStraightSingleQuotes(m_text, m_paragraphs) ? 1 : 0;
        return m_known == 1;
    }

private:
    const QString &m_text;
    const QList<Span> &m_paragraphs;
    mutable int m_known = -1;
};

// "the workers' union", "the Smiths' house": after an s, a mark followed by a word that goes on
// with the noun phrase is a plural possessive. A quotation closes before a verb, a conjunction or a
// preposition ("called them 'clowns' and left"), or before punctuation.
bool isPluralPossessive(const QString &text, qsizetype i, qsizetype paraEnd)
{
    if (i == 0 || (text.at(i - 1) != u's' && text.at(i - 1) != u'S') || i + 2 >= paraEnd || text.at(i + 1) != u' ')
        return false;
    qsizetype e = i + 2;
    while (e < paraEnd && text.at(e).isLetter())
        ++e;
    const QStringView next = QStringView(text).mid(i + 2, e - i - 2);
    if (next.isEmpty() || !next.front().isLower())
        return false;
    static const char16_t *const closers[] = { u"and", u"or", u"but", u"in", u"on", u"at", u"to", u"for", u"from",
                                               u"after", u"before", u"because", u"when", u"while", u"as", u"which",
                                               u"who", u"that", u"over", u"with", u"by", u"if", u"than", u"she",
                                               u"he", u"they", u"it", u"we", u"said", u"says", u"is", u"was",
                                               u"were", u"are", u"has", u"had", u"have", u"will", u"would" };
    for (const char16_t *closer : closers) {
        if (next == QStringView(closer))
            return false;
    }
    return true;
}

// Which style an opening mark at i starts, or None when the character is not an opening mark here.
Style openingStyle(const QString &text, qsizetype i, qsizetype paraStart, qsizetype paraEnd,
                  const StraightSingles &straightSingles)
{
    const QChar c = text.at(i);
    const QChar prev = i > paraStart ? text.at(i - 1) : QChar(u' ');
    const QChar next = i + 1 < paraEnd ? text.at(i + 1) : QChar(u' ');
    switch (c.unicode()) {
    case u'"':
        // 5'10" and similar: a straight mark glued to a digit or letter on the left closes nothing
        // we opened and opens nothing either.
        return (isWordLike(prev) || next.isSpace()) ? Style::None : Style::Straight;
    case u'\u201C':
        return Style::Curly;
    case u'\u201D':
        // ” used as an opener too ("”We will,” she said"): only where a word starts after it and
        // none ends before it.
        return (!isWordLike(prev) && !prev.isPunct() && isWordLike(next)) ? Style::Curly : Style::None;
    case u'`':
        return next == u'`' ? Style::Doubled : Style::None;
    case u'\u201E':
        return Style::Low;
    case u'\u00AB':
        return Style::Guillemet;
    case u'\u2018':
        if (next == u'\u2018')
            return Style::Doubled;
        // An opening single quote starts a word; ‘90s and similar elisions are apostrophes.
        return (!isWordLike(prev) && isWordLike(next) && !next.isDigit()) ? Style::Single : Style::None;
    case u'\'':
        // (" 's" written apart from its noun is a possessive.)
        return !isWordLike(prev) && prev != u'\'' && isWordLike(next) && !next.isDigit()
                && !(next == u's' && (i + 2 >= paraEnd || !text.at(i + 2).isLetter())) && straightSingles()
            ? Style::Single
            : Style::None;
    default:
        return Style::None;
    }
}

bool closes(Style style, const QString &text, qsizetype i, qsizetype paraEnd, const StraightSingles &straightSingles)
{
    const QChar c = text.at(i);
    const QChar next = i + 1 < paraEnd ? text.at(i + 1) : QChar(u' ');
    switch (style) {
    case Style::Straight:
    case Style::Curly:
    case Style::Doubled:
        return c == u'\u201D' || c == u'"' || isDoubledCloser(text, i, paraEnd);
    case Style::Low:
        return c == u'\u201C' || c == u'\u201D';
    case Style::Guillemet:
        return c == u'\u00BB';
    case Style::Single:
        // "we’ve" inside the quote is an apostrophe: a closing single quote is not followed by a letter.
        return (c == u'\u2019' || c == u'\'') && !isWordLike(next) && !isPluralPossessive(text, i, paraEnd)
            && (c == u'\u2019' || straightSingles());
    case Style::None:
        break;
    }
    return false;
}

bool continuesSingle(const QString &text, const QList<Span> &paragraphs, int p, qsizetype open,
                     const StraightSingles &straightSingles)
{
    if (p + 1 >= paragraphs.size())
        return false;
    qsizetype before = open;
    while (before > paragraphs.at(p).start && text.at(before - 1).isSpace())
        --before;
    if (before > paragraphs.at(p).start && text.at(before - 1) != u':')
        return false;
    const Span next = paragraphs.at(p + 1);
    qsizetype i = next.start;
    while (i < next.end && text.at(i).isSpace())
        ++i;
    return i < next.end && openingStyle(text, i, next.start, next.end, straightSingles) == Style::Single;
}

} // namespace

void QuoteScanner::scan(const QString &text, const QList<Span> &paragraphs, QList<QuotedSpan> *found)
{
    QList<QuotedSpan> &spans = *found;
    spans.clear();
    Style style = Style::None;
    QuotedSpan current;
    qsizetype lastInnerEnd = 0; // end of the quoted text seen so far, for unclosed quotes
    const StraightSingles straightSingles(text, paragraphs);

    for (int p = 0; p < paragraphs.size(); ++p) {
        const Span para = paragraphs.at(p);
        qsizetype i = para.start;
        while (i < para.end && text.at(i).isSpace())
            ++i;
        if (style != Style::None) {
            // A quotation left open continues only into a paragraph that opens with a mark.
            if (i < para.end && openingStyle(text, i, para.start, para.end, straightSingles) != Style::None) {
                current.lastParagraph = p;
                ++i;
            } else {
                current.innerEnd = lastInnerEnd;
                spans.append(current);
                style = Style::None;
            }
        }
        const char16_t *chars = QStringView(text).utf16();
        for (; i < para.end; ++i) {
            // Most characters: nothing opens or closes here.
            i = nextPossibleMark(chars, i, para.end);
            if (i == para.end)
                break;
            const char16_t c = chars[i];
            if (c < 0x80 ? !asciiMarks[c] : !isQuotationMark(c))
                continue;
            if (style == Style::None) {
                const Style opened = openingStyle(text, i, para.start, para.end, straightSingles);
                if (opened == Style::None)
                    continue;
                style = opened;
                current = QuotedSpan {};
                current.open = i;
                if (opened == Style::Doubled)
                    ++i; // the second mark of ‘‘ or ``
                current.innerStart = i + 1;
                current.firstParagraph = current.lastParagraph = p;
            } else if (closes(style, text, i, para.end, straightSingles)) {
                current.close = i;
                current.innerEnd = i;
                current.lastParagraph = p;
                spans.append(current);
                style = Style::None;
                if (isDoubledCloser(text, i, para.end))
                    ++i; // the second mark of ’’ or ''; the span's close is the first
            } else if (style == Style::Curly && text.at(i) == u'\u201C') {
                // A second opening curly mark before any closing one: the first was never
                // closed. Keep what it had as an unclosed quote and start again here.
                current.innerEnd = i;
                spans.append(current);
                current = QuotedSpan {};
                current.open = i;
                current.innerStart = i + 1;
                current.firstParagraph = current.lastParagraph = p;
            }
        }
        // An unclosed single mark is far more often an elision than a quotation running on, unless
        // it opened what someone says (at the paragraph's start or after a colon) and the next
        // paragraph opens with one too: "Ann Vale said: 'We waited all night. ¶ 'Nobody came.'"
        if (style == Style::Single && !continuesSingle(text, paragraphs, p, current.open, straightSingles)) {
            style = Style::None;
        } else if (style != Style::None) {
            qsizetype end = para.end;
            while (end > para.start && text.at(end - 1).isSpace())
                --end;
            lastInnerEnd = end;
        }
    }
    if (style != Style::None) {
        current.innerEnd = lastInnerEnd;
        spans.append(current);
    }
    // "« Nous ne pouvons pas »": French sets its marks off with (narrow, non-breaking) spaces,
    // which belong to the marks, not to the words quoted.
    for (QuotedSpan &span : spans) {
        while (span.innerStart < span.innerEnd && text.at(span.innerStart).isSpace())
            ++span.innerStart;
        while (span.innerEnd > span.innerStart && text.at(span.innerEnd - 1).isSpace())
            --span.innerEnd;
    }
}

} // namespace Quoteshelf::Extract
