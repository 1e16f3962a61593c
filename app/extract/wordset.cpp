#include "extract/wordset.h"

namespace Quoteshelf::Extract {

FoldedWord::FoldedWord(QStringView word)
{
    if (word.size() > capacity)
        return;
    for (const QChar c : word) {
        char16_t u = c.unicode();
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
        } else if (u == u'\u2019') {
            u = u'\'';
        } else {
            u = c.toLower().unicode();
        }
        m_buffer[m_size++] = u;
    }
}

WordSet::WordSet(std::initializer_list<const char16_t *> words)
{
    m_folded.reserve(qsizetype(words.size()));
    m_exact.reserve(qsizetype(words.size()));
    for (const char16_t *w : words)
        insert(QStringView(w));
}

void WordSet::insert(QStringView word)
{
    m_exact.insert(word.toString(), 0);
    m_folded.insert(FoldedWord(word).view().toString(), 0);
}

bool WordSet::contains(QStringView word) const
{
    const FoldedWord folded(word);
    return !folded.view().isEmpty() && m_folded.contains(folded.view());
}

} // namespace Quoteshelf::Extract
