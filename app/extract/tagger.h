#pragma once

#include "extract/nameindex.h"
#include "extract/types.h"

namespace Quoteshelf::Extract {

// People, organisations and places mentioned in the article, with counts, and a few key topics.
// Names come from SpeakerResolver's capitalised runs (surnames folded into full names, title-case
// headings ignored); the kind from speakers, titles, first names, Gazetteer and "in X" contexts.
// Topics are lower-case noun phrases of one or two words ranked by tf-idf against the background
// document frequencies in Lexicon, plus the article's scare-quoted terms.
class Tagger final
{
public:
    Tagger(const QString &text, const ArticleTokens &tokens);

    QList<Tag> tags(const QList<NameIndex::NameRun> &names, const QList<Speaker> &speakers,
                    const QStringList &scareQuotes) const;

private:
    QList<Tag> names(const QList<NameIndex::NameRun> &runs, const QList<Speaker> &speakers) const;
    QList<Tag> topics(const QStringList &scareQuotes) const;
    bool isHeading(int paragraph) const;
    static int demonymKind(QStringView name);
    bool lowerCaseFollows(const NameIndex::NameRun &run) const;
    QStringView wordBefore(qsizetype position) const;

    const QString &m_text;
    const ArticleTokens &m_tokens;
    QList<char> m_heading; // per paragraph: a title-case line, whose capitals name nothing
};

} // namespace Quoteshelf::Extract
