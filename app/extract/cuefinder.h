#pragma once

#include "extract/quotecontext.h"
#include "extract/quotescanner.h"
#include "extract/tokenizer.h"

namespace Quoteshelf::Extract {

class MentionParser;

// Looks for the reporting cue and speaker of one quotation in the text around it:
//   after it:   "…," X said / "…," said X / "…" Trump said. / …, the Daily Caller reports.
//   before it:  X said: "…" / X said, "…" / according to X, "…" / as X put it: "…" /
//               X said that the plan was "…" (mixed) / X told reporters: "…" / X, role, said
//   a colon:    Frank quotes former adviser Alfred Kahn: "…"
class CueFinder final
{
public:
    CueFinder(const QString &text, const ArticleTokens &tokens);

    Cue after(const QuoteContext &context) const;
    Cue atSentenceEnd(const QuoteContext &context) const;
    // colon: token index of the ":" that introduces the quotation; lo: the sentence start.
    Cue fromColon(int paragraph, qsizetype lo, qsizetype colon) const;
    // [lo, hi): the tokens before the quotation; subjectLo: where its sentence starts, which may
    // be before an earlier quotation.
    Cue before(int paragraph, qsizetype lo, qsizetype hi, qsizetype subjectLo) const;

private:
    // A verb of saying whose "that"-clause holds the cue at inner, with its subject.
    Cue outerSpeech(const MentionParser &parser, qsizetype inner, qsizetype innerSubject, qsizetype lo, qsizetype hi,
                    qsizetype trailing, bool introduced) const;
    Cue at(const MentionParser &parser, qsizetype verb, qsizetype lo, qsizetype hi, qsizetype trailing,
           bool introduced) const;
    QString phrase(const MentionParser &parser, qsizetype verb, qsizetype hi, qsizetype *after = nullptr) const;

    const QString &m_text;
    const ArticleTokens &m_tokens;
};

} // namespace Quoteshelf::Extract
