#include "extract/tokenizer.h"

#include "extract/lexicon.h"
#include "extract/wordset.h"

#include <array>

namespace Quoteshelf::Extract {

namespace {

// Character classes of ASCII, where most of the text lies: one table lookup per character.
enum AsciiClass : quint8 {
    Space = 1,
    WordChar = 2, // a letter or a digit
    Joiner = 4, // ' - . / &: inside a word when a word character follows
    LowerCaseLetter = 8, // a-z and the hyphen: what Token::lowerCaseLetters allows
};

constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> classes {};
    for (char16_t c : { u' ', u'\t', u'\n', u'\v', u'\f', u'\r' })
        classes[c] = Space;
    for (char16_t c = u'a'; c <= u'z'; ++c)
        classes[c] = WordChar | LowerCaseLetter;
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        classes[c] = WordChar;
    for (char16_t c = u'0'; c <= u'9'; ++c)
        classes[c] = WordChar;
    for (char16_t c : { u'\'', u'-', u'.', u'/', u'&' })
        classes[c] = Joiner;
    classes[u'-'] |= LowerCaseLetter;
    return classes;
}();

Q_ALWAYS_INLINE bool isWordChar(char16_t u)
{
    if (u < 0x80)
        return asciiClasses[u] & WordChar;
    const QChar c(u);
    return c.isLetterOrNumber() || c.isMark();
}

// A word as the tokenizer reads it: its folded characters so far, how many (beyond
// FoldedWord::capacity: too long to be listed, folds to nothing) and their hash, and what its
// characters were.
struct WordSoFar
{
    char16_t *folded; // FoldedWord::capacity of them
    qsizetype size;
    quint32 hash;
    quint8 lower; // LowerCaseLetter while every character is one
    bool hasPeriod;
    bool apostrophe;

    void add(char16_t u)
    {
        if (size < FoldedWord::capacity) {
            u = FoldedWord::fold(u);
            folded[size] = u;
            hash = FoldedWord::mix(hash, u);
        }
        ++size;
    }
};

// The rest of a word whose opening run of ASCII letters and digits the tokenizer read, at i, which
// may go on with it (a joiner, a character beyond ASCII); returns the index past the word. Out of
// line: few words need it, and in line its state crowded the registers of the loop over every word.
Q_NEVER_INLINE qsizetype readRestOfWord(const char16_t *chars, qsizetype i, qsizetype to, WordSoFar *word)
{
    while (i < to) {
        // Most of a word is a run of ASCII letters and digits: a loop of its own, with no test
        // of the buffer's room per character while the run cannot outgrow it ...
        for (const qsizetype stop = std::min(to, i + std::max<qsizetype>(0, FoldedWord::capacity - word->size));
             i < stop; ++i) {
            const char16_t d = chars[i];
            if (d >= 0x80 || !(asciiClasses[d] & WordChar))
                break;
            word->lower &= asciiClasses[d];
            const char16_t u = FoldedWord::fold(d);
            word->folded[word->size++] = u;
            word->hash = FoldedWord::mix(word->hash, u);
        }
        if (i == to)
            break;
        // ... and a loop that tests it for the rest of a longer one.
        char16_t d = chars[i];
        while (d < 0x80 && (asciiClasses[d] & WordChar)) {
            word->lower &= asciiClasses[d];
            word->add(d);
            if (++i == to)
                break;
            d = chars[i];
        }
        if (i == to)
            break;
        if (d < 0x80) {
            const quint8 kind = asciiClasses[d];
            if (!(kind & Joiner) || i + 1 >= to || !isWordChar(chars[i + 1]))
                break;
            word->lower &= kind;
            word->hasPeriod = word->hasPeriod || d == u'.';
            word->apostrophe = word->apostrophe || d == u'\'';
            word->add(d);
            ++i;
        } else if (isWordChar(d)) {
            word->lower = QChar::isLower(d) ? word->lower : 0;
            word->add(d);
            ++i;
        } else if (QChar::isHighSurrogate(d) && i + 1 < to) {
            word->lower = 0;
            if (!QChar::isLetterOrNumber(QChar::surrogateToUcs4(d, chars[i + 1])))
                break;
            word->add(d);
            word->add(chars[i + 1]);
            i += 2;
        } else if (d == u'\u2019' && i + 1 < to && isWordChar(chars[i + 1])) {
            word->lower = 0;
            word->apostrophe = true;
            word->add(d);
            ++i;
        } else {
            break;
        }
    }
    return i;
}

// Words whose trailing period is part of the word, not the end of a sentence. after: the text after
// the period.
bool keepsPeriod(QStringView word, QStringView folded, quint32 hash, bool hasPeriod, QStringView after)
{
    static const WordSet abbreviations { u"mr",   u"mrs",  u"ms",   u"dr",   u"sen",    u"rep",  u"gov",  u"gen",
                                         u"lt",   u"col",  u"sgt",  u"jr",   u"sr",     u"st",   u"rev",  u"prof",
                                         u"capt", u"adm",  u"maj",  u"cmdr", u"pres",   u"atty", u"vs",   u"inc",
                                         u"corp", u"co",   u"ltd",  u"jan",  u"feb",    u"aug",  u"sept", u"sep",
                                         u"oct",  u"nov",  u"dec",  u"no",   u"mt",     u"ft",   u"gens", u"reps",
                                         u"sens", u"govt", u"dept", u"est",  u"approx", u"e.g",  u"i.e",  u"etc",
                                         u"det",  u"supt", u"insp", u"coun", u"cst",    u"const", u"cpl", u"brig",
                                         u"del",  u"amb",  u"hon",  u"fr",   u"msgr" };
    if (word.size() == 1 && word.front().isUpper())
        return true; // an initial: "J. Smith"
    if (hasPeriod)
        return true; // "U.S", "a.m"
    if (!abbreviations.containsFolded(folded, hash))
        return false;
    // "No. 10", "the no. 2 seed" shorten "number"; "Chow said no. “Not on my watch,”" ends a sentence.
    if (folded == u"no") {
        const QStringView rest = after.trimmed();
        return !rest.isEmpty() && rest.front().isDigit();
    }
    return true;
}

} // namespace

void ArticleTokens::clear()
{
    if (m_capacity > 1 << 16) { // a huge text's worth is not kept for the next article
        m_tokens.reset();
        m_capacity = 0;
    }
    m_size = 0;
    m_ends.clear();
    m_sentenceEnds.clear();
    m_sentenceEndsOf.clear();
    m_quoteMarks.clear();
}

void ArticleTokens::appendParagraph(const QString &text, qsizetype from, qsizetype to)
{
    const qsizetype room = m_size + (to - from);
    if (room > m_capacity) {
        const qsizetype capacity = std::max(room, 2 * m_capacity);
        auto grown = std::make_unique_for_overwrite<Token[]>(capacity);
        std::copy_n(m_tokens.get(), m_size, grown.get());
        m_tokens = std::move(grown);
        m_capacity = capacity;
    }
    Token *tokens = m_tokens.get() + m_size;
    m_stops.clear();
    bool quoteMark = false;
    const qsizetype count = Tokenizer::tokenize(text, from, to, tokens, &m_stops, &quoteMark);
    Tokenizer::markSentenceEnds(text, tokens, count, m_stops, &m_sentenceEnds);
    m_quoteMarks.push_back(quoteMark);
    m_sentenceEndsOf.push_back(qsizetype(m_sentenceEnds.size()));
    m_size += count;
    m_ends.push_back(m_size);
}

bool Tokenizer::isArticledNameAfterLetter(QStringView word)
{
    const qsizetype hyphen = word.at(2) == u'-' ? 2 : word.at(3) == u'-' ? 3 : -1;
    if (hyphen < 0 || hyphen + 1 >= word.size() || !word.at(hyphen + 1).isUpper())
        return false;
    static const WordSet articles = { u"al", u"el", u"ad", u"an", u"ar", u"as", u"ash", u"at", u"az", u"ud", u"ul" };
    return articles.containsExact(word.first(hyphen));
}

qsizetype Tokenizer::tokenize(const QString &text, qsizetype from, qsizetype to, Token *tokens,
                              std::vector<qint32> *stops, bool *quoteMark)
{
    const Lexicon &lexicon = Lexicon::instance();
    const char16_t *chars = QStringView(text).utf16();
    const auto startsLetterPair = [&](qsizetype at) {
        return QChar::isHighSurrogate(chars[at]) && at + 1 < to
            && QChar::isLetterOrNumber(QChar::surrogateToUcs4(chars[at], chars[at + 1]));
    };
    Token *out = tokens;
    qsizetype i = from;
    while (i < to) {
        const char16_t c = chars[i];
        if (c < 0x80 ? (asciiClasses[c] & Space) : QChar::isSpace(c)) {
            ++i;
            continue;
        }
        if (!isWordChar(c) && !startsLetterPair(i)) {
            const qsizetype width = (QChar::isHighSurrogate(c) && i + 1 < to) ? 2 : 1;
            // (Noted here, while the mark is at hand: a second pass over every token to find them cost more.)
            if (c == u'.' || c == u'?' || c == u'!' || c == u'\u2026')
                stops->push_back(qint32(out - tokens));
            else if (!*quoteMark)
                *quoteMark = c < 0x80 ? c == u'"' : isQuoteMark(c) && c != u'\u2019';
            *out++ = { qint32(i), qint32(i + width), 0, 0, false, false, false, false, 0 };
            i += width;
            if (i < to && chars[i] == u' ') // as after a word: ", ", ". "
                ++i;
            continue;
        }
        // A word, folded and hashed as it is read, in locals the compiler keeps in registers.
        const qsizetype start = i;
        char16_t folded[FoldedWord::capacity];
        qsizetype size = 0; // beyond capacity: too long to be listed, folds to nothing
        quint32 hash = FoldedWord::basis;
        const auto add = [&](char16_t u) {
            if (size < FoldedWord::capacity) {
                u = FoldedWord::fold(u);
                folded[size] = u;
                hash = FoldedWord::mix(hash, u);
            }
            ++size;
        };
        quint8 lower = LowerCaseLetter; // cleared by any other character
        // Most words are one run of ASCII letters and digits that a space or a mark ends: that run
        // first, in the loop below as the word's start has it (the buffer empty) ...
        // (One index for both the text and the buffer, which the run fills from its start.)
        for (const qsizetype stop = std::min(to, i + FoldedWord::capacity); i < stop; ++i) {
            const char16_t d = chars[i];
            if (d >= 0x80 || !(asciiClasses[d] & WordChar))
                break;
            lower &= asciiClasses[d];
            const char16_t u = FoldedWord::fold(d);
            folded[i - start] = u;
            hash = FoldedWord::mix(hash, u);
        }
        size = i - start;
        // ... then the rest (readRestOfWord) only when what follows the run may go on with the word:
        // no space or ASCII mark but ' - . / &.
        const bool runEndsWord
            = i == to || (chars[i] < 0x80 && !(asciiClasses[chars[i]] & (WordChar | Joiner)));
        bool hasPeriod = false;
        bool apostrophe = false;
        if (!runEndsWord) {
            WordSoFar word { folded, size, hash, lower, false, false };
            i = readRestOfWord(chars, i, to, &word);
            size = word.size;
            hash = word.hash;
            lower = word.lower;
            hasPeriod = word.hasPeriod;
            apostrophe = word.apostrophe;
        }
        const auto foldedWord = [&] { return size > FoldedWord::capacity ? QStringView() : QStringView(folded, size); };
        const auto foldedHash = [&] { return size > FoldedWord::capacity ? FoldedWord::basis : hash; };
        if (i < to && chars[i] == u'.'
            && keepsPeriod(QStringView(chars + start, i - start), foldedWord(), foldedHash(), hasPeriod,
                           QStringView(chars + i + 1, std::min<qsizetype>(to - i - 1, 3)))) {
            add(u'.');
            ++i;
            lower = 0;
        }
        const auto classes = quint16(lexicon.classifyFolded(foldedWord(), foldedHash()));
        *out++ = { qint32(start), qint32(i), foldedHash(), classes, true, false, lower != 0, apostrophe, 0 };
        // Most words are followed by one plain space: skipped here rather than by a turn of the
        // loop above.
        if (i < to && chars[i] == u' ')
            ++i;
    }
    return out - tokens;
}

void Tokenizer::markSentenceEnds(const QString &text, Token *tokens, qsizetype count, std::span<const qint32> stops,
                                 std::vector<qint32> *ends)
{
    // Words and other marks come from tokenize() with sentenceEnd false already.
    const TokenSpan span(tokens, count);
    for (const qint32 i : stops) {
        tokens[i].sentenceEnd = endsSentence(text, span, i);
        if (tokens[i].sentenceEnd)
            ends->push_back(i);
    }
}

bool Tokenizer::endsSentence(const QString &text, TokenSpan tokens, qsizetype index)
{
    const Token &t = tokens.at(index);
    if (t.word)
        return false;
    const QChar c = text.at(t.start);
    if (c != u'.' && c != u'?' && c != u'!' && c != u'\u2026')
        return false;
    // "the editor of Which? Travel", "a spokesperson for Which? said": a mark glued to a name
    // after a preposition is part of the name.
    if ((c == u'?' || c == u'!') && index >= 2 && tokens.at(index - 1).word && tokens.at(index - 1).end == t.start
        && isCapitalised(tokenText(text, tokens.at(index - 1))) && tokens.at(index - 2).word) {
        const QStringView before = tokenText(text, tokens.at(index - 2));
        for (const char16_t *preposition : { u"of", u"for", u"at", u"from", u"by", u"with", u"to" }) {
            if (before == QStringView(preposition))
                return false;
        }
    }
    // A straight single mark closes or opens a quotation in a text that quotes with them ("… win.'
    // And", "… appeal. 'We"); elsewhere it is an apostrophe, inside a word.
    const auto straightSingle = [&](qsizetype i) { return !tokens.at(i).word && text.at(tokens.at(i).start) == u'\''; };
    qsizetype next = index + 1;
    while (next < tokens.size() && !tokens.at(next).word
           && ((isClosingQuote(text.at(tokens.at(next).start)) && text.at(tokens.at(next).start) != u'\u201C')
               || (straightSingle(next) && tokens.at(next).start == tokens.at(next - 1).end)))
        ++next;
    if (next >= tokens.size())
        return true;
    const Token &n = tokens.at(next);
    if (n.word)
        return isCapitalised(tokenText(text, n)) || text.at(n.start).isDigit();
    if (straightSingle(next) && next + 1 < tokens.size() && tokens.at(next + 1).word
        && tokens.at(next + 1).start == n.end)
        return isCapitalised(tokenText(text, tokens.at(next + 1)));
    return isOpeningQuote(text.at(n.start)) || text.at(n.start) == u'(' || text.at(n.start) == u'\u2014';
}

bool Tokenizer::isTitleCaseLine(const QString &text, TokenSpan tokens, bool finalPeriod)
{
    // Headings do not end like sentences.
    if (tokens.isEmpty())
        return false;
    const QChar last = text.at(tokens.last().start);
    const bool closing = last == u'.' || last == u'!' || last == u'?' || last == u'"' || last == u'\u201D';
    if (!tokens.last().word && closing && !(finalPeriod && last == u'.'))
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
