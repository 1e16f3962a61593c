#pragma once

#include "extract/draft.h"
#include "extract/quotescanner.h"
#include "extract/tokenizer.h"

#include <QStringList>

namespace Quoteshelf::Extract {

class MentionParser;

// Turns quoted spans into direct and mixed quotes with their cue and speaker mention, following
// the attribution patterns of news writing:
//   "…," X said / "…," said X / X said: "…" / according to X, "…" / as X put it: "…"
//   "…," he said. "…"  (one quotation interrupted by its attribution)
//   X said the plan was "a disaster."  (mixed: the span is the whole reported clause)
//   a paragraph holding only a quotation continues the quotation of the paragraph before.
// Short quoted words with no speech cue and title-case phrases are scare quotes or titles.
class QuoteAttributor final
{
public:
    QuoteAttributor(const QString &text, const QList<Span> &paragraphs,
                    const QList<QList<Token>> &tokens);

    void run(const QList<QuotedSpan> &spans, QList<DraftQuote> *drafts, QStringList *scareQuotes) const;

private:
    struct Cue
    {
        bool found = false;
        bool direct = false;        // the cue introduces the quotation itself, not a clause
        QString text;
        Mention mention;
        qsizetype clauseStart = -1; // mixed quotes: where the reported clause starts (UTF-16)
        qsizetype clauseEnd = -1;   // ... and ends, when the attribution closes the sentence
    };
    struct Local
    {
        int paragraph = 0;
        int lastParagraph = 0;
        qsizetype openIndex = -1;   // token indices in the paragraph of the marks
        qsizetype closeIndex = -1;
        qsizetype before = 0;       // first token of the sentence before the quotation
        qsizetype afterEnd = 0;     // token index ending the sentence after it (exclusive)
        int words = 0;
        bool endsSentence = false;  // the quoted words end with . ? !
        bool closesSentence = false; // ... and nothing of that sentence follows the closing mark
        int wordsAfter = 0;         // words between the closing mark and afterEnd
        bool endsClause = false;    // … with , ? ! — (a quotation followed by its attribution)
        bool titleCase = false;
    };

    Local locate(const QList<QuotedSpan> &spans, int k, qsizetype floor) const;
    Cue cueAfter(const Local &local) const;
    // "…the “Fight for $15” movement plans to protest, the Daily Caller reports."
    Cue cueAtSentenceEnd(const Local &local) const;
    // "Frank quotes former Carter adviser Alfred Kahn: “…”": a colon hands over to the subject.
    Cue cueFromColon(const Local &local) const;
    Cue cueBefore(int paragraph, qsizetype lo, qsizetype hi) const;
    Cue cueAt(const MentionParser &parser, qsizetype verb, qsizetype lo, qsizetype hi, qsizetype trailing,
              bool introduced) const;
    QString cuePhrase(const MentionParser &parser, qsizetype verb, qsizetype hi) const;
    qsizetype tokenAt(int paragraph, qsizetype position) const;
    int wordCount(qsizetype from, qsizetype to) const;

    const QString &m_text;
    const QList<Span> &m_paragraphs;
    const QList<QList<Token>> &m_tokens;
};

} // namespace Quoteshelf::Extract
