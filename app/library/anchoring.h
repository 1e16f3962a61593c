#pragma once

#include <QString>

namespace Quoteshelf::Library {

// Where a highlight sits in an article's text, as stored: the W3C TextQuoteSelector (exact text
// with up to ContextLength code points of prefix and suffix) and TextPositionSelector
// ([start, end) in code points).
struct TextSelector
{
    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0;
    qsizetype end = 0;
};

enum class AnchorMethod {
    Position, // the exact text is still at its old offsets (and no other occurrence fits its context better)
    Context, // the exact text was found elsewhere; the occurrence with the best context won
    Fuzzy, // an approximate match of the text, similarity >= FuzzyThreshold
    Orphan, // not found: the caller keeps the highlight, marked orphaned, with its old selector
};

struct AnchorResult
{
    AnchorMethod method = AnchorMethod::Orphan;
    qsizetype start = -1; // code points into the new text; -1 for orphans
    qsizetype end = -1;
    double similarity = 0.0; // 1 for exact matches
    bool found() const { return method != AnchorMethod::Orphan; }
};

// Pure functions for (re-)anchoring highlights on a text that may have changed (re-import of an
// edited page). The order of attempts follows Hypothesis: position, then exact text with context,
// then fuzzy, then orphan. A highlight is never dropped; the worst outcome is an orphan.
namespace Anchoring {

inline constexpr int ContextLength = 32;
// Minimum similarity (1 - Levenshtein distance / longer length, in code points) of a fuzzy match
// to the stored exact text. 0.75 keeps a quote with a word or two changed and refuses a different
// sentence of the same shape.
inline constexpr double FuzzyThreshold = 0.75;
// Short highlights (fewer code points than this) change meaning with a single edit; a fuzzy match
// of one is only accepted when its surroundings also match (context similarity >= 0.5).
inline constexpr int ShortFuzzyLength = 16;

// The selector for [start, end) of text (code points, clamped to the text).
TextSelector selectorFor(const QString &text, qsizetype start, qsizetype end, int contextLength = ContextLength);

// Finds the selector in text (which may differ from the text it was made on).
AnchorResult anchor(const TextSelector &selector, const QString &text);

// 0..1 similarity of two strings by code-point Levenshtein distance; 1 when both are empty.
double similarity(const QString &a, const QString &b);

QString methodName(AnchorMethod method);

} // namespace Anchoring

} // namespace Quoteshelf::Library
