#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Extract {

// A span of the article text the extractor should read (a body paragraph, a block quote...).
// Offsets are code points into the text; end exclusive.
struct Segment
{
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Quote
{
    enum class Kind { Direct, Mixed, Indirect };
    QString text;
    qsizetype start = 0; // code points into the article text
    qsizetype end = 0;
    Kind kind = Kind::Direct;
    QString cue; // the reporting verb phrase, "said", "told CNN", "put it"
    QString mention; // the words naming the speaker in the text ("he", "Al-Ansari")
    qsizetype mentionStart = -1;
    qsizetype mentionEnd = -1;
    QString speaker; // the resolved speaker name, empty when unattributed
    int speakerIndex = -1; // index into Result::speakers, -1 when unattributed
    double confidence = 0.0;
    // The utterance this quote belongs to, numbered from 0 in text order: each quoted stretch is
    // its own quote, and the stretches of one utterance ("“A,” Vale said. “B.”", or a paragraph
    // that only goes on quoting the same person) share a group, a cue and a speaker.
    int group = -1;
};

struct Speaker
{
    enum class Kind { Person, Organisation, Anonymous };
    QString name;
    QString role;
    Kind kind = Kind::Person;
    QStringList aliases;
    int quoteCount = 0;
};

struct Tag
{
    enum class Kind { Person, Organisation, Place, Topic };
    QString name;
    Kind kind = Kind::Topic;
    int count = 0;
};

struct Result
{
    QList<Quote> quotes;
    QList<Speaker> speakers;
    QList<Tag> tags;
    QStringList scareQuotes; // quoted spans recognised as titles or scare quotes, not speech
};

QString quoteKindName(Quote::Kind kind);
QString speakerKindName(Speaker::Kind kind);
QString tagKindName(Tag::Kind kind);

} // namespace Quoteshelf::Extract
