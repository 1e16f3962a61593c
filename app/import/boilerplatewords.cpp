#include "import/boilerplatewords.h"

#include <algorithm>

namespace Quoteshelf::Import::BoilerplateWords {

QRegularExpression caseless(const char *pattern)
{
    return caseless(QString::fromUtf8(pattern));
}

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *word : words)
        set.insert(QString::fromUtf8(word));
    return set;
}

QStringList tokens(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(R"([\p{L}\p{N}][\p{L}\p{N}'’]*)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = token.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0).toLower());
    return out;
}

int wordCount(const QString &text)
{
    int count = 0;
    bool inToken = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            count += inToken ? 0 : 1;
            inToken = true;
        } else if (!inToken || (c != QLatin1Char('\'') && c != QChar(0x2019))) {
            inToken = false;
        }
    }
    return count;
}

bool isNameLike(const QString &part)
{
    static const QSet<QString> particles = wordSet({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le",
                                                    "bin", "ibn", "al", "el", "y", "and", "und", "et", "&"});
    const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5)
        return false;
    for (const QString &word : words) {
        if (!word.front().isUpper() && !particles.contains(word))
            return false;
    }
    return true;
}

bool hasDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace Quoteshelf::Import::BoilerplateWords
