#pragma once

#include "extract/types.h"

namespace Quoteshelf::Extract {

// The words naming a speaker, in UTF-16 indices of the article text.
struct Mention
{
    enum class Form { None, Pronoun, Name, Description };
    Form form = Form::None;
    qsizetype start = -1; // the whole mention ("Democratic pollster Geoff Garin")
    qsizetype end = -1;
    qsizetype nameStart = -1; // what resolution keys on ("Geoff Garin"), titles dropped
    qsizetype nameEnd = -1;
    QString role; // an appositive or a title beside the name, when there is one
    bool asWritten = false; // the name is resolved as written: "McDonald's said", "No 10 said"
    bool valid() const { return form != Form::None; }
};

// A quote before speaker resolution and offset conversion (UTF-16 indices).
struct DraftQuote
{
    qsizetype start = 0;
    qsizetype end = 0;
    Quote::Kind kind = Quote::Kind::Direct;
    QString cue;
    Mention mention;
    // No cue: the subject of the sentence holding the quotation, the likeliest source of quoted
    // words embedded in a sentence ("Sanders also pledged to “…”"). Resolved only as a fallback.
    Mention subject;
    double confidence = 0.0;
    int paragraph = 0;
    int lastParagraph = 0;
    bool continuation = false; // no cue of its own: it continues an earlier quote in its paragraph
    bool opensParagraph = false; // no cue of its own and opens its paragraph
    int inheritFrom = -1; // same speaker as this earlier draft (set by Extractor once sorted)
    // Stretches of one utterance share a number (QuoteAttributor's, -1 for reported speech);
    // Extractor renumbers them into Quote::group.
    int utterance = -1;
};

} // namespace Quoteshelf::Extract
