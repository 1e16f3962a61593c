#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace Quoteshelf::Extract {

// A word in the form the extractor's lists are keyed by: lower case, with the typographic
// apostrophe (U+2019) written as '. Folded into a buffer on the stack, so that looking a token
// up in a list allocates nothing; the extractor does this for most tokens of every article.
class FoldedWord final
{
public:
    explicit FoldedWord(QStringView word);

    // Empty when the word is longer than any listed word can be.
    QStringView view() const { return QStringView(m_buffer, m_size); }
    operator QStringView() const { return view(); }

private:
    static constexpr qsizetype capacity = 48;
    char16_t m_buffer[capacity];
    qsizetype m_size = 0;
};

// A closed list of words (stop words, titles, verbs...), looked up by their folded form with
// QHash's heterogeneous lookup: no QString is built per query.
class WordSet final
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<const char16_t *> words);

    void insert(QStringView word);
    // Case-insensitive, ’ and ' alike.
    bool contains(QStringView word) const;
    // The word exactly as listed (for lists of proper names, "May" the month but not "may").
    bool containsExact(QStringView word) const { return m_exact.contains(word); }

private:
    QHash<QString, char> m_folded;
    QHash<QString, char> m_exact;
};

} // namespace Quoteshelf::Extract
