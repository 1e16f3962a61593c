#pragma once

#include "extract/draft.h"
#include "extract/types.h"

#include <QList>
#include <QString>

namespace Quoteshelf::Extract {

// Speakers of quotations in French and German articles, where the English word classes of the
// rest of the extractor do not apply. Only what these languages' news style makes unambiguous is
// read: a reporting verb right after the quotation or before its colon ("», a déclaré Ann Vale.",
// "“, sagte Hans Vale.", "Ann Vale a déclaré : «"), "selon"/"laut" before a name, and "il"/"elle",
// "er"/"sie" after such a verb for the last speaker named. A speaker is always a name opening
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
        int gender = 0; // of the pronoun: +1 il, er; -1 elle, sie
        qsizetype start = -1;
        qsizetype end = -1;
    };
    Found after(qsizetype close) const;
    Found before(qsizetype open) const;
    // The first name in text from position from: a known first name and the capitalised words
    // after it ("Hans-Peter Müller", "Ann de Vale").
    Found nameIn(qsizetype from, qsizetype to) const;

    const QString &m_text;
};

} // namespace Quoteshelf::Extract
