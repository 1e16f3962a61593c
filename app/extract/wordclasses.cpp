#include "extract/wordclasses.h"

#include "extract/wordset.h"

namespace Quoteshelf::Extract::WordClass {

bool oneOf(QStringView w, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *candidate : words) {
        if (w.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Adverbs and auxiliaries that sit between a subject and its cue: "he also said", "has told".
bool isVerbFiller(QStringView w)
{
    static const WordSet words { u"also",    u"then",  u"later",   u"has",        u"had",         u"have",
                                 u"was",     u"is",    u"would",   u"will",       u"once",        u"again",
                                 u"further", u"first", u"never",   u"previously", u"not",         u"did",
                                 u"does",    u"had",   u"earlier", u"since",      u"subsequently" };
    if (!isLower(w))
        return false;
    return (endsWith(w, u"ly") && w.size() > 4) || words.contains(w);
}

// Words after which a noun phrase's head is complete: "an insider familiar with the talks".
bool isPostModifierStart(QStringView w)
{
    static const WordSet words { u"with",  u"of",   u"for", u"familiar", u"close",    u"at",      u"in",
                                 u"on",    u"from", u"to",  u"who",      u"involved", u"briefed", u"knowledgeable",
                                 u"based", u"near" };
    return words.contains(w);
}

// Time phrases between a subject and its cue: "Trump on Saturday tweeted", "she said last week".
bool isTemporal(QStringView w)
{
    static const WordSet words { u"monday",  u"tuesday", u"wednesday", u"thursday",  u"friday",    u"saturday",
                                 u"sunday",  u"january", u"february",  u"march",     u"april",     u"june",
                                 u"july",    u"august",  u"september", u"october",   u"november",  u"december",
                                 u"night",   u"morning", u"evening",   u"afternoon", u"week",      u"weekend",
                                 u"month",   u"year",    u"ago",       u"today",     u"yesterday", u"tonight",
                                 u"days",    u"weeks",   u"months",    u"years",     u"earlier",   u"later",
                                 u"recently" };
    return words.contains(w);
}

bool isTemporalFiller(QStringView w)
{
    static const WordSet words { u"on",    u"last",    u"this", u"next", u"early", u"late", u"in",  u"two",
                                 u"three", u"several", u"few",  u"a",    u"the",   u"past", u"over" };
    return isTemporal(w) || words.contains(w) || (!w.isEmpty() && w.front().isDigit());
}

// Capitalised words that open a sentence's adverbial phrase, not its subject.
bool isLeadingAdverbial(QStringView w)
{
    static const WordSet words { u"hours",   u"minutes", u"moments", u"early",  u"late",
                                 u"shortly", u"soon",    u"asked",   u"hastily" };
    return isTemporal(w) || words.contains(w);
}

bool isPreposition(QStringView w)
{
    static const WordSet words { u"in",     u"on",    u"at",     u"by",   u"with",    u"from",  u"for",   u"of", u"to",
                                 u"during", u"after", u"before", u"into", u"through", u"under", u"about", u"via" };
    return words.contains(w);
}

bool takesListener(QStringView w)
{
    static const WordSet words { u"told",    u"tells",    u"telling", u"tell",    u"informed",
                                 u"assured", u"reminded", u"warned",  u"promised" };
    return words.contains(w);
}

} // namespace Quoteshelf::Extract::WordClass
