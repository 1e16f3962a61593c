#pragma once

#include "extract/draft.h"
#include "extract/quotescanner.h"
#include "extract/tokenizer.h"

namespace Quoteshelf::Extract {

// Reported speech without quotation marks, precision first: only cues the corpus shows to be
// reliable (Lexicon::isIndirectCue) with a speaker that parses as a subject.
//   X said (that) CLAUSE.      According to X, CLAUSE.      CLAUSE, according to X.
//   CLAUSE, X said.
// Sentences that already hold a direct or mixed quote are left alone.
class IndirectFinder final
{
public:
    IndirectFinder(const QString &text, const ArticleTokens &tokens);

    void run(const QList<DraftQuote> &quoted, QList<DraftQuote> *drafts) const;

private:
    bool sentence(int paragraph, qsizetype from, qsizetype to, DraftQuote *draft) const;

    const QString &m_text;
    const ArticleTokens &m_tokens;
};

} // namespace Quoteshelf::Extract
