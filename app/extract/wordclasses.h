#pragma once

#include "extract/wordset.h"

#include <QStringView>

#include <limits>

// Closed word classes MentionParser reads noun phrases with (no part-of-speech tagger): small
// hand-written lists, compared case-insensitively.
namespace Quoteshelf::Extract::WordClass {

// One of the literals, case aside: oneOf(w, u"said", u"says"). Inline, each literal's length known
// when compiling, so that a word is compared only with literals of its own length (the parsers ask
// this of most words they read).
template<qsizetype... N> inline bool oneOf(QStringView w, const char16_t (&...words)[N])
{
    return ((w.size() == N - 1 && equalsIgnoringCase(w, QStringView(words, N - 1))) || ...);
}
// A form of "be": before a past participle it makes a passive ("was hailed"), before a
// participle in -ing a verb going on ("is describing").
inline bool isBeForm(QStringView w)
{
    return oneOf(w, u"is", u"was", u"are", u"were", u"be", u"been", u"being");
}
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
// Verbs in the past not made with -ed: "said officers found the man".
bool isIrregularPast(QStringView w);
// "Office", "Department", "Ministry": a body's first word that "of the" may follow inside its name
// ("the Office of the Chief Coroner").
bool opensBodyOfThe(QStringView w);
// Words that open a subordinate clause or phrase before the main clause: "When asked, she said",
// "Before the vote, Vale told…".
bool isSubordinator(QStringView w);
// Pronouns of quantity: "Others reported", "Several said" (never a name; a group that speaks).
bool isQuantityPronoun(QStringView w);
// Days and months, also abbreviated ("Feb.", "Sept."): "said Thursday".
bool isCalendarWord(QStringView w);
// "New Zealand", "The New York Times", "First Nations", "Los Angeles": a word that opens names.
bool opensName(QStringView w);
// "Republican", "Tory", "Kenyan", "Pakistani": a party's member or a nationality, by its word or
// its ending.
bool namesMemberOrNationality(QStringView w);
// "Fédération", "Société", "Ministère": a French institution's first word, whose name runs on in
// lower case ("Société de transport de Montréal").
bool isFrenchInstitution(QStringView w);
// "de", "des", "du", "la", "et": the small words inside such a name.
bool isFrenchParticle(QStringView w);
// "Members", "Residents": a common noun's plural (frequent in English, no organisation's word), which
// a sentence's first capital does not make a name ("Members of Northfield Borough Council voted").
bool isCommonPlural(QStringView w);
// People of a place or an event, who speak as a group when they open a sentence ("Neighbors told
// KTLA", "Witnesses said"): no surname is written so ("Fields said" is Michelle Fields).
bool namesLocalGroup(QStringView w);
// "Monday" … "Sunday".
bool isWeekday(QStringView w);
// "Super Tuesday", "Good Friday": a word that makes a day's name with the day after it.
bool namesDay(QStringView w);
// Cues whose object is the listener, not the speaker: "told CBS News", "assured reporters".
bool takesListener(QStringView w);
// Capitalised words that never name a source on their own: numbers ("Fifty-one"), sentence
// adverbs ("Nonetheless"), days, the function words of the languages news is written in ("Il",
// "Une", "Le", "Der", "Não"), prepositions ("Across"), media nouns ("TV"), currencies ("Rs") and
// time zones ("GMT"). Closed classes, compared case-insensitively.
bool isNeverAName(QStringView w);
// "Famously, the singer…", "Tellingly, …": a dictionary word in -ly that opens a sentence before
// its comma is an adverb, unless it is also a first name ("Holly, 34, said"). Ask only there:
// "Lively" and "Early" are surnames too.
bool isCommaAdverb(QStringView w);
// “My Heart Will Go On”, “CBS This Morning”: every word longer than three letters, and every
// capitalised one, is capitalised, and there is at least one; false beyond maxWords words.
bool isTitleCased(QStringView phrase, int maxWords = std::numeric_limits<int>::max());
// Numbers written as words: "eight", "Fifty-one", "dozens".
bool isNumberWord(QStringView w);
// Articles, pronouns, conjunctions and prepositions of the other languages news is written in
// (French, German, Spanish, Portuguese, Italian, Dutch): "des", "sur", "der", "und", "não".
bool isForeignFunctionWord(QStringView w);
// The last word of a place's name: "Whangārei Harbour", "Bondi Beach", "Mount Cook".
bool isPlaceHead(QStringView w);
// The first word of a place's name: "Fort Pierce", "Lake Placid", "Port Louis".
bool isPlacePrefix(QStringView w);
// Verbs that name or judge something with the quoted words: "called it “chaos”", "dismissed the
// report as “fiction”", "branded them “cowards”".
bool isNamingVerb(QStringView w);
// "terming", "dubbing", "labelling": the participle of a verb of naming.
bool isNamingParticiple(QStringView w);
// Imperatives that open page furniture before a name: "See Facebook for …", "Follow Acme on …".
bool isImperativeVerb(QStringView w);
// A name of more than one word that names a place by its kind ("Whangārei Harbour", "Fort
// Pierce"), unless it opens with a known first name ("Fiona Hill", "Frank Ocean").
bool namesPlaceByKind(QStringView name);
// Documents that carry someone's words: "a Reuters poll found", "the Acme statement said".
bool isDocumentNoun(QStringView w);
// Head nouns of a description that refers back to an organisation: "the company", "the firm".
bool namesCompany(QStringView w);
// ... of which those that mean a business: "the company", "the firm", "the carmaker".
bool isCompanyNoun(QStringView w);

// A noun for what someone does, by its ending: "forecaster", "regulator", "economist", "historian"
// (more than five letters).
bool endsLikeAgentNoun(QStringView w);
// "41-year-old": an age, which as a noun ("the 41-year-old said") names one person.
bool isAge(QStringView w);

// "said", "says", "told", "warned": a reporting word in a form that is only a verb after a name
// ("McDonald's said"), unlike "claims", "comments" or "remarks", which are nouns there too.
bool isFiniteCueForm(QStringView word);

} // namespace Quoteshelf::Extract::WordClass
