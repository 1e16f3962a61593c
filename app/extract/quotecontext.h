#pragma once

#include "extract/draft.h"

namespace Quoteshelf::Extract {

// Where one quotation sits among its paragraph's tokens, and what its words look like.
struct QuoteContext
{
    int paragraph = 0;
    int lastParagraph = 0;
    qsizetype openIndex = -1; // token indices in the paragraph of the marks
    qsizetype closeIndex = -1; // in lastParagraph; -1 when never closed
    qsizetype before = 0; // first token of the sentence before the quotation
    qsizetype sentenceStart = 0; // first token of the sentence, earlier quotations or not
    qsizetype afterEnd = 0; // token index ending the sentence after it (exclusive)
    // Words in the quotation, counted no further than QuoteAttributor::wordsCounted: what is asked
    // of it is whether it holds a few (8 at most), and a long quotation need not be read to the end.
    int words = 0;
    int wordsAfter = 0; // words between the closing mark and afterEnd
    bool endsSentence = false; // the quoted words end with . ? !
    bool closesSentence = false; // ... and nothing of that sentence follows the closing mark
    bool endsClause = false; // … with , ? ! — (a quotation followed by its attribution)
    bool titleCase = false;
};

// A reporting cue found around a quotation.
struct Cue
{
    bool found = false;
    bool direct = false; // the cue introduces the quotation itself, not a clause
    bool speech = false; // a verb of saying (Lexicon::isSpeechCue), not "urged" or "praised"
    // Only the quoted words are the source's, never the sentence around them: "…,” as the memo
    // put it.
    bool wordsOnly = false;
    QString text;
    Mention mention;
    qsizetype clauseStart = -1; // mixed quotes: where the reported clause starts (UTF-16)
    qsizetype clauseEnd = -1; // ... and ends, when the attribution closes the sentence
};

} // namespace Quoteshelf::Extract
