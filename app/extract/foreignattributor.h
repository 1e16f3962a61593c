#pragma once

#include "extract/draft.h"
#include "extract/types.h"

#include <QList>
#include <QString>

#include <functional>

namespace Quoteshelf::Extract {

// Speakers of quotations in French and German articles, where the English word classes of the
// rest of the extractor do not apply. Only what these languages' news style makes unambiguous is
// read: a reporting verb right after the quotation or before its colon ("», a déclaré Ann Vale.",
// "“, sagte Hans Vale.", "Ann Vale a déclaré : «"), "selon"/"laut" before a name, and "il"/"elle",
// "er"/"sie" or a description ("a déclaré le ministre") after such a verb for the last person
// named before the quotation (the last speaker, failing one). A speaker is always a name opening
// with a known first name (so no "Der Bürgermeister" and no "Le"); anything else stays unattributed.
class ForeignAttributor final
{
public:
    explicit ForeignAttributor(const QString &text);
    Q_DISABLE_COPY_MOVE(ForeignAttributor)

    // Fills the quotes' speaker, speakerIndex and mention; returns the speakers.
    QList<Speaker> resolve(const QList<DraftQuote> &drafts, QList<Quote> *quotes) const;

private:
    struct Found
    {
        QString name; // empty: a pronoun ("il", "er") or nothing
        bool pronoun = false;
        bool description = false; // "a déclaré le ministre": someone named before
        int gender = 0; // of the pronoun: +1 il, er; -1 elle, sie
        qsizetype start = -1;
        qsizetype end = -1;
        // "dit-il", "sagte sie", "Selon lui": a pronoun of that gender, the person to be found.
        static Found pronounOf(int gender)
        {
            Found found;
            found.pronoun = true;
            found.gender = gender;
            return found;
        }
    };
    Found after(qsizetype close) const;
    Found before(qsizetype open) const;
    // The first name in text from position from: a known first name and the capitalised words
    // after it ("Hans-Peter Müller", "Ann de Vale").
    Found nameIn(qsizetype from, qsizetype to) const;
    // The last such name in the paragraphs before position whose first name allows the gender.
    Found lastPersonBefore(qsizetype position, int gender) const;
    // The last name in text[from, to) (as nameIn reads names) that accepts takes.
    Found lastNameBetween(qsizetype from, qsizetype to, const std::function<bool(const Found &)> &accepts) const;
    // "sagte Lutz", "a déclaré M. Farandou", "laut Wissing": a surname alone at from (after a
    // form of address) is the full name written before that ends with it; to bounds the words.
    Found surnameAt(qsizetype from, qsizetype to) const;

    const QString &m_text;
};

} // namespace Quoteshelf::Extract
