#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// A loop over a word's characters taken a few at a time: the loop's own test and step cost about
// as much as the work on a character, and words are short. (GCC and Clang; others ignore it.)
#if defined(__GNUC__)
#define QUOTESHELF_UNROLL_WORD_LOOP _Pragma("GCC unroll 4")
#else
#define QUOTESHELF_UNROLL_WORD_LOOP
#endif

namespace Quoteshelf::Extract {

// Two runs of characters alike, compared in line: words are short, and std::equal on char16_t
// becomes a call to memcmp, which costs more than the comparison itself. Four characters at a
// time (a word found in a table is compared whole, and most words have four letters or more),
// the last four overlapping the group before rather than one by one; a word of two or three by
// two characters the same way ("the": its first two, then its last two).
Q_ALWAYS_INLINE bool sameChars(const char16_t *a, const char16_t *b, qsizetype n)
{
    // (One unaligned load each: memcpy is how C++ spells it.)
    const auto four = [](const char16_t *p) {
        quint64 x;
        std::memcpy(&x, p, sizeof x);
        return x;
    };
    const auto two = [](const char16_t *p) {
        quint32 x;
        std::memcpy(&x, p, sizeof x);
        return x;
    };
    if (n >= 4) {
        for (qsizetype k = 0; k + 4 < n; k += 4) {
            if (four(a + k) != four(b + k))
                return false;
        }
        return four(a + n - 4) == four(b + n - 4);
    }
    if (n >= 2)
        return two(a) == two(b) && two(a + n - 2) == two(b + n - 2);
    return n == 0 || a[0] == b[0];
}

// The extractor's suffix test: inline, for a literal suffix ("ing", "’s"), without the library
// call QStringView::endsWith makes (which shows in the extractor's profile: it runs per token).
// (The length known when compiling, sameChars comes down to a load or two.)
template<qsizetype N> inline bool endsWith(QStringView word, const char16_t (&suffix)[N])
{
    constexpr qsizetype n = N - 1;
    return word.size() >= n && sameChars(word.utf16() + word.size() - n, suffix, n);
}

// A word exactly as a literal ("said"): inline, where QStringView's operator== calls the library
// for every word of the right length.
template<qsizetype N> inline bool equals(QStringView word, const char16_t (&literal)[N])
{
    return word.size() == N - 1 && sameChars(word.utf16(), literal, N - 1);
}

// The first space in [from, end), or end. Eight characters at a time with SSE2 (every x86-64 has
// it) while eight remain: the extractor looks for the spaces of names and phrases many times per
// article, and a loop per character showed in the profile.
Q_ALWAYS_INLINE const char16_t *findSpace(const char16_t *from, const char16_t *end)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi16(u' ');
    for (; end - from >= 8; from += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from));
        // Two bits per character: the lowest set one is in the first space's pair.
        const uint found = uint(_mm_movemask_epi8(_mm_cmpeq_epi16(x, space)));
        if (found)
            return from + qCountTrailingZeroBits(found) / 2;
    }
#endif
    while (from != end && *from != u' ')
        ++from;
    return from;
}

// Whether a name holds more than one word. Inline: names are short, and QStringView::contains
// is a library call, which the extractor makes for nearly every name it reads.
inline bool hasSpace(QStringView name)
{
    const char16_t *end = name.utf16() + name.size();
    return findSpace(name.utf16(), end) != end;
}

// How many spaces a name holds, inline as hasSpace.
inline qsizetype countSpaces(QStringView name)
{
    const char16_t *chars = name.utf16();
    qsizetype spaces = 0;
    for (qsizetype k = 0, n = name.size(); k < n; ++k)
        spaces += chars[k] == u' ' ? 1 : 0;
    return spaces;
}

// The words of a name or a phrase: the runs between spaces, empty ones skipped, as
// tokenize(u' ', Qt::SkipEmptyParts) yields them. Inline: QStringTokenizer calls the library for
// every word, and the extractor splits most names it reads.
class SpacedWords final
{
public:
    explicit SpacedWords(QStringView text) : m_begin(text.utf16()), m_end(text.utf16() + text.size()) { }

    class iterator
    {
    public:
        iterator(const char16_t *from, const char16_t *end) : m_end(end) { advance(from); }
        QStringView operator*() const { return QStringView(m_word, m_wordEnd); }
        iterator &operator++()
        {
            advance(m_wordEnd);
            return *this;
        }
        bool operator!=(const iterator &other) const { return m_word != other.m_word; }

    private:
        void advance(const char16_t *from)
        {
            while (from != m_end && *from == u' ')
                ++from;
            m_word = from;
            m_wordEnd = findSpace(from, m_end);
        }
        const char16_t *m_word = nullptr;
        const char16_t *m_wordEnd = nullptr;
        const char16_t *m_end = nullptr;
    };
    iterator begin() const { return iterator(m_begin, m_end); }
    iterator end() const { return iterator(m_end, m_end); }

private:
    const char16_t *m_begin;
    const char16_t *m_end;
};

// A word opening in lower case: "said", not "Said" (cues are lower case, names are not).
inline bool isLower(QStringView word)
{
    return !word.isEmpty() && word.front().isLower();
}

// A possessive: "Clinton’s", "Trump's".
inline bool isPossessive(QStringView word)
{
    return endsWith(word, u"\u2019s") || endsWith(word, u"'s");
}

// The length of a trailing possessive: 2 for "’s" or "'s", 1 for a bare "’" or "'", else 0.
inline qsizetype possessiveLength(QStringView word)
{
    if (isPossessive(word))
        return 2;
    return word.endsWith(u'\u2019') || word.endsWith(u'\'') ? 1 : 0;
}

// A word in the form the extractor's lists are keyed by: lower case, with the typographic
// apostrophe (U+2019) written as '. Folded into a buffer on the stack, with its hash computed on
// the way, so that looking a token up in a list allocates nothing and reads the word once; the
// extractor does this for most tokens of every article.
class FoldedWord final
{
public:
    explicit FoldedWord(QStringView word)
    {
        // Inline, with a branch for ASCII: the extractor folds many words of every article.
        if (word.size() > capacity) {
            m_size = capacity + 1;
            return;
        }
        quint32 hash = m_hash;
        const char16_t *chars = word.utf16();
        QUOTESHELF_UNROLL_WORD_LOOP
        for (qsizetype k = 0, n = word.size(); k < n; ++k) {
            const char16_t u = fold(chars[k]);
            m_buffer[k] = u;
            hash = mix(hash, u);
        }
        m_size = word.size();
        m_hash = hash;
    }

    // Empty when the word is longer than any listed word can be.
    QStringView view() const { return m_size > capacity ? QStringView() : QStringView(m_buffer, m_size); }
    quint32 hash() const { return m_size > capacity ? basis : m_hash; }

    // Inline: the extractor hashes many views into its text per article.
    static quint32 hashOf(QStringView folded)
    {
        quint32 hash = basis;
        const char16_t *chars = folded.utf16();
        QUOTESHELF_UNROLL_WORD_LOOP
        for (qsizetype k = 0, n = folded.size(); k < n; ++k)
            hash = mix(hash, chars[k]);
        return hash;
    }

    // The steps of the above, for a reader that folds a word as it scans it (the tokenizer):
    // fold each character, start the hash at basis and mix in each folded character. A word
    // longer than capacity folds to nothing and keeps the basis as its hash.
    static constexpr qsizetype capacity = 48;
    static constexpr quint32 basis = 2166136261u; // FNV-1a
    static char16_t fold(char16_t u) // lower case, ’ as '
    {
        if (u < 0x80)
            return asciiFolded[u]; // one load: this runs for nearly every character of a text
        return foldWide(u);
    }
    static constexpr quint32 mix(quint32 hash, char16_t folded) { return (hash ^ folded) * prime; }
    // The hash of a literal written in folded form ("according"), known at compile time.
    template<qsizetype N> static constexpr quint32 hashOfFolded(const char16_t (&folded)[N])
    {
        quint32 hash = basis;
        for (qsizetype k = 0; k + 1 < N; ++k)
            hash = mix(hash, folded[k]);
        return hash;
    }

private:
    static char16_t foldWide(char16_t u); // beyond ASCII: ’ as ', else lower case
    static constexpr std::array<char16_t, 128> asciiFolded = [] {
        std::array<char16_t, 128> folded {};
        for (char16_t c = 0; c < 128; ++c)
            folded[c] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        return folded;
    }();

    static constexpr quint32 prime = 16777619u;
    char16_t m_buffer[capacity];
    qsizetype m_size = 0;
    quint32 m_hash = basis;
};

// The extractor's case-insensitive comparison: a.compare(b, Qt::CaseInsensitive) == 0, in line while
// both are ASCII, as nearly all words compared are (the library call costs more than the
// comparison); from a character beyond ASCII on, which may fold to an ASCII letter ("ſ", the
// Kelvin sign), the library compares the rest.
inline bool equalsIgnoringCase(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    const char16_t *x = a.utf16();
    const char16_t *y = b.utf16();
    for (qsizetype k = 0, n = a.size(); k < n; ++k) {
        if ((x[k] | y[k]) >= 0x80)
            return a.sliced(k).compare(b.sliced(k), Qt::CaseInsensitive) == 0;
        if (x[k] != y[k] && FoldedWord::fold(x[k]) != FoldedWord::fold(y[k]))
            return false;
    }
    return true;
}
// The same with a literal ("the"), whose length is known when compiling: a word of another
// length costs one comparison, where a view of the literal would first be measured.
template<qsizetype N> inline bool equalsIgnoringCase(QStringView word, const char16_t (&literal)[N])
{
    return word.size() == N - 1 && equalsIgnoringCase(word, QStringView(literal, N - 1));
}

// Note: the inline code here reads characters as char16_t (QStringView::utf16()), the type
// FoldedWord and QString store them as; reading a FoldedWord's buffer through QChar right after
// writing it is an aliasing violation the optimiser does act on.

// An immutable map from words to small values, built once: open addressing over one array of
// slots, the keys in one pool of characters, hashed with FoldedWord::hashOf (callers fold keys
// and queries alike when they want case-insensitive lookups). A lookup costs one hash, usually one
// slot and one comparison, and allocates nothing; QHash<QString, …> would follow two pointers
// per probe, which shows in the extractor's profile.
template<typename Value> class WordTable final
{
public:
    // Adds a key; of several inserts of one key the last wins. Call build() after the last one:
    // slotsPerKey at least two slots per key (a power of two in all), more for a table asked
    // about nearly every word, most of them not in it, whose probes then end sooner.
    // (Its characters go straight into the pool the slots will point into, with no string per key:
    // the lexicon's tables hold tens of thousands.)
    void insert(QStringView key, const Value &value) { insert(key, FoldedWord::hashOf(key), value); }
    // A folded word as key, with the hash it carries.
    void insert(const FoldedWord &word, const Value &value) { insert(word.view(), word.hash(), value); }
    void build(qsizetype slotsPerKey = 2);
    // Makes room for this many more keys, of about this many characters each, before a batch of
    // inserts: a table of tens of thousands of keys then grows its lists once, not step by step.
    void reserve(qsizetype keys, qsizetype charactersEach)
    {
        m_pending.reserve(m_pending.size() + size_t(keys));
        m_pool.reserve(m_pool.size() + size_t(keys * charactersEach));
    }
    // Calls f(key) for every key, once built.
    template<typename F> void forEachKey(F f) const
    {
        for (const Slot &s : m_slots) {
            if (s.length)
                f(QStringView(m_pool.data() + s.offset, s.length));
        }
    }

    const Value *find(const FoldedWord &word) const { return find(word.view(), word.hash()); }
    // key as stored, with FoldedWord::hashOf(key)
    const Value *find(QStringView key, quint32 hash) const
    {
        const qsizetype i = slotOf(key, hash);
        return i < 0 ? nullptr : &m_slots.at(i).value;
    }
    // Starts loading the slot where a key with this hash would sit, so that a batch of lookups
    // waits for memory once rather than once per key (the background table is megabytes).
    void prefetch(quint32 hash) const
    {
#if defined(__GNUC__) || defined(__clang__)
        if (!m_slots.isEmpty())
            __builtin_prefetch(m_slots.constData() + (hash & quint32(m_slots.size() - 1)));
#else
        Q_UNUSED(hash);
#endif
    }

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 offset = 0;
        quint32 length = 0; // 0: empty
        Value value {};
    };
    void insert(QStringView key, quint32 hash, const Value &value)
    {
        m_pending.push_back({ hash, quint32(m_pool.size()), quint32(key.size()), value });
        m_pool.insert(m_pool.end(), key.utf16(), key.utf16() + key.size());
    }
    // The slot holding key, or -1.
    qsizetype slotOf(QStringView key, quint32 hash) const
    {
        // (The mask kept by build(): a load, where the list's size is one and its emptiness another.)
        const quint32 mask = m_mask;
        if (mask == 0)
            return -1; // not built (an empty key matches no slot: the probe ends at an empty one)
        const Slot *slots = m_slots.constData();
        for (quint32 i = hash & mask;; i = (i + 1) & mask) {
            const Slot &s = slots[i];
            if (!s.length)
                return -1;
            if (s.hash == hash && s.length == quint32(key.size())
                && sameChars(key.utf16(), m_pool.data() + s.offset, key.size()))
                return i;
        }
    }

    QList<Slot> m_slots; // a power of two, at most half full
    quint32 m_mask = 0; // m_slots.size() - 1 once built (sixteen slots or more), else 0
    struct Pending
    {
        quint32 hash = 0; // FoldedWord::hashOf(key)
        quint32 offset = 0; // into m_pool
        quint32 length = 0;
        Value value {};
    };
    std::vector<char16_t> m_pool; // every key inserted, one after another
    std::vector<Pending> m_pending; // until build()
};

template<typename Value> void WordTable<Value>::build(qsizetype slotsPerKey)
{
    const std::vector<Pending> entries = std::move(m_pending);
    m_pending = {};
    qsizetype size = 16;
    while (size < std::max<qsizetype>(2, slotsPerKey) * qsizetype(entries.size()))
        size *= 2;
    m_slots = QList<Slot>(size);
    m_mask = quint32(size - 1);
    Slot *slots = m_slots.data();
    for (const Pending &entry : entries) {
        const char16_t *word = m_pool.data() + entry.offset;
        const quint32 hash = entry.hash;
        // One probe: the key's slot when it was inserted before (the later value wins), else the
        // first empty one.
        const quint32 mask = quint32(size - 1);
        quint32 i = hash & mask;
        while (slots[i].length
               && !(slots[i].hash == hash && slots[i].length == entry.length
                    && sameChars(word, m_pool.data() + slots[i].offset, entry.length)))
            i = (i + 1) & mask;
        if (slots[i].length)
            slots[i].value = entry.value;
        else
            slots[i] = { hash, entry.offset, entry.length, entry.value };
    }
}

// Whether a word may be one of a set of folded keys, by its first two and its last characters and
// its length: a test in a few instructions that passes for every key and turns most other words
// away (a bit per shape, 65,536 of them: a table of a few thousand keys sets one bit in ten). For
// the larger word tables, whose keys share the first letters and lengths of most words.
class WordShapeFilter final
{
public:
    void add(QStringView folded)
    {
        const char16_t *chars = folded.utf16();
        const qsizetype n = folded.size();
        const quint32 bit = index(chars[0], n > 1 ? chars[1] : 0, chars[n - 1], n);
        m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }
    // The word as written, folded as FoldedWord folds it.
    Q_ALWAYS_INLINE bool mayHoldFolding(QStringView word) const
    {
        const qsizetype n = word.size();
        if (n == 0)
            return false;
        const char16_t *chars = word.utf16();
        const quint32 bit = index(FoldedWord::fold(chars[0]), n > 1 ? FoldedWord::fold(chars[1]) : 0,
                                  FoldedWord::fold(chars[n - 1]), n);
        return m_bits[bit / 64] & (quint64(1) << (bit % 64));
    }

private:
    static quint32 index(char16_t first, char16_t second, char16_t last, qsizetype length)
    {
        return ((first * 0x9E3779B1u) ^ (second * 0x27D4EB2Fu) ^ (last * 0x85EBCA77u)
                ^ (quint32(length) * 0xC2B2AE3Du))
            >> 16;
    }
    std::array<quint64, 65536 / 64> m_bits {};
};

// A closed list of words (stop words, titles, verbs...), looked up by their folded form.
class WordSet final
{
public:
    WordSet(std::initializer_list<const char16_t *> words);
    // The union of other sets, for one lookup where several would be made.
    WordSet(std::initializer_list<const WordSet *> sets);
    explicit WordSet(const QStringList &words);

    // Case-insensitive, ’ and ' alike. (The filter in line, the folding and the lookup out of line:
    // the extractor asks its many lists about most words it reads, most stop at the filter, and a
    // call for every word cost more than the filter.)
    Q_ALWAYS_INLINE bool contains(QStringView word) const
    {
        return word.size() > 0 && m_foldedShapes.mayHold(FoldedWord::fold(word.utf16()[0]), word.size())
            && containsFolding(word);
    }
    bool contains(const FoldedWord &word) const { return m_folded.find(word) != nullptr; }
    bool containsFolded(QStringView folded, quint32 hash) const { return m_folded.find(folded, hash) != nullptr; }
    // The word exactly as listed (for lists of proper names, "May" the month but not "may").
    // (In line the filter, out of line the lookup, as contains().)
    Q_ALWAYS_INLINE bool containsExact(QStringView word) const
    {
        return word.size() > 0 && m_exactShapes.mayHold(word.utf16()[0], word.size()) && containsHashing(word);
    }

private:
    bool containsFolding(QStringView word) const;
    bool containsHashing(QStringView word) const;
    // The lengths of the keys by their first character, as bits: most words asked about are in no
    // list, and most of those differ from every key in first character or length, which this tells
    // in a few instructions, where folding and hashing the word costs a few per character.
    // Characters share a row by their low five bits, lengths from 63 on the last bit: a test that
    // may pass for a word not listed, never fails for one listed.
    class Shapes final
    {
    public:
        void add(QStringView key) { m_lengths[row(key.utf16()[0])] |= bit(key.size()); }
        bool mayHold(char16_t first, qsizetype length) const { return m_lengths[row(first)] & bit(length); }

    private:
        static qsizetype row(char16_t first) { return first & 31; }
        static quint64 bit(qsizetype length) { return quint64(1) << std::min<qsizetype>(length, 63); }
        std::array<quint64, 32> m_lengths {};
    };
    void insert(QStringView word);
    void build();

    WordTable<char> m_folded;
    WordTable<char> m_exact; // keyed by the word as written, hashed the same way
    Shapes m_foldedShapes; // of m_folded's keys
    Shapes m_exactShapes; // of m_exact's keys
};

} // namespace Quoteshelf::Extract
