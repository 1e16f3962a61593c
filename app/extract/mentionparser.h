#pragma once

#include "extract/draft.h"
#include "extract/tokenizer.h"

namespace Quoteshelf::Extract {

// Reads the noun phrase that names a speaker around a reporting cue, using only punctuation,
// capitalisation and the closed word lists of Lexicon (no part-of-speech tagger).
// All indices are token indices into one paragraph's token list.
class MentionParser final
{
public:
    MentionParser(const QString &text, TokenSpan tokens);

    // The subject of the cue at verbIndex, not looking before lo: "Al-Ansari stated",
    // "Jake Sullivan, the national security adviser, said", "he remains hopeful, stating".
    Mention subjectBefore(qsizetype verbIndex, qsizetype lo) const;
    // The speaker after an inverted cue: "said Democratic pollster Geoff Garin, who...".
    Mention phraseAfter(qsizetype index, qsizetype hi) const;
    // What to do with a subordinate clause opening the sentence ("When Trump spoke, he…").
    enum class Opening {
        SkipSubordinate, // the main clause's subject speaks: "Before the vote, Vale said"
        ReadSubordinate, // the first subject is salient: "When Trump spoke, …" -> Trump
    };
    // The subject that opens the clause [lo, hi): skips "However," and leading phrases.
    Mention clauseSubject(qsizetype lo, qsizetype hi, Opening opening = Opening::SkipSubordinate) const;
    // "campaign manager Robby Mook" from roleFirst: the name after a role in lower case, with the
    // words from roleTextFirst as its role; nothing when no role and name follow. The role needs a
    // speaker noun ("compared himself to Clinton" is a verb and its objects) unless anyNoun.
    Mention nameAfterRole(qsizetype roleFirst, qsizetype hi, qsizetype roleTextFirst, bool anyNoun = false) const;
    // Whether the words before the "of" at index of are a person's name ("Meera Nair of Oxfam"),
    // which the "of" does not join to what follows.
    bool personBeforeOf(qsizetype of) const;
    // The name whose first word is at first, with its particles ("Ann de Vale").
    Mention nameRunFrom(qsizetype first, qsizetype hi) const;
    // A noun phrase exactly covering [lo, hi) when it reads as one ("the senior US official").
    Mention wholePhrase(qsizetype lo, qsizetype hi) const;
    // "Majed Al-Ansari, spokesperson for ..., " -> the appositive after the name ending at index;
    // also "X, who studies rail policy at ..., " -> "studies rail policy at ...".
    QString appositiveAfter(qsizetype nameEndIndex, qsizetype hi) const;
    // "Chris Shelton, the president of the Communications Workers, which endorsed Sanders, said":
    // the person whose appositive ends in the organisation named by m, which a relative clause
    // describes; m itself when there is none.
    Mention personOwning(const Mention &m, qsizetype lo) const;
    // "But the former environment minister, Carol Vale, said": the description of an office
    // between commas right before the name whose first word (or title) is at nameStartIndex.
    QString appositiveBefore(qsizetype nameStartIndex) const;
    // "Ann Vale is the chief executive of Harbour Ferries.": the office a name is said to hold,
    // when its head is a word for someone's job; empty otherwise.
    QString copulaRole(qsizetype nameEndIndex, qsizetype hi) const;
    // "Acme regional manager Ann Vale": a role in lower case, and the body it serves, right before
    // the name that starts at token first; empty if there is none.
    QString roleBefore(qsizetype first, qsizetype lo) const;
    static bool isRoleNoun(QStringView word);
    // "her coach Elena Marsh": when token i opens a possessive and a role before a full name, the
    // name's first token; otherwise -1.
    qsizetype nameAfterPossessedRole(qsizetype i, qsizetype hi) const;

    // The word at i, empty for punctuation and outside the paragraph. (Always inline, as the
    // other small accessors: the name index alone asks for words over a million times a pass,
    // and calling out of its large loops cost more than the answer.)
    Q_ALWAYS_INLINE QStringView word(qsizetype i) const
    {
        if (!inRange(i) || !m_tokens.at(i).word)
            return {};
        return tokenText(m_text, m_tokens.at(i));
    }
    qsizetype tokenStart(qsizetype i) const { return m_tokens.at(i).start; }
    qsizetype tokenEnd(qsizetype i) const { return m_tokens.at(i).end; }
    // The index of the first token of m, which ends at token last (no earlier than lo).
    qsizetype firstTokenOf(const Mention &m, qsizetype last, qsizetype lo) const;
    // The first token of the sentence holding token i, no earlier than lo.
    qsizetype sentenceStart(qsizetype i, qsizetype lo) const
    {
        while (i > lo && !m_tokens.at(i - 1).sentenceEnd)
            --i;
        return i;
    }
    Q_ALWAYS_INLINE bool isWord(qsizetype i) const { return inRange(i) && m_tokens.at(i).word; }
    // A word holding ' or ’, as any contraction does (asked before the costlier isContraction).
    bool hasApostrophe(qsizetype i) const { return inRange(i) && m_tokens.at(i).apostrophe; }
    // A word of lower-case letters and hyphens only (Token::lowerCaseLetters): no name's, as its
    // token says without a look at its text.
    Q_ALWAYS_INLINE bool isLowerCaseWord(qsizetype i) const { return inRange(i) && m_tokens.at(i).lowerCaseLetters; }
    Q_ALWAYS_INLINE bool isPunct(qsizetype i, QChar c) const
    {
        return inRange(i) && !m_tokens.at(i).word && m_text.at(m_tokens.at(i).start) == c;
    }
    // Token i is a quotation mark a word follows at once: "“Incredibly, some …".
    bool isOpeningMark(qsizetype i) const
    {
        return i >= 0 && i + 1 < m_tokens.size() && !m_tokens.at(i).word
            && Tokenizer::isQuoteMark(m_text.at(m_tokens.at(i).start))
            && m_tokens.at(i).end == m_tokens.at(i + 1).start;
    }
    // Token i is the apostrophe of a plural possessive written apart from its word ("the drivers'
    // union", "Fox News’ Bret Baier"): ' or ’ right after a word ending in s.
    bool isDetachedPossessive(qsizetype i) const
    {
        return (isPunct(i, u'\'') || isPunct(i, u'\u2019')) && isWord(i - 1)
            && tokenText(m_text, m_tokens.at(i - 1)).endsWith(u's') && m_tokens.at(i).start == m_tokens.at(i - 1).end;
    }
    // "according to" starting at i, in either case.
    // After "Wednesday", "on Wednesday", "last week", "late Tuesday" from i: when a thing was
    // said, which is no part of what was said. Returns i when there is none.
    qsizetype afterTime(qsizetype i, qsizetype hi) const;
    Q_ALWAYS_INLINE bool isAccordingTo(qsizetype i) const
    {
        // Asked of most words of a sentence with a cue: the hash every token carries rules out
        // nearly all of them before any comparison (a word equal to "according" in either case
        // folds to it, and so has its hash).
        constexpr quint32 accordingHash = FoldedWord::hashOfFolded(u"according");
        return inRange(i) && m_tokens.at(i).hash == accordingHash && readsAccordingTo(i);
    }
    // "said Will Doyle", "met May Lund": a first name that is also a function word, inside a
    // sentence and before a capitalised word.
    bool isFirstNameAsWord(qsizetype i) const;
    // A word token of any of these Lexicon::Class bits.
    Q_ALWAYS_INLINE bool has(qsizetype i, quint32 wordClasses) const
    {
        return inRange(i) && m_tokens.at(i).is(wordClasses);
    }

private:
    // 0 <= i < the paragraph's token count, in one comparison: the parser asks it of nearly every
    // index it reads, and a negative index, taken as unsigned, is larger than any count.
    Q_ALWAYS_INLINE bool inRange(qsizetype i) const { return size_t(i) < size_t(m_tokens.size()); }
    bool readsAccordingTo(qsizetype i) const; // isAccordingTo() once the hash matches
    Mention nameRunEndingAt(qsizetype j, qsizetype lo) const;
    Mention descriptionEndingAt(qsizetype j, qsizetype lo) const;
    // "A commenter", "the hospital trust", "residents": any noun phrase opening its clause, with a
    // determiner or a plural noun alone; for the subject of a verb of saying, whatever its noun.
    Mention nounPhraseEndingAt(qsizetype j, qsizetype lo) const;
    // "local campaigners", "the opposition senators": where the words qualifying a plural noun
    // for people at j, and the determiner before them, begin (no earlier than lo).
    qsizetype qualifiedNounStart(qsizetype j, qsizetype lo) const;
    Mention make(Mention::Form form, qsizetype first, qsizetype last) const;
    // "Sen. Marco Rubio of Florida, who …": the person before "of" when the run from first is the
    // place or body they are of (personBeforeOf); otherwise run.
    Mention personOf(const Mention &run, qsizetype first, qsizetype lo) const;
    // "studies rail policy at the University of Graz": a relative clause from first to its comma.
    QString relativeRole(qsizetype first, qsizetype hi) const;
    // "Ryan’s campaign", "Rubio’s deputy campaign manager, Rich Beeson,": what a possessor
    // (the name from first to possessor) qualifies, up to hi, when that reads as a source.
    Mention possessedPhrase(qsizetype first, qsizetype possessor, qsizetype hi) const;
    bool isNameToken(qsizetype i) const;
    static bool opensOfficeBeforeAnd(QStringView w);
    // The name token before "(D-Ohio)", "(Vt.)", "(Lab)", "(Beaches—East York)", "(Ward 4)" when token
    // j closes such a label of up to four capitalised words (dashes and numbers between them) right
    // after a name; otherwise j.
    qsizetype beforeBracketLabel(qsizetype j, qsizetype lo) const;
    // "a news release from (the)", "a statement by": tokens lo to before nameFirst name a document
    // and the name after them is its author.
    bool releasedBy(qsizetype lo, qsizetype nameFirst) const;
    // "Speaking to CBC News, one Liberal MP …": whether the name ending at token last follows a
    // preposition, and so is no subject an appositive could describe.
    bool objectOfPreposition(const Mention &name, qsizetype last) const;

    const QString &m_text;
    TokenSpan m_tokens;
};

} // namespace Quoteshelf::Extract
