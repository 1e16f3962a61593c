#pragma once

#include <QStringView>

#include <initializer_list>

// Closed word classes MentionParser reads noun phrases with (no part-of-speech tagger): small
// hand-written lists, compared case-insensitively.
namespace Quoteshelf::Extract::WordClass {

bool oneOf(QStringView w, std::initializer_list<const char16_t *> words);
// Adverbs and auxiliaries between a subject and its cue: "he also said", "has told".
bool isVerbFiller(QStringView w);
// Words after which a noun phrase's head is complete: "an insider familiar with the talks".
bool isPostModifierStart(QStringView w);
// Time words: "Trump on Saturday tweeted", "she said last week".
bool isTemporal(QStringView w);
bool isTemporalFiller(QStringView w);
// Capitalised words that open a sentence's adverbial phrase, not its subject: "Hours later,".
bool isLeadingAdverbial(QStringView w);
bool isPreposition(QStringView w);
// Cues whose object is the listener, not the speaker: "told CBS News", "assured reporters".
bool takesListener(QStringView w);

} // namespace Quoteshelf::Extract::WordClass
