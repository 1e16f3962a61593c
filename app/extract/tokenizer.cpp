#include "extract/tokenizer.h"

#include "extract/lexicon.h"
#include "extract/wordset.h"

namespace Quoteshelf::Extract {

namespace {

Q_ALWAYS_INLINE bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // most of the text: no table lookups
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Words whose trailing period is part of the word, not the end of a sentence.
bool keepsPeriod(QStringView word)
{
    static const WordSet abbreviations { u"mr",   u"mrs",  u"ms",   u"dr",   u"sen",    u"rep",  u"gov",  u"gen",
                                         u"lt",   u"col",  u"sgt",  u"jr",   u"sr",     u"st",   u"rev",  u"prof",
                                         u"capt", u"adm",  u"maj",  u"cmdr", u"pres",   u"atty", u"vs",   u"inc",
                                         u"corp", u"co",   u"ltd",  u"jan",  u"feb",    u"aug",  u"sept", u"sep",
                                         u"oct",  u"nov",  u"dec",  u"no",   u"mt",     u"ft",   u"gens", u"reps",
                                         u"sens", u"govt", u"dept", u"est",  u"approx", u"e.g",  u"i.e",  u"etc" };
    if (word.size() == 1 && word.front().isUpper())
        return true; // an initial: "J. Smith"
    if (word.contains(u'.'))
        return true; // "U.S", "a.m"
    return abbreviations.contains(word);
}

} // namespace

void ArticleTokens::appendParagraph(const QString &text, qsizetype from, qsizetype to)
{
    const qsizetype first = m_tokens.size();
    Tokenizer::tokenize(text, from, to, &m_tokens);
    Tokenizer::markSentenceEnds(text, m_tokens.data() + first, m_tokens.size() - first);
    m_ends.append(m_tokens.size());
}

void Tokenizer::tokenize(const QString &text, qsizetype from, qsizetype to, QList<Token> *tokens)
{
    const Lexicon &lexicon = Lexicon::instance();
    const QStringView view(text); // a local view: no reloading of the string's data per character
    qsizetype i = from;
    while (i < to) {
        const QChar c = view[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isWordChar(c)
            || (c.isHighSurrogate() && i + 1 < to && QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, view[i + 1])))) {
            const qsizetype start = i;
            while (i < to) {
                const QChar d = view[i];
                if (isWordChar(d)) {
                    ++i;
                } else if (d.isHighSurrogate() && i + 1 < to) {
                    if (!QChar::isLetterOrNumber(QChar::surrogateToUcs4(d, view[i + 1])))
                        break;
                    i += 2;
                } else if ((isApostrophe(d) || d == u'-' || d == u'.' || d == u'/' || d == u'&') && i + 1 < to
                           && isWordChar(view[i + 1])) {
                    ++i;
                } else {
                    break;
                }
            }
            if (i < to && view[i] == u'.' && keepsPeriod(view.mid(start, i - start)))
                ++i;
            const FoldedWord folded(view.mid(start, i - start));
            tokens->append({ start, i, true, lexicon.classify(folded), folded.hash() });
            continue;
        }
        const qsizetype width = (c.isHighSurrogate() && i + 1 < to) ? 2 : 1;
        tokens->append({ i, i + width, false });
        i += width;
    }
}

bool Tokenizer::isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201E' || c == u'\u00AB' || c == u'\u2018';
}

bool Tokenizer::isClosingQuote(QChar c)
{
    return c == u'"' || c == u'\u201D' || c == u'\u201C' || c == u'\u00BB' || c == u'\u2019';
}

bool Tokenizer::isQuoteMark(QChar c)
{
    return isOpeningQuote(c) || isClosingQuote(c);
}

void Tokenizer::markSentenceEnds(const QString &text, Token *tokens, qsizetype count)
{
    const TokenSpan span(tokens, count);
    for (qsizetype i = 0; i < count; ++i)
        tokens[i].sentenceEnd = endsSentence(text, span, i);
}

bool Tokenizer::endsSentence(const QString &text, TokenSpan tokens, qsizetype index)
{
    const Token &t = tokens.at(index);
    if (t.word)
        return false;
    const QChar c = text.at(t.start);
    if (c != u'.' && c != u'?' && c != u'!' && c != u'\u2026')
        return false;
    qsizetype next = index + 1;
    while (next < tokens.size() && !tokens.at(next).word && isClosingQuote(text.at(tokens.at(next).start))
           && text.at(tokens.at(next).start) != u'\u201C')
        ++next;
    if (next >= tokens.size())
        return true;
    const Token &n = tokens.at(next);
    if (n.word)
        return isCapitalised(tokenText(text, n)) || text.at(n.start).isDigit();
    return isOpeningQuote(text.at(n.start)) || text.at(n.start) == u'(' || text.at(n.start) == u'\u2014';
}

bool Tokenizer::isTitleCaseLine(const QString &text, TokenSpan tokens, bool finalPeriod)
{
    // Headings do not end like sentences.
    if (tokens.isEmpty())
        return false;
    const QChar last = text.at(tokens.last().start);
    if (!tokens.last().word && QStringView(u".!?\"\u201D").contains(last) && !(finalPeriod && last == u'.'))
        return false;
    int words = 0;
    int capitalised = 0;
    for (const Token &t : tokens) {
        const QStringView w = tokenText(text, t);
        if (!t.word || w.size() < 4)
            continue;
        ++words;
        capitalised += isCapitalised(w) ? 1 : 0;
    }
    // A title ending with a period must look like one throughout: "Jane Smith spoke on Monday." does not.
    if (finalPeriod && last == u'.')
        return words >= 4 && capitalised == words;
    return words > 0 && capitalised * 10 >= words * 6;
}

} // namespace Quoteshelf::Extract
