#pragma once

#include "extract/draft.h"
#include "extract/nameindex.h"
#include "extract/quotescanner.h"
#include "extract/tokenizer.h"

#include <QHash>

#include <limits>

namespace Quoteshelf::Extract {

// Decides who each speaker mention refers to and builds the article's speaker list:
//   "he"/"she" -> the person who is the subject of the nearest earlier sentence or quotation;
//   a bare surname -> the longest earlier full name ending with it ("Al-Ansari" -> "Majed Al-Ansari");
//   "the senior US official" -> an earlier anonymous source with the same head noun, while an
//   indefinite "an unnamed US official" introduces a new one;
//   "the spokesperson" -> a named speaker whose role is a spokesperson.
// Roles come from titles ("President") and appositives ("X, the national security adviser, ...").
class SpeakerResolver final
{
public:
    // spans: the quotations, whose words are never antecedents ("Get your sledgehammers...").
    // names: where the name index keeps what it builds (see NameIndex::Storage).
    SpeakerResolver(const QString &text, const ArticleTokens &tokens, const QList<QuotedSpan> &spans,
                    NameIndex::Storage &names);

    // Fills Quote::speaker, speakerIndex and mention fields of quotes (parallel to drafts) and
    // returns the speakers that have at least one quote.
    QList<Speaker> resolve(const QList<DraftQuote> &drafts, QList<Quote> *quotes) const;

    const NameIndex &names() const { return m_names; }

private:
    struct Entity
    {
        QString name;
        QString role;
        Speaker::Kind kind = Speaker::Kind::Person;
        QStringList aliases;
        QString head; // head noun of an anonymous description
        int quoteCount = 0;
        bool personEvidence = false;
        int pronounGender = 0; // as Lexicon::firstNameGender: "he" or "she" meant this entity before
    };

    // The entities found so far, indexed by the last word of their names and aliases.
    struct EntityTable
    {
        QList<Entity> entities;
        QHash<QString, QList<int>> byLastWord;
        // The reported words of the quote being attributed when its cue comes after them ("X has
        // ordered an inquiry, she added"): no one first named in them is the pronoun of its own
        // cue ("Ms. Olivieri has spent her life in Washington Heights, she said" is hers).
        qsizetype reportedStart = -1, reportedEnd = -1;
        void index(int entity, const QString &name);
    };

    // asWritten: the name as written is the key ("McDonald's", "No 10"), with no possessive or
    // leading word to drop.
    int resolveName(QStringView name, qsizetype position, EntityTable *table, bool asWritten = false) const;
    // Whom a definite description matching no one else may tell more about ("…," said the
    // accountant): the entity that spoke last in the same paragraph or, failing one, the latest
    // speaker or subject of this paragraph and the one before (a name run not resolved yet).
    struct Antecedent
    {
        int entity = -1;
        const NameIndex::NameRun *run = nullptr;
        bool crossesParagraph = false; // not one who spoke in the same paragraph
        bool valid() const { return entity >= 0 || run; }
    };
    int resolveDescription(const QString &description, qsizetype position, int paragraph, EntityTable *table,
                           const Antecedent *before = nullptr) const;
    // The name a definite description refers back to ("the company" -> "Acme Corp.", "the
    // minister" -> the person last given that role), or null.
    // "Thames Water's chief executive": the run is the possessor of a company's officer.
    bool possessesExecutive(const NameIndex::NameRun &run) const;
    // The letters of the word after the spaces from end on (empty at punctuation).
    QStringView wordAfter(qsizetype end) const;
    // Whether an appositive opens at end (", a …", ", an …"): someone introduced there.
    bool appositiveFollows(qsizetype end) const;
    const NameIndex::NameRun *antecedentFor(const QString &description, const QString &head, qsizetype position,
                                            int paragraph) const;
    // "a Reuters poll" -> "Reuters": who published the document a description names, or empty.
    QString publisherOf(QStringView description) const;
    struct Recent
    {
        qsizetype position = 0;
        int entity = -1;
        bool saidIt = false; // "Acme Ferries said it would …": the speaker speaks of itself as "it"
        qsizetype reportedStart = 0, reportedEnd = 0; // the words reported: "… added that Gordon had been …"
    };
    // Whether a name with run's surname stands anywhere before the position.
    bool namedBefore(const NameIndex::NameRun &run, qsizetype before) const;
    // gender: +1 for "he", -1 for "she" (Lexicon::firstNameGender), 0 to accept anyone.
    int resolvePronoun(qsizetype position, int paragraph, int gender, const QList<Recent> &recentSpeakers,
                       EntityTable *table) const;
    int previousSubject(int paragraph, EntityTable *table) const;
    // The last named subject of a paragraph, before a position, that is not a place, or null.
    const NameIndex::NameRun *lastSubjectOf(int paragraph, qsizetype before = std::numeric_limits<qsizetype>::max()) const;
    int resolveMention(const Mention &mention, int paragraph, const QList<Recent> &recent, EntityTable *table) const;
    // The mention of the quotation after drafts[i] when only "and" or punctuation joins them in
    // one sentence ("“A” and “B,” Vale said"); null otherwise.
    const Mention *nextInSentence(const QList<DraftQuote> &drafts, int i) const;
    // A person's sex as their first name or a title says it (Lexicon::firstNameGender), 0 unknown.
    int nameGender(const QString &name) const;
    bool genderAllows(const QString &name, qsizetype position, int gender) const;
    // What pronoun resolution asks of a name run, cached per run.
    struct RunFacts
    {
        bool known = false;
        bool couldBePerson = false;
        int gender = 0; // of its full name's first name, Lexicon::firstNameGender
        // Its full name reads as a person's: two words or more, opening with a first name or
        // not ending with a common plural ("Agusein Garcia", not "Netizens", "Latino Republicans").
        bool personalName = false;
    };
    const RunFacts &factsOf(const NameIndex::NameRun &run) const;

    // "Nurses at the Royal Infirmary walked out. … they said": the plural noun phrase last
    // written as a sentence subject in this or the two paragraphs before, or null. Not plural:
    // the document or body so written, for "it" ("The panel's memo seemed aimed at … it said").
    Mention groupSubjectBefore(qsizetype position, int paragraph, bool plural) const;
    // "Fans were quick to react. One wrote: …": "one fan", "another fan", or -1 with no group.
    int resolveOneOfGroup(QStringView written, qsizetype position, int paragraph, EntityTable *table) const;
    // "A 29-year-old Leeds woman was fined in July. … she wrote": a description of a person
    // whose head gives the pronoun's gender (woman, father, spokeswoman), written as the subject
    // of a sentence in this or the paragraph before, outside quotation marks; the latest, or null.
    Mention genderedSubjectBefore(qsizetype position, int paragraph, int gender) const;

    // Whether position falls inside the quoted words of a quotation.
    bool quoted(qsizetype position) const;
    // Where paragraph's first lower-case word whose noun gives this gender (roleGender: "woman",
    // "father") starts, or the largest qsizetype when none does; worked out once per paragraph,
    // however many pronouns look back at it.
    qsizetype firstGenderedNoun(int paragraph, int gender) const;

    const QString &m_text;
    const ArticleTokens &m_tokens;
    const QList<QuotedSpan> &m_spans;
    const NameIndex m_names;
    mutable QList<RunFacts> m_runFacts; // parallel to m_names.runs()
    mutable QHash<QString, int> m_roleGender; // full name -> the gender its role gives
    mutable QList<qsizetype> m_genderedNouns; // per paragraph: firstGenderedNoun for -1 and +1; -1 unknown
};

} // namespace Quoteshelf::Extract
