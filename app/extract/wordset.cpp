#include "extract/wordset.h"

namespace Quoteshelf::Extract {

char16_t FoldedWord::foldWide(char16_t u)
{
    return u == u'\u2019' ? u'\'' : QChar(u).toLower().unicode();
}

WordSet::WordSet(std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        insert(QStringView(w));
    build();
}

WordSet::WordSet(std::initializer_list<const WordSet *> sets)
{
    for (const WordSet *set : sets) {
        set->m_folded.forEachKey([this](QStringView key) { m_folded.insert(key, 1); });
        set->m_exact.forEachKey([this](QStringView key) { m_exact.insert(key, 1); });
    }
    build();
}

WordSet::WordSet(const QStringList &words)
{
    for (const QString &w : words)
        insert(w);
    build();
}

bool WordSet::containsFolding(QStringView word) const
{
    return contains(FoldedWord(word));
}

bool WordSet::containsHashing(QStringView word) const
{
    return m_exact.find(word, FoldedWord::hashOf(word)) != nullptr;
}

void WordSet::build()
{
    // (Four slots a key: the sets are small, and most words asked about are in none of them.)
    m_folded.build(4);
    m_exact.build(4);
    m_folded.forEachKey([this](QStringView key) { m_foldedShapes.add(key); });
    m_exact.forEachKey([this](QStringView key) { m_exactShapes.add(key); });
}

void WordSet::insert(QStringView word)
{
    m_folded.insert(FoldedWord(word), 1);
    m_exact.insert(word, 1);
}

} // namespace Quoteshelf::Extract
