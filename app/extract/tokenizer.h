#pragma once

#include "extract/wordset.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace Quoteshelf::Extract {

// Internally the extractor works in UTF-16 indices of the article QString; Extractor converts
// to code points once, at the end. Sixteen bytes, so that an article's tokens stay in cache:
// offsets are 32-bit (Extractor reads no text beyond 2^31 units).
struct Token
{
    qint32 start;
    qint32 end;
    quint32 hash; // FoldedWord::hash() of a word, for per-article tables (ViewTable)
    quint16 classes; // Lexicon::Class bits of a word, looked up once by the tokenizer
    bool word; // letters/digits (with inner ' ’ - . /); otherwise one punctuation mark
    bool sentenceEnd : 1; // ends a sentence: worked out once per paragraph (markSentenceEnds)
    // A word of lower-case letters and hyphens only ("prisoner", "long-term"), as topics are
    // made of: known from the tokenizer's pass over its characters.
    bool lowerCaseLetters : 1;
    // A word holding ' or ’ ("It’s", "O'Brien"): only these can be contractions or possessives.
    bool apostrophe : 1;
    // The byte's other bits, named so that writing a token writes the whole byte: left
    // unnamed, they are kept, and the tokenizer reads the byte back before every store.
    quint8 unused : 5;
    bool is(quint32 wordClass) const { return (classes & wordClass) != 0; }
};
static_assert(sizeof(Token) == 16);

// One paragraph's tokens: a view into the article's single token array (ArticleTokens), so that
// tokenising an article makes one allocation, not one per paragraph.
class TokenSpan final
{
public:
    TokenSpan() = default;
    TokenSpan(const Token *data, qsizetype size) : m_data(data), m_size(size) { }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const Token &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_data[i];
    }
    const Token &last() const { return at(m_size - 1); }
    const Token *begin() const { return m_data; }
    const Token *end() const { return m_data + m_size; }
    const Token *cbegin() const { return begin(); }
    const Token *cend() const { return end(); }

private:
    const Token *m_data = nullptr;
    qsizetype m_size = 0;
};

// The article's tokens, paragraph by paragraph, in one array that the tokenizer writes directly.
class ArticleTokens final
{
public:
    // Empties the lists but keeps their memory, up to a limit.
    void clear();
    void reserve(qsizetype paragraphs) { m_ends.reserve(size_t(paragraphs)); }
    // Tokenises [from, to) of text as the next paragraph.
    void appendParagraph(const QString &text, qsizetype from, qsizetype to);

    qsizetype size() const { return qsizetype(m_ends.size()); }
    qsizetype tokenCount() const { return m_size; } // of all paragraphs
    TokenSpan at(qsizetype paragraph) const
    {
        Q_ASSERT(paragraph >= 0 && paragraph < size());
        const qsizetype begin = paragraph > 0 ? m_ends[paragraph - 1] : 0;
        return TokenSpan(m_tokens.get() + begin, m_ends[paragraph] - begin);
    }
    // Every paragraph's tokens, one after another.
    TokenSpan all() const { return TokenSpan(m_tokens.get(), m_size); }
    // The indices into its TokenSpan of a paragraph's tokens that end a sentence (Token::sentenceEnd),
    // in order: noted as the tokenizer marks them, so that a reader going sentence by sentence
    // need not test every token for the flag.
    std::span<const qint32> sentenceEnds(qsizetype paragraph) const
    {
        Q_ASSERT(paragraph >= 0 && paragraph < size());
        const qsizetype begin = paragraph > 0 ? m_sentenceEndsOf[paragraph - 1] : 0;
        return std::span<const qint32>(m_sentenceEnds.data() + begin, m_sentenceEndsOf[paragraph] - begin);
    }
    // Whether a paragraph holds a quotation mark other than ’ (an apostrophe far more often): a
    // token of its own, noted as the tokenizer reads the paragraph's punctuation.
    bool holdsQuoteMark(qsizetype paragraph) const
    {
        Q_ASSERT(paragraph >= 0 && paragraph < size());
        return m_quoteMarks[paragraph];
    }

private:
    std::unique_ptr<Token[]> m_tokens; // uninitialised beyond m_size
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    // (std::vectors: appending to them inlines, where QList's generic append showed in the profile.)
    std::vector<qsizetype> m_ends; // per paragraph, one past its last token
    std::vector<qint32> m_sentenceEnds; // of all paragraphs, each paragraph's in order
    std::vector<qsizetype> m_sentenceEndsOf; // per paragraph, one past its last in m_sentenceEnds
    std::vector<char> m_quoteMarks; // per paragraph: holdsQuoteMark()
    std::vector<qint32> m_stops; // of the paragraph being read: Tokenizer::tokenize's stops
};

// Splits text into word and punctuation tokens. Abbreviations and initials keep their period
// ("Sen.", "U.S.", "J.") so that a sentence boundary is only ever a standalone ".".
class Tokenizer final
{
public:
    // Writes the tokens of [from, to) to tokens, which has room for to - from of them (a token
    // is at least one character), and returns how many it wrote. Appends to stops the indices of
    // the tokens that may end a sentence (. ? ! …), for markSentenceEnds, and sets quoteMark when a
    // quotation mark other than ’ is among the tokens (ArticleTokens::holdsQuoteMark).
    static qsizetype tokenize(const QString &text, qsizetype from, qsizetype to, Token *tokens,
                              std::vector<qint32> *stops, bool *quoteMark);

    static bool isCapitalised(QStringView word) { return !word.isEmpty() && word.front().isUpper(); }
    // "al-Ansari", "el-Sisi", "ash-Sharaa": an Arabic article written in lower case, joined to the
    // capitalised name it opens.
    static bool isArticledName(QStringView word)
    {
        // Asked of every lower-case word: most fail on their first letters, here in line.
        return word.size() >= 4 && (word.front() == u'a' || word.front() == u'e' || word.front() == u'u')
            && isArticledNameAfterLetter(word);
    }
    // "Democrat-run", "London-based", "U-turn": a capitalised word joined by a hyphen to a lower-case
    // one is an adjective or a common noun, not a name; but two short syllables are a given name
    // written the Korean way ("Ki-moon", "Geun-hye", "Jong-un").
    static bool isLowerCaseCompound(QStringView word)
    {
        // Asked of every capitalised word: a loop over its few letters, no library call.
        qsizetype hyphen = word.size() - 2;
        while (hyphen > 0 && word.at(hyphen) != u'-')
            --hyphen;
        if (hyphen <= 0 || !word.at(hyphen + 1).isLower() || !word.front().isUpper())
            return false;
        qsizetype first = hyphen - 1;
        while (first > 0 && word.at(first) != u'-')
            --first;
        // ("Ing-wen’s": a possessive after the given name is no part of it.)
        const qsizetype n = word.size();
        const bool possessive
            = n > 2 && word.at(n - 1) == u's' && (word.at(n - 2) == u'\'' || word.at(n - 2) == u'\u2019');
        const qsizetype tail = (possessive ? n - 2 : n) - hyphen - 1;
        return !(hyphen >= 2 && hyphen <= 5 && tail >= 2 && tail <= 4 && first == 0);
    }
    // (Inline, as the tests below: asked of most punctuation tokens, several times.)
    static bool isOpeningQuote(QChar c)
    {
        return c == u'"' || c == u'\u201C' || c == u'\u201E' || c == u'\u00AB' || c == u'\u2018';
    }
    static bool isClosingQuote(QChar c)
    {
        return c == u'"' || c == u'\u201D' || c == u'\u201C' || c == u'\u00BB' || c == u'\u2019';
    }
    static bool isQuoteMark(QChar c) { return isOpeningQuote(c) || isClosingQuote(c); }
    // $, £, €, ¥, ₹: a sign written before an amount.
    static bool isCurrencySign(QChar c)
    {
        return c == u'$' || c == u'\u00A3' || c == u'\u20AC' || c == u'\u00A5' || c == u'\u20B9';
    }
    // An em or en dash, a horizontal bar or a hyphen.
    static bool isDash(QChar c) { return c == u'\u2014' || c == u'\u2013' || c == u'\u2015' || c == u'-'; }
    // Sets Token::sentenceEnd on the tokens of one paragraph (see endsSentence), as tokenize() wrote them,
    // and appends the indices of those tokens to ends. stops: the indices tokenize() noted, the only
    // tokens that can end a sentence (a pass over every token to find them showed in the profile).
    static void markSentenceEnds(const QString &text, Token *tokens, qsizetype count, std::span<const qint32> stops,
                                 std::vector<qint32> *ends);
    // A title-case line ("A Strategy of Pressure", a repeated headline): its capitals name nothing.
    // finalPeriod: accept a line ending with "." (a title followed by a period, as some sites write).
    static bool isTitleCaseLine(const QString &text, TokenSpan tokens, bool finalPeriod = false);

private:
    // isArticledName() once the word is long enough and opens with a, e or u.
    static bool isArticledNameAfterLetter(QStringView word);
    // A "." "?" "!" token followed (after closing quotes) by a capitalised word or an opening quote.
    static bool endsSentence(const QString &text, TokenSpan tokens, qsizetype index);
};

inline QStringView tokenText(const QString &text, const Token &token)
{
    // Tokens lie inside their text: no need for QStringView::mid's clamping, which shows in the
    // profile (this runs for nearly every token, several times), nor for constData()'s test for a
    // null string (a text with tokens has characters).
    return QStringView(text.data_ptr().data() + token.start, token.end - token.start);
}

} // namespace Quoteshelf::Extract
