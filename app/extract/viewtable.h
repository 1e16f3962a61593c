#pragma once

#include "extract/wordset.h"

#include <QStringView>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Quoteshelf::Extract {

// A hash for a ViewTable whose keys carry none (tokens carry FoldedWord's; a name or a run as
// written does not): the key's first and last four characters and its length, in a few
// instructions where FoldedWord::hashOf mixes in every character. Keys that share these are told
// apart by the table's comparison of the whole. (Exact: keys differing in case hash apart.)
inline quint32 viewHash(QStringView key)
{
    const qsizetype n = key.size();
    if (n < 4)
        return FoldedWord::hashOf(key);
    quint64 head;
    quint64 tail;
    std::memcpy(&head, key.utf16(), sizeof head);
    std::memcpy(&tail, key.utf16() + n - 4, sizeof tail);
    const quint64 mixed = head * 0x9E3779B97F4A7C15u ^ (tail + quint64(n)) * 0xC2B2AE3D27D4EB4Fu;
    return quint32(mixed >> 32) ^ quint32(mixed);
}

// A map from views into an article's text to small values, for counting within one article:
// the caller supplies each key's hash (tokens carry theirs), so no key is hashed twice; open
// addressing over one array, which grows by doubling. reset() empties it in constant time (a
// generation number marks the live slots), so one table can serve article after article. Keys
// must outlive their use.
template<typename Value> class ViewTable final
{
public:
    explicit ViewTable(qsizetype expected = 64)
    {
        qsizetype size = 16;
        while (size < 2 * expected)
            size *= 2;
        m_slots.resize(size_t(size));
    }

    // Empties the table; its memory stays, unless it grew far beyond what is expected now.
    void reset(qsizetype expected)
    {
        if (qsizetype(m_slots.size()) > 64 * std::max<qsizetype>(expected, 16)) {
            *this = ViewTable(expected);
            return;
        }
        m_used = 0;
        if (++m_generation == 0) { // wrapped: clear for real, once in four billion resets
            std::fill(m_slots.begin(), m_slots.end(), Slot {});
            m_generation = 1;
        }
    }

    // The value for key, default-constructed on first use; the bool says whether it is new.
    Q_ALWAYS_INLINE std::pair<Value *, bool> insert(QStringView key, quint32 hash)
    {
        if (2 * (m_used + 1) > qsizetype(m_slots.size()))
            grow();
        Slot &s = probe(key, hash);
        if (s.generation == m_generation)
            return { &s.value, false };
        s = { key, hash, m_generation, Value {} };
        ++m_used;
        return { &s.value, true };
    }
    Value *findForUpdate(QStringView key, quint32 hash)
    {
        Slot &s = probe(key, hash);
        return s.generation == m_generation ? &s.value : nullptr;
    }
    const Value *find(QStringView key, quint32 hash) const
    {
        return const_cast<ViewTable *>(this)->findForUpdate(key, hash);
    }
    qsizetype size() const { return m_used; }

private:
    struct Slot
    {
        QStringView key;
        quint32 hash = 0;
        quint32 generation = 0; // live when equal to the table's
        Value value {};
    };
    Q_ALWAYS_INLINE Slot &probe(QStringView key, quint32 hash)
    {
        const quint32 mask = quint32(m_slots.size() - 1);
        Slot *slots = m_slots.data();
        for (quint32 i = hash & mask;; i = (i + 1) & mask) {
            Slot &s = slots[i];
            if (s.generation != m_generation
                || (s.hash == hash && s.key.size() == key.size() && sameChars(key.utf16(), s.key.utf16(), key.size())))
                return s;
        }
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots = std::vector<Slot>(old.size() * 2);
        for (const Slot &s : std::as_const(old)) {
            if (s.generation == m_generation)
                probe(s.key, s.hash) = s;
        }
    }

    // A power of two, at most half full. (A std::vector: QList's non-const data() checks for
    // sharing on every probe.)
    std::vector<Slot> m_slots;
    qsizetype m_used = 0;
    quint32 m_generation = 1;
};

} // namespace Quoteshelf::Extract
