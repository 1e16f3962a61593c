#pragma once

#include "extract/cuefinder.h"
#include "extract/draft.h"
#include "extract/quotescanner.h"
#include "extract/tokenizer.h"

#include <QStringList>

namespace Quoteshelf::Extract {

// Turns quoted spans into direct and mixed quotes with their cue and speaker mention, following
// the attribution patterns of news writing:
//   "…," X said / "…," said X / X said: "…" / according to X, "…" / as X put it: "…"
//   "…," he said. "…"  (one utterance interrupted by its attribution: two quotes, one group)
//   X said the plan was "a disaster."  (mixed: the span is the whole reported clause)
//   a paragraph holding only a quotation is the same speaker as the quotation before it.
// Short quoted words with no speech cue and title-case phrases are scare quotes or titles.
class QuoteAttributor final
{
public:
    QuoteAttributor(const QString &text, const QList<Span> &paragraphs, const ArticleTokens &tokens);

    void run(const QList<QuotedSpan> &spans, QList<DraftQuote> *drafts, QStringList *scareQuotes) const;

private:
    QuoteContext locate(const QList<QuotedSpan> &spans, int k, qsizetype floor) const;
    qsizetype tokenAt(int paragraph, qsizetype position) const;
    // The quotation that resumes the utterance of spans[k] after its attribution ("…," he said.
    // "…"), or -1.
    int resumingStretch(const QList<QuotedSpan> &spans, int k, const QuoteContext &local, const Mention &mention,
                        const QList<bool> &consumed) const;
    // Nothing but its attribution follows the draft's last quoted stretch in its paragraph.
    bool endsItsParagraph(const DraftQuote &d) const;
    // The words in [from, to), counted up to wordsCounted: the tests on a quotation's length ask
    // whether it holds 8 words or fewer, and most quotations are far longer.
    static constexpr int wordsCounted = 9;
    int wordCount(qsizetype from, qsizetype to) const;

    const QString &m_text;
    const QList<Span> &m_paragraphs;
    const ArticleTokens &m_tokens;
    const CueFinder m_cues;
};

} // namespace Quoteshelf::Extract
