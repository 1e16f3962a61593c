#include "library/anchoring.h"

#include "core/textoffsets.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace Quoteshelf::Library::Anchoring {

namespace {

// Everything below works on UTF-32 so that indices are code points, like the stored offsets.
using Text = std::u32string;
using View = std::u32string_view;

// Fuzzy matching of long quotes looks for their first and last HeadLength code points separately
// (cheap to search the whole article for), then aligns the whole quote around those hits only.
constexpr qsizetype LongQuote = 64;
constexpr qsizetype HeadLength = 32;
constexpr int MaxCandidates = 12;
constexpr qsizetype MaxOccurrences = 5000;

int levenshtein(View a, View b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    std::vector<int> row(b.size() + 1);
    for (size_t i = 0; i <= b.size(); ++i)
        row[i] = int(i);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

double viewSimilarity(View a, View b)
{
    const size_t longer = std::max(a.size(), b.size());
    return longer == 0 ? 1.0 : 1.0 - double(levenshtein(a, b)) / double(longer);
}

View slice(const Text &text, qsizetype from, qsizetype to)
{
    from = std::clamp<qsizetype>(from, 0, qsizetype(text.size()));
    to = std::clamp<qsizetype>(to, from, qsizetype(text.size()));
    return View(text).substr(size_t(from), size_t(to - from));
}

struct Context
{
    Text prefix;
    Text suffix;
};

// How well the stored prefix and suffix agree with what surrounds [start, end) in text, 0..1,
// weighted by their lengths. An empty prefix (a highlight at the start of the text) agrees.
double contextScore(const Context &context, const Text &text, qsizetype start, qsizetype end)
{
    const qsizetype p = qsizetype(context.prefix.size());
    const qsizetype s = qsizetype(context.suffix.size());
    if (p + s == 0)
        return 1.0;
    const double before = viewSimilarity(context.prefix, slice(text, start - p, start));
    const double after = viewSimilarity(context.suffix, slice(text, end, end + s));
    return (before * double(p) + after * double(s)) / double(p + s);
}

double proximity(qsizetype start, qsizetype oldStart, qsizetype length)
{
    return 1.0 - std::min(1.0, double(std::abs(start - oldStart)) / double(std::max<qsizetype>(length, 1)));
}

struct Hit
{
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0;
};

// Approximate occurrences of pattern in text[from, to) with at most maxDistance edits (Sellers'
// algorithm: edit distance with free start and end in the text), best first, non-overlapping.
std::vector<Hit> approximateHits(View pattern, const Text &text, qsizetype from, qsizetype to, int maxDistance)
{
    const size_t m = pattern.size();
    std::vector<int> cost(m + 1);
    std::vector<qsizetype> origin(m + 1, from);
    for (size_t i = 0; i <= m; ++i)
        cost[i] = int(i);
    std::vector<Hit> raw;
    for (qsizetype j = from; j < to; ++j) {
        const char32_t c = text[size_t(j)];
        int diagonal = cost[0];
        qsizetype diagonalOrigin = origin[0];
        cost[0] = 0;
        origin[0] = j + 1;
        for (size_t i = 1; i <= m; ++i) {
            const int above = cost[i];
            const qsizetype aboveOrigin = origin[i];
            int best = diagonal + (pattern[i - 1] == c ? 0 : 1);
            qsizetype bestOrigin = diagonalOrigin;
            if (above + 1 < best) { // an extra character in the text
                best = above + 1;
                bestOrigin = aboveOrigin;
            }
            if (cost[i - 1] + 1 < best) { // a pattern character missing from the text
                best = cost[i - 1] + 1;
                bestOrigin = origin[i - 1];
            }
            diagonal = above;
            diagonalOrigin = aboveOrigin;
            cost[i] = best;
            origin[i] = bestOrigin;
        }
        if (cost[m] <= maxDistance)
            raw.push_back({ origin[m], j + 1, cost[m] });
    }
    std::stable_sort(raw.begin(), raw.end(), [](const Hit &a, const Hit &b) { return a.distance < b.distance; });
    std::vector<Hit> hits;
    for (const Hit &hit : raw) {
        const bool overlaps = std::any_of(hits.cbegin(), hits.cend(),
                                          [&](const Hit &h) { return hit.start < h.end && h.start < hit.end; });
        if (overlaps)
            continue;
        hits.push_back(hit);
        if (hits.size() >= size_t(MaxCandidates))
            break;
    }
    return hits;
}

AnchorResult exactMatch(const TextSelector &selector, const Text &exact, const Context &context, const Text &text)
{
    AnchorResult result;
    double bestScore = -1.0;
    qsizetype count = 0;
    for (size_t at = text.find(exact); at != Text::npos && count < MaxOccurrences;
         at = text.find(exact, at + 1), ++count) {
        const qsizetype start = qsizetype(at);
        const qsizetype end = start + qsizetype(exact.size());
        // Context decides; the distance to the old position only breaks near-ties.
        const double score
            = contextScore(context, text, start, end) + 0.05 * proximity(start, selector.start, qsizetype(text.size()));
        if (score > bestScore) {
            bestScore = score;
            result = { start == selector.start ? AnchorMethod::Position : AnchorMethod::Context, start, end, 1.0 };
        }
    }
    return result;
}

AnchorResult fuzzyMatch(const TextSelector &selector, const Text &exact, const Context &context, const Text &text)
{
    const qsizetype m = qsizetype(exact.size());
    const qsizetype n = qsizetype(text.size());
    const int maxDistance = int(double(m) * (1.0 - FuzzyThreshold));
    std::vector<Hit> candidates;
    if (m <= LongQuote) {
        candidates = approximateHits(exact, text, 0, n, maxDistance);
    } else {
        const View whole(exact);
        const int partDistance = int(double(HeadLength) * (1.0 - FuzzyThreshold));
        const auto alignAround = [&](qsizetype from, qsizetype to) {
            const auto best = approximateHits(whole, text, std::max<qsizetype>(from, 0), std::min(to, n), maxDistance);
            if (!best.empty())
                candidates.push_back(best.front());
        };
        for (const Hit &head : approximateHits(whole.substr(0, HeadLength), text, 0, n, partDistance))
            alignAround(head.start, head.start + m + maxDistance);
        for (const Hit &tail : approximateHits(whole.substr(size_t(m - HeadLength)), text, 0, n, partDistance))
            alignAround(tail.end - m - maxDistance, tail.end);
    }

    AnchorResult result;
    double bestScore = -1.0;
    for (const Hit &hit : candidates) {
        const double sim = 1.0 - double(hit.distance) / double(std::max(m, hit.end - hit.start));
        if (sim < FuzzyThreshold)
            continue;
        const double ctx = contextScore(context, text, hit.start, hit.end);
        if (m < ShortFuzzyLength && ctx < 0.5)
            continue;
        const double score = 0.6 * sim + 0.3 * ctx + 0.1 * proximity(hit.start, selector.start, n);
        if (score > bestScore) {
            bestScore = score;
            result = { AnchorMethod::Fuzzy, hit.start, hit.end, sim };
        }
    }
    return result;
}

} // namespace

TextSelector selectorFor(const QString &text, qsizetype start, qsizetype end, int contextLength)
{
    const Core::TextOffsets offsets(text);
    const qsizetype length = offsets.codePointLength();
    start = std::clamp<qsizetype>(start, 0, length);
    end = std::clamp<qsizetype>(end, start, length);
    const auto mid = [&](qsizetype from, qsizetype to) {
        const qsizetype a = offsets.toUtf16(std::max<qsizetype>(from, 0));
        return text.mid(a, offsets.toUtf16(std::min(to, length)) - a);
    };
    return { mid(start, end), mid(start - contextLength, start), mid(end, end + contextLength), start, end };
}

AnchorResult anchor(const TextSelector &selector, const QString &newText)
{
    const Text text = newText.toStdU32String();
    const Text exact = selector.exact.toStdU32String();
    if (exact.empty())
        return {};
    const Context context { selector.prefix.toStdU32String(), selector.suffix.toStdU32String() };

    // 1 + 2: the exact text, at its old position or wherever its context fits best.
    const AnchorResult exactResult = exactMatch(selector, exact, context, text);
    if (exactResult.found())
        return exactResult;
    // 3: approximately the same text.
    return fuzzyMatch(selector, exact, context, text);
}

double similarity(const QString &a, const QString &b)
{
    return viewSimilarity(a.toStdU32String(), b.toStdU32String());
}

QString methodName(AnchorMethod method)
{
    switch (method) {
    case AnchorMethod::Position:
        return QStringLiteral("position");
    case AnchorMethod::Context:
        return QStringLiteral("context");
    case AnchorMethod::Fuzzy:
        return QStringLiteral("fuzzy");
    case AnchorMethod::Orphan:
        break;
    }
    return QStringLiteral("orphan");
}

} // namespace Quoteshelf::Library::Anchoring
