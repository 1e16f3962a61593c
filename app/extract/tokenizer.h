#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Quoteshelf::Extract {

// Internally the extractor works in UTF-16 indices of the article QString; Extractor converts
// to code points once, at the end.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool word = false; // letters/digits (with inner ' ’ - . /); otherwise one punctuation mark
    quint32 classes = 0; // Lexicon::Class bits of a word, looked up once by the tokenizer
    bool is(quint32 wordClass) const { return (classes & wordClass) != 0; }
};

// Splits text into word and punctuation tokens. Abbreviations and initials keep their period
// ("Sen.", "U.S.", "J.") so that a sentence boundary is only ever a standalone ".".
class Tokenizer final
{
public:
    static QList<Token> tokenize(const QString &text, qsizetype from, qsizetype to);

    static bool isCapitalised(QStringView word);
    static bool isOpeningQuote(QChar c);
    static bool isClosingQuote(QChar c);
    static bool isQuoteMark(QChar c);
    // A "." "?" "!" token followed (after closing quotes) by a capitalised word or an opening quote.
    static bool endsSentence(const QString &text, const QList<Token> &tokens, qsizetype index);
    // A title-case line ("A Strategy of Pressure", a repeated headline): its capitals name nothing.
    // finalPeriod: accept a line ending with "." (a title followed by a period, as some sites write).
    static bool isTitleCaseLine(const QString &text, const QList<Token> &tokens, bool finalPeriod = false);
};

inline QStringView tokenText(const QString &text, const Token &token)
{
    return QStringView(text).mid(token.start, token.end - token.start);
}

} // namespace Quoteshelf::Extract
