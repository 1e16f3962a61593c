// Quote, speaker and scare-quote extraction: the seed article (when ../shared is present), one row
// per quotation style and attribution pattern, and robustness rows.
#include "core/textoffsets.h"
#include "extract/extractor.h"
#include "extract/nameindex.h"
#include "extract/wordclasses.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

#include <algorithm>

using namespace Quoteshelf::Extract;
using namespace Qt::StringLiterals;

namespace {

// The quote whose span contains needle (code points compared through the quote's own text).
const Quote *quoteContaining(const Result &result, const QString &needle)
{
    for (const Quote &q : result.quotes) {
        if (q.text.contains(needle))
            return &q;
    }
    return nullptr;
}

// The tag of that name, null when there is none.
const Tag *tagNamed(const Result &result, const QString &name)
{
    const auto it
        = std::find_if(result.tags.cbegin(), result.tags.cend(), [&](const Tag &t) { return t.name == name; });
    return it == result.tags.cend() ? nullptr : &*it;
}

// Every tag's name, for a failure message and for membership checks.
QStringList tagNamesOf(const Result &result)
{
    QStringList names;
    for (const Tag &t : result.tags)
        names.append(t.name);
    return names;
}

// Every offset must point at the text it claims to cover.
void verifyOffsets(const QString &text, const Result &result)
{
    const qsizetype length = Quoteshelf::Core::codePointLength(text);
    for (const Quote &q : result.quotes) {
        QVERIFY(q.start >= 0 && q.start <= q.end && q.end <= length);
        QCOMPARE(Quoteshelf::Core::codePointMid(text, q.start, q.end), q.text);
        if (q.mentionStart >= 0)
            QCOMPARE(Quoteshelf::Core::codePointMid(text, q.mentionStart, q.mentionEnd), q.mention);
        QVERIFY(q.speakerIndex < 0 || q.speakerIndex < result.speakers.size());
    }
}

QString seedPath(const QString &suffix)
{
    return QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/seed/gaza-hostage-talks") + suffix;
}

} // namespace

class TestExtract final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seed_data();
    void seed();
    void patterns_data();
    void patterns();
    void reportedClauses_data();
    void reportedClauses();
    void cueWords_data();
    void cueWords();
    void robustness_data();
    void robustness();
    void codePointOffsets();
    void anonymousSourceMerged();
    void roles_data();
    void roles();
    void utterances_data();
    void utterances();
    void speakers_data();
    void speakers();
    void speakerKinds_data();
    void speakerKinds();
    void speakerWithoutCue_data();
    void speakerWithoutCue();
    void neverSpeakers_data();
    void neverSpeakers();
    void tagKinds_data();
    void tagKinds();
    void tagNames_data();
    void tagNames();
    void tagKindsInText_data();
    void tagKindsInText();
    void topicsAreNounPhrases();
    void segmentsLimitTheText();
    void largeTextWithoutQuotes();
    void largeTextWithQuotes();
    void scratchDoesNotLeakBetweenArticles();
};

void TestExtract::seed_data()
{
    QTest::addColumn<bool>("useSegments");
    QTest::newRow("nominal: seed article, body segments") << true;
    QTest::newRow("robustness: seed article, whole text with related-links list") << false;
}

void TestExtract::seed()
{
    QFETCH(bool, useSegments);
    QFile textFile(seedPath(u".txt"_s));
    QFile goldFile(seedPath(u".gold.json"_s));
    if (!textFile.open(QIODevice::ReadOnly) || !goldFile.open(QIODevice::ReadOnly))
        QSKIP("the seed article is not available (../shared/corpora/seed)");
    const QString text = QString::fromUtf8(textFile.readAll());
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();

    // The body ends where the site's "American" related-headlines list starts.
    const qsizetype listStart = text.indexOf(u"\nAmerican\n"_s);
    QVERIFY(listStart > 0);
    const qsizetype bodyEnd = Quoteshelf::Core::TextOffsets(text).toCodePoint(listStart);
    const QList<Segment> segments = useSegments ? QList<Segment> { { 0, bodyEnd } } : QList<Segment> {};
    const Result result = Extractor().extract(text, segments);
    verifyOffsets(text, result);

    for (const QJsonValue &value : gold.value(u"quotes").toArray()) {
        const QJsonObject g = value.toObject();
        if (g.value(u"type").toString() != u"direct")
            continue;
        const qsizetype start = g.value(u"start").toInteger();
        const qsizetype end = g.value(u"end").toInteger();
        const Quote *found = nullptr;
        for (const Quote &q : result.quotes) {
            if (q.kind != Quote::Kind::Indirect && q.start <= start && q.end >= end)
                found = &q;
        }
        QVERIFY2(found, qPrintable(g.value(u"quote").toString()));
        QCOMPARE(found->speaker, g.value(u"speaker").toString());
        QVERIFY(found->confidence > 0.5);
    }
    for (const Quote &q : result.quotes) {
        QVERIFY2(!q.text.contains(u"humanitarian pauses"_s), qPrintable(q.text));
        QVERIFY2(q.start < bodyEnd, qPrintable(q.text)); // nothing in the related-links list
    }
    QVERIFY(result.scareQuotes.contains(u"humanitarian pauses"_s));

    const Speaker *sullivan = nullptr;
    const Speaker *alAnsari = nullptr;
    QList<const Speaker *> seniorOfficial;
    for (const Speaker &s : result.speakers) {
        if (s.name == u"Jake Sullivan")
            sullivan = &s;
        if (s.name == u"Majed Al-Ansari")
            alAnsari = &s;
        if (s.name == u"the senior US official" || s.aliases.contains(u"the senior US official"_s))
            seniorOfficial.append(&s);
    }
    QVERIFY(sullivan);
    QCOMPARE(sullivan->role, u"national security adviser to President Biden"_s);
    QCOMPARE(sullivan->kind, Speaker::Kind::Person);
    QVERIFY(alAnsari);
    QVERIFY2(alAnsari->role.startsWith(u"spokesperson for Qatar’s Ministry of Foreign Affairs"_s),
             qPrintable(alAnsari->role));
    QVERIFY(alAnsari->aliases.contains(u"Al-Ansari"_s));
    QCOMPARE(seniorOfficial.size(), 1);
    QCOMPARE(seniorOfficial.first()->kind, Speaker::Kind::Anonymous);
    QCOMPARE(seniorOfficial.first()->name, u"a high-ranking US official"_s);
    QVERIFY(seniorOfficial.first()->quoteCount >= 2);

    // Tags: the names and topics a reader would expect (the gold list minus "Joe Biden", which
    // needs world knowledge: the article only says "President Biden").
    QHash<QString, Tag> tags;
    for (const Tag &t : result.tags)
        tags.insert(t.name, t);
    for (const QString &name : { u"Gaza"_s, u"Hamas"_s, u"Israel"_s, u"Qatar"_s, u"Egypt"_s, u"United States"_s,
                                 u"Doha"_s, u"Rafah"_s, u"CNN"_s, u"Jake Sullivan"_s, u"Majed Al-Ansari"_s,
                                 u"hostages"_s, u"prisoner exchange"_s, u"humanitarian pauses"_s })
        QVERIFY2(tags.contains(name), qPrintable(name));
    QCOMPARE(tags.value(u"Gaza"_s).kind, Tag::Kind::Place);
    QCOMPARE(tags.value(u"Doha"_s).kind, Tag::Kind::Place);
    QCOMPARE(tags.value(u"Hamas"_s).kind, Tag::Kind::Organisation);
    QCOMPARE(tags.value(u"CNN"_s).kind, Tag::Kind::Organisation);
    QCOMPARE(tags.value(u"Jake Sullivan"_s).kind, Tag::Kind::Person);
    QCOMPARE(tags.value(u"Majed Al-Ansari"_s).count, 2); // "Al-Ansari" counts for the full name
    QCOMPARE(tags.value(u"hostages"_s).kind, Tag::Kind::Topic);
    QVERIFY(tags.value(u"Hamas"_s).count >= 8); // both direct quotes, and "The official acknowledged"
}

void TestExtract::patterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle"); // words the quote must contain
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("kind");

    const int direct = int(Quote::Kind::Direct);
    const int mixed = int(Quote::Kind::Mixed);
    const QString wards = u"Fares\n\nCoun. Ann Vale (Beaches—East Lundy) said the freeze was “a press release, not "
                          "a plan,” and warned it would leave a hole.\n\nCoun. Joe Lund (Ward 4) said the freeze "
                          "was “a gift,” and warned it would cost more."_s;
    QTest::newRow("nominal: a conjunction alone between the cue and the quotation (Ann Vale said, but “we will "
                  "fix them.”)")
        << u"Ferries\n\nThe ferries were “a disgrace,” Ann Vale said, but “we will fix them.”"_s
        << u"we will fix them"_s << u"Ann Vale"_s << direct;
    QTest::newRow("nominal: a councillor's ward in brackets after the name (Coun. Ann Vale (Beaches—East Lundy) "
                  "said)")
        << wards << u"the freeze was “a press release"_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: a councillor's ward in brackets after the name (Coun. Joe Lund (Ward 4) said)")
        << wards << u"the freeze was “a gift"_s << u"Joe Lund"_s << mixed;
    QTest::newRow("nominal: straight quotes, X said")
        << u"\"We will win this election,\" Smith said."_s << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: straight single quotes open a sentence of their own ('We are going to win.')")
        << u"Lane\n\n'We will see,' Joe Lund said. 'It is a good day.'\n\nAnn Vale said she would appeal. 'We are "
           "going to win.'"_s
        << u"going to win"_s << u"Ann Vale"_s << direct;
    QTest::newRow("nominal: curly quotes, said X")
        << u"“We will win this election,” said Jane Smith, a party spokesperson."_s << u"We will win"_s
        << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: single curly quotes")
        << u"‘We’ll win this election,’ Smith said."_s << u"We’ll win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: guillemets") << u"«We will win this election,» Smith said."_s << u"We will win"_s
                                         << u"Smith"_s << direct;
    QTest::newRow("nominal: low-high quotes")
        << u"„We will win this election,“ Smith said."_s << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: X said: quote")
        << u"Jane Smith said: \"We will win this election.\""_s << u"We will win"_s << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: as X put it, after the quote, credits only the quoted words")
        << u"Members echo her concerns, because the rule asks only for a \"lawful source of investment income,\" as a "
           "Harbour Trust memo put it."_s
        << u"lawful source"_s << u"Harbour Trust"_s << direct;
    QTest::newRow("nominal: according to X") << u"According to Jane Smith, \"the vote was rigged from the start.\""_s
                                             << u"the vote was rigged"_s << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: X told CNN") << u"\"We will win this election,\" Smith told CNN on Sunday."_s
                                         << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: as X put it")
        << u"As the minister put it: \"Nobody wins a trade war.\""_s << u"Nobody wins"_s << u"the minister"_s << direct;
    QTest::newRow("nominal: role appositive")
        << u"Jane Smith, spokesperson for the Ministry of Health, said: \"The clinic is open again.\""_s
        << u"The clinic"_s << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: pronoun resolves to the previous subject")
        << u"Jane Smith spoke on Monday.\n\n\"We will win this election,\" she said."_s << u"We will win"_s
        << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: bare surname resolves to the full name")
        << u"Jane Smith arrived on Monday.\n\n\"We will win this election,\" Smith said."_s << u"We will win"_s
        << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: quote over two paragraphs")
        << u"Smith said: \"The first paragraph of the speech goes here.\n\n\"The second paragraph closes it.\""_s
        << u"second paragraph"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: quote-only paragraph continues the speaker")
        << u"\"We will win this election,\" Smith said.\n\n\"And we will govern well after that.\""_s
        << u"govern well"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: quotation interrupted by its attribution")
        << u"\"We will win this election,\" Smith said. \"Then we will govern.\""_s << u"Then we will govern"_s
        << u"Smith"_s << direct;
    QTest::newRow("nominal: pronoun after a surname-only subject")
        << u"Donald Trump picked Denver.\n\nCarson defied the question. \"It will either be Denver or Carolina,\" he said."_s
        << u"either be Denver"_s << u"Carson"_s << direct;
    QTest::newRow("nominal: participle after an inverted attribution")
        << u"Mateen left as soon as prayers were finished, Nefzi said, adding, \"He was not very religious.\""_s
        << u"not very religious"_s << u"Nefzi"_s << direct;
    QTest::newRow("robustness: a time phrase opens the sentence")
        << u"Hours later, Trump returned the compliment, telling Reuters, \"Sheldon and I have been friends for a long time.\""_s
        << u"friends for a long time"_s << u"Trump"_s << direct;
    QTest::newRow("robustness: a clause after the quotation is not its attribution")
        << u"Sanders complained that officials were trying to \"protect\" Clinton by scheduling debates at odd times."_s
        << u"protect"_s << u"Sanders"_s << mixed;
    QTest::newRow("nominal: mixed quote covers the reported clause")
        << u"Smith said the new plan was \"a disaster for everyone.\""_s << u"the new plan was"_s << u"Smith"_s
        << mixed;
    QTest::newRow("nominal: a role between two names")
        << u"Clinton campaign manager Robby Mook said the campaign expects the moderator to call out \"the many lies "
           "about the economy\" during the debate."_s
        << u"lies about the economy"_s << u"Robby Mook"_s << mixed;
    QTest::newRow("nominal: told X names the listener, not the speaker")
        << u"\"We are ready for this,\" Melanne Verveer, who served as Hillary Clinton’s chief of staff during the "
           "Clinton administration, told CBS News."_s
        << u"ready for this"_s << u"Melanne Verveer"_s << direct; // the quoted words only, not the attribution
    QTest::newRow("nominal: the speaker after an employer's possessive")
        << u"Debates in and of themselves are not likely to alter the campaign, noted NBC’s Dante Chinni.\n\n"
           "\"Considering the high stakes, one might expect them to matter more,\" he wrote."_s
        << u"high stakes"_s << u"Dante Chinni"_s << direct;
    QTest::newRow("nominal: an employer's possessive opens the sentence")
        << u"Fox News’ Bret Baier noticed that none of the networks cut away. He commented that his network "
           "\"held on\" Trump during her speech."_s
        << u"held on"_s << u"Bret Baier"_s << mixed;
    QTest::newRow("nominal: a cue inside what someone said reports their words")
        << u"Several weeks ago, Donald Trump stated that Melania would discuss her immigration history \"in a few weeks.\""_s
        << u"in a few weeks"_s << u"Donald Trump"_s << mixed;
    QTest::newRow("nominal: a cue that is no speech inside what someone said reports their words")
        << u"The waiting list fell for a third month. Health Secretary Dan Morrow said the figures showed \"the "
           "first signs of recovery\"."_s
        << u"first signs of recovery"_s << u"Dan Morrow"_s << mixed;
    QTest::newRow("nominal: a leading phrase with a comma of its own")
        << u"Following a swiftly called, late-afternoon meeting, the Security Council issued a statement calling the "
           "test \"a clear violation\" of its resolutions."_s
        << u"clear violation"_s << u"Security Council"_s << mixed;
    QTest::newRow("nominal: it refers to the organisation that is the subject")
        << u"The United Nations Security Council on Friday condemned the test and pledged sanctions against what it "
           "called \"a clear threat to international peace.\""_s
        << u"clear threat"_s << u"United Nations Security Council"_s << direct;
    QTest::newRow("nominal: ’’ closes a quotation")
        << u"“We will win this election,’’ Smith said."_s << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: ‘‘ opens and ’’ closes a quotation")
        << u"‘‘We will win this election,’’ Smith said."_s << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: `` opens and '' closes a quotation")
        << u"``We will win this election,'' Smith said."_s << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: ” as an opener")
        << u"”We will win this election,” Smith said."_s << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: ” as an opener after an attribution")
        << u"Smith said: ”We will win this election.”"_s << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: a short quote after described as is speech")
        << u"Jane Smith described the council’s plan as “chaos.”"_s << u"chaos"_s << u"Jane Smith"_s << mixed;
    QTest::newRow("nominal: a short quote after called it is speech")
        << u"Jane Smith called the ruling “a disgrace” on Monday."_s << u"a disgrace"_s << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: a one-word quote after called is speech")
        << u"Jane Smith called the new parking rules “chaos”."_s << u"chaos"_s << u"Jane Smith"_s << mixed;
    QTest::newRow("nominal: a short quote after dismissed as is speech")
        << u"Jane Smith dismissed the report as “pure fiction” on Tuesday."_s << u"pure fiction"_s << u"Jane Smith"_s
        << mixed;
    QTest::newRow("nominal: a mixed quote covers the whole that-clause")
        << u"Jane Smith warned on Monday that the new levy would leave the town “broke within a year.”"_s
        << u"the new levy would leave"_s << u"Jane Smith"_s << mixed;
    QTest::newRow("nominal: reporting verb quipped")
        << u"“At least the coffee was hot,” Smith quipped."_s << u"coffee was hot"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: reporting verb scolded")
        << u"“You should have known better than that,” Smith scolded."_s << u"known better"_s << u"Smith"_s << direct;
    QTest::newRow("nominal: an unlisted reporting verb before the name")
        << u"“At least the coffee was hot,” quipped Jane Smith."_s << u"coffee was hot"_s << u"Jane Smith"_s << direct;
    QTest::newRow("nominal: any verb with a subject, its object, then as before a short quotation (criticized the "
                  "act as a “crazy system”)")
        << u"Health\n\nFormer President Joe Lund criticized the Harbour Care Act as a “crazy system” on Tuesday."_s
        << u"crazy system"_s << u"Joe Lund"_s << mixed;
    QTest::newRow("nominal: an accusation governs a short quotation (accused Labor of “flip-flopping”)")
        << u"Gearing\n\nOpposition Leader Joe Lund accused Labor of “flip-flopping” on the issue."_s
        << u"flip-flopping"_s << u"Joe Lund"_s << mixed;
    QTest::newRow("nominal: the participle of a verb of naming governs a short quotation")
        << u"The Senate passed the bill on Friday.\n\nThe chamber approved it by 60 votes to 12, with one senator "
           "terming it “a step in the right direction”."_s
        << u"right direction"_s << u"one senator"_s << mixed;
    QTest::newRow("nominal: plural people after 'with' are the subject of the participle")
        << u"The Senate passed the bill on Friday, with opposition senators calling it “a step in the right "
           "direction”."_s
        << u"right direction"_s << u"opposition senators"_s << mixed;
    QTest::newRow("nominal: an unlisted verb after a name with a role's noun among the capitals before it (BJP Delhi "
                  "chief Ann Vale alleged)")
        << u"Smog\n\nThe party blamed the council. “The mayor has done nothing,” Vale Party Delhi chief Ann Vale "
           "alleged."_s
        << u"done nothing"_s << u"Ann Vale"_s << direct;
    QTest::newRow("nominal: an unlisted reporting verb before a name and its appositive")
        << u"Growers met in Eldoret on Monday.\n\n“How can they expect us to sell at a loss?” posed Mr Joseph Kiprono, "
           "a farmer from Moiben."_s
        << u"sell at a loss"_s << u"Joseph Kiprono"_s << direct;
    QTest::newRow("nominal: reporting verb blurted out")
        << u"“I never wanted the job in the first place,” Smith blurted out."_s << u"wanted the job"_s << u"Smith"_s
        << direct;
    // The scan for marks reads four characters at a time: a mark among the last few of a
    // paragraph, after a long run of plain text, must still be found.
    QTest::newRow("robustness: the closing mark is the paragraph's last character")
        << u"Speaking to reporters outside the town hall on Tuesday morning, Smith said: \"We will win this "
           "election by a mile.\""_s
        << u"We will win"_s << u"Smith"_s << direct;
    QTest::newRow("robustness: a capitalised States is no reporting verb")
        << u"Clinton told the audience that we must mend racial divides in the United States, saying that "
           "\"race still determines too much\" in America."_s
        << u"determines too much"_s << u"Clinton"_s << mixed;
    QTest::newRow("nominal: a participle after an object speaks for the subject (compared himself to)")
        << u"At the forum, Joe Lund compared himself to Ann Vale, saying, “I have never taken a fee from the port "
           "authority.”"_s
        << u"never taken a fee"_s << u"Joe Lund"_s << direct;
    QTest::newRow("nominal: a subordinate clause opening the sentence has no speaker (Before the vote)")
        << u"Before the vote, police chief Ines Varga lobbied to close the quay, saying, “The fewer boats, the "
           "safer.”"_s
        << u"fewer boats"_s << u"Ines Varga"_s << direct;
    QTest::newRow("nominal: a name and its appositive inside a subordinate clause (When X, role, was)")
        << u"When Joe Lund, the council’s treasurer, was asked whether rates would rise, he laughed and said, “We’ll "
           "see about that.”"_s
        << u"see about that"_s << u"Joe Lund"_s << direct;
    QTest::newRow("nominal: as X, role, put it")
        << u"As Ann Vale, the mayor of Eastport, put it: “Nobody here will pay for a bridge they never asked for.”"_s
        << u"pay for a bridge"_s << u"Ann Vale"_s << direct;
    QTest::newRow("nominal: a subject with its verb and object before a participle (released a statement)")
        << u"The port authority released a statement on Monday saying the closure “was never about money.”"_s
        << u"never about money"_s << u"the port authority"_s << mixed;
    QTest::newRow("nominal: the person after a named employer's possessive (The Courier’s Ann Vale)")
        << u"The Courier’s Ann Vale defended the ruling, saying it was “the only fair outcome for the tenants.”"_s
        << u"only fair outcome"_s << u"Ann Vale"_s << mixed;
}

void TestExtract::patterns()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QString, speaker);
    QFETCH(int, kind);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    const Quote *q = quoteContaining(result, needle);
    QVERIFY2(q, qPrintable(needle));
    QCOMPARE(q->speaker, speaker);
    QCOMPARE(int(q->kind), kind);
    QVERIFY(!q->cue.isEmpty());
    QVERIFY(q->speakerIndex >= 0);
    QCOMPARE(result.speakers.at(q->speakerIndex).name, speaker);
}

// The words of the attribution a quote shows as its cue.
void TestExtract::cueWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle"); // words of the quote
    QTest::addColumn<QString>("cue");

    QTest::newRow("nominal: a subject's pronoun after a cue that may take a listener opens the clause (warned they "
                  "had)")
        << u"Ferries\n\nFellow councillors warned they had the votes to override her objection."_s << u"the votes"_s
        << u"warned"_s;
    QTest::newRow("nominal: a verb and its particle before a colon (Ms Vale went on:)")
        << u"Ferries\n\nAnn Vale runs the harbour. Ms Vale went on: “We have made our final offer.”"_s
        << u"final offer"_s << u"went on"_s;
    QTest::newRow("nominal: a listener's plural name keeps its possessive mark (told Vale News' Today show)")
        << u"Virus\n\nDr Ann Vale told Vale News' Today show the final number of deaths \"looks more like 6,000\"."_s
        << u"looks more like"_s << u"told Vale News' Today show"_s;
}

void TestExtract::cueWords()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QString, cue);
    const Result result = Extractor().extract(text);
    const Quote *q = quoteContaining(result, needle);
    QVERIFY2(q, qPrintable(needle));
    QCOMPARE(q->cue, cue);
}

// What a reported quote holds: the clause that was said, never its listener.
void TestExtract::reportedClauses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clause"); // the whole text of the quote
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("kind");

    const int mixed = int(Quote::Kind::Mixed);
    const int indirect = int(Quote::Kind::Indirect);
    QTest::newRow("nominal: after according to X, what follows a dash is no part of the source (according to "
                  "government figures – a record)")
        << u"Homes\n\nMore than 117,000 households are in temporary accommodation, according to government figures "
           "– a record."_s
        << u"More than 117,000 households are in temporary accommodation"_s << u"government figures"_s << indirect;
    QTest::newRow("nominal: a noun in -ly opens the reported clause (said supply remained)")
        << u"Rents\n\nMr Lyons said supply remained the central problem."_s
        << u"supply remained the central problem"_s << u"Lyons"_s << indirect;
    QTest::newRow("nominal: a description, then a relative clause with no comma of its own, before said (The Vale "
                  "forward, who missed the game, said)")
        << u"Derby\n\nThe Vale forward, who missed the game, said he had felt “sharp” in training."_s
        << u"he had felt “sharp” in training"_s << u"the Vale forward"_s << mixed;
    QTest::newRow("nominal: a name, its age and a description in commas before said (Mr Tan Wei Ming, 45, a food "
                  "delivery rider, said)")
        << u"Scooters\n\nMr Tan Wei Ming, 45, a food delivery rider, said the rules would hurt his income."_s
        << u"the rules would hurt his income"_s << u"Tan Wei Ming"_s << indirect;
    QTest::newRow("nominal: phrases of where and when after the cue, then a comma and a quotation (said on Twitter on "
                  "Monday, in reference to …, “Next …”)")
        << u"Family\n\nAnn Vale, 35, said on Twitter on Monday, in reference to her first child, a girl born in 2014, "
           "“Next summer, Lucy is going to be a big sister!”"_s
        << u"Next summer, Lucy is going to be a big sister!"_s << u"Ann Vale"_s << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a description with a verb after an inverted said is a clause (The … president, Joe Lund, "
                  "said the support came too late)")
        << u"Ferries\n\nThe Harbour Ferries Association president, Joe Lund, said the support came too late."_s
        << u"the support came too late"_s << u"Joe Lund"_s << indirect;
    QTest::newRow("nominal: a sentence adverb and its comma before a role and a name in commas (However, the council's "
                  "chief executive, Joe Lund, said)")
        << u"Ferries\n\nHowever, the council's chief executive, Joe Lund, said the plan was sound."_s
        << u"the plan was sound"_s << u"Joe Lund"_s << indirect;
    QTest::newRow("nominal: a before a plural head opens a phrase of its own (a move tenant groups called)")
        << u"Ferries\n\nThe council will cap fares, a move tenant groups called “a drop in the bucket.”"_s
        << u"a drop in the bucket."_s << u"tenant groups"_s << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a verb and its preposition after the quotation name no one (which critics called “cruel”, "
                  "passed on Tuesday)")
        << u"Ferries\n\nThe bill, which critics called “cruel”, passed on Tuesday."_s << u"cruel"_s
        << u"critics"_s << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a plural noun for people speaks without a determiner (which campaigners called “cruel”)")
        << u"Ferries\n\nThe bill, which campaigners called “cruel”, passed."_s << u"cruel"_s << u"campaigners"_s
        << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a plural noun for people and its adjective open the clause (Local campaigners said)")
        << u"Ferries\n\nLocal campaigners said the closure would “rip the heart out” of the village."_s
        << u"the closure would “rip the heart out” of the village"_s << u"Local campaigners"_s << mixed;
    QTest::newRow("nominal: the plain present of say reports speech (Many pensioners say they “cannot afford …”)")
        << u"Ferries\n\nMany pensioners say they “cannot afford to heat their homes”."_s
        << u"they “cannot afford to heat their homes”"_s << u"many pensioners"_s << mixed;
    QTest::newRow("nominal: a cue inside a relative clause reports that clause only (which critics say is "
                  "“unworkable”, will go ahead)")
        << u"Ferries\n\nThe plan, which critics say is “unworkable”, will go ahead."_s << u"is “unworkable”"_s
        << u"critics"_s << mixed;
    QTest::newRow("nominal: a cue after a modal is speech to come; the one reporting it speaks (voters will say "
                  "“no”)")
        << u"Ferries\n\nAnn Vale said she expected that voters will say “no” to the harbour toll."_s
        << u"that voters will say “no” to the harbour toll"_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: the speakers of a free relative start after what (what several councillors called)")
        << u"Ferries\n\nStaff had been involved with what several councillors called “fraud” at the depot."_s
        << u"fraud"_s << u"several councillors"_s << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a listener's name alone between a cue and its comma, however long (told “Harbour This "
                  "Morning” co-host Ann Lund, “…”)")
        << u"Crew\n\nAsked why she called the group the Reckoning Crew, Bea Vale told “Harbour This Morning” co-host "
           "Ann Lund, “Because if you don't do what's right by the people, you have to reckon with us.”"_s
        << u"Because if you don't do what's right by the people, you have to reckon with us."_s << u"Bea Vale"_s
        << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a possessor before its noun after said opens the reported clause (…, said Bea Lund's "
                  "statement didn't clarify)")
        << u"Leave\n\nAnn Vale, a scholar at the Harbour Institute, said Bea Lund's statement didn't clarify the "
           "matter."_s
        << u"Bea Lund's statement didn't clarify the matter"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a relative clause after an earlier cue reports what its body said (wrote to the "
                  "ministry, which said)")
        << u"Inquiry\n\nReporters wrote to the ministry, which said it was reviewing the case."_s
        << u"it was reviewing the case"_s << u"the ministry"_s << indirect;
    QTest::newRow("nominal: a word often used otherwise reports speech before that (X alleged that)")
        << u"Metro\n\nCongress leader Ann Vale alleged that the delays had cost the city dearly."_s
        << u"that the delays had cost the city dearly"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: no with a period ends a sentence unless a number follows (Vale said no. “Not on my "
                  "watch,”)")
        << u"Ferries\n\nAnn Vale backed the No. 2 route. Asked whether the ferry would close, Vale said no. “Not on my "
           "watch,” she said."_s
        << u"Not on my watch,"_s << u"Ann Vale"_s << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a noun ending in -ly is the subject, not an adverb before the cue (The family said)")
        << u"Tribute\n\nThe woman was named as Ann Vale, 34. The family said she had been a devoted mum who lit "
           "up every room."_s
        << u"she had been a devoted mum who lit up every room"_s << u"the family"_s << int(Quote::Kind::Indirect);
    QTest::newRow("nominal: a statement, then the clause without that (Acme said in a statement it now expected)")
        << u"Airlines\n\nVale Air said in a statement it now expected a profit of about 1.5 billion euros."_s
        << u"it now expected a profit of about 1.5 billion euros"_s << u"Vale Air"_s << int(Quote::Kind::Indirect);
    QTest::newRow("nominal: after the listener's name a common noun and its verb open the clause (told Vale Radio "
                  "investigators believed)")
        << u"Fire\n\nDetective Sergeant Ann Vale told Vale Radio investigators believed the fire had been lit."_s
        << u"investigators believed the fire had been lit"_s << u"Ann Vale"_s << int(Quote::Kind::Indirect);
    QTest::newRow("nominal: a plural noun and an adverb of time open the clause (Vale says customers still come)")
        << u"Cobbler\n\nAnn Vale, who works alongside him, says customers still come from miles away."_s
        << u"customers still come from miles away"_s << u"Ann Vale"_s << int(Quote::Kind::Indirect);
    QTest::newRow("nominal: an attribution in commas inside the clause leaves its start in (The shop, Vale said, "
                  "would stay “…”)")
        << u"Shop\n\nThe shop, Ann Vale said, would stay “open until Christmas”."_s
        << u"The shop, Ann Vale said, would stay “open until Christmas”"_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: quoted words the reported clause goes on from are all of it (he admitted “…” meant)")
        << u"Ferries\n\nAfter the vote, Ann Vale admitted “politics in this town” meant there were few options left."_s
        << u"“politics in this town” meant there were few options left"_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: an attribution in commas inside a reported sentence reports all of it (Back then, he "
                  "says, there were …)")
        << u"Shop\n\nDerek Vale has mended shoes for 46 years. Back then, Vale says, there were four cobblers "
           "within a mile of the shop."_s
        << u"Back then, Vale says, there were four cobblers within a mile of the shop"_s << u"Derek Vale"_s << indirect;
    QTest::newRow("robustness: a subordinate clause before an attribution is not all that was said")
        << u"While the costs rose sharply, Ann Vale said, the ferry kept its old timetable all winter."_s
        << u"While the costs rose sharply, Ann Vale said, the ferry kept its old timetable all winter"_s
        << u"Ann Vale"_s << indirect;
    QTest::newRow("robustness: a clause running on after the attribution is not split (Bringing …, he said, feels)")
        << u"Bringing the old ferry back into service, Joe Lund said, feels like a small miracle for the town."_s
        << u"Bringing the old ferry back into service, Joe Lund said, feels like a small miracle for the town"_s
        << u"Joe Lund"_s << indirect;
    QTest::newRow("nominal: a clause after a listener's name opens with the subject before its verb (told ABC "
                  "Radio Sydney crews had)")
        << u"Flood\n\nDeputy Commissioner Ann Vale told ABC Radio Northport crews had carried out more than 40 "
           "rescues."_s
        << u"crews had carried out more than 40 rescues"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a listener's plural name with its possessive mark, then the programme (told Vale "
                  "News' Today show the number …)")
        << u"Virus\n\nDr Ann Vale told Vale News' Today show the final number of deaths \"looks more like 6,000\"."_s
        << u"the final number of deaths \"looks more like 6,000\""_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: an appositive holding a list with its commas (Mr X, chairman of the environment, food "
                  "and rural affairs committee, said)")
        << u"Food\n\nMr Lund, chairman of the environment, food and rural affairs committee, said the Lords had "
           "picked up where MPs left off."_s
        << u"the Lords had picked up where MPs left off"_s << u"Lund"_s << indirect;
    QTest::newRow("nominal: a description after an inverted cue closes the sentence (…, says a spokesman.)")
        << u"Ferries\n\nThe harbour ferry will stop running in March, says a spokesman."_s
        << u"The harbour ferry will stop running in March"_s << u"a spokesman"_s << indirect;
    QTest::newRow("nominal: a document after an inverted cue closes the sentence (…, says a report by the union.)")
        << u"Jobs\n\nThousands of lecturers are being treated as second-class citizens, says a report by the union."_s
        << u"Thousands of lecturers are being treated as second-class citizens"_s << u"a report by the union"_s
        << indirect;
    QTest::newRow("nominal: after a verb of speech, a plural noun and a verb in the past not made with -ed open "
                  "the clause (said officers found)")
        << u"Crash\n\nConstable Ann Brook said officers found the man in the harbour."_s
        << u"officers found the man in the harbour"_s << u"Ann Brook"_s << indirect;
    QTest::newRow("nominal: a body's name with for in it is the subject (The Department for Education said)")
        << u"Schools\n\nThe Department for Education said schools would stay open."_s
        << u"schools would stay open"_s << u"Department for Education"_s << indirect;
    QTest::newRow("nominal: a spokeswoman for a body whose name holds for (A spokeswoman for the Department for "
                  "Education said)")
        << u"Schools\n\nA spokeswoman for the Department for Education said schools would stay open."_s
        << u"schools would stay open"_s << u"a spokeswoman for the Department for Education"_s << indirect;
    QTest::newRow("nominal: a long appositive ending in a body and its which-clause leaves the person the subject "
                  "(X, a former official who is now a fellow at the Centre for Y, which …, said)")
        << u"Bank\n\nJoe Lund, a former Treasury official who is now a senior fellow at the Centre for Harbour "
           "Development, which works to reduce poverty, said that the nomination was sound."_s
        << u"that the nomination was sound"_s << u"Joe Lund"_s << indirect;
    QTest::newRow("nominal: a body's name joined by and with a plural's possessive mark before its last word (the "
                  "Universities and Colleges Employers’ Association said)")
        << u"Jobs\n\nThe Universities and Colleges Employers’ Association said its members had cut zero-hours "
           "contracts."_s
        << u"its members had cut zero-hours contracts"_s << u"Universities and Colleges Employers’ Association"_s
        << indirect;
    QTest::newRow("nominal: a relative pronoun after a comma stands for the body before it (reached out to the "
                  "ministry, which said)")
        << u"Ferries\n\nThe Harbour Press reached out to the ministry, which said in an email it was reviewing the "
           "case."_s
        << u"it was reviewing the case"_s << u"the ministry"_s << indirect;
    QTest::newRow("nominal: a relative pronoun after a comma stands for the name before it (contacted Vale Air, "
                  "which said)")
        << u"Ferries\n\nReporters contacted Vale Air, which said the flights had been cancelled for safety "
           "reasons."_s
        << u"the flights had been cancelled for safety reasons"_s << u"Vale Air"_s << indirect;
    QTest::newRow("nominal: a participle after an inverted cue goes with the description it names (says a report "
                  "highlighting “…”)")
        << u"Jobs\n\nThousands of lecturers are treated as second-class citizens, says a report highlighting the "
           "“alarming rise of casual labour” in universities."_s
        << u"the “alarming rise of casual labour” in universities"_s << u"a report"_s << mixed;
    QTest::newRow("nominal: a source and whom it speaks for after an inverted cue (…, said a spokesman for the "
                  "council.)")
        << u"Ferries\n\nThe harbour ferry will stop running in March, said a spokesman for the council."_s
        << u"The harbour ferry will stop running in March"_s << u"a spokesman for the council"_s << indirect;
    QTest::newRow("robustness: a word often used otherwise is no cue without that (the alleged crime)")
        << u"Metro\n\nThe police said the alleged crime took place at the harbour on Monday night."_s
        << u"the alleged crime took place at the harbour on Monday night"_s << u"the police"_s << indirect;
    QTest::newRow("nominal: an acronym in brackets inside the attribution after the clause (…, Acme Rail "
                  "Corporation Limited (ARCL) managing director X said)")
        << u"Metro\n\nThe line will open to commuters by March next year, Vale Metro Rail Corporation Limited (VMRCL) "
           "managing director Ann Vale said on Monday."_s
        << u"The line will open to commuters by March next year"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a name, its age and where they are from in commas (X, 71, from Croydon, said)")
        << u"Waits\n\nMargaret Vale, 71, from Croydon, said she had spent 40 minutes in a queue."_s
        << u"she had spent 40 minutes in a queue"_s << u"Margaret Vale"_s << indirect;
    QTest::newRow("nominal: a name, its age and a town with its state in commas (X, 29, of Huntsville, Ala., says)")
        << u"Voters\n\nBrianne Vale, 29, of Huntsville, Ala., says her biggest concern is the harbour."_s
        << u"her biggest concern is the harbour"_s << u"Brianne Vale"_s << indirect;
    QTest::newRow("nominal: a name and where they are from in commas (X, from Croydon, said)")
        << u"Waits\n\nMargaret Vale, from Croydon, said she had spent 40 minutes in a queue."_s
        << u"she had spent 40 minutes in a queue"_s << u"Margaret Vale"_s << indirect;
    QTest::newRow("nominal: an object, then but and a cue of speech: what was said is the second's (acknowledged "
                  "the pressure but said)")
        << u"Winter\n\nThe trust's medical director, Claire Vale, acknowledged the pressure but said extra funding had "
           "been made available."_s
        << u"extra funding had been made available"_s << u"Claire Vale"_s << indirect;
    QTest::newRow("nominal: a long description, then a name with a title in commas (Acme Health's medical director "
                  "for primary care, Dr X, said)")
        << u"Winter\n\nAcme Health's medical director for primary care, Dr Claire Vale, said extra funding had been "
           "made available."_s
        << u"extra funding had been made available"_s << u"Claire Vale"_s << indirect;
    QTest::newRow("nominal: a relative clause with a cue, then the cue and a day (who endorsed X, said Wednesday)")
        << u"Former mayor Ann Vale, who on Tuesday endorsed Joe Lund, said Wednesday she agrees with the ruling."_s
        << u"she agrees with the ruling"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: the person whose office's organisation a relative clause describes (of X, which)")
        << u"Dana Whitcombe, the president of the Harbour Workers Union, which backed the strike, said the "
           "members would vote again."_s
        << u"the members would vote again"_s << u"Dana Whitcombe"_s << indirect;
    QTest::newRow("robustness: an organisation described by a relative clause speaks itself (X, which backed)")
        << u"The Harbour Workers Union, which backed the strike, said the members would vote again."_s
        << u"the members would vote again"_s << u"Harbour Workers Union"_s << indirect;
    QTest::newRow("nominal: a capitalised everyday word before a plural noun names a group (Conservation groups)")
        << u"Conservation groups welcomed the move but said that it had come far too late."_s
        << u"that it had come far too late"_s << u"Conservation groups"_s << indirect;
    QTest::newRow("nominal: a participle of saying after a verb and its object (rejected the offer, warning that)")
        << u"Ferry unions have rejected the latest pay offer, warning that strikes will continue into the new year."_s
        << u"that strikes will continue into the new year"_s << u"Ferry unions"_s << indirect;
    QTest::newRow("nominal: a radio programme as the listener (told BBC Radio 4's Today programme)")
        << u"Union leader Ann Vale told BBC Radio 4's Today programme the offer was \"nowhere near good enough\"."_s
        << u"the offer was \"nowhere near good enough\""_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: a bare clause whose subject has three words (said higher interest rates were)")
        << u"The Harbour Builders Federation said higher interest rates were making it harder to build."_s
        << u"higher interest rates were making it harder to build"_s << u"Harbour Builders Federation"_s << indirect;
    QTest::newRow("nominal: an office's for and department before the name (Minister for Housing Ann Vale said)")
        << u"The Minister for Housing Ann Vale said that planning reforms would speed up delivery."_s
        << u"that planning reforms would speed up delivery"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: an office's of and department before a name of no listed first name (Minister of "
                  "Electricity X said)")
        << u"Minister of Electricity Kgorane Mathole said the government remained committed to ending the crisis."_s
        << u"the government remained committed to ending the crisis"_s << u"Kgorane Mathole"_s << indirect;
    QTest::newRow("nominal: a closing attribution with a plural possessive (the builders' lobby said)")
        << u"The country will miss its target of new homes by 2029, the builders' lobby said on Monday."_s
        << u"The country will miss its target of new homes by 2029"_s << u"the builders' lobby"_s << indirect;
    QTest::newRow("nominal: a closing attribution with a plural possessive, curly (the teachers’ union said)")
        << u"Class sizes will grow again next year, the teachers’ union said."_s
        << u"Class sizes will grow again next year"_s << u"the teachers’ union"_s << indirect;
    QTest::newRow("nominal: a kind of organisation speaks (the regulator said)")
        << u"Water bills will rise by a fifth over five years, the regulator said on Thursday."_s
        << u"Water bills will rise by a fifth over five years"_s << u"the regulator"_s << indirect;
    QTest::newRow("nominal: a broadcaster listening is no part of a mixed quote (told BBC Radio Sheffield)")
        << u"Ann Vale later told BBC Radio Sheffield the rise was “the lowest we could responsibly set”."_s
        << u"the rise was “the lowest we could responsibly set”"_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: a pronoun listening is no part of a mixed quote (told him)")
        << u"Ann Vale told him the ferry was “a disgrace to the harbour”."_s
        << u"the ferry was “a disgrace to the harbour”"_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: listener and day before a reported clause without that (told reporters Monday)")
        << u"Police Chief Joe Lund told reporters Monday the force would add 25 officers downtown."_s
        << u"the force would add 25 officers downtown"_s << u"Joe Lund"_s << indirect;
    QTest::newRow("nominal: a listener named with the before a reported clause (told the Herald she)")
        << u"Ann Vale told the Herald she would stand again at the next election."_s
        << u"she would stand again at the next election"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a reported clause opening with a bare noun (said officers were)")
        << u"Det Insp Ann Vale said officers were keen to speak to anyone who was on the pier."_s
        << u"officers were keen to speak to anyone who was on the pier"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a bare noun and a phrase after it before its verb open a clause (said rainfall across "
                  "the region had)")
        << u"The Vale Weather Bureau said rainfall across the region had been in the lowest 10 per cent on record."_s
        << u"rainfall across the region had been in the lowest 10 per cent on record"_s << u"Vale Weather Bureau"_s
        << indirect;
    QTest::newRow("nominal: an amount of money opens a clause after said (said $15 million would)")
        << u"Agriculture Minister Ann Vale said $15 million in support would be made available to farmers."_s
        << u"$15 million in support would be made available to farmers"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: an appositive after according to is no part of the clause (According to X, a Y, CLAUSE)")
        << u"According to Dr Priya Raman, a hydrologist at Griffith University, the new levees would protect about "
           "9,000 homes."_s
        << u"the new levees would protect about 9,000 homes"_s << u"Priya Raman"_s << indirect;
    QTest::newRow("nominal: a relative clause after according to X is no part of the clause (According to X, which "
                  "…, CLAUSE)")
        << u"According to the Vale Bus Federation, which represents bus companies, drivers in the region earn about "
           "$22 an hour."_s
        << u"drivers in the region earn about $22 an hour"_s << u"Vale Bus Federation"_s << indirect;
    QTest::newRow("robustness: a noun after said without a verb is no clause (said goodbye to)")
        << u"Ann Vale said goodbye to the crew of the ferry on Tuesday. “It was an honour,” Vale said."_s
        << u"It was an honour,"_s << u"Ann Vale"_s << int(Quote::Kind::Direct);
    QTest::newRow("nominal: a phrase of place between the cue and that (said in a statement that)")
        << u"The harbour trust said in a statement that the ferry would run again from Monday."_s
        << u"that the ferry would run again from Monday"_s << u"the harbour trust"_s << indirect;
    QTest::newRow("nominal: an attribution set off by commas reports the clause before it")
        << u"The town will open 80 new berths next year, Harbour Minister Ann Vale announced Thursday, as "
           "boat owners continue to wait for a mooring."_s
        << u"The town will open 80 new berths next year"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a dateline is no part of the reported clause (TORONTO —)")
        << u"TORONTO — The town will open 80 new berths next year, Harbour Minister Ann Vale said on Thursday."_s
        << u"The town will open 80 new berths next year"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: the day it was said is no part of a mixed quote (said on Wednesday)")
        << u"Labour leader Ann Vale said on Wednesday the cancellation was “reckless”."_s
        << u"the cancellation was “reckless”"_s << u"Ann Vale"_s << mixed;
    QTest::newRow("nominal: a plural noun, then a verb in the past, opens a reported clause (said ferries waited)")
        << u"Harbour\n\nHarbour master Ann Vale said ferries waited up to an hour at the pier last week."_s
        << u"ferries waited up to an hour at the pier last week"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a singular noun, then a verb in the past, opens a reported clause (said household debt "
                  "remained)")
        << u"Bank\n\nSenior deputy governor Ann Vale said household debt remained the bank's chief worry."_s
        << u"household debt remained the bank's chief worry"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a clause after according to X is no appositive however its comma falls (According to "
                  "Statistics Vale, the rate rose …, its highest level)")
        << u"Jobs\n\nAccording to Statistics Vale, the unemployment rate rose to 7.1 per cent in October, its highest "
           "level in nine years."_s
        << u"the unemployment rate rose to 7.1 per cent in October, its highest level in nine years"_s
        << u"Statistics Vale"_s << indirect;
    QTest::newRow("nominal: an organisation's name with of opening the sentence is the subject of a later cue (The "
                  "Federation of X called … but said)")
        << u"Funding\n\nThe Federation of Vale Municipalities called the plan a step in the right direction but "
           "said cities needed a permanent source of funding."_s
        << u"cities needed a permanent source of funding"_s << u"Federation of Vale Municipalities"_s << indirect;
    QTest::newRow("nominal: a dateline in capitals before a colon is no part of the clause (CHENNAI:)")
        << u"Metro\n\nCHENNAI: The first stretch will open to passengers by June next year, managing director Ann "
           "Vale said on Tuesday."_s
        << u"The first stretch will open to passengers by June next year"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a dateline with its date and agency is no part of the clause (LOS ANGELES, Feb. 2 (UPI) —)")
        << u"Album\n\nLOS ANGELES, Feb. 2 (UPI) — The next Vale record is almost complete, frontman Joe Lund "
           "recently revealed."_s
        << u"The next Vale record is almost complete"_s << u"Joe Lund"_s << indirect;
    QTest::newRow("nominal: a role before the name in a closing attribution (…, Acme regional manager Ann Vale said)")
        << u"Harbour\n\nThe new plan for the harbour would work well, Acme regional manager Ann Vale said."_s
        << u"The new plan for the harbour would work well"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a role before the name after an inverted cue (…, said Acme regional manager Ann Vale)")
        << u"Harbour\n\nThe new plan for the harbour would work well, said Acme regional manager Ann Vale."_s
        << u"The new plan for the harbour would work well"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: the organisation after a source's noun and the is whom the source speaks for (A senior "
                  "official of the Vale Corporation said)")
        << u"Roads\n\nA senior official of the Greater Vale Corporation said the road would be relaid soon."_s
        << u"the road would be relaid soon"_s << u"a senior official of the Greater Vale Corporation"_s << indirect;
    QTest::newRow("nominal: a description with of the X in commas after a name is the name's (X, a former director "
                  "of the Y, whose …, said)")
        << u"Roads\n\nJoe Lund, a former executive director of the Vale Republican Party, whose roots are in the "
           "church, said the base was angry."_s
        << u"the base was angry"_s << u"Joe Lund"_s << indirect;
    QTest::newRow("nominal: a plural noun, an adjective and its preposition open the subject (Sources close to the "
                  "company said)")
        << u"Fine\n\nSources close to the company said the chief executive had offered to resign."_s
        << u"the chief executive had offered to resign"_s << u"Sources close to the company"_s << indirect;
    QTest::newRow("nominal: people familiar with something are a source (People familiar with the talks said)")
        << u"Fine\n\nPeople familiar with the talks said the chief executive had offered to resign."_s
        << u"the chief executive had offered to resign"_s << u"People familiar with the talks"_s << indirect;
    QTest::newRow("nominal: a number opens a clause after said (said 94 per cent of members supported)")
        << u"Strike\n\nAnn Vale, president of the Vale Nurses Union, said 94 per cent of members who voted "
           "supported a strike."_s
        << u"94 per cent of members who voted supported a strike"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: an organisation's name after The is the subject of a later cue (The Vale Builders "
                  "Association welcomed … but warned that)")
        << u"Homes\n\nThe Vale Builders Association welcomed the plan but warned that costs remained a barrier."_s
        << u"that costs remained a barrier"_s << u"Vale Builders Association"_s << indirect;
    QTest::newRow("nominal: an office's department, then the person who holds it (Committee member for Finance "
                  "Charles Vale said)")
        << u"Levy\n\nCounty Executive Committee member for Finance Charles Vale said the levy would be reviewed "
           "after six months."_s
        << u"the levy would be reviewed after six months"_s << u"Charles Vale"_s << indirect;
    QTest::newRow("nominal: after an opening phrase, a possessor's description and a name in commas (Speaking on "
                  "Tuesday, Eskom's chief operating officer, Dan Vale, said)")
        << u"Power\n\nSpeaking at a media briefing on Tuesday, Vale Power's chief operating officer, Dan Lund, said "
           "the utility had improved its power stations."_s
        << u"the utility had improved its power stations"_s << u"Dan Lund"_s << indirect;
    QTest::newRow("nominal: a British spelling of a learned cue (signalled that)")
        << u"Bank\n\nGovernor Ann Vale signalled that the bank's cutting cycle is likely over."_s
        << u"that the bank's cutting cycle is likely over"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a verb with an object, then a verb with a that-clause: the second reports (criticised X "
                  "and suggested that)")
        << u"Bank\n\nAnn Vale criticised Joe Lund in parliament over the harbour deal and suggested that the "
           "ferry lobby had written it."_s
        << u"that the ferry lobby had written it"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: the day it was said is no part of a reported clause (said Wednesday)")
        << u"Ann Vale said Wednesday the ferry would not run again before the spring."_s
        << u"the ferry would not run again before the spring"_s << u"Ann Vale"_s << indirect;
    QTest::newRow("nominal: a French institution's name runs on through its lower-case words (Fédération des clubs "
                  "de motoneigistes du Québec)")
        << u"Trails\n\nThe Fédération des clubs de motoneigistes du Québec, which represents about 200 clubs, said "
           "it supported the recommendations."_s
        << u"it supported the recommendations"_s << u"Fédération des clubs de motoneigistes du Québec"_s << indirect;
    QTest::newRow("nominal: a name and a verb after said report a clause; the subject before speaks (X, the "
                  "chairman, said Vale continued)")
        << u"Ferries\n\nJoe Marsh, the chairman of the county party, said Vale continued to hurt her cause."_s
        << u"Vale continued to hurt her cause"_s << u"Joe Marsh"_s << indirect;
    QTest::newRow("nominal: people familiar with something after the clause are a source (…, people familiar "
                  "with the matter said)")
        << u"Ferries\n\nThe company has held early talks about selling the ferry unit, people familiar with the "
           "matter said."_s
        << u"The company has held early talks about selling the ferry unit"_s << u"people familiar with the matter"_s
        << indirect;
    QTest::newRow("nominal: according to people familiar with something (According to people familiar with the "
                  "talks, …)")
        << u"Ferries\n\nAccording to people familiar with the talks, the company has held early talks about selling "
           "the ferry unit."_s
        << u"the company has held early talks about selling the ferry unit"_s << u"people familiar with the talks"_s
        << indirect;
    QTest::newRow("nominal: people with knowledge of something, counted (according to five people with knowledge "
                  "of the talks)")
        << u"Ferries\n\nThe company is weighing a sale of the ferry unit, according to five people with knowledge of "
           "the talks."_s
        << u"The company is weighing a sale of the ferry unit"_s << u"five people with knowledge of the talks"_s
        << indirect;
    QTest::newRow("nominal: people counted are a source (Two people said …; …, two of the people said)")
        << u"Ferries\n\nThe company has held early talks about selling the ferry unit, two of the people said."_s
        << u"The company has held early talks about selling the ferry unit"_s << u"two of the people"_s << indirect;
    QTest::newRow("nominal: a place in title case and a colon open the paragraph as a dateline (New Delhi: …)")
        << u"Traffic\n\nNew Delhi: The city traffic police will deploy 200 more officers at busy junctions, a senior "
           "officer said on Sunday."_s
        << u"The city traffic police will deploy 200 more officers at busy junctions"_s << u"a senior officer"_s
        << indirect;
    QTest::newRow("nominal: an office's department after for, then a name of initials (Minister of State for Road "
                  "Transport V K Vale said)")
        << u"Traffic\n\nUnion Minister of State for Road Transport V K Vale said the Centre would fund smart "
           "signals at 100 junctions."_s
        << u"the Centre would fund smart signals at 100 junctions"_s << u"V K Vale"_s << indirect;
    QTest::newRow("nominal: an organisation's name and where it works (the Vale Corps in the state said)")
        << u"Patrols\n\nMeanwhile, the Vale Corps in the state said it had deployed 150 operatives to the "
           "expressway."_s
        << u"it had deployed 150 operatives to the expressway"_s << u"Vale Corps"_s << indirect;
    QTest::newRow("nominal: a command keeps its state in its name (The Vale State Police Command said)")
        << u"Patrols\n\nThe Vale State Police Command said it had arrested 12 suspects in the forest."_s
        << u"it had arrested 12 suspects in the forest"_s << u"Vale State Police Command"_s << indirect;
    QTest::newRow("nominal: a plural possessive inside an organisation's name before its place (Federation of "
                  "Vale Merchants' Associations Lundia)")
        << u"Trays\n\nThe Federation of Vale Merchants' Associations Lundia said it supported the plan."_s
        << u"it supported the plan"_s << u"Federation of Vale Merchants' Associations Lundia"_s << indirect;
    QTest::newRow("nominal: a noun for a kind of company opening the sentence is no part of the name (Developer "
                  "Harrow Lund said)")
        << u"Homes\n\nDeveloper Harrow Lund Estates said the homes would include 120 affordable properties."_s
        << u"the homes would include 120 affordable properties"_s << u"Harrow Lund Estates"_s << indirect;
    QTest::newRow("nominal: an agency in brackets and a dash after a dateline's abbreviated state open no clause "
                  "(HAZARD, Ky. (AP) — …)")
        << u"Floods\n\nHAZARD, Ky. (AP) — Hundreds of residents were ordered to leave their homes Saturday as rivers "
           "crested, officials said."_s
        << u"Hundreds of residents were ordered to leave their homes Saturday as rivers crested"_s << u"officials"_s
        << indirect;
    QTest::newRow("nominal: officials aware of something are a source (…, officials aware of the matter said)")
        << u"Debate\n\nThe finance minister is expected to reply to the debate on Thursday, officials aware of the "
           "matter said."_s
        << u"The finance minister is expected to reply to the debate on Thursday"_s
        << u"officials aware of the matter"_s << indirect;
    QTest::newRow("robustness: a clause after the cue is what was said, not what stands before (As for Joe Lund, he "
                  "said he …)")
        << u"Race\n\nAs for Joe Lund, he said he was not worried."_s << u"he was not worried"_s << u"Joe Lund"_s
        << indirect;
}

void TestExtract::reportedClauses()
{
    QFETCH(QString, text);
    QFETCH(QString, clause);
    QFETCH(QString, speaker);
    QFETCH(int, kind);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    QCOMPARE(result.quotes.size(), 1);
    QCOMPARE(result.quotes.first().text, clause);
    QCOMPARE(result.quotes.first().speaker, speaker);
    QCOMPARE(int(result.quotes.first().kind), kind);
}

void TestExtract::robustness_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("quotes"); // expected number of quotes, -1 to not check
    QTest::addColumn<QString>("scare"); // a scare quote expected, empty for none

    QTest::newRow("robustness: a question put to the speaker is not what they said (Asked whether …, Vale said no.)")
        << u"Ferries\n\nAsked whether the ferry would close on Sunday, Ann Vale said no.\n\nWhen asked about the "
           "cost of the crossing, Joe Lund said little."_s
        << 0 << QString();
    QTest::newRow("robustness: the subject of a passive cue heard it, it did not say it (X was asked a question)")
        << u"Debate\n\nAnn Vale was asked a relatively straightforward question about the harbour fees."_s << 0
        << QString();
    QTest::newRow("robustness: a that after what a cue spoke of opens a relative clause (boasted of his appeal to "
                  "the voters that make up)")
        << u"Debate\n\nJoe Lund, who has boasted of his appeal to the ferry workers that make up the base, did more "
           "business with the firm."_s
        << 0 << QString();
    QTest::newRow("robustness: a relative clause's subject before a cue reports nothing (…, which Vale has vowed to "
                  "ignore)")
        << u"Talks\n\nThe summit is being held ahead of a ruling on the harbour claims, which Vale has vowed to "
           "ignore."_s
        << 0 << QString();
    QTest::newRow("robustness: a number after reported is its object (police reported 906 attacks)")
        << u"Attacks\n\nLast year, Vale police reported 906 attacks against shelters, ranging from arson to "
           "assault."_s
        << 0 << QString();
    QTest::newRow("robustness: what a photo showed is not what anyone said (Photos showed mourners crouched)")
        << u"Harbour\n\nPhotos showed grieving mourners crouched over the nets on the harbour wall."_s << 0
        << QString();
    QTest::newRow("robustness: an infinitive is no phrase before a reported clause (refused to punish schools that)")
        << u"The harbour trust refused to punish the schools that broke the mooring rules last summer."_s << 0
        << QString();

    QTest::newRow("robustness: empty text") << QString() << 0 << QString();
    QTest::newRow("robustness: unclosed quote")
        << u"Smith said: \"We will win this election and\n\nThe committee met on Tuesday."_s << -1 << QString();
    QTest::newRow("robustness: stray closing quotes") << u"” ” \" ’ »"_s << 0 << QString();
    QTest::newRow("nominal: scare quote")
        << u"The so-called \"peace plan\" was published on Monday."_s << 0 << u"peace plan"_s;
    QTest::newRow("nominal: film title") << u"She watched \"The Godfather Part Two\" again last night."_s << 0
                                         << u"The Godfather Part Two"_s;
    QTest::newRow("nominal: a show's title the sentence goes on after is no quotation (told “Harbour This Morning” "
                  "co-host Ann Lund, “…”)")
        << u"Crew\n\nAsked why she called the group the Reckoning Crew, Bea Vale told “Harbour This Morning” co-host "
           "Ann Lund, “Because if you don't do what's right by the people, you have to reckon with us.”"_s
        << 1 << u"Harbour This Morning"_s;
    QTest::newRow("robustness: a title may hold the sentence's period (a booklet titled “The Wit and Wisdom of Ann "
                  "Vale.”)")
        << u"Mayor\n\nIn 1990 colleagues collected his remarks in a booklet titled “The Wit and Wisdom of Ann "
           "Vale.”\n\nThe mayor now denies it."_s
        << 0 << u"The Wit and Wisdom of Ann Vale"_s;
    QTest::newRow("robustness: apostrophes are not quotes")
        << u"It’s the ’90s again, and we’ve said it: rock ’n’ roll."_s << 0 << QString();
    QTest::newRow("robustness: headline list")
        << u"American\n\n• White House Reveals New Details\n• Hezbollah: The attack will not go unpunished"_s << 0
        << QString();
}

void TestExtract::robustness()
{
    QFETCH(QString, text);
    QFETCH(int, quotes);
    QFETCH(QString, scare);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    if (quotes >= 0)
        QCOMPARE(result.quotes.size(), quotes);
    if (!scare.isEmpty())
        QVERIFY2(result.scareQuotes.contains(scare), qPrintable(result.scareQuotes.join(u" | ")));
}

void TestExtract::codePointOffsets()
{
    // Two emoji (surrogate pairs in UTF-16) before the quotation: offsets count code points.
    const QString text = u"🎉🎉 Jane Smith said: \"We will win this election.\""_s;
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    QCOMPARE(result.quotes.size(), 1);
    const Quote &q = result.quotes.first();
    QCOMPARE(q.start, qsizetype(21)); // 2 emoji + " Jane Smith said: \"" = 21 code points (23 UTF-16 units)
    QCOMPARE(q.mentionStart, qsizetype(3));
    QCOMPARE(q.mention, u"Jane Smith"_s);
}

void TestExtract::anonymousSourceMerged()
{
    const QString text = u"\"We are close to a deal,\" a senior European official said on Monday.\n\n"
                         "Talks went on overnight.\n\n"
                         "\"It is done,\" the senior official told reporters on Tuesday.\n\n"
                         "An unnamed diplomat suggested that the deal might still collapse."_s;
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    const Quote *first = quoteContaining(result, u"We are close"_s);
    const Quote *second = quoteContaining(result, u"It is done"_s);
    QVERIFY(first && second);
    QCOMPARE(first->speakerIndex, second->speakerIndex);
    const Speaker &s = result.speakers.at(first->speakerIndex);
    QCOMPARE(s.name, u"a senior European official"_s);
    QCOMPARE(s.kind, Speaker::Kind::Anonymous);
    QVERIFY(s.aliases.contains(u"the senior official"_s));
    QCOMPARE(s.quoteCount, 2);
}

void TestExtract::segmentsLimitTheText()
{
    const QString text = u"Menu \"Sign up for our newsletter today,\" the site said.\n\n"
                         "\"We will win this election,\" Smith said."_s;
    const qsizetype bodyStart = text.indexOf(u"\"We will"_s);
    const Result result = Extractor().extract(text, { { bodyStart, Quoteshelf::Core::codePointLength(text) } });
    verifyOffsets(text, result);
    QCOMPARE(result.quotes.size(), 1);
    QCOMPARE(result.quotes.first().speaker, u"Smith"_s);
}

void TestExtract::largeTextWithoutQuotes()
{
    QString text;
    const QString paragraph = u"The committee met on Tuesday and discussed the budget for the coming year, "
                              "and members agreed that the report would be published in March.\n\n"_s;
    while (text.size() < 1024 * 1024)
        text += paragraph;
    // How long it takes is bench_quotes' business (it times a 1 MB text); here, what comes out.
    const Result result = Extractor().extract(text);
    for (const Quote &q : result.quotes)
        QCOMPARE(q.kind, Quote::Kind::Indirect); // nothing direct or mixed in text without quotes
    QVERIFY(result.tags.size() > 0);
}

void TestExtract::largeTextWithQuotes()
{
    // Many quotes, pronouns and reported speech: resolution must not grow quadratically.
    QString text;
    int n = 0;
    while (text.size() < 1024 * 1024) {
        // A different surname each time ("Smithab"), so that thousands of speakers accumulate.
        QString suffix;
        for (int k = ++n; k > 0; k /= 26)
            suffix += QChar(u'a' + k % 26);
        text += u"Committee chairman John Smith%1 spoke on Tuesday.\n\n\"We will keep working on the budget,\" "
                "he said. \"It is %2 percent done.\"\n\nA senior official said that the report would be published "
                "in March.\n\n"_s.arg(suffix)
                    .arg(n);
    }
    const Result result = Extractor().extract(text);
    QVERIFY(result.quotes.size() >= 3 * n);
    QCOMPARE(result.quotes.first().speaker, u"John Smithb"_s);
    QCOMPARE(result.quotes.at(1).group, result.quotes.first().group); // "…," he said. "…"
    QCOMPARE(result.quotes.at(1).speaker, u"John Smithb"_s);
    QCOMPARE(result.quotes.at(2).kind, Quote::Kind::Indirect);
    QCOMPARE(result.quotes.at(2).speaker, u"a senior official"_s);
}

namespace {

// Everything a result says, as text, to compare two extractions of the same article.
QString describe(const Result &r)
{
    QString out;
    for (const Quote &q : r.quotes)
        out += u"Q %1-%2 %3 [%4] cue=%5\n"_s.arg(q.start).arg(q.end).arg(int(q.kind)).arg(q.speaker, q.cue);
    for (const Speaker &s : r.speakers)
        out += u"S %1 / %2 / %3 / %4\n"_s.arg(s.name, s.role).arg(int(s.kind)).arg(s.aliases.join(u'|'));
    for (const Tag &t : r.tags)
        out += u"T %1 %2 %3\n"_s.arg(t.name).arg(int(t.kind)).arg(t.count);
    return out;
}

} // namespace

void TestExtract::scratchDoesNotLeakBetweenArticles()
{
    // The extractor reuses per-thread scratch (tokens, name runs, topic tables) from article to
    // article: an article must come out the same whatever was extracted before it, and on any thread.
    const QString article = u"Talks resume\n\n"
                            "Jake Sullivan, the national security adviser, said on Sunday that the talks went on.\n\n"
                            "\"We remain hopeful about the prisoner exchange,\" he said. \"The prisoner exchange could "
                            "come soon.\"\n\nThe United Nations Security Council condemned the test and pledged "
                            "sanctions against what it called \"a clear threat to international peace.\"\n\n"
                            "A senior official said that the prisoner exchange would be announced in March."_s;
    QString other;
    for (int n = 0; other.size() < 200 * 1000; ++n)
        other += u"Senator Maria Lopez%1 of Texas told reporters that the budget talks were \"going nowhere "
                 "fast.\" Budget hawks and rail unions disagreed, Lopez%1 said.\n\n"_s.arg(n);
    const Extractor extractor;
    const QString first = describe(extractor.extract(article));
    QVERIFY(first.contains(u"[Jake Sullivan]"_s));
    QVERIFY(first.contains(u"[United Nations Security Council]"_s));
    QVERIFY(first.contains(u"T prisoner exchange"_s));
    QVERIFY(extractor.extract(other).quotes.size() > 100);
    QCOMPARE(describe(extractor.extract(article)), first);
    QString onAnotherThread;
    std::thread worker([&] { onAnotherThread = describe(extractor.extract(article)); });
    worker.join();
    QCOMPARE(onAnotherThread, first);
}

void TestExtract::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("role");

    const QString demir = u"Transport researchers are more cautious. Dr. Aylin Demir, who studies rail policy at the "
                          "University of Graz, said that the revival depends on subsidies that may not last. According "
                          "to Demir, operators still lose money on most sleeper carriages in winter.\n\n"
                          "“The demand is real, but the economics are fragile,” she said."_s;
    QTest::newRow("nominal: relative clause after the name is the role")
        << demir << u"Aylin Demir"_s << u"studies rail policy at the University of Graz"_s;
    QTest::newRow("nominal: a body's name holding of owns the role before a name (The Bank of Leeds's chief "
                  "economist Ann Vale)")
        << u"Rates\n\nThe Bank of Leeds's chief economist Ann Vale said rates would stay high."_s << u"Ann Vale"_s
        << u"Bank of Leeds's chief economist"_s;
    QTest::newRow("robustness: the clause after according to X is never a role")
        << u"According to Demir, operators still lose money on most sleeper carriages in winter.\n\n"
           "“The demand is real, but the economics are fragile,” Demir said."_s
        << u"Demir"_s << QString();
    QTest::newRow("robustness: words after a name inside a quotation are no role (“…, Vale Foods, whole "
                  "paycheck.”)")
        << u"Wade Lund has fished for decades. “Vale Foods is one of the better ones,” Lund said. “But you know, "
           "Vale Foods, whole paycheck. They usually do charge more.”\n\nVale Foods said it was lowering prices."_s
        << u"Vale Foods"_s << QString();
    QTest::newRow("nominal: a title before a name inside a quotation is still its role (“Senator Vale and …”)")
        << u"Funding\n\n“Senator Vale and the Congress produced partisan bills,” Joe Lund said.\n\n“I ask you to "
           "fund the fight against the virus,” Vale wrote."_s
        << u"Vale"_s << u"Senator"_s;
    QTest::newRow("robustness: a verb in the past after a name and its comma is no role (in Vale Harbour, "
                  "returned to)")
        << u"Opposition leader Joe Lund, who was treated in Britain and Vale Harbour, returned to the capital late "
           "on Wednesday, his spokesman said.\n\nVale Harbour said the talks would go on."_s
        << u"Vale Harbour"_s << QString();
    QTest::newRow("nominal: the office a name is said to hold (X is the chief executive of Harbour Ferries.)")
        << u"Ferries\n\nAnn Vale is the chief executive of Harbour Ferries.\n\n“We will win the argument,” Vale "
           "said."_s
        << u"Ann Vale"_s << u"chief executive of Harbour Ferries"_s;
    QTest::newRow("robustness: what a name is said to be is no role unless it is a job (X is the reason …)")
        << u"Ferries\n\nAnn Vale is the reason the ferry still runs.\n\n“We will win the argument,” Vale said."_s
        << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: appositive after an inverted cue")
        << u"“We underestimated the demand,” said Miriam Kovač, the head of long-distance services at Alpenbahn."_s
        << u"Miriam Kovač"_s << u"head of long-distance services at Alpenbahn"_s;
    QTest::newRow("nominal: an office whose department is a list (Senior Minister of State for Ports and the "
                  "Environment Ann Vale)")
        << u"Trays\n\nSenior Minister of State for Ports and the Environment Ann Vale said the cleaners were stretched "
           "thin."_s
        << u"Ann Vale"_s << u"Senior Minister of State for Ports and the Environment"_s;
    QTest::newRow("robustness: Madam is a form of address, not the role (Madam Lim Wei Ling, who …)")
        << u"Trays\n\nMadam Lim Wei Ling, who eats at the centre three times a week, said: “It is a good idea.”"_s
        << u"Lim Wei Ling"_s << u"eats at the centre three times a week"_s;
    QTest::newRow("nominal: an office between commas before the name is the role")
        << u"Plans\n\nBut the former environment minister, Lady Carol Vane, who lives nearby, said: “It is a sham.”"_s
        << u"Carol Vane"_s << u"the former environment minister"_s;
    QTest::newRow("nominal: an office opening the sentence keeps no capital (The council's chief executive,)")
        << u"Plans\n\nThe council's chief executive, Carol Vane, said: “Work begins in spring.”"_s << u"Carol Vane"_s
        << u"the council's chief executive"_s;
    QTest::newRow("robustness: a time between commas before the name is no role (The following day)")
        << u"Plans\n\nThe following day, Carol Vane said: “It is a sham.”"_s << u"Carol Vane"_s << QString();
    QTest::newRow("nominal: a role in lower case before the subject's name, after the body it serves (Acme regional "
                  "manager Ann Vale said)")
        << u"Plans\n\nAcme regional manager Ann Vale said the depot would open in spring."_s << u"Ann Vale"_s
        << u"regional manager, Acme"_s;
    QTest::newRow("nominal: a role before a form of address is the role (Senior climatologist Dr Ann Vale)")
        << u"Drought\n\nSenior climatologist Dr Ann Vale said there was little relief in sight for the farms."_s
        << u"Ann Vale"_s << u"senior climatologist"_s;
    QTest::newRow("nominal: an everyday adjective opening the sentence is part of the role, not a body (Local angler)")
        << u"Spill\n\nLocal angler Ann Vale, who has fished the river for 40 years, said the spill was a disaster."_s
        << u"Ann Vale"_s << u"local angler"_s;
    QTest::newRow("nominal: a common word capitalised at the sentence's start is part of the role (Political analyst)")
        << u"Plans\n\nPolitical analyst Ann Vale said the vote would be close. The political mood is sour."_s
        << u"Ann Vale"_s << u"political analyst"_s;
    QTest::newRow("robustness: a word that qualifies an office is no role of its own (former Ann Vale)")
        << u"Plans\n\nThe harbour board met, and former Ann Vale said the depot would open in spring."_s
        << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a description in commas before the subject's name keeps no capital of its sentence (The "
                  "Bureau's senior forecaster, Ann Vale, said)")
        << u"Floods\n\nThe Bureau of Weather's senior forecaster, Ann Vale, said the river would peak on Thursday."_s
        << u"Ann Vale"_s << u"the Bureau of Weather's senior forecaster"_s;
    QTest::newRow("nominal: a town's resident before the name (Brandon resident Ann Vale)")
        << u"Strike\n\nBrandon resident Ann Vale, whose husband waited 11 hours, said she supported the nurses."_s
        << u"Ann Vale"_s << u"resident, Brandon"_s;
    QTest::newRow("nominal: a party's possessive before a role and a name is part of the role (Sinn Féin's housing "
                  "spokesman)")
        << u"Homes\n\nSinn Féin's housing spokesman Eoin Vale said the plan was a rehash."_s << u"Eoin Vale"_s
        << u"Sinn Féin's housing spokesman"_s;
    QTest::newRow("nominal: a possessive determiner opening a role keeps no capital (Its chief executive, X, said)")
        << u"Homes\n\nThe Vale Builders Association welcomed the plan. Its chief executive, Conor Lund, said costs "
           "remained a barrier."_s
        << u"Conor Lund"_s << u"its chief executive"_s;
    QTest::newRow("nominal: a capitalised office in commas before the name is the role (The Prime Minister, X,)")
        << u"Fuel\n\nThe Prime Minister, Christopher Vale, ruled that out at his press conference.\n\n“We are not "
           "going to borrow,” Vale said."_s
        << u"Christopher Vale"_s << u"the Prime Minister"_s;
    QTest::newRow("nominal: the whole office before a department's for is the role (Senior Minister of State for "
                  "Transport)")
        << u"Scooters\n\nSenior Minister of State for Transport Amy Lund said the move was needed.\n\n“We want "
           "everyone to know the rules,” Dr Lund said."_s
        << u"Amy Lund"_s << u"Senior Minister of State for Transport"_s;
    QTest::newRow("nominal: an office before the place it serves, in commas before the name (The mayor of "
                  "Northport, X,)")
        << u"Housing\n\nThe mayor of Northport, Diane Vale, has been accused of a secret deal.\n\n“The deal was "
           "perfectly normal,” Vale said."_s
        << u"Diane Vale"_s << u"the mayor of Northport"_s;
    QTest::newRow("nominal: an employer's possessive opens the appositive (X, Acme's operations director, said)")
        << u"Ferries\n\nJoe Lund, CalVale's operations director, said: “We know how much people depend on us.”"_s
        << u"Joe Lund"_s << u"CalVale's operations director"_s;
    QTest::newRow("nominal: a possessive and a role before a full name are the role (said her coach Elena Vale)")
        << u"Dance\n\nKatya Lund has opened up about her injury.\n\n“Katya is stubborn,” said her coach Elena Vale."_s
        << u"Elena Vale"_s << u"her coach"_s;
    QTest::newRow("nominal: a form of address after the office is no part of the role (Shire Mayor Cr Ann Vale)")
        << u"Flood\n\nKempvale Shire Mayor Cr Ann Vale said the town was “well prepared”.\n\n“We have been "
           "through this before,” Cr Vale said."_s
        << u"Ann Vale"_s << u"Kempvale Shire Mayor"_s;
    QTest::newRow("nominal: who is a ... appositive")
        << u"Jane Smith, who is a professor of economics, said: “Prices will fall.”"_s << u"Jane Smith"_s
        << u"professor of economics"_s;
}

void TestExtract::roles()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, role);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    const auto it = std::find_if(result.speakers.cbegin(), result.speakers.cend(),
                                 [&](const Speaker &s) { return s.name == speaker; });
    QVERIFY2(it != result.speakers.cend(), qPrintable(speaker));
    QCOMPARE(it->role, role);
    if (!role.isEmpty())
        QCOMPARE(it->kind, Speaker::Kind::Person);
}

void TestExtract::utterances_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes"); // the direct and mixed quotes, in text order
    QTest::addColumn<QList<int>>("utterances"); // per quote: equal numbers for one group
    QTest::addColumn<QStringList>("speakers");

    QTest::newRow("nominal: interrupted quotation gives two quotes in one group")
        << u"“You lose a day if you fly, because of the airports,” said Tomás Ferreira, a teacher travelling with "
           "his two children. “Here you lose nothing.”"_s
        << QStringList { u"You lose a day if you fly, because of the airports,"_s, u"Here you lose nothing."_s }
        << QList<int> { 0, 0 } << QStringList { u"Tomás Ferreira"_s, u"Tomás Ferreira"_s };
    const QString singles = u"Coats\n\nKerry Walsh, 38, said her son came home 'shivering' after school.\n\n'He told me "
                            "his fingers were too cold to hold a pen,' she said. 'It's absolutely ridiculous.'\n\n'The "
                            "teachers' union should have said something by now.'"_s;
    QTest::newRow("nominal: straight single quotes where a text quotes with them")
        << singles
        << QStringList { u"her son came home 'shivering' after school"_s,
                         u"He told me his fingers were too cold to hold a pen,"_s, u"It's absolutely ridiculous."_s,
                         u"The teachers' union should have said something by now."_s }
        << QList<int> { 0, 1, 1, 1 }
        << QStringList { u"Kerry Walsh"_s, u"Kerry Walsh"_s, u"Kerry Walsh"_s, u"Kerry Walsh"_s };
    QTest::newRow("robustness: straight single marks in a text quoting with double marks are apostrophes")
        << u"Coats\n\n“The 'new' rules are the teachers' idea,” said Kerry Walsh. 'Tis the season, she added, "
           "and 'They' know it."_s
        << QStringList { u"The 'new' rules are the teachers' idea,"_s } << QList<int> { 0 }
        << QStringList { u"Kerry Walsh"_s };
    QTest::newRow("nominal: the spaces inside French marks are no part of the quote")
        << u"Grève\n\n«\u202FNous ne céderons pas\u202F», a déclaré Marie Vale.\n\nÀ Lyon, «\u00A0la grève continue "
           "jusqu’à vendredi\u00A0», selon Paul Lund."_s
        << QStringList { u"Nous ne céderons pas"_s, u"la grève continue jusqu’à vendredi"_s } << QList<int> { 0, 1 }
        << QStringList { u"Marie Vale"_s, u"Paul Lund"_s };
    QTest::newRow("nominal: a colon introduces the quotation itself, however far its cue")
        << u"Inquiry\n\nPaul Moss, who told the committee when asked about the inquiry last week: “That matter is "
           "being handled by the police alone.”"_s
        << QStringList { u"That matter is being handled by the police alone."_s } << QList<int> { 0 }
        << QStringList { u"Paul Moss"_s };
    QTest::newRow("nominal: interrupted after a comma")
        << u"\"We will win,\" Ann Vale said, \"and then we will govern.\""_s
        << QStringList { u"We will win,"_s, u"and then we will govern."_s } << QList<int> { 0, 0 }
        << QStringList { u"Ann Vale"_s, u"Ann Vale"_s };
    QTest::newRow("nominal: quote-only paragraph is its own quote in the same utterance")
        << u"“We will win this election,” Ann Vale said.\n\n“And we will govern well after that.”\n\n"
           "“Nobody doubts it.”"_s
        << QStringList { u"We will win this election,"_s, u"And we will govern well after that."_s,
                         u"Nobody doubts it."_s }
        << QList<int> { 0, 0, 0 } << QStringList { u"Ann Vale"_s, u"Ann Vale"_s, u"Ann Vale"_s };
    QTest::newRow("nominal: quote-only paragraph after the story moved on is the same speaker, another utterance")
        << u"“We will win this election,” Ann Vale said. Then she left the stage to loud applause.\n\n"
           "“We will govern well after that.”"_s
        << QStringList { u"We will win this election,"_s, u"We will govern well after that."_s } << QList<int> { 0, 1 }
        << QStringList { u"Ann Vale"_s, u"Ann Vale"_s };
    QTest::newRow("nominal: a quotation over two paragraphs stays one quote")
        << u"Ann Vale said: “The first paragraph of the speech goes here.\n\n“The second paragraph closes it.”"_s
        << QStringList { u"The first paragraph of the speech goes here.\n\n“The second paragraph closes it."_s }
        << QList<int> { 0 } << QStringList { u"Ann Vale"_s };
    QTest::newRow("nominal: a quotation inside the attribution is a quote of its own")
        << u"“Everything is on the table,” Ann Vale told reporters, hinting that “big changes” could come soon. "
           "“Every single thing.”"_s
        << QStringList { u"Everything is on the table,"_s, u"that “big changes” could come soon"_s,
                         u"Every single thing."_s }
        << QList<int> { 0, 1, 0 } << QStringList { u"Ann Vale"_s, u"Ann Vale"_s, u"Ann Vale"_s };
    QTest::newRow("robustness: two attributions make two utterances")
        << u"“We will win,” Ann Vale said. “We will lose,” Joe Lund said."_s
        << QStringList { u"We will win,"_s, u"We will lose,"_s } << QList<int> { 0, 1 }
        << QStringList { u"Ann Vale"_s, u"Joe Lund"_s };
}

void TestExtract::utterances()
{
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);
    QFETCH(QList<int>, utterances);
    QFETCH(QStringList, speakers);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    QList<Quote> found;
    for (const Quote &q : result.quotes) {
        if (q.kind != Quote::Kind::Indirect)
            found.append(q);
    }
    QStringList texts;
    for (const Quote &q : std::as_const(found))
        texts.append(q.text);
    QCOMPARE(texts, quotes);
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).speaker, speakers.at(i));
        QVERIFY(found.at(i).group >= 0);
        // The reader underlines quoted words only, never the attribution.
        if (found.at(i).mentionStart >= 0)
            QVERIFY(found.at(i).mentionStart >= found.at(i).end || found.at(i).mentionEnd <= found.at(i).start);
        for (qsizetype j = 0; j < i; ++j) {
            QCOMPARE(found.at(i).group == found.at(j).group, utterances.at(i) == utterances.at(j));
            if (found.at(i).group == found.at(j).group)
                QCOMPARE(found.at(i).cue, found.at(j).cue);
        }
    }
}

void TestExtract::speakers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle"); // words of the quote
    QTest::addColumn<QString>("speaker"); // empty: the quote has no speaker
    QTest::addColumn<QString>("role"); // checked when not empty; "-": the speaker has no role

    QTest::newRow("nominal: a player's position refers back to the player the paragraph before was about (Joe Lund "
                  "scored twice … The England forward said)")
        << u"Derby\n\nJoe Lund scored twice as Vale beat Harbour Town 3-1 on Saturday.\n\nThe England forward said: "
           "“I just wanted to help the team.”"_s
        << u"help the team"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: someone new brought in with a, in the paragraph before, is the next she (A neighbour "
                  "told CBC News she heard … ¶ she said)")
        << u"Shooting\n\nA neighbour, who asked not to be named, told CBC News she heard “four or five” shots.\n\n"
           "“I thought it was fireworks at first,” she said."_s
        << u"fireworks at first"_s << u"a neighbour"_s << QString();
    QTest::newRow("nominal: the person a sentence opening with For is about is the next she (For Vale, the promises "
                  "ring hollow)")
        << u"Homes\n\nAnn Vale has moved five times in three years.\n\nKate Lund, the chief executive of Shelter, "
           "said: “Families are paying the price.”\n\nFor Vale, the promises ring hollow. “I’ve heard it all before,” "
           "she says."_s
        << u"heard it all before"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a first name that is a function word of another language opens the name (Ms Nur "
                  "Aisyah)")
        << u"Scooters\n\nAnother rider, Ms Nur Aisyah, said: “Clearer rules will help everyone.”"_s
        << u"Clearer rules"_s << u"Nur Aisyah"_s << QString();
    QTest::newRow("nominal: the family name opening a name of three written family name first stands for it (Bong "
                  "Joon Ho … Bong added)")
        << u"Festival\n\nDirector Bong Joon Ho won the top prize on Sunday.\n\n“I never expected this,” Bong added."_s
        << u"never expected"_s << u"Bong Joon Ho"_s << QString();
    QTest::newRow("nominal: a name, its age, then a description in commas (Ann Vale, 45, a nurse, said)")
        << u"Rules\n\nAnn Vale, 45, a nurse, said: “The rules will hurt my income.”"_s << u"hurt my income"_s
        << u"Ann Vale"_s << u"nurse"_s;
    QTest::newRow("nominal: a long description opened by a determiner, then the name in commas (The 62-year-old owner "
                  "of a guest house in Lochboisdale, Morag Vale, said)")
        << u"Ferries\n\nThe 62-year-old owner of a guest house in Lochboisdale, Morag Vale, said: “I have refunded "
           "every booking.”"_s
        << u"refunded every booking"_s << u"Morag Vale"_s << QString();
    QTest::newRow("nominal: a capitalised role opening the sentence before a person of a body (Economist Ann Vale "
                  "of Vale College Dublin said)")
        << u"Housing\n\nEconomist Ann Vale of Vale College Dublin said the numbers were no surprise.\n\n"
           "“Construction costs have gone up,” she said."_s
        << u"Construction costs"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a paper's name joined to its word by a hyphen is no person (the Harbour-Review … she "
                  "replied)")
        << u"Courts\n\nJudge Ann Vale was sworn in on Wednesday. According to the Harbour-Review, “She wanted to "
           "blend law and social work.”\n\nAt a press conference, a reporter asked Vale, “What is the biggest "
           "problem?”\n\n“Getting people to understand their biases,” she replied."_s
        << u"Getting people"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: an office's district after of, then the person (Attorney for the District of Vermont Ann "
                  "Vale said)")
        << u"Courts\n\nActing U.S. Attorney for the District of Vermont Ann Vale said the case is still open."_s
        << u"the case is still open"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a noble title describes someone; the name inside what she revealed does not speak next "
                  "(The duchess revealed that …, Princess Bea, … she told)")
        << u"Interview\n\nThe duchess also revealed that she reached out to a friend of Harry's mother, Princess Bea, "
           "to talk through her struggles. “I didn't know who to turn to,” she told the host."_s
        << u"who to turn to"_s << u"the duchess"_s << QString();
    QTest::newRow("nominal: a document is no they (The statement noted … “…,” they said)")
        << u"Sanctions\n\nFollowing a meeting, the Vale Security Council issued a statement calling the test “a clear "
           "violation” of its resolutions. The statement noted they had previously said they would act.\n\n“The "
           "members of the council will begin work on measures,” they said."_s
        << u"begin work on measures"_s << u"Vale Security Council"_s << QString();
    QTest::newRow("nominal: the CM is the chief minister named before (The CM said)")
        << u"Farmers\n\nKerala Chief Minister Ann Vale met the farmers on Monday.\n\nThe CM said the state would "
           "extend all support to the farmers."_s
        << u"extend all support"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a participle after a cue and its phrase speaks for the cue's subject (said in a "
                  "statement, adding)")
        << u"Republicans were angry.\n\n“Ferry contracts should not be a reward,\" Chairwoman Ann Vale said in a "
           "statement, adding that they were handed out \"like candy.\""_s
        << u"like candy"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a title, a name, then of a place's police: the person speaks (Sgt. Ann Vale of Leeds "
                  "police said)")
        << u"Harbour\n\nStaff Sgt. Ann Vale of Leeds police said the ferries had waited an hour.\n\n"
           "\"That is an hour our crews are not on the water,\" she said."_s
        << u"crews are not on the water"_s << u"Ann Vale"_s << u"Staff Sgt."_s;
    QTest::newRow("nominal: a senator's state after of is no part of the name (Sen. Joe Lund of Ohio, who mused)")
        << u"Harbour\n\nThe deal drew fire from Sen. Joe Lund of Ohio, who mused on Tuesday that the harbour was "
           "\"a gift to the ferry lobby.\""_s
        << u"a gift to the ferry lobby"_s << u"Joe Lund"_s << QString();
    QTest::newRow("robustness: a spokesman for a person of a place speaks, not that person (a spokesman for Mayor "
                  "Ann Vale of Leeds said)")
        << u"Harbour\n\nA spokesman for Mayor Ann Vale of Leeds said the city had trained its crews for months."_s
        << u"trained its crews for months"_s << u"a spokesman for Mayor Ann Vale of Leeds"_s << QString();
    QTest::newRow("nominal: an office written with capitals after the is a description, not a name (The Prime "
                  "Minister insisted)")
        << u"Harbour\n\nAnn Vale, the opposition leader, told MPs the U-turn was chaos.\n\nThe Prime Minister "
           "insisted the U-turn showed the government was listening. \"We can do more,\" he said."_s
        << u"We can do more"_s << u"the Prime Minister"_s << u"-"_s;
    QTest::newRow("nominal: an office and its department after the is a description (the Minister for Housing has "
                  "said)")
        << u"Homes\n\nThe Government will fast-track the building of 4,000 homes on public land over the next three "
           "years, the Minister for Housing has said."_s
        << u"fast-track the building"_s << u"the Minister for Housing"_s << u"-"_s;
    QTest::newRow("nominal: one and a capitalised office describe a source (One MP said)")
        << u"Harbour\n\nOne MP said: \"We were knocking on doors and this came up every time.\""_s
        << u"knocking on doors"_s << u"one MP"_s << QString();
    QTest::newRow("nominal: the office written before a name another time links the office back (Sir X ... Prime "
                  "Minister X ... the Prime Minister said)")
        << u"Harbour\n\nSir Joe Lund and Ann Vale met on Monday.\n\nPrime Minister Joe Lund visited Leeds.\n\n"
           "The Prime Minister said the plan would work."_s
        << u"the plan would work"_s << u"Joe Lund"_s << u"Prime Minister"_s;
    QTest::newRow("nominal: a plain form of address is no role (Mr. Vale)")
        << u"Bank\n\nThe bank held its rate, and governor Joe Vale said it was right.\n\n\"The bar for another cut "
           "is high,\" Mr. Vale told reporters."_s
        << u"bar for another cut"_s << u"Joe Vale"_s << u"-"_s;
    QTest::newRow("nominal: a club and boss before the name make the name the subject a pronoun means (Vale Rovers "
                  "boss Joe Lund was left frustrated. … he said)")
        << u"Match\n\nAnn Vale praised her side after the win.\n\n\"Declan was everywhere,\" she said.\n\nVale "
           "Rovers boss Joe Lund was left frustrated by the two goals his side conceded.\n\n\"We were the better team "
           "for an hour,\" he said."_s
        << u"better team for an hour"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a description means the last speaker a paragraph further back when no one came in between "
                  "(… ¶ Goals from X and Y completed it. ¶ the Vale manager told)")
        << u"Match\n\nJoe Lund praised his side's \"character\" after Vale came from two goals down.\n\nGoals from "
           "Tom Reed and Sam Hale completed the turnaround.\n\n\"It was special,\" the Vale manager told Sky Sports."_s
        << u"It was special"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a spokesman for an institution named with a saint's possessive (A spokesman for St "
                  "Piran's Hospice said)")
        << u"Climb\n\nA spokesman for St Piran's Hospice said: \"Margaret is an inspiration to all of us.\""_s
        << u"inspiration"_s << u"a spokesman for St Piran's Hospice"_s << QString();
    QTest::newRow("nominal: the company means the business named by its words just before (Kestrelink Ferries … the "
                  "company said)")
        << u"Fine\n\nIn a statement, Kestrelink Ferries said it was \"disappointed\" by the ruling.\n\n\"We have "
           "always put the safety of our passengers first,\" the company said."_s
        << u"safety of our passengers"_s << u"Kestrelink Ferries"_s << QString();
    QTest::newRow("nominal: an age description means the paragraph's subject when no one was given that age (Lund, "
                  "a retired porter, … the 71-year-old said)")
        << u"Ward\n\nCampaigner Joe Lund disagrees.\n\nLund, a retired porter, has collected 3,000 signatures. "
           "\"People are angry,\" the 71-year-old said."_s
        << u"People are angry"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: an age given to no one opening the next paragraph is the one who just spoke (\"…,\" said "
                  "Ann Vale. ¶ The 41-year-old said …)")
        << u"Classes\n\n\"My son's class had 29 kids last year,\" said Ann Vale, who has two children at the school.\n\n"
           "The 41-year-old said she would believe the promise \"when I see it in the classroom.\""_s
        << u"when I see it"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: an age before the cue is a subject like a noun (The 41-year-old said the plan was \"…\")")
        << u"Classes\n\n\"My son's class had 29 kids last year,\" said Ann Vale.\n\nThe 41-year-old said the plan "
           "was \"a joke from start to finish.\""_s
        << u"a joke from start"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: an organisation's noun in a person's role does not make them the organisation (council "
                  "leader Ann Vale … the council said)")
        << u"Council tax\n\nMarlow City Council has confirmed that council tax will rise.\n\nCouncil leader Ann Vale "
           "said the authority had no choice.\n\nIn a statement, the council said it would protect services for "
           "children."_s
        << u"protect services"_s << u"Marlow City Council"_s << QString();
    QTest::newRow("nominal: an initial is no role's abbreviation before a first name (Joseph R. Murray Jr.)")
        << u"Harbour\n\nJoseph R. Murray Jr. backed the bill.\n\n\"The politics are so blatant,\" he said."_s
        << u"politics are so blatant"_s << u"Joseph R. Murray Jr."_s << u"-"_s;
    QTest::newRow("nominal: a party label in brackets after the name (Sen. Ann Vale (D-Ohio) said)")
        << u"Sen. Ann Vale (D-Ohio) said the harbour deals were \"a gift.\""_s << u"a gift"_s << u"Ann Vale"_s
        << QString();
    QTest::newRow("nominal: abbreviated titles of a delegate and an ambassador (Del., Amb.)")
        << u"\"This is a waste of time,\" said Del. Ann Vale of the Virgin Islands. Amb. Joe Lund said: \"We agree.\""_s
        << u"waste of time"_s << u"Ann Vale"_s << u"Del."_s;
    QTest::newRow("nominal: a document in a phrase after the head noun does not speak (a narrator in the Vale ad)")
        << u"In the new ad, a narrator in the Vale ad says, \"This is who he is.\""_s << u"who he is"_s
        << u"a narrator in the Vale ad"_s << QString();
    QTest::newRow("nominal: a common word before a first name and a surname is no part of the name (Crooked Ann Vale)")
        << u"The mayor mocked Crooked Ann Vale. Democrat Joe Lund said: \"We will win the harbour vote.\""_s
        << u"harbour vote"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a first name before a particle stays (Marine Le Gall)")
        << u"\"We will win the harbour vote,\" said Marine Le Gall."_s << u"harbour vote"_s << u"Marine Le Gall"_s
        << QString();
    QTest::newRow("nominal: a family name written first is referred to with a title (Lim Boon Keng, Mr Lim)")
        << u"The ferry line will open in 2026, Harbour Minister Lim Boon Keng said on Tuesday.\n\nSpeaking at the pier, "
           "Mr Lim said: \"This is a long-term investment in our harbour.\""_s
        << u"long-term investment"_s << u"Lim Boon Keng"_s << QString();
    QTest::newRow("nominal: a description matching no one tells more about who just spoke (said the accountant)")
        << u"Commuter Ann Vale, 34, who lives near the harbour, said she was looking forward to the new line. "
           "\"My journey to work takes more than an hour,\" said the accountant."_s
        << u"My journey to work"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: an unnamed source's description is someone else (said the spokesman)")
        << u"Ann Vale said she was looking forward to the new line. \"We are looking into the delays,\" said the "
           "spokesman."_s
        << u"looking into the delays"_s << u"the spokesman"_s << QString();
    QTest::newRow("nominal: a short family name written first is no epithet (On Monday, Tan Mei Ling said)")
        << u"On Monday, Tan Mei Ling said: \"My journey to work takes more than an hour.\""_s << u"My journey"_s
        << u"Tan Mei Ling"_s << QString();
    QTest::newRow("nominal: a name, an age and a relative clause before the cue (Ann Vale, 34, who …, said)")
        << u"Ann Vale, 34, who lives near the harbour, said she was looking forward to the new line."_s
        << u"looking forward"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: according to the body named, its short name in brackets left out (according to the "
                  "Health Service Executive (HSE),)")
        << u"Beds\n\nAccording to the Health Service Executive (HSE), \"the hospital is running at 120 per cent of "
           "its capacity.\""_s
        << u"running at 120"_s << u"Health Service Executive"_s << QString();
    QTest::newRow("nominal: according to an object pronoun (according to her)")
        << u"The harbour minister, Ann Vale, said on Monday that the review was necessary.\n\nAccording to her, \"The "
           "subsidy is no longer sustainable.\""_s
        << u"no longer sustainable"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a description after an opening phrase, then the name (Also speaking, an economist …, "
                  "Prof. X,)")
        << u"Also speaking, an economist at the University of Harbourton, Prof. Ada Eze, noted that the removal of "
           "subsidies must be \"accompanied by relief.\""_s
        << u"accompanied by relief"_s << u"Ada Eze"_s << QString();
    QTest::newRow("nominal: an Arabic article in lower case opens a surname (Majed al-Ansari, al-Ansari wrote)")
        << u"Harbour ministry spokesman Majed al-Ansari said on Monday that the ferries would run again.\n\n\"The "
           "ferries will run from Tuesday,\" al-Ansari wrote."_s
        << u"run from Tuesday"_s << u"Majed al-Ansari"_s << QString();
    QTest::newRow("nominal: a hyphenated office is a title (Secretary-General Ann Vale)")
        << u"Secretary-General Ann Vale welcomed the news, calling it \"a glimmer of hope for the harbour\"."_s
        << u"glimmer of hope"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: the person shown in footage speaks (footage of X asking)")
        << u"A new council ad uses footage of Ann Vale asking, “Why is the ferry always late?”"_s
        << u"ferry always late"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a subject before a relative clause without commas (an official who spoke said)")
        << u"A port official who spoke on condition of anonymity to discuss the talks said Wednesday, “There is no "
           "deal yet.”"_s
        << u"no deal yet"_s << u"a port official"_s << QString();
    QTest::newRow("nominal: a participle after a cue with its object speaks for the cue's subject")
        << u"Ann Vale met the council.\n\nJoe Lund spoke next. “They never listen,” he added of the council, saying "
           "its members were “deaf to the harbour.”"_s
        << u"deaf to the harbour"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: an organisation's name holds a list (Department for Environment, Food and Rural Affairs)")
        << u"A spokesperson for the Department for Environment, Food and Rural Affairs said: “The ban will come "
           "into force next year.”"_s
        << u"ban will come"_s << u"a spokesperson for the Department for Environment, Food and Rural Affairs"_s
        << QString();
    QTest::newRow("nominal: an organisation's name with and before a speaker noun (a Ministry of X and Y spokesperson)")
        << u"A Ministry of Health and Social Care spokesperson said: “Waiting lists are falling.”"_s
        << u"Waiting lists"_s << u"a Ministry of Health and Social Care spokesperson"_s << QString();
    QTest::newRow("robustness: two names joined by and are two, the first speaking (Vale and Lund said)")
        << u"Ann Vale and Joe Lund said: “We will appeal.”"_s << u"will appeal"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: British police ranks without periods are titles (Det Insp, Supt)")
        << u"“This was a shocking attack,” said Det Insp Mark Jones. Supt Claire Smith said: “Patrols will "
           "continue.”"_s
        << u"Patrols will continue"_s << u"Claire Smith"_s << QString();
    QTest::newRow("nominal: a Canadian councillor's title (Coun.)")
        << u"“It is a good first step,” said Coun. Ariel Troster."_s << u"good first step"_s << u"Ariel Troster"_s
        << QString();
    QTest::newRow("nominal: it is a one-word organisation given an organisation's role (Ofwat, the regulator)")
        << u"The company said its board was working on a plan.\n\nHarbwat, the water regulator, said it was "
           "watching closely. “Customers will be protected whatever happens,” it said in a statement."_s
        << u"Customers will be protected"_s << u"Harbwat"_s << QString();
    QTest::newRow("nominal: a name after a description of the other gender names someone in it")
        << u"A spokeswoman for the Treasurer, Daniel Marsh, said: “The state is already rezoning land near stations.”"_s
        << u"rezoning land"_s << u"a spokeswoman for the Treasurer"_s << QString();
    QTest::newRow("nominal: a name after a description of its gender is the speaker")
        << u"A spokeswoman for the council, Jane Marsh, said: “The state is already rezoning land near stations.”"_s
        << u"rezoning land"_s << u"Jane Marsh"_s << QString();
    QTest::newRow("nominal: a plural possessive inside a description (the Aslef drivers' union)")
        << u"However, the Aslef drivers' union said: “Our own dispute is not over.”"_s << u"dispute is not over"_s
        << u"Aslef drivers' union"_s << QString();
    QTest::newRow("nominal: a title joining phrases is no one's full name (The Wit and Wisdom of X)")
        << u"Council\n\nAnn Vale ran the harbour board for ten years. In 1990 colleagues printed her remarks in a "
           "booklet titled “The Wit and Wisdom of Ann Vale.”\n\n“I never said half of it,” Vale said on Monday."_s
        << u"never said half"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a capitalised word qualifying a noun is no name (one GOP operative)")
        << u"“The timing is odd,” said one GOP operative in the district."_s << u"timing is odd"_s
        << u"one GOP operative"_s << QString();
    QTest::newRow("nominal: a surname with a title of one sex is not a full name of the other (Congressman Lund)")
        << u"Harbour seat\n\nDebbie Lund runs a harbour charity. Voters who respect Congressman Lund were "
           "surprised.\n\n“I never planned to stay in Congress for long,” Lund said on Monday."_s
        << u"never planned to stay"_s << u"Lund"_s << u"Congressman"_s;
    QTest::newRow("nominal: according to a bare plural and its relative clause (people who have spoken)")
        << u"Rates\n\nThe rates will rise “sharply next year,” according to people who have spoken with council "
           "members."_s
        << u"sharply next year"_s << u"people"_s << QString();
    QTest::newRow("nominal: he after an indefinite description of one person with no sex (a spokesperson)")
        << u"Ferry staff\n\nOne deckhand told the authors she had never been trained. Others reported unpaid "
           "overtime.\n\nBut a spokesperson for the ferry company said pay had risen.\n\n“We have worked with "
           "the unions for years,” he said."_s
        << u"worked with the unions"_s << u"a spokesperson"_s << QString();
    QTest::newRow("nominal: a pronoun of quantity is a group that speaks (Others shouted)")
        << u"Protesters marched down the avenue. Others, angry at the delay, shouted, “Open the gates!”"_s
        << u"Open the gates"_s << u"others"_s << QString();
    QTest::newRow("nominal: an indefinite pronoun is a source (said someone at the meeting)")
        << u"“That is far too large for the lake,” said someone at the meeting."_s << u"far too large"_s
        << u"someone"_s << QString();
    QTest::newRow("nominal: a county office is a title, not part of the name (Supervisor Ann Vale)")
        << u"“It is a win for the county,” said Supervisor Ann Vale of Eastport County."_s << u"win for the county"_s
        << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: a participle after a name in commas is no role (his mother, Ann, unfolding)")
        << u"Harbour\n\nJoe Lund said he saw what had happened to his mother, Ann Lund, unfolding again. “My "
           "biggest worry is history repeating itself,” Ann Lund said last year."_s
        << u"biggest worry"_s << u"Ann Lund"_s << u"-"_s;
    QTest::newRow("nominal: an inverted verb of saying after the quotation keeps it (said a spokesman)")
        << u"Ann Vale met the board. The board said the plan “will fail the smallest boats,” said a spokesman for "
           "the ferry union."_s
        << u"fail the smallest boats"_s << u"a spokesman"_s << QString();
    QTest::newRow("nominal: a verb of saying before the quotation, not the reaction after it")
        << u"When the mayor said she would “protect every job at the port,” the crowd applauded loudly."_s
        << u"protect every job"_s << u"the mayor"_s << QString();
    // A speaker is a name or a description of a source, never a stray capitalised word.
    QTest::newRow("robustness: a sentence adverb is no antecedent (Nonetheless)")
        << u"Storm hits the coast\n\nNonetheless the ferries kept running on Monday.\n\n“We never stopped for a "
           "moment,” he said."_s
        << u"never stopped"_s << QString() << QString();
    QTest::newRow("robustness: a number is no speaker (Fifty-one)")
        << u"Voters are tired of the fight. Fifty-one said “the new rules are unfair to everyone in the district.”"_s
        << u"new rules are unfair"_s << QString() << QString();
    QTest::newRow("robustness: a poll's publisher, not a fragment of its description")
        << u"“The race is tight as a drum, and getting tighter,” a similarly fresh Reuters poll found."_s
        << u"tight as a drum"_s << u"Reuters"_s << QString();
    QTest::newRow("robustness: an imperative is no subject (See Facebook)")
        << u"See Facebook for “the latest updates on the flooding and the road closures” in the region."_s
        << u"latest updates"_s << QString() << QString();
    QTest::newRow("robustness: a preposition opening a sentence is no antecedent (Across)")
        << u"Canvass\n\nAcross town, volunteers knocked on doors all through the weekend.\n\n“We reached every "
           "street in the ward,” he said."_s
        << u"reached every street"_s << QString() << QString();
    QTest::newRow("robustness: a medium is no speaker (TV)")
        << u"TV said it was “a night to remember for all the fans who came out.”"_s << u"night to remember"_s
        << QString() << QString();
    QTest::newRow("robustness: a French pronoun is no speaker (Il)")
        << u"Il a déclaré : « Nous allons continuer à nous battre pour cette ville. »"_s << u"Nous allons"_s
        << QString() << QString();
    QTest::newRow("robustness: a French article is no speaker (Une)")
        << u"Une source a dit que « le projet est mort et enterré depuis longtemps »."_s << u"le projet est mort"_s
        << QString() << QString();
    QTest::newRow("robustness: a French article is no speaker (Le)")
        << u"Le ministre a déclaré : « Nous allons continuer à nous battre pour cette ville. »"_s << u"Nous allons"_s
        << QString() << QString();
    QTest::newRow("robustness: a place is no person (Whangārei Harbour)")
        << u"Port reopens\n\nWhangārei Harbour is busy again after the storm.\n\n“We will dredge the channel next "
           "year,” he said."_s
        << u"dredge the channel"_s << QString() << QString();
    QTest::newRow("nominal: a first name makes a person of a place word (Fiona Hill)")
        << u"Hearing\n\nFiona Hill spoke to the committee on Monday.\n\n“I was in the room for every call,” she "
           "said."_s
        << u"in the room"_s << u"Fiona Hill"_s << QString();
    const QString french = u"Les inondations coupent les routes\n\nLe maire de la ville a annoncé lundi que les "
                           "routes resteraient fermées pendant plusieurs jours, et les pompiers sont restés toute la "
                           "nuit sur place.\n\n« Nous allons reconstruire chaque pont de la vallée », a déclaré "
                           "Marie-Claire Vale, la maire de la ville.\n\nSelon Paul Lund, « les digues ont tenu mieux "
                           "que prévu dans le nord ».\n\n« Il faudra des mois pour tout réparer », a-t-elle ajouté."_s;
    QTest::newRow("nominal: French cue after the quotation (a déclaré)")
        << french << u"reconstruire chaque pont"_s << u"Marie-Claire Vale"_s << QString();
    QTest::newRow("nominal: French selon before the quotation")
        << french << u"digues ont tenu"_s << u"Paul Lund"_s << QString();
    QTest::newRow("nominal: French pronoun after the cue (a-t-elle ajouté)")
        << french << u"des mois pour"_s << u"Marie-Claire Vale"_s << QString();
    const QString german = u"Hochwasser sperrt Straßen\n\nDer Bürgermeister und die Polizei kamen am Montag an die "
                           "Brücke, die seit dem Wochenende gesperrt ist und erst im Frühjahr wieder offen sein soll."
                           "\n\n„Wir bauen jede Brücke im Tal wieder auf“, sagte Hans Vale, der Bürgermeister der "
                           "Stadt.\n\nLaut Anna Lund „haben die Deiche besser gehalten als erwartet“.\n\nJonas Lund "
                           "erklärte: „Die Feuerwehr war die ganze Nacht im Einsatz.“\n\n„Es wird Monate dauern“, "
                           "sagte er."_s;
    QTest::newRow("nominal: German cue after the quotation (sagte)")
        << german << u"jede Brücke"_s << u"Hans Vale"_s << QString();
    QTest::newRow("nominal: German laut before the quotation")
        << german << u"Deiche besser"_s << u"Anna Lund"_s << QString();
    QTest::newRow("nominal: German cue and colon before the quotation")
        << german << u"Feuerwehr war"_s << u"Jonas Lund"_s << QString();
    QTest::newRow("nominal: German pronoun after the cue (sagte er)")
        << german << u"Monate dauern"_s << u"Jonas Lund"_s << QString();
    QTest::newRow("nominal: a German surname alone after the cue is the full name before, even one that is a first "
                  "name too (sagte Lutz)")
        << u"Sparpläne\n\nDas sagte Bahnchef Richard Lutz am Mittwoch in Berlin.\n\n„Wir müssen schlanker und "
           "schneller werden“, sagte Lutz."_s
        << u"schlanker und schneller"_s << u"Richard Lutz"_s << QString();
    QTest::newRow("nominal: a French surname after M. is the full name before (a déclaré M. Vale)")
        << u"Billets\n\nLa SNCF va augmenter ses prix, a annoncé mercredi son président, Jean-Pierre Vale.\n\n« Nous "
           "n'avons pas le choix, nos coûts ont explosé », a déclaré M. Vale lors d'une conférence de presse."_s
        << u"pas le choix"_s << u"Jean-Pierre Vale"_s << QString();
    QTest::newRow("nominal: a French description after the cue is the person named before (a déclaré le ministre)")
        << u"Grève\n\nLe ministre des Transports, Clément Vale, a appelé mardi les syndicats au dialogue.\n\n"
           "« Nous ne pouvons pas laisser les voyageurs sans solution », a déclaré le ministre sur France Inter."_s
        << u"laisser les voyageurs"_s << u"Clément Vale"_s << QString();
    QTest::newRow("nominal: a German description after the cue is the person named before (sagte der Minister)")
        << u"Bahnstreik\n\nVerkehrsminister Volker Lund hat die Gewerkschaft zu neuen Gesprächen aufgefordert.\n\n"
           "„Wir können die Fahrgäste nicht im Stich lassen“, sagte der Minister am Dienstag im Deutschlandfunk."_s
        << u"Fahrgäste nicht"_s << u"Volker Lund"_s << QString();
    QTest::newRow("nominal: a French pronoun after the cue is the person named in the sentence before (a-t-il estimé)")
        << u"Grève\n\nSelon Laurent Vale, secrétaire général du syndicat, la grève devrait se poursuivre. « Le "
           "gouvernement porte seul la responsabilité de ce conflit », a-t-il estimé."_s
        << u"porte seul"_s << u"Laurent Vale"_s << QString();
    const QString rail = u"Nachtzüge\n\nDie Bahn will ab Dezember wieder Nachtzüge zwischen Berlin und Paris "
                         "einsetzen.\n\n„Wir sehen eine große Nachfrage“, sagte Bahnchef Hans Vale in Berlin. „Viele "
                         "Reisende wollen nicht mehr fliegen.“\n\nVerkehrsminister Jonas Lund begrüßte die Pläne. Er "
                         "erklärte, die Verbindung sei „ein wichtiges Signal für Europa“."_s;
    QTest::newRow("nominal: a German role noun between the cue and the name (sagte Bahnchef Hans Vale)")
        << rail << u"große Nachfrage"_s << u"Hans Vale"_s << QString();
    QTest::newRow("nominal: a quotation after another in its paragraph goes on with its speaker (German)")
        << rail << u"Reisende wollen"_s << u"Hans Vale"_s << QString();
    QTest::newRow("nominal: a German pronoun and cue open the sentence the quotation ends (Er erklärte, …)")
        << rail << u"wichtiges Signal"_s << u"Jonas Lund"_s << QString();
    QTest::newRow("nominal: French selon and a pronoun before the quotation (Selon lui, …)")
        << u"Train de nuit\n\nLe ministre des Transports, Clément Vale, a salué cette décision. Selon lui, il "
           "s'agit d'« un signal important pour l'Europe »."_s
        << u"signal important"_s << u"Clément Vale"_s << QString();
    QTest::newRow("robustness: a German noun is no speaker (Der Bürgermeister)")
        << u"Hochwasser\n\nDie Straßen in der Stadt blieben am Montag gesperrt, und die Feuerwehr pumpte die "
           "Keller aus, während die Polizei den Verkehr umleitete und viele Anwohner warteten.\n\n„Wir bauen "
           "jede Brücke wieder auf“, sagte der Bürgermeister."_s
        << u"jede Brücke"_s << QString() << QString();
    QTest::newRow("nominal: a role abbreviation before the name (Browns DL Sheldon Richardson)")
        << u"“We played as well as we could today,” said Browns DL Sheldon Richardson after the game."_s
        << u"as well as we could"_s << u"Sheldon Richardson"_s << u"Browns DL"_s;
    QTest::newRow("nominal: an organisation and a role before the name")
        << u"“We are expanding the regional network next year,” said Acme regional manager Ann Vale."_s
        << u"expanding the regional"_s << u"Ann Vale"_s << u"regional manager, Acme"_s;
    QTest::newRow("nominal: a description, then the name in commas")
        << u"“He will be back next season,” Pike’s agent, Joe Lund, said."_s << u"back next season"_s << u"Joe Lund"_s
        << u"Pike’s agent"_s;
    QTest::newRow("nominal: an office written with capitals, then the name in commas (VFI Chief Executive, X, "
                  "said)")
        << u"The Vale Federation warned of closures.\n\nVF Chief Executive, Padraig Lund, said: “It is impossible to "
           "overstate the impact on publicans.”"_s
        << u"impossible to overstate"_s << u"Padraig Lund"_s << u"VF Chief Executive"_s;
    QTest::newRow("nominal: according to X after the quotation")
        << u"“The numbers do not add up,” according to Ann Vale, the town’s mayor."_s << u"numbers do not add up"_s
        << u"Ann Vale"_s << u"town’s mayor"_s;
    QTest::newRow("nominal: X told CNN names X") << u"Ann Vale told CNN that the plan was “dead in the water.”"_s
                                                 << u"dead in the water"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: the company is the organisation named before")
        << u"Jobs cut\n\nAcme Corp. cut 300 jobs on Monday.\n\n“We had no choice,” the company said."_s
        << u"no choice"_s << u"Acme Corp."_s << QString();
    QTest::newRow("nominal: the minister is the last person given that role")
        << u"Budget day\n\nFinance Minister Ann Vale presented the budget on Tuesday.\n\nThe opposition was not "
           "impressed.\n\n“It balances,” the minister said."_s
        << u"It balances"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: the leader is the last person given that role")
        << u"Rally\n\nLabour leader Ann Vale spoke to supporters in Leeds on Friday.\n\n“We need to move quickly "
           "on this,” the leader said."_s
        << u"move quickly"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: an organisation speaks")
        << u"Acme said in a statement that “the recall covers every model.”"_s << u"recall covers"_s << u"Acme"_s
        << QString();
    QTest::newRow("nominal: he agrees in gender with its antecedent")
        << u"Talks\n\nAnn Vale met Joe Lund on Monday.\n\n“We agreed on nothing,” he said."_s << u"agreed on nothing"_s
        << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: she agrees in gender with its antecedent")
        << u"Talks\n\nJoe Lund met Ann Vale on Monday.\n\n“We agreed on nothing,” she said."_s << u"agreed on nothing"_s
        << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: it is an organisation")
        << u"Merger\n\nAnn Vale spoke for Acme Corp. on Monday.\n\n“We will not merge,” it said."_s << u"not merge"_s
        << u"Acme Corp."_s << QString();
    QTest::newRow("nominal: they is a group named before")
        << u"Strike\n\nNurses at the city hospital walked out on Monday over pay and staffing.\n\n“We will not go "
           "back until the offer is fair,” they said."_s
        << u"not go back"_s << u"Nurses"_s << QString();
    QTest::newRow("nominal: the subject of the attribution, not the addressee")
        << u"Talks\n\nJoe Lund met the press on Monday.\n\n“We are done here,” he tells Vale."_s << u"done here"_s
        << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: an indirect-speech speaker carries to a quote-only paragraph")
        << u"Budget\n\nAnn Vale said the plan would cost far more than the council had been told.\n\n“We cannot "
           "afford it.”"_s
        << u"cannot afford"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a possessor's campaign speaks, not the possessor")
        << u"Race\n\nAnn Vale’s campaign hit back on Sunday, telling reporters that “the numbers are simply "
           "wrong.”"_s
        << u"numbers are simply"_s << u"Ann Vale’s campaign"_s << QString();
    QTest::newRow("nominal: a possessor's role, then the name in commas, after an inverted cue")
        << u"“We will win the county by ten points,” said Vale’s deputy campaign manager, Joe Lund, who ran the "
           "last race."_s
        << u"win the county"_s << u"Joe Lund"_s << u"Vale’s deputy campaign manager"_s;
    QTest::newRow("nominal: a possessor's group, then its name")
        << u"Ads\n\nLund’s advocacy group Clean Rivers began a new campaign this week, calling the dam “a "
           "disaster for every fish in the valley.”"_s
        << u"disaster for every fish"_s << u"Clean Rivers"_s << QString();
    QTest::newRow("nominal: the possessor of the subject is the next she")
        << u"Plans\n\nAnn Vale’s website is very different. On the housing page, she vows to “build ten "
           "thousand homes in five years.”"_s
        << u"ten thousand homes"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: the Ohio senator is not the Texas senator")
        << u"Debate\n\nTexas Sen. Joe Lund spoke first on Monday.\n\n“We will not back down on the budget,” the "
           "Ohio senator said."_s
        << u"not back down"_s << u"the Ohio senator"_s << QString();
    QTest::newRow("robustness: the former president is not the vice president")
        << u"Rally\n\nVice President Joe Lund spoke to the crowd first.\n\n“We built this road together,” the "
           "former president said."_s
        << u"built this road"_s << u"the former president"_s << QString();
    QTest::newRow("robustness: the source is not one of many sources")
        << u"Station\n\n“The anchor was told to leave at once,” numerous sources said.\n\n“Nobody saw it "
           "coming,” the source said."_s
        << u"Nobody saw it"_s << u"the source"_s << QString();
    QTest::newRow("nominal: the former president is the one introduced so")
        << u"Rally\n\nFormer President Joe Lund spoke to the crowd first.\n\n“We built this road together,” "
           "the former president said."_s
        << u"built this road"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a document's words are read (the email read)")
        << u"Appeal\n\nThe campaign wrote to supporters on Friday.\n\n“Friend, we are ten votes short of a win "
           "in the county,” the email read."_s
        << u"ten votes short"_s << u"the email"_s << QString();
    QTest::newRow("nominal: as X puts it, before the quotation")
        << u"Council\n\nThe budget is late again. As The Courier’s Ann Vale puts it, “the council has run out of "
           "excuses for the delay.”"_s
        << u"run out of excuses"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: the cue opens the sentence before a colon (Stated Lund:)")
        << u"Radio\n\nJoe Lund spoke on the morning show.\n\nStated Lund:\n\n“The machines in the county are "
           "old and nobody checks them.”"_s
        << u"machines in the county"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a long appositive between the name and its verb")
        << u"Ruling\n\n“The decision shows that fair rules and open courts can live side by side,” Ann Vale, "
           "attorney for one of the four groups that filed suit over the law, said in a statement."_s
        << u"fair rules and open courts"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a preposition opening the sentence is no part of the name (Despite Lund)")
        << u"Court\n\nJoe Lund, a radio host, was arrested in January.\n\nDespite Lund’s insistence that he was "
           "there as a reporter, the judge kept him in jail.\n\n“I was doing my job,” Lund said."_s
        << u"doing my job"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: he is the subject of a that-clause when the sentence's subject names no one")
        << u"Arrest\n\nOfficer Paul Moss filed the charge on Friday. The affidavit cited two witnesses and said that "
           "Joe Lund had seen the marks himself. They “looked like a hard grab,” he wrote."_s
        << u"hard grab"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: she is the subject of a reported clause (aides say Ann Vale also advises)")
        << u"Advice\n\nSandra Moss runs the firm. Her aides say Ann Vale also advises the board on pay.\n\n“Women are "
           u"paid "
           "the same for the same work here,” she said at the meeting."_s
        << u"paid the same"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: a main-clause subject outranks the subject of its that-clause")
        << u"Debate\n\nJoe Lund said that Paul Moss was lying about the budget.\n\n“It is simply not true,” he "
           "said."_s
        << u"simply not true"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a first name that is also a word (said Will Doyle)")
        << u"Costs\n\nTuition rose again, Mark Moss said.\n\n“It is a pretty expensive business model,” said Will "
           "Doyle, a professor of education. “The biggest thing is staff.”"_s
        << u"biggest thing"_s << u"Will Doyle"_s << u"professor of education"_s;
    QTest::newRow("nominal: a first name that is also a word, before the verb (May Lund said)")
        << u"Costs\n\nTuition rose again, Mark Moss said.\n\n“We cannot keep raising fees,” May Lund said."_s
        << u"keep raising fees"_s << u"May Lund"_s << QString();
    QTest::newRow("nominal: with X doing: the name after with is the participle's subject")
        << u"Rally\n\nSupporters pushed a protester to the ground in Leeds, Yorkshire, with Joe Lund reportedly "
           "yelling: “Get him out of here right now!”"_s
        << u"Get him out"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a relative clause with commas of its own between the name and the verb")
        << u"Church\n\nPastor Joe Lund, who leads a church in Elizabeth, Colorado, slammed the scouts for promoting "
           "“a way of life that nobody in his church accepts.”"_s
        << u"way of life"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a rare verb of saying with a phrase after it (quipped in reference to)")
        << u"Debate\n\nJoe Lund took most of the questions.\n\n“If you ask one more mean question, I may have to "
           "leave the stage,” Lund quipped in reference to the empty podium."_s
        << u"leave the stage"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: the one a copula presents is the next he (there in the back was Joe Lund)")
        << u"Rally\n\nPaul Moss spoke for an hour. The crowd cheered, yet there in the back was Joe Lund, a grocer."
           "\n\n“It is like a cheerleading contest,” he said."_s
        << u"cheerleading contest"_s << u"Joe Lund"_s << QString();
    QTest::newRow("robustness: a first-person writer is nobody named (I said)")
        << u"Court\n\nMy lawyer, Joe Lund, stood beside me. The judge looked up.\n\n“I am not shy about my views,” I "
           "said."_s
        << u"not shy"_s << QString() << QString();
    QTest::newRow("nominal: after an inverted cue, a description, then the name it describes")
        << u"Convention\n\n“Nobody in this hall believes a word of it,” said a staunch Vale ally, Yorkshire council "
           "leader Joe Lund."_s
        << u"believes a word"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a quote-only paragraph signed by the next one (- Ann Vale.)")
        << u"Fact check\n\nWe looked at three claims from the debate.\n\n“Nobody has cut the rail budget more than "
           "this council.”\n\n- Ann Vale.\n\nVale is right about the totals."_s
        << u"cut the rail budget"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a signature line with a phrase after the name")
        << u"Quotable\n\n“The people of this town deserve a bridge that stays open.”\n\n— Joe Lund, speaking in "
           "Leeds.\n\nMore quotes follow."_s
        << u"deserve a bridge"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: it is the document that was the subject before")
        << u"Inquiry\n\nThe committee's memo seemed aimed at its critics.\n\n“So far, forty of the fifty witnesses had "
           "never spoken to anyone before,” it stated."_s
        << u"forty of the fifty"_s << u"the committee's memo"_s << QString();
    QTest::newRow("nominal: a capitalised participle before the name is no leading phrase (Retired Col.)")
        << u"Show\n\nRetired Army Col. Joe Lund started the argument when he brought up the bombing and later "
           "said, “It is not just one group doing this.”"_s
        << u"not just one group"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a name and its role right before the colon introduce the quotation")
        << u"Polls\n\nThe timing of the surge does not surprise Labour pollster Joe Lund: “Lesser-known candidates "
           "often rise late in a race.”"_s
        << u"often rise late"_s << u"Joe Lund"_s << QString();
    QTest::newRow("robustness: the subject, not the name before the colon, when someone is the subject")
        << u"Debate\n\nAnn Vale turned on Joe Lund: “You have never run anything in your life.”"_s
        << u"never run anything"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: a place is no speaker of the quote-only paragraph after it; the group in it is")
        << u"Ruling\n\nLeaders in Yorkshire noted that the panel was chosen by one party.\n\n“We can only wonder "
           "what the court intends by this ruling.”"_s
        << u"only wonder"_s << u"Leaders in Yorkshire"_s << QString();
    QTest::newRow("nominal: two speakers named together: the first speaks for both")
        << u"Ruling\n\nThe court struck the law down on Friday.\n\n“We can only wonder what the court intends,” "
           "council leader Ann Vale and Mayor Joe Lund, both Liberals, said in a statement."_s
        << u"only wonder"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a courtesy title gives the gender (Ms. Vale … she)")
        << u"Talks\n\nMs. Vale met Mr. Lund on Monday. They spoke for an hour.\n\n“We agreed on nothing,” she said."_s
        << u"agreed on nothing"_s << u"Vale"_s << QString();
    QTest::newRow("nominal: a courtesy title gives the gender (Mr. Lund … he)")
        << u"Talks\n\nMs. Vale met Mr. Lund on Monday. They spoke for an hour.\n\n“We agreed on nothing,” she said."
           "\n\n“Nothing at all,” he said."_s
        << u"Nothing at all"_s << u"Lund"_s << QString();
    QTest::newRow("nominal: an Irish surname's Ní says she, whatever the first name (Phil Ní Bhriain … she said)")
        << u"Beds\n\nAnn Vale said her mother had waited 30 hours.\n\nThe union's general secretary, Phil Ní Bhriain, "
           "said the figures were unacceptable.\n\n“Our members are working in conditions that are unsafe,” she "
           "said."_s
        << u"conditions that are unsafe"_s << u"Phil Ní Bhriain"_s << QString();
    QTest::newRow("nominal: a courtesy title without its period (Ms Vale … she)")
        << u"Talks\n\nMs Vale met Mr Lund on Monday. They spoke for an hour.\n\n“We agreed on nothing,” she said."_s
        << u"agreed on nothing"_s << u"Vale"_s << QString();
    QTest::newRow("robustness: a family name titled both ways gives no gender (Mr. and Mrs. Khan)")
        << u"Family\n\nMr. Khan and Mrs. Khan stood at the front. Khan spoke first.\n\n“We gave our son to this "
           "country,” he said."_s
        << u"gave our son"_s << u"Khan"_s << QString();
    QTest::newRow("nominal: a role gives the gender when the first name does not (a spokeswoman … she)")
        << u"Strike\n\nNaureen Okafor is a spokeswoman for the union. Jorin Mbeki, the union's chairman, spoke "
           "first.\n\n“We have not moved an inch,” she said."_s
        << u"moved an inch"_s << u"Naureen Okafor"_s << QString();
    QTest::newRow("nominal: an inverted cue in the present (agrees Ann Vale)")
        << u"Survey\n\n“I will do better than my parents,” says Joe Lund, 21, a student.\n\n“Our ideas of success are "
           "different,” agrees Ann Vale, 30, of Leeds."_s
        << u"ideas of success"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a police rank's letters before a first name the table does not know (SP Olubami Vale)")
        << u"Arrests\n\nThe spokesperson for the command, SP Olubami Vale, said the suspects were arrested on "
           "Friday.\n\n“They have confessed,” Vale said."_s
        << u"They have confessed"_s << u"Olubami Vale"_s << QString();
    QTest::newRow("nominal: someone first named in the words before a cue is not its pronoun (The commissioner, X, "
                  "has ordered …, she added)")
        << u"Arrests\n\nAnn Vale, the police spokeswoman, said the suspects were arrested on Friday.\n\nThe "
           "commissioner of police, Tunde Lund, has ordered a discreet investigation into the gang, she added."_s
        << u"has ordered a discreet investigation"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: someone named before may be paraphrased before their own cue (Ms. Vale has spent …, "
                  "she said)")
        << u"Skaters\n\nThat sense of freedom drew Ann Vale, 20, to skating. “It is like therapy,” Ms. Vale said. "
           "\n\nThough Ms. Vale has spent most of her life in Leeds, the influx of wealthier residents has changed "
           "her street, she said."_s
        << u"has changed her street"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a first name no list knows alone is the one full name it opens (Babar Velloor … "
                  "Babar said)")
        << u"Cricket\n\nKARACHI: Babar Velloor struck a fluent century as the hosts won by 81 runs.\n\n“It feels "
           "good to contribute to a win,” Babar said."_s
        << u"contribute to a win"_s << u"Babar Velloor"_s << QString();
    QTest::newRow("nominal: a member of the Dáil described by the seat is a description, not a name (the Lundtown "
                  "West TD said)")
        << u"Housing\n\nThe party's housing spokesperson Ann Vale said the figures were “smoke and mirrors”.\n\n“Rents "
           "are at record highs,” the Lundtown West TD said."_s
        << u"Rents are at record highs"_s << u"the Lundtown West TD"_s << QString();
    QTest::newRow("nominal: an acronym, an office of hyphenated words, its department after for, then the name (UN "
                  "Under-Secretary-General for Humanitarian Affairs Tom Lund)")
        << u"Sudan\n\nUN Under-Secretary-General for Humanitarian Affairs Tom Lund warned on Thursday that the "
           "country faced “the world's worst crisis”."_s
        << u"the world's worst crisis"_s << u"Tom Lund"_s << u"UN Under-Secretary-General for Humanitarian Affairs"_s;
    QTest::newRow("nominal: whoever sent a document speaks its words after a colon (The message from the Vale Town "
                  "Council was blunt: “…”)")
        << u"Homes\n\nThe message from the Vale Town Council was blunt: “This is the wrong scheme in the wrong "
           "place.”"_s
        << u"the wrong scheme"_s << u"Vale Town Council"_s << QString();
    QTest::newRow("nominal: another after one of a kind is another of that kind (said one driver … said another)")
        << u"Strikes\n\n“We will not be bullied,” said one driver at the station. “We are fighting for the next "
           "generation,” said another."_s
        << u"next generation"_s << u"another driver"_s << QString();
    QTest::newRow("nominal: after an opening phrase, a form of address, a possessor's relative and a name in commas "
                  "(After the hearing, Mr Vale's mother, Anne Vale, said)")
        << u"Court\n\nAfter the hearing, Mr Vale's mother, Anne Vale, said the family could now “start to move "
           "on”."_s
        << u"start to move on"_s << u"Anne Vale"_s << u"Mr Vale's mother"_s;
    QTest::newRow("nominal: a Scottish judge is named with the title (Lady Poole said)")
        << u"Court\n\nSentencing him, Lady Poole said: “You have caused a young man life-changing injuries.”"_s
        << u"life-changing injuries"_s << u"Lady Poole"_s << QString();
    QTest::newRow("nominal: a participle of saying reports the clause a verb of evidence opens (welcomed the result, "
                  "saying it showed the council was “…”)")
        << u"Shares\n\nBusiness group chief executive Nick Vale welcomed the result, saying it showed the council was "
           "“serious about its balance sheet”."_s
        << u"serious about its balance sheet"_s << u"Nick Vale"_s << QString();
    QTest::newRow("nominal: a role with its phrase after of, then the name in commas, after the cue (said Acme's "
                  "head of Australian coal, Jeremy Vale)")
        << u"Jobs\n\n“These are difficult decisions,” said Acme's head of Australian coal, Jeremy Vale."_s
        << u"difficult decisions"_s << u"Jeremy Vale"_s << u"Acme's head of Australian coal"_s;
    QTest::newRow("nominal: the topic a sentence announces is its he (As for Lund, he said)")
        << u"Race\n\nPaul Moss said the count would take a week. As for Joe Lund, he said he was not worried.\n\n“I "
           "will have the votes,” he said."_s
        << u"have the votes"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: she is a woman described as the subject after the last name")
        << u"Fines\n\nMayor Ann Vale brought the case to court in March. A 41-year-old Leeds woman, meanwhile, was "
           "fined in July for a post about the council.\n\n“I would write every word again,” she wrote on Friday."_s
        << u"every word again"_s << u"a 41-year-old Leeds woman"_s << QString();
    QTest::newRow("nominal: she goes on with the woman described as the last speaker")
        << u"Strike\n\nAnn Vale runs the union branch at the depot.\n\n“We will not move,” a spokeswoman for the "
           "council said on Monday.\n\n“Not an inch, not this year,” she added."_s
        << u"Not an inch"_s << u"a spokeswoman for the council"_s << QString();
    QTest::newRow("robustness: he is not the woman described as the last speaker")
        << u"Strike\n\nJoe Lund runs the union branch at the depot.\n\n“We will not move,” a spokeswoman for the "
           "council said on Monday.\n\n“Not an inch, not this year,” he added."_s
        << u"Not an inch"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: she is the only woman named, even after a preposition (a post from Ann Vale)")
        << u"Vote\n\nThe council will vote on the plan again, according to a post from Ann Vale.\n\n“We will win "
           "this time,” she wrote."_s
        << u"win this time"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: a man after a preposition is no she (a post from Joe Lund)")
        << u"Vote\n\nThe council will vote on the plan again, according to a post from Joe Lund.\n\n“We will win "
           "this time,” she wrote."_s
        << u"win this time"_s << QString() << QString();
    QTest::newRow("nominal: a relative who stands for the name before it (Joe Lund, who declared)")
        << u"Bridge\n\nOn Monday, Ann Vale won the backing of a colleague, Joe Lund, who declared in the council "
           "chamber, “It is time to end the delay on the bridge.”"_s
        << u"end the delay"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a relative who without a comma (a post from Mary Rowe who wrote)")
        << u"Replies\n\nAmong the replies was this post from Mary Rowe who wrote, “You never listen to the people of "
           "this town at all.”"_s
        << u"never listen"_s << u"Mary Rowe"_s << QString();
    QTest::newRow("nominal: any noun after a determiner, with a verb of saying (Another commenter said)")
        << u"Replies\n\nThe mayor posted the plan on Monday night.\n\nAnother commenter said, “We all know how the "
           "council feels about the buses.”"_s
        << u"feels about the buses"_s << u"another commenter"_s << QString();
    QTest::newRow("nominal: a British title without its period is no part of the name (Dr Sarah Pike)")
        << u"Budget\n\nDr Sarah Pike, a lecturer in public policy at the University of Leeds, said councils were "
           "“caught between a rock and a hard place.”"_s
        << u"rock and a hard place"_s << u"Sarah Pike"_s << QString();
    QTest::newRow("robustness: a councillor's first name gives the gender (Councillor Peter Hart is no she)")
        << u"Budget\n\nCouncillor Ann Vale tabled the budget on Monday.\n\n“Labour has run out of ideas,” "
           "Councillor Peter Hart said.\n\n“We need a plan,” she told the BBC."_s
        << u"need a plan"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a short sentence of a name and a verb of saying introduces the quotation after it")
        << u"Budget\n\n“We will not accept it,” said Ms Vale, the council leader.\n\nJoe Lund agreed. “The numbers "
           "simply do not add up for the people who live here.”"_s
        << u"do not add up"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a description ending in a name, then the name in commas (the MP for Leeds Central)")
        << u"Budget\n\nJoe Lund spoke first.\n\n“This is the worst settlement in a generation,” the MP for Leeds "
           "Central, Hilary Benn, told the Commons."_s
        << u"worst settlement"_s << u"Hilary Benn"_s << QString();
    QTest::newRow("nominal: a plural possessive inside an organisation's name (Alberta Teachers’ Association)")
        << u"Schools\n\nThe Alberta Teachers’ Association said in a news release that the plan was “reckless and "
           "rushed.”"_s
        << u"reckless and rushed"_s << u"Alberta Teachers’ Association"_s << QString();
    QTest::newRow("nominal: a plural noun alone after the quotation speaks (residents told)")
        << u"Flood\n\n“I just want my son home,” his mother, Linda Carr, told CBC News.\n\n“They have ignored us for "
           "years,” residents told the Calgary Herald."_s
        << u"ignored us for years"_s << u"residents"_s << QString();
    QTest::newRow("nominal: an office right after a sentence about a person is that person (The Labour leader)")
        << u"Strike\n\nSir Keir Starmer visited the picket line on Monday. The Labour leader said the government had "
           "“lost control of the health service.”"_s
        << u"lost control"_s << u"Keir Starmer"_s << QString();
    QTest::newRow("nominal: an office written before the name, between commas, links back (the former minister)")
        << u"Incinerator\n\nJoe Lund said the company had consulted widely.\n\nBut the former environment minister, "
           "Lady Carol Vane, who lives nearby, said the consultation was a sham.\n\n“They held meetings in the "
           "middle of the working day,” the former minister said."_s
        << u"working day"_s << u"Carol Vane"_s << QString();
    QTest::newRow("nominal: an opening phrase, an office, then the name in commas (Speaking in Manchester, the "
                  "education secretary, Ann Vale,)")
        << u"Schools\n\nSpeaking at a conference in Manchester, the education secretary, Ann Vale, described the "
           "claims as “simply untrue”."_s
        << u"simply untrue"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: her message is hers (Her message to the government was simple:)")
        << u"Schools\n\nHeadteacher Jo Bell wrote to parents on Monday.\n\nHer message to the government was "
           "simple: “Fund our schools properly.”"_s
        << u"Fund our schools"_s << u"Jo Bell"_s << QString();
    QTest::newRow("nominal: a possessed noun alone before the colon is the owner's (Her response:)")
        << u"Measles\n\nHealth Minister Ann Vale was asked about the outbreak on Monday.\n\nHer response: “Get "
           "vaccinated. It is that simple.”"_s
        << u"Get vaccinated"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a sentence reporting its subject's words before the quotation, after another's quotes")
        << u"Lane\n\nJoe Lund said it was fine. “We will see,” he said. “It is a good day.”\n\nAnn Vale said she "
           "would appeal. “We are going to win.”"_s
        << u"going to win"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a cue and a few words closing the sentence before the quotation (tweeted a warning.)")
        << u"Vote\n\nJoe Lund praised the vote. On the other side, Sen. Ann Vale, who has made the issue a centrepiece "
           "of her campaign, tweeted a warning. “Remember in November who voted for this.”"_s
        << u"Remember in November"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: the person who is the subject of the sentence before, with no cue (began with a tweet)")
        << u"Shooting\n\n“We must act,” Joe Lund said.\n\nAnn Vale began Sunday with a tweet that drew no "
           "conclusions. “Woke up to hear the devastating news. My thoughts are with those affected.”"_s
        << u"Woke up"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a plural noun and where they are open the clause (Parents at the school gates said)")
        << u"Schools\n\nParents at the school gates said they felt “betrayed” and “let down”."_s << u"betrayed"_s
        << u"Parents at the school gates"_s << QString();
    QTest::newRow("robustness: an office after a person named as an object is nobody named (met Keir Starmer)")
        << u"Strike\n\nJoe Lund met Keir Starmer on the picket line on Monday. The Labour leader said the government "
           "had “lost control of the health service.”"_s
        << u"lost control"_s << u"the Labour leader"_s << QString();
    QTest::newRow("nominal: it is a body described as the subject of a relative clause and a verb of saying")
        << u"Operations\n\nJoe Lund leads the nurses’ union.\n\nThe hospital trust, which runs three sites in the "
           "city, said it had cancelled 400 operations. “Patients come first and always will,” it said."_s
        << u"Patients come first"_s << u"the hospital trust"_s << QString();
    QTest::newRow("nominal: she is someone's mother described as the subject (Lund’s mother, who …)")
        << u"Trial\n\nCrown prosecutor Emma Vale told the jury that the accused, Paul Lund, had planned the attack."
           "\n\nLund’s mother, who sat in the public "
           "gallery, wept as the charges were read. “He is a good boy,” she told reporters."_s
        << u"good boy"_s << u"Lund’s mother"_s << QString();
    QTest::newRow("nominal: she is the name in commas after a described subject (His wife, Jane, offered)")
        << u"Campaign\n\nJoe Lund spent the week in Leeds. His wife, Jane, offered a preview of his thinking.\n\n“If he "
           "wins, he wants to keep this going,” she said."_s
        << u"keep this going"_s << u"Jane"_s << QString();
    QTest::newRow("robustness: a state's abbreviation after a town is no person (Alexandria, Va.)")
        << u"Court\n\nJoe Lund appeared in court on Monday. In the district court in Alexandria, Va., the judge read "
           "the charges.\n\n“They are all accurate,” he said."_s
        << u"all accurate"_s << u"Joe Lund"_s << QString();
    QTest::newRow("robustness: US in a title is no pronoun (Former US secretary of state Ann Vale)")
        << u"Row\n\nFormer US secretary of state Ann Vale, a party supporter, fanned the row over her remark that "
           "“there is a special place for people who stay silent.”"_s
        << u"special place"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: a number of years is no speaker (Eight years ago, he)")
        << u"Race\n\nJoe Lund will endorse a candidate this year. Eight years ago, he backed Paul Moss and said, “The "
           "man has done more for this town than anyone.”"_s
        << u"done more for this town"_s << u"Joe Lund"_s << QString();
    QTest::newRow("robustness: a description in a later sentence of a quotation is no antecedent")
        << u"Tweets\n\nAnn Vale posted twice on Sunday.\n\n“Everybody is laughing at the council. A foolish woman "
           "runs it!” she wrote."_s
        << u"laughing at the council"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: a description inside the quotation is no antecedent (“The woman lied”)")
        << u"Court\n\nAnn Vale left the court on Monday.\n\n“The woman lied to us about the money,” she said."_s
        << u"lied to us"_s << u"Ann Vale"_s << QString();
    QTest::newRow("robustness: the actor after a name is that name, not a new person")
        << u"Show\n\nJoe Lund plays the father. The actor has two more films out this year.\n\n“I am not as quick "
           "as he is,” he said."_s
        << u"not as quick"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a name that speaks of itself as it is an organisation (X said it would; it said)")
        << u"Ferries\n\nAcme Ferries said it would add a second boat to the island route in the spring.\n\n“The "
           "demand is there,” it said in a statement."_s
        << u"demand is there"_s << u"Acme Ferries"_s << QString();
    QTest::newRow("nominal: a company's own 's before the cue (McDonald's said)")
        << u"Prices\n\nMcDonald's said it would raise the price of its breakfast menu in the spring."_s
        << u"raise the price"_s << u"McDonald's"_s << QString();
    QTest::newRow("nominal: the company is whoever has a chief executive (X's chief executive; the company said)")
        << u"Water\n\nThames Water's chief executive, Chris Weston, said the firm would cooperate with the inquiry.\n\n"
           "“We have nothing to hide,” the company said."_s
        << u"nothing to hide"_s << u"Thames Water"_s << QString();
    QTest::newRow("nominal: the company is the business the sentences just before were about, not one named "
                  "paragraphs earlier (X Company … ¶ Harbour Foods plans …; the company said)")
        << u"Fish\n\nThe biggest buyer is the Vale F. Lund Company, which sells to chains across the state.\n\nMost of "
           "the catch goes to restaurants.\n\nHarbour Foods plans 300 promotions this year. The company also said it "
           "was lowering prices across the store."_s
        << u"lowering prices"_s << u"Harbour Foods"_s << QString();
    QTest::newRow("nominal: the PM is the prime minister named before (PM Ann Vale … The PM said)")
        << u"Lockdown\n\nPrime Minister Ann Vale announced new rules on Monday.\n\nThe PM said: “We will get through "
           "this.”"_s
        << u"get through this"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: given names of two words stand for the longer name written before (Te Kaurinui "
                  "Robert Parata … says Te Kaurinui)")
        << u"Whales\n\nHori Parata and his son, Te Kaurinui Robert Parata, were called in to help.\n\n“We are losing "
           "them,” says Te Kaurinui."_s
        << u"losing them"_s << u"Te Kaurinui Robert Parata"_s << QString();
    QTest::newRow("robustness: a first name alone is nobody whose full name is written only later (Her mother, "
                  "Ann, said … ¶ Ann Fairweather)")
        << u"Tribute\n\nHer mother, Ann, said: “She was the light of our lives.”\n\nChief Constable Ann Fairweather "
           "said: “Officers were there within minutes.”"_s
        << u"light of our lives"_s << u"Ann"_s << QString();
    QTest::newRow("nominal: the force is the police named before (X Police; the force said)")
        << u"Custody\n\nWest Yorkshire Police said its chief constable had resigned.\n\n“The force is committed to "
           "learning every lesson,” the force said in a statement."_s
        << u"every lesson"_s << u"West Yorkshire Police"_s << QString();
    QTest::newRow("nominal: the N-year-old is the person given that age (X, 45, …; the 45-year-old said)")
        << u"Inquiry\n\nMark Jones, 45, a father of two from Leeds, said he had waited three years for answers. Ann "
           "Vale, 61, agreed.\n\n“I just want the truth,” the 45-year-old said."_s
        << u"want the truth"_s << u"Mark Jones"_s << QString();
    QTest::newRow("nominal: the prime minister's office speaks (No 10 said)")
        << u"Inquiry\n\nNo 10 said the prime minister had full confidence in the harbour inquiry."_s
        << u"full confidence"_s << u"No 10"_s << QString();
    QTest::newRow("nominal: an office's department is no part of the name (Minister for Housing X)")
        << u"Housing\n\nSpeaking on the radio, Minister for Housing Darragh Vale defended the plan. He said: “We are "
           "building more homes than at any time in the last decade.”"_s
        << u"building more homes"_s << u"Darragh Vale"_s << QString();
    QTest::newRow("nominal: a participle and a role open the sentence (Retired electrician X disagreed)")
        << u"Levy\n\nOpposition leader Joe Lund called the plan “a shambles”.\n\nRetired electrician Bill Sutter "
           "disagreed. “I've paid my rates for forty years,” he said."_s
        << u"paid my rates"_s << u"Bill Sutter"_s << QString();
    QTest::newRow("nominal: a description named in commas is the subject (Her neighbour, X, disagreed)")
        << u"Levy\n\nOpposition leader Joe Lund called the plan “a shambles”.\n\nHer neighbour, retired electrician "
           "Bill Sutter, disagreed. “I've paid my rates for forty years,” he said."_s
        << u"paid my rates"_s << u"Bill Sutter"_s << QString();
    QTest::newRow("nominal: a person of an organisation speaks (X of the Y Forum said)")
        << u"Rakesh Bansal of the Delhi Commuters' Forum said the hike would hit daily-wage workers hardest."_s
        << u"daily-wage workers"_s << u"Rakesh Bansal"_s << u"Delhi Commuters' Forum"_s;
    QTest::newRow("nominal: a person of an organisation without the speaks (X of Oxfam said)")
        << u"Meera Nair of Oxfam said the new fares were unfair to students and to shift workers."_s
        << u"unfair to students"_s << u"Meera Nair"_s << u"Oxfam"_s;
    QTest::newRow("robustness: an office of a state is one title (Secretary of State X said)")
        << u"Secretary of State Ann Vale said the talks with the harbour board would go on."_s
        << u"talks with the harbour board"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: an Australian councillor's title is no part of the name (Cr X told reporters)")
        << u"“This is a tax on people who have lost everything,” Cr Marcus Oyelaran told reporters."_s
        << u"tax on people"_s << u"Marcus Oyelaran"_s << QString();
    QTest::newRow("nominal: a description opening the next paragraph tells more about who spoke (the Harbour manager)")
        << u"Joe Lund praised his side's spirit.\n\n\"The players showed real belief,\" Lund told Sky Sports.\n\n"
           "The Harbour manager added that the win had been hard work."_s
        << u"the win had been hard work"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a nationality after the name's paragraph is no role of its own (Vale FC boss X; the "
                  "Spaniard)")
        << u"Vale FC lost at home on Saturday.\n\nVale FC boss Iker Mendoza was left frustrated by the penalty "
           "decision.\n\n\"For me it is not a penalty,\" the Spaniard said."_s
        << u"not a penalty"_s << u"Iker Mendoza"_s << QString();
    QTest::newRow("nominal: someone the quotation speaks of does not come between (“… what a special player he "
                  "is,” the Spaniard said)")
        << u"Vale FC won at home on Saturday.\n\nIker Mendoza was delighted after a difficult week.\n\n\"He showed "
           "again what a special player he is,\" the Spaniard said."_s
        << u"special player"_s << u"Iker Mendoza"_s << QString();
    QTest::newRow("nominal: a description already used for someone else stays theirs (The judge rubbed his chin)")
        << u"Joe Lund finally sat down.\n\nThe judge rubbed his chin. \"We agree on everything,\" the judge said."_s
        << u"agree on everything"_s << u"the judge"_s << QString();
    QTest::newRow("nominal: an office is no redescription of one not known to hold it (Lund pressed Vale; the "
                  "senator)")
        << u"Sen. Joe Lund spoke first.\n\nAnn Vale pressed the mayor on the harbour deal, but the senator said she "
           "had not discussed it."_s
        << u"she had not discussed it"_s << u"the senator"_s << QString();
    QTest::newRow("nominal: someone new between the name and the description (a fashion designer; the employee)")
        << u"Leave\n\nAnn Vale gave her speech on Monday.\n\nIn New York, a fashion designer watched from her home. The "
           "employee said she was dismayed by the leave policy."_s
        << u"dismayed by the leave policy"_s << u"the employee"_s << QString();
    QTest::newRow("nominal: a title shortened before a name gives the office (Det Supt X; the superintendent)")
        << u"Det Supt Ann Vale said the search would go on.\n\nShe spoke to reporters at the harbour.\n\n"
           "\"We will not stop,\" the superintendent said."_s
        << u"We will not stop"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a name in the words someone reported is not the next he (the manager added that "
                  "Gordon; he said)")
        << u"Joe Lund praised Tom Gordon's goal.\n\nThe manager added that Gordon had been struggling with an "
           "injury all week.\n\n\"He trained only once,\" he said."_s
        << u"He trained only once"_s << u"Joe Lund"_s << QString();
    QTest::newRow("robustness: a no-break space inside a name parts its words (Vermont\\u00a0Sen. X)")
        << u"Vermont\u00a0Sen. Ann Vale said the harbour deal was \"a gift.\""_s << u"a gift"_s << u"Ann Vale"_s
        << QString();
    QTest::newRow("nominal: someone of no known office written about since keeps the office's description "
                  "unresolved (Sen. X; Y defends; the senator)")
        << u"Sen. Joe Lund backed the harbour plan.\n\nAnn Vale defends her record in a new advert: \"We built the "
           "pier,\" the senator says."_s
        << u"We built the pier"_s << u"the senator"_s << QString();
    QTest::newRow("nominal: letters after a name and a noun for what someone does before it are no part of it "
                  "(Prosecutor X KC; Ms X)")
        << u"Prosecutor Margaret Vale KC told the court that the fire was planned.\n\n\"This was revenge,\" Ms Vale "
           "said."_s
        << u"This was revenge"_s << u"Margaret Vale"_s << QString();
    QTest::newRow("nominal: a plural noun and where they work, named, speak (Analysts at Harbour Capital said)")
        << u"Fares rose again.\n\nAnalysts at Harbour Capital said in a note that they expected fares to rise."_s
        << u"they expected fares to rise"_s << u"Analysts at Harbour Capital"_s << QString();
    QTest::newRow("nominal: they who wrote are the group that spoke before (Analysts at X said …; they wrote)")
        << u"Fares rose again.\n\nAnalysts at Harbour Capital said in a note that they expected fares to rise.\n\n"
           "\"Demand has been weak,\" they wrote."_s
        << u"Demand has been weak"_s << u"Analysts at Harbour Capital"_s << QString();
    QTest::newRow("nominal: the one named saying it speaks, not the agency that carried it (X said …, according to "
                  "Interfax)")
        << u"Harbour Minister Alexander Lund said the city supported the decision, according to the Interfax news "
           "agency."_s
        << u"the city supported the decision"_s << u"Alexander Lund"_s << QString();
    QTest::newRow("nominal: a kind of body no name spells out is the organisation just written about (the "
                  "regulator)")
        << u"Fine\n\nThe Harbour Data Commission has fined Acme Ferries £2 million.\n\nThe regulator said the "
           "company had shared passengers' details."_s
        << u"shared passengers"_s << u"Harbour Data Commission"_s << QString();
    QTest::newRow("nominal: a body's kind in its name links back (the board -> Vale Board of Elections)")
        << u"Ballot\n\nThe Vale Board of Elections met on Monday.\n\n\"The objection is dismissed,\" the board "
           "said."_s
        << u"objection is dismissed"_s << u"Vale Board of Elections"_s << QString();
    QTest::newRow("nominal: one source described, and whom they speak for, named (A spokesperson for Meta said)")
        << u"Fine\n\nA spokesperson for Acme said the company would appeal the fine."_s << u"appeal the fine"_s
        << u"a spokesperson for Acme"_s << QString();
    QTest::newRow("nominal: an office for a place in commas, then a relative clause (X, the Labour MP for Leeds "
                  "East, who …, said)")
        << u"Tax\n\nJoe Lund, the Labour MP for Leeds East, who organised the letter, said the party had a duty to "
           "act."_s
        << u"duty to act"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: an office of a place in commas, then a relative clause (X, the mayor of Leeds, who …, "
                  "said)")
        << u"Tax\n\nAnn Vale, the mayor of Leeds, who organised the letter, said the party had a duty to act."_s
        << u"duty to act"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: an office's description after a sentence about someone, a name after a preposition "
                  "between (the chancellor)")
        << u"Budget\n\nAnn Vale has ruled out a wealth tax in next month's budget.\n\nSpeaking to the BBC's "
           "Sunday with Joe Lund programme, the chancellor said she would not \"tax our way to growth\"."_s
        << u"tax our way to growth"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: No before a number is part of a name, not a determiner (A No 10 spokesperson said)")
        << u"Budget\n\nDowning Street declined to comment. A No 10 spokesperson said: \"The prime minister has full "
           "confidence in the chancellor.\""_s
        << u"full confidence"_s << u"a No 10 spokesperson"_s << QString();
    QTest::newRow("nominal: a noun that is also a cue word is no verb (the statement said)")
        << u"Attack\n\nThe minister released a statement on Thursday night.\n\n“We stand with our neighbours as they "
           "recover from this attack,” the statement said."_s
        << u"stand with our neighbours"_s << u"the statement"_s << QString();
    const QString kinds = u"Ferry vote\n\n“The ferry deal is dead,” said a Vermont Republican, who asked not to be "
                          "named.\n\n“It never had a chance,” said a Democrat.\n\n“The minister will go,” a senior "
                          "Conservative said.\n\nAnn Vale spoke last. “It was a fair fight,” said a weary Vale."_s;
    QTest::newRow("nominal: a party's member after an indefinite article describes someone (said a Vermont "
                  "Republican)")
        << kinds << u"ferry deal is dead"_s << u"a Vermont Republican"_s << QString();
    QTest::newRow("nominal: a party's member alone after an indefinite article (said a Democrat)")
        << kinds << u"never had a chance"_s << u"a Democrat"_s << QString();
    QTest::newRow("nominal: an adjective between the article and a party's member (a senior Conservative said)")
        << kinds << u"minister will go"_s << u"a senior Conservative"_s << QString();
    QTest::newRow("robustness: an article and an adjective before a known surname: the person, no role (said a "
                  "weary Vale)")
        << kinds << u"fair fight"_s << u"Ann Vale"_s << u"-"_s;
    QTest::newRow("nominal: an office with of after a place: the name after the department (Ohio Secretary of "
                  "State Joe Lund said)")
        << u"Ballots\n\nOhio Secretary of State Joe Lund said the ballot law was clear. “It protects voters,” Lund "
           "said."_s
        << u"protects voters"_s << u"Joe Lund"_s << u"Ohio Secretary of State"_s;
    QTest::newRow("nominal: an undersecretary's department comes before the name (Undersecretary for Port Affairs "
                  "Wendy Sherwood)")
        << u"Ferries\n\nLund was answering a message from Undersecretary for Port Affairs Wendy Sherwood, who "
           "reported that a ferry had left. “The ferry is away,” she wrote."_s
        << u"ferry is away"_s << u"Wendy Sherwood"_s << QString();
    QTest::newRow("nominal: a first name alone is the person whose full name opens with it (Sarah Lund … Sarah … she "
                  "said)")
        << u"Show\n\nSarah Lund hosted the ferry debate on Monday.\n\nSarah was not impressed by the plan. “It is a "
           "mess,” she said."_s
        << u"It is a mess"_s << u"Sarah Lund"_s << QString();
    QTest::newRow("nominal: an office, its department after for, then a first name and a double surname (Minister "
                  "for Ports Ann Carroll Vale)")
        << u"Ports\n\nMinister for Ports Ann Carroll Vale will bring proposals to Cabinet.\n\nMs Carroll Vale said on "
           "Tuesday that she would not “over-promise” on new ferries."_s
        << u"over-promise"_s << u"Ann Carroll Vale"_s << u"Minister for Ports"_s;
    QTest::newRow("nominal: a quotation in straight single marks runs on into the next paragraph that opens with one "
                  "(said: 'A. ¶ 'B.')")
        << u"Stranded\n\nA spokesman said the airport had helped. 'It was a long night,' he added.\n\nGrandmother Ann "
           "Vale, 67, said: 'We were herded about like cattle. Nobody from the airline came near us.\n\n'My husband is "
           "diabetic and we had to beg for a sandwich.'"_s
        << u"herded about like cattle"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a question mark glued to a name after a preposition ends no sentence (editor of Which? "
                  "Travel, said)")
        << u"Stranded\n\nA spokesman said the airport had helped.\n\nAnn Vale, editor of Which? Travel, said passengers "
           "were entitled to meals and a hotel under the law."_s
        << u"entitled to meals"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a lede's judge is the judge the next paragraph names (in what a judge described as … ¶ "
                  "Judge Ann Vale said)")
        << u"Fine\n\nThames Pumps Ltd has been fined £2m after a spill, in what a judge described as \"a catastrophic "
           "failure of basic management\".\n\nSentencing the company at Leeds crown court, Judge Ann Vale said the "
           "firm had ignored the alarms."_s
        << u"catastrophic failure"_s << u"Ann Vale"_s << QString();
    QTest::newRow("nominal: a lede's office is the holder the next paragraph names (The Taoiseach … ¶ Seán Vale said)")
        << u"Waiting lists\n\nThe Taoiseach has rejected calls for an inquiry, saying the Government is “getting on "
           "with the job” of cutting waiting lists.\n\nSpeaking in the Dáil on Wednesday, Seán Vale said the lists had "
           "fallen for a third year."_s
        << u"getting on with the job"_s << u"Seán Vale"_s << QString();
    QTest::newRow("nominal: a document that spoke is who issued it (… the Fire and Rescue Service said ¶ the "
                  "statement read)")
        << u"Market fire\n\nIn a statement signed by its spokesman, Nosa Vale, the Lagos State Fire and Rescue Service "
           "said its men arrived within 15 minutes.\n\n“Our officers battled the fire for six hours,” the statement "
           "read."_s
        << u"battled the fire"_s << u"Lagos State Fire and Rescue Service"_s << QString();
    QTest::newRow("nominal: the one a copula presents past an age is who she is (is 16-year-old Maisie Vale)")
        << u"Shop\n\n“People said we were mad,” says Jenny Lund, 58.\n\nThe youngest volunteer is 16-year-old Maisie "
           "Vale, who works on Saturday mornings. “It's nice to see everyone,” she says."_s
        << u"nice to see everyone"_s << u"Maisie Vale"_s << QString();
    QTest::newRow("nominal: a body's name with its of, a role, then the name after an inverted cue (said Department "
                  "of Harbours spokesman Joe Lund)")
        << u"Burials\n\nBurials have increased to five days a week, said Department of Harbours spokesman Joe Lund."_s
        << u"five days a week"_s << u"Joe Lund"_s << u"Department of Harbours spokesman"_s;
    QTest::newRow("nominal: a possessor's relative named without commas speaks (Mrs Ward's husband Peter said)")
        << u"Court\n\nIn a statement, Mrs Ward's husband Peter said: “Helen was the heart of our family.”"_s
        << u"heart of our family"_s << u"Peter"_s << u"Mrs Ward's husband"_s;
    QTest::newRow("nominal: a possessor's relative in commas speaks (Mr Hussain's widow, Leila, said)")
        << u"Court\n\nIn a statement read outside court, Mr Hussain's widow, Leila, said: “Amir was the kindest "
           "man.”"_s
        << u"kindest man"_s << u"Leila"_s << u"Mr Hussain's widow"_s;
    QTest::newRow("nominal: a titled person of a body named for two places speaks (Det Insp Sarah Vale of Avon and "
                  "Somerset Police said)")
        << u"Court\n\nDet Insp Sarah Vale of Avon and Somerset Police said she hoped the sentence would “send a "
           "message” to drivers."_s
        << u"send a message"_s << u"Sarah Vale"_s << QString();
    QTest::newRow("robustness: a body's description with a name of its own is not the last body (the UN refugee "
                  "agency)")
        << u"Crossings\n\nThe Metropolitan Police said in a statement that three men had been arrested.\n\nAccording "
           "to the UN refugee agency, the number of people displaced worldwide has reached 120 million."_s
        << u"120 million"_s << u"the UN refugee agency"_s << QString();
    QTest::newRow("nominal: a source cited inside what someone said does not speak (X said that according to its "
                  "analysis, …)")
        << u"Vote\n\nWin Vale, a member of the party's executive, said Tuesday morning that according to its "
           "analysis, the party has won 82 percent of the vote, but “we are still counting the results.”"_s
        << u"still counting"_s << u"Win Vale"_s << QString();
    QTest::newRow("nominal: quotations joined in one sentence share the cue after them (Guns are “A” and “B,” X "
                  "proclaimed)")
        << u"Convention\n\nGuns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Vale, "
           "the former governor, proclaimed to a cheering crowd."_s
        << u"ultimate public health crisis"_s << u"Howard Vale"_s << QString();
    QTest::newRow("nominal: a lede's capitalised office is not a name of its own (The First Minister has defended … "
                  "¶ Eluned Vale told)")
        << u"Waiting times\n\nThe First Minister has defended the government's record on waiting times, saying the "
           "longest waits had “halved”.\n\nEluned Vale told the Senedd the figures were not good enough."_s
        << u"halved"_s << u"Eluned Vale"_s << QString();
    QTest::newRow("nominal: a Welsh particle inside a name (Rhun ap Iorwerth)")
        << u"Waiting times\n\nPlaid Cymru leader Rhun ap Iorwerth said patients were “paying the price”."_s
        << u"paying the price"_s << u"Rhun ap Iorwerth"_s << QString();
    QTest::newRow("nominal: a force's abbreviation and a Canadian rank with a period are the role (RCMP Cpl.)")
        << u"Theft\n\nThe truck was found on Monday.\n\nRCMP Cpl. Tyler Vale said the truck had been stolen from a "
           "farmyard near the town."_s
        << u"stolen from a farmyard"_s << u"Tyler Vale"_s << u"RCMP Cpl."_s;
    QTest::newRow("nominal: according to a document from a body is the body (a news release from X)")
        << u"Crash\n\nNo one was hurt in the crash, according to a news release from the Northport Police Service."_s
        << u"No one was hurt"_s << u"Northport Police Service"_s << QString();
    QTest::newRow("robustness: the outlet spoken to is not the source in commas after it (Speaking to CBC News, one "
                  "Liberal MP from X, who …, said)")
        << u"Tax\n\nSpeaking to Northport News, one Liberal MP from Atlantic Vale, who asked not to be named, said the "
           "tax had become “a real problem at the doors.”"_s
        << u"real problem at the doors"_s << u"one Liberal MP"_s << QString();
    QTest::newRow("nominal: an article and a noun after a name describe someone (said the Scotland midfielder)")
        << u"Match\n\nVilla captain Joe Lund admitted the visitors had been “second best” after the interval.\n\n“We "
           "cannot switch off like that,” said the Scotland midfielder."_s
        << u"cannot switch off"_s << u"Joe Lund"_s << QString();
    QTest::newRow("nominal: a British police rank before a first name either sex may have is the role (PC Sam "
                  "Vale of X Police said)")
        << u"Court\n\nSpeaking after the hearing, PC Sam Vale of Greater Northport Police said: “This case shows the "
           "cost of a moment's distraction.”"_s
        << u"moment's distraction"_s << u"Sam Vale"_s << u"PC"_s;
    QTest::newRow("nominal: a description with an appositive of its own is someone new (The cyclist, a father of "
                  "two, said)")
        << u"Court\n\nJoe Lund, 27, admitted causing serious injury by dangerous driving.\n\nThe cyclist, a "
           "43-year-old father of two, said he had suffered a fractured skull."_s
        << u"fractured skull"_s << u"the cyclist"_s << QString();
    const QString victim = u"Court\n\nJoe Lund, 27, admitted causing serious injury by dangerous driving.\n\nThe "
                           "cyclist, a 43-year-old father of two, suffered a fractured skull.\n\nIn a statement read "
                           "to the court, he said: “I used to cycle to work every day.”\n\nHe added: “My children had "
                           "to watch me learn to speak again.”"_s;
    QTest::newRow("nominal: a pronoun is the one an appositive says the sex of (The cyclist, a father of two, … he "
                  "said)")
        << victim << u"cycle to work"_s << u"the cyclist"_s << QString();
    QTest::newRow("nominal: a pronoun goes on with a description that spoke as that pronoun (he said … He added)")
        << victim << u"learn to speak"_s << u"the cyclist"_s << QString();
    QTest::newRow("nominal: a possessor's own words belong to the description (the prime minister's official "
                  "spokesperson)")
        << u"Fuel\n\nThe prime minister's official spokesperson said: “These are difficult decisions.”"_s
        << u"difficult decisions"_s << u"the prime minister's official spokesperson"_s << QString();
    const QString star = u"Dance\n\nStrictly Come Dancing professional Katya Vale has opened up about the knee injury that "
                         "nearly ended her career.\n\nWriting on Instagram, the 34-year-old said: “Today I danced a "
                         "full routine without pain.”\n\nHer fiance, the actor Tom Lund, wrote: “So proud of you.”\n\n"
                         "Asked about the show, she replied: “I would love to.”\n\nThe former world champion added "
                         "that she owed her recovery to “an incredible team of physios”."_s;
    QTest::newRow("nominal: an age given to no one is the person the paragraph before was about (Katya Vale has "
                  "opened up … the 34-year-old said)")
        << star << u"full routine"_s << u"Katya Vale"_s << QString();
    QTest::newRow("nominal: a role with its article before the name in commas (Her fiance, the actor Tom Lund, "
                  "wrote)")
        << star << u"So proud"_s << u"Tom Lund"_s << u"her fiance"_s;
    QTest::newRow("nominal: a noun for one person with no agent's ending describes the one who spoke (the former "
                  "world champion)")
        << star << u"incredible team"_s << u"Katya Vale"_s << QString();
    QTest::newRow("robustness: a photo's credit is nobody an age describes (Neilson Vale via Getty Images.)")
        << u"Clip\n\nThe actor posted the clip on Thursday.\n\nAnn Vale via Getty Images.\n\n“What if he had "
           "lessons?” the 43-year-old asked in the video's description."_s
        << u"had lessons"_s << u"the 43-year-old"_s << QString();
    const QString fans = u"Dance\n\nKatya Vale danced again on Saturday.\n\nFans were quick to react. One wrote: "
                         "“Best news of the day.” Another added: “The queen is back!”\n\nJoe Waters posted a clip. "
                         "Waters tweeted it again. Another tweeted: “Two of a kind.”"_s;
    QTest::newRow("nominal: one of a group just named speaks (Fans were quick to react. One wrote:)")
        << fans << u"Best news"_s << u"one fan"_s << QString();
    QTest::newRow("nominal: another of a group just named speaks (Another added:)")
        << fans << u"queen is back"_s << u"another fan"_s << QString();
    QTest::newRow("robustness: a surname written alone is no group (Waters tweeted … Another tweeted)")
        << fans << u"Two of a kind"_s << QString() << QString();
    const QString offices = u"Crash\n\nDeputies are searching for the driver who fled, according to the Vale County "
                            "Sheriff’s Department. The Port Vale Medical Examiner's Office said the man died at the "
                            "scene."_s;
    QTest::newRow("nominal: an office named after its holder speaks (according to the Vale County Sheriff’s "
                  "Department)")
        << offices << u"searching for the driver"_s << u"Vale County Sheriff’s Department"_s << QString();
    QTest::newRow("nominal: an office named after its holder speaks (The Port Vale Medical Examiner's Office said)")
        << offices << u"died at the scene"_s << u"Port Vale Medical Examiner's Office"_s << QString();
    QTest::newRow("nominal: a surname that is also a participle opens a sentence before its verb (Keeping "
                  "apologized … she told the court)")
        << u"Amanda Keeping, 29, pleaded guilty in September. The boy's mother said her son still wakes "
           "up screaming. “He is scared,” she wrote.\n\nKeeping apologized before the sentence was handed down. “I "
           "am so sorry for what I did,” she told the court, crying."_s
        << u"so sorry"_s << u"Amanda Keeping"_s << QString();
    QTest::newRow("nominal: after an inverted cue the body a source speaks for is part of it (said a spokeswoman for "
                  "the Vale Ferry Company)")
        << u"Ferries\n\n“We are reviewing it,” said a spokeswoman for the Vale Ferry Company."_s << u"reviewing"_s
        << u"a spokeswoman for the Vale Ferry Company"_s << QString();
    QTest::newRow("nominal: a family goes on as they (her family said … “We are broken,” they said)")
        << u"Tribute\n\nThe woman was named as Ann Vale, 34. In a tribute, her family said she was \"a devoted mum "
           "who lit up every room\".\n\n\"We are broken,\" they said."_s
        << u"We are broken"_s << u"her family"_s << QString();
    QTest::newRow("nominal: a common word and 'and' open an office's name before the title (Fire and Rescue Vale "
                  "Commissioner Ann Lund said)")
        << u"Fires\n\nFire and Rescue Vale Commissioner Ann Lund said most of the fires involved cheap batteries."_s
        << u"cheap batteries"_s << u"Ann Lund"_s << QString();
    QTest::newRow("nominal: a common word and 'and' open an office's name before the title (Police and Crime "
                  "Commissioner Joe Marsh said)")
        << u"Police\n\nPolice and Crime Commissioner Joe Marsh said the force needed more officers."_s
        << u"more officers"_s << u"Joe Marsh"_s << u"Police and Crime Commissioner"_s;
    const QString shortForm = u"Fire\n\nKindergarten director Mel Vale said the staff were devastated.\n\nMs Vale said "
                              "parents had offered to help. \"The community has been incredible,\" she said."_s;
    QTest::newRow("nominal: a short form both sexes go by takes the courtesy title's sex (Mel Vale … Ms Vale said)")
        << shortForm << u"parents had offered"_s << u"Mel Vale"_s << QString();
    QTest::newRow("nominal: a short form both sexes go by takes the pronoun's sex (Mel Vale … she said)")
        << shortForm << u"community has been incredible"_s << u"Mel Vale"_s << QString();
    const QString relatives = u"Cobbler\n\nJoe Vale has mended shoes for 52 years.\n\nHis son Tom says the shop will "
                              "stay open for years.\n\nHis wife, Mary, said the shop had been their whole life."_s;
    QTest::newRow("nominal: a relative's first name after the possessive and the relation (His son Tom says)")
        << relatives << u"stay open"_s << u"Tom"_s << u"his son"_s;
    QTest::newRow("nominal: a relative's first name in commas after the relation (His wife, Mary, said)")
        << relatives << u"whole life"_s << u"Mary"_s << u"his wife"_s;
    QTest::newRow("nominal: a representative and whom they speak for, after the clause (…, a rep for the singer "
                  "told the Courier)")
        << u"Baby\n\nThe singer and her husband are expecting their first baby, a rep for the singer told the "
           "Courier."_s
        << u"expecting their first baby"_s << u"a rep for the singer"_s << QString();
    QTest::newRow("nominal: who was he is not she (Lund … he added … she said)")
        << u"Fares\n\n“Fares will rise,” Lund said. “It is the only way,” he added.\n\nAt a June Marsh campaign "
           "event in Port Vale, Ohio, 62-year-old Wendy Sherwood also railed against the plan, and explained how much "
           "it upset her. “We were never asked,” she said."_s
        << u"never asked"_s << u"Wendy Sherwood"_s << QString();
    QTest::newRow("nominal: an attribution in commas inside a sentence gives no role (The issue, Lund notes, "
                  "matters)")
        << u"Pensions\n\nAssociation director Tim Lund told reporters it was a win retirees worked toward for years.\n\n"
           "The issue, Lund notes, matters as much to current teachers as it does to retirees."_s
        << u"win retirees worked toward"_s << u"Tim Lund"_s << u"association director"_s;
    QTest::newRow("nominal: a surname that is a function word of another language, after the full name (Tahir "
                  "Della … said Della)")
        << u"Streets\n\nTahir Della, a spokesman for the group, said the names should go.\n\n“This shows the right is "
           "trying to minimise the issue,” said Della."_s
        << u"minimise the issue"_s << u"Tahir Della"_s << QString();
    QTest::newRow("nominal: a name after according to, then its appositive (according to the Lundvale Group, a "
                  "research firm that …)")
        << u"Emissions\n\nPerhaps surprisingly, total emissions fell 2 percent compared with the year before, according "
           "to the Lundvale Group, a research firm that frequently crunches climate numbers."_s
        << u"total emissions fell"_s << u"Lundvale Group"_s << QString();
    QTest::newRow("nominal: a body whose name joins words with and, after a clause's comma (in Las Vales, Customs "
                  "and Border Protection announced)")
        << u"Cocaine\n\nAgents found cocaine inside a vessel at a boat ramp in Las Vales, Customs and Border "
           "Protection announced Tuesday."_s
        << u"cocaine inside a vessel"_s << u"Customs and Border Protection"_s << QString();
    QTest::newRow("nominal: a police rank after the force's name is the role (said Northport Police Detective "
                  "Alvaro Vale)")
        << u"Crash\n\n“Officers saw a car that matched the description,” said Northport Police Detective Alvaro "
           "Vale."_s
        << u"matched the description"_s << u"Alvaro Vale"_s << u"Northport Police Detective"_s;
    QTest::newRow("nominal: a degree word before the adverb between a subject and its cue (Another reader rather "
                  "bluntly wrote)")
        << u"Letters\n\nAnother reader rather bluntly wrote to the council, “Fix the ferry before the winter.”"_s
        << u"Fix the ferry"_s << u"another reader"_s << QString();
    QTest::newRow("robustness: a Jolly that ends a full name before is the person, not an adverb (Jolly, who …)")
        << u"Race\n\nAnn Jolly wants the seat.\n\nJolly, who ran in 2014, sees no need for the board. “It has "
           "done its work,” she said."_s
        << u"done its work"_s << u"Ann Jolly"_s << QString();
}

void TestExtract::speakers()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QString, speaker);
    QFETCH(QString, role);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    const Quote *q = quoteContaining(result, needle);
    QVERIFY2(q, qPrintable(needle));
    QCOMPARE(q->speaker, speaker);
    if (role == u"-")
        QCOMPARE(result.speakers.at(q->speakerIndex).role, QString());
    else if (!role.isEmpty())
        QCOMPARE(result.speakers.at(q->speakerIndex).role, role);
    for (const Speaker &s : result.speakers)
        QVERIFY2(s.quoteCount > 0, qPrintable(s.name));
}

void TestExtract::neverSpeakers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("notSpeaker"); // no quote is given to these words, no speaker has them

    QTest::newRow("robustness: a passive before as and a quotation is no one's words (was hailed as “a hero”)")
        << u"Harbour\n\nJoe Lund was hailed as “a hero of the harbour” by the crowd."_s << u"Joe Lund"_s;
    QTest::newRow("robustness: a rating before as and a quotation is no one's words (rated the claim as “false”)")
        << u"Harbour\n\nVale Check rated the claim as “false” on Monday."_s << u"Vale Check"_s;
    QTest::newRow("robustness: a slogan after a preposition, its object and a comma is no one's words (noted on "
                  "Twitter the change from the slogan, “Keep …”)")
        << u"Rally\n\nMany reporters noted on Twitter the change from the usual campaign slogan, “Keep Harbour Town "
           "Great.”"_s
        << u"many reporters"_s;
    QTest::newRow("robustness: a common word capitalised before a noun at a colon names no one (Partial transcript "
                  "as follows:)")
        << u"Ferries\n\nThe council met on Monday to discuss the winter timetable.\n\nPartial transcript as "
           "follows:\n\n“We will keep the ferries running through the winter.”"_s
        << u"Partial"_s;
    QTest::newRow("robustness: a run-in heading before a colon is no subject (Veto Power Impedes Ferry Efforts:)")
        << u"The record\n\nVeto Power Impedes Ferry Efforts: Eliminating \"the scourge of war\" is one of the original "
           "goals of the harbour board."_s
        << u"Veto Power Impedes Ferry Efforts"_s;
    QTest::newRow("robustness: a participle after a description qualifies it (a nod to … acknowledging)")
        << u"That prompted Vale to call Lund “very flexible,” a nod to the treasurer acknowledging that he had "
           "changed his mind."_s
        << u"a nod to the treasurer"_s;
    QTest::newRow("robustness: the object of a verb that is not one of saying (denounced its cost)")
        << u"Ann Vale called the plan “reckless,” denounced its cost and said the council should vote again."_s
        << u"its cost"_s;
    QTest::newRow("robustness: a common participle opening a clause is no speaker (Having announced that …, Judge "
                  "Vale)")
        << u"Court\n\nHaving announced that he would not send Lund to prison, Judge Vale handed down the sentence."_s
        << u"Having"_s;
    QTest::newRow("robustness: a subordinator ends the phrase before a cue (the council after an inquiry found)")
        << u"Council\n\nThe minister sacked the entire Vale Shire Council after an inquiry found “systemic failures” "
           "in its books."_s
        << u"the entire Vale Shire Council after an inquiry"_s;
    QTest::newRow("robustness: a sentence adverb before a comma is no subject (Likewise)")
        << u"Likewise, a study from the harbour trust had this to say about the plan: “The costs would fall on "
           "the smallest boats.”"_s
        << u"Likewise"_s;
    QTest::newRow("robustness: an opening adverb is no subject (Once)")
        << u"Once in my early twenties, when my aunt mentioned the ferry, I laughed and said, “I never take the "
           "ferry.”"_s
        << u"Once"_s;
    QTest::newRow("robustness: a day after the verb is no inverted subject (said Wednesday)")
        << u"An aide who asked not to be named because of the talks said Wednesday, “Nothing is settled.”"_s
        << u"Wednesday"_s;
    QTest::newRow("robustness: a pronoun of quantity opening a sentence is no name (Others)")
        << u"Ferry staff\n\nOne deckhand told the authors she had never been trained. Others reported unpaid "
           "overtime.\n\nBut a spokesperson for the ferry company said pay had risen.\n\n“We have worked with "
           "the unions for years,” he said."_s
        << u"Others"_s;
    QTest::newRow("robustness: a reaction after the quotation (the crowd applauded)")
        << u"When the mayor said she would “protect every job at the port,” the crowd applauded loudly."_s
        << u"the crowd"_s;
    const QString fans = u"Fans\n\nAnn Vale sang at the harbour gala. Famously, the singer performed ballad “Where The "
                         "River Will Go” from the soundtrack to the film Harbour, and the track topped charts all over "
                         "the globe. “Where The River Will Go” also won her two awards.\n\nThe comments she received were harsh. This included messages such as “Eat "
                         "something please” and “Lost too much weight, looks like a skeleton.”"_s;
    QTest::newRow("nominal: a dictionary adverb in -ly opening a sentence before its comma is no name (Famously, "
                  "the singer)")
        << fans << u"Famously"_s;
    QTest::newRow("nominal: a demonstrative before a verb and its plural object is no description (This included "
                  "messages such as “…”)")
        << fans << u"this included messages"_s;
    QTest::newRow("robustness: a reflexive after a verb is no role (compared himself to)")
        << u"Joe Lund compared himself to Ann Vale, saying, “I have never taken a fee from the port authority.”"_s
        << u"Ann Vale"_s;
}

void TestExtract::neverSpeakers()
{
    QFETCH(QString, text);
    QFETCH(QString, notSpeaker);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    for (const Quote &q : result.quotes)
        QVERIFY2(q.speaker.compare(notSpeaker, Qt::CaseInsensitive) != 0, qPrintable(q.text));
    for (const Speaker &s : result.speakers)
        QVERIFY2(s.name.compare(notSpeaker, Qt::CaseInsensitive) != 0, qPrintable(s.name));
}

// What kind of speaker the Speakers panel shows: a person, an organisation or an unnamed source.
void TestExtract::speakerKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("kind");

    const QString crash = u"Crash\n\nAnn Fields, 40, was hurt on Sunday. Neighbors told reporters the crossing "
                          "had long been dangerous. The Vale County Coroner's Office said a man had died. Fields "
                          "said she had warned the council about the crossing."_s;
    QTest::newRow("nominal: an office of the holder of an office is one body (The Office of the Chief Coroner said)")
        << u"Inquest\n\nThe Office of the Chief Coroner said the death was not suspicious."_s
        << u"Office of the Chief Coroner"_s << int(Speaker::Kind::Organisation);
    QTest::newRow("nominal: an airline named Air is a body (Vale Air said)")
        << u"Storm\n\nVale Air said the flight was cancelled because of the storm."_s << u"Vale Air"_s
        << int(Speaker::Kind::Organisation);
    QTest::newRow("nominal: an office with its capital after the and before a relative clause describes its holder "
                  "(The Governor, who spoke through …, said)")
        << u"Robbery\n\nThe Governor, who spoke through his press secretary, Mr Joe Lund, said the state would not "
           "tolerate crime."_s
        << u"the Governor"_s << int(Speaker::Kind::Anonymous);
    QTest::newRow("nominal: an acronym after the is a body's name (In a statement, the VHPS said)")
        << u"Crash\n\nIn a statement, the VHPS said officers were called to the home at about 3 a.m."_s << u"VHPS"_s
        << int(Speaker::Kind::Organisation);
    QTest::newRow("nominal: a body's one-word name after a description of a kind of body (The union representing "
                  "the workers, Lundfor, said)")
        << u"Deal\n\nThe union representing the workers, Lundfor, said the deal was “a step forward.”"_s
        << u"Lundfor"_s << int(Speaker::Kind::Organisation);
    QTest::newRow("nominal: people of a place opening the sentence are an unnamed group (Neighbors told reporters)")
        << crash << u"Neighbors"_s << int(Speaker::Kind::Anonymous);
    QTest::newRow("nominal: an office named after its holder is an organisation (the Vale County Coroner's Office)")
        << crash << u"Vale County Coroner's Office"_s << int(Speaker::Kind::Organisation);
    QTest::newRow("robustness: a surname that is a plural noun is the person (Fields said)")
        << crash << u"Ann Fields"_s << int(Speaker::Kind::Person);
    QTest::newRow("nominal: a plural speaker noun opening the sentence is an unnamed group (Investigators said)")
        << u"Crash\n\nA car hit a wall on Sunday. Investigators said the driver was 15."_s << u"Investigators"_s
        << int(Speaker::Kind::Anonymous);
    QTest::newRow("robustness: a guard is someone, though a Guard ends a body's name (a guard said)")
        << u"Castle\n\nThe gates were shut at noon. “Nobody goes in today,” a guard said."_s << u"a guard"_s
        << int(Speaker::Kind::Anonymous);
    QTest::newRow("nominal: a surname alone after a courtesy title is a person (Ms Vale said)")
        << u"Food\n\nMs Vale said: “We will not compromise on our standards.”"_s << u"Vale"_s
        << int(Speaker::Kind::Person);
    QTest::newRow("nominal: a surname alone after Mr is a person (Mr Lund said)")
        << u"Food\n\nMr Lund said the rules would not change."_s << u"Lund"_s << int(Speaker::Kind::Person);
    QTest::newRow("nominal: a grid operator is an organisation (The Lundvale Independent System Operator said)")
        << u"Blackouts\n\nThe Lundvale Independent System Operator said three plants had shut down."_s
        << u"Lundvale Independent System Operator"_s << int(Speaker::Kind::Organisation);
    QTest::newRow("nominal: a university's name with its of before a speaker noun describes a person (The "
                  "University of Vale expert continued)")
        << u"Ferries\n\nProfessor of transport Ann Lund told the Morning Show, “Fares are too high.” The University "
           "of Vale expert continued, “Every rise loses riders.”"_s
        << u"the University of Vale expert"_s << int(Speaker::Kind::Anonymous);
}

void TestExtract::speakerKinds()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(int, kind);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    const auto it = std::find_if(result.speakers.cbegin(), result.speakers.cend(),
                                 [&](const Speaker &s) { return s.name == speaker; });
    QVERIFY2(it != result.speakers.cend(), qPrintable(speaker));
    QCOMPARE(int(it->kind), kind);
}

void TestExtract::speakerWithoutCue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("speaker");
    QTest::newRow("nominal: a role joined by of before the name (secretary of state)")
        << u"Former secretary of state Ann Vale, a council member, drew criticism over her remark that “the harbour "
           "belongs to everyone who works it.”"_s
        << u"harbour belongs"_s << u"Ann Vale"_s;
    QTest::newRow("nominal: quoted words inside a sentence belong to its subject")
        << u"Bernie Sanders spoke in Iowa.\n\nSanders also pledged to “bring our political revolution to every "
           "state” at the convention."_s
        << u"political revolution"_s << u"Bernie Sanders"_s;
    QTest::newRow("nominal: a pronoun subject is resolved")
        << u"Bernie Sanders spoke in Iowa. He is talking to voters about health care. He jokes, “It is a never "
           "ending line!”"_s
        << u"never ending line"_s << u"Bernie Sanders"_s;
}

void TestExtract::speakerWithoutCue()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QString, speaker);
    const Result result = Extractor().extract(text);
    verifyOffsets(text, result);
    const Quote *q = quoteContaining(result, needle);
    QVERIFY2(q, qPrintable(needle));
    QCOMPARE(q->speaker, speaker);
    QVERIFY(q->mention.isEmpty()); // a guess from the sentence, not a mention the text gives
}

void TestExtract::tagKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // -1: no tag of that name
    QTest::newRow("nominal: city after from/to") << u"Zurich"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: city after a preposition, unknown to the gazetteer")
        << u"Feldkirch"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: mountain range after across the") << u"Alps"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: university of X is an organisation")
        << u"University of Graz"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: institute") << u"Alpine Transport Institute"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: person") << u"Aylin Demir"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: a company named with its legal form, written without a period (Tamsin Holt Inc)")
        << u"Tamsin Holt Inc"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a province outside the US") << u"Ontario"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a name opening with an acronym is an organisation")
        << u"NHS England"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a name ending in a country's is an organisation")
        << u"Universities Australia"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a first name and a surname that is a place's name is a person")
        << u"Whitney Houston"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: a name ending in Nations is an organisation") << u"United Nations"_s
                                                                        << int(Tag::Kind::Organisation);
    QTest::newRow("robustness: a word capitalised after a colon is no name (Eliminating)") << u"Eliminating"_s << -1;
    QTest::newRow("robustness: a name before a noun after a preposition is no place (in the Mertens campaign)")
        << u"Mertens"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: the town of X is a place") << u"Lismarra"_s << int(Tag::Kind::Place);
    QTest::newRow("robustness: a feast is no name (Christmas)") << u"Christmas"_s << -1;
    QTest::newRow("nominal: the person after an office and its department (Minister of Transport Kgorane Mathole)")
        << u"Kgorane Mathole"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: a name of words given as no first names after in is a place (in Pasir Lorong)")
        << u"Pasir Lorong"_s << int(Tag::Kind::Place);
    QTest::newRow("robustness: a party label in brackets is no organisation (D-Ohio)")
        << u"D-Ohio"_s << -1;
    QTest::newRow("nominal: a rare first name that is a common word opens no person's name")
        << u"Master Builders Australia"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a common word that parents rarely give is no first name")
        << u"Virgin Islands"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a first name that is also a common word and a common name")
        << u"Grace Aldous"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: everyday words and no first name make an organisation (Liberal Democrats)")
        << u"Liberal Democrats"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a place and an everyday word make an organisation (Winnipeg Transit)")
        << u"Winnipeg Transit"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a role naming a kind of organisation before the name (The developer, Brackwater Energy)")
        << u"Brackwater Energy"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a name ending in City is a place (Tarrow City)") << u"Tarrow City"_s
                                                                           << int(Tag::Kind::Place);
    QTest::newRow("nominal: everyday words after in are a place (in Pleasant Grove)")
        << u"Pleasant Grove"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a regnal number ends a person's name, it is no acronym (Arthur Vane III)")
        << u"Arthur Vane III"_s << int(Tag::Kind::Person);
    QTest::newRow("robustness: a war's number makes no person of it (World War II)")
        << u"World War II"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a prize is no person (Nobel Prize)") << u"Vale Prize"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a name ending in an everyday noun's plural, with no first name, is a business's "
                  "(Northlink Ferries)")
        << u"Kestrelink Ferries"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a school is no person (Harvard Law School)") << u"Marlow Law School"_s
                                                                       << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a hospital group named for its place and Health is no person (Humber Vale Health)")
        << u"Humber Vale Health"_s << int(Tag::Kind::Organisation);
}

void TestExtract::tagKinds()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    const QString text = u"Five years after most overnight routes across the Alps were cut, sleeper trains are full "
                         "again. Operators from Vienna to Zurich added carriages, and one runs via Feldkirch.\n\n"
                         "Dr. Aylin Demir, who studies rail policy at the University of Graz, said that the revival "
                         "depends on subsidies. A study by the Alpine Transport Institute agrees.\n\n"
                         "The Ontario government says it will study a night line too. NHS England said its staff "
                         "often take the trains. Universities Australia said students would get a discount, and "
                         "the singer Whitney Houston once sang about a night train.\n\nMaster Builders Australia said "
                         "costs rose. Ferries to the Virgin Islands run weekly, and Grace Aldous, a ferry captain, "
                         "said demand was strong. Rep. Joe Lund (D-Ohio) agreed.\n\nThe United Nations said it would "
                         "help. Its goal: Eliminating delays. Staff in the Mertens campaign agreed.\n\nHomes in the "
                         "flood-hit town of Lismarra will be ready by Christmas. Ferries stop in Pasir Lorong. The "
                         "Minister of Transport Kgorane Mathole agreed.\n\nThe Liberal Democrats said fares must fall. "
                         "The developer, Brackwater Energy, said a depot would open. Winnipeg Transit said it would "
                         "lend buses. Ferries also serve Tarrow City, and a bus stops in Pleasant Grove.\n\nArthur "
                         "Vane III, who ran the ferries through World War II, agreed. He won the Vale Prize, and "
                         "Humber Vale Health named a ward after him, as did Marlow Law School. Kestrelink Ferries "
                         "said its fares would fall next year. Shares of Tamsin Holt Inc fell."_s;
    const Result result = Extractor().extract(text);
    const Tag *tag = tagNamed(result, name);
    if (kind < 0) { // no tag at all
        QVERIFY2(!tag, qPrintable(name));
        return;
    }
    QVERIFY2(tag, qPrintable(name));
    QCOMPARE(int(tag->kind), kind);
}

void TestExtract::tagNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("present"); // a tag that must be there, empty for none
    QTest::addColumn<QString>("absent"); // a tag that must not be there

    const QString floods = u"Floods close roads\n\nThe New York Times reported on Monday that New Zealand would "
                           "send help to the valley. Share this story. VOTE now in our poll. OK.\n\nUsing Chromium, "
                           "the council team tested the flood map. GREAT Governor Ann Vale said she was proud of the "
                           "crews and of the volunteers who filled sandbags through the night."_s;
    QTest::newRow("robustness: a currency's letter before an amount names nothing (R1 billion a day)")
        << u"Power\n\nThe Vale Mining Council said the outages were costing the sector R1 billion a day."_s
        << u"Vale Mining Council"_s << u"R1"_s;
    const QString wire = u"Banks\n\nNEW YORK, Jan 12 (Reuters) - Vale Bank will cut 5,000 jobs this year, Ann Vale "
                         "said."_s;
    QTest::newRow("robustness: a dateline's place before its date is no tag (NEW YORK, Jan 12 (Reuters))")
        << wire << u"Ann Vale"_s << u"YORK"_s;
    QTest::newRow("robustness: a dateline's month is no tag (NEW YORK, Jan 12 (Reuters))")
        << wire << u"Vale Bank"_s << u"Jan"_s;
    const QString surrey = u"Shooting\n\nA man was found dead in Surrey, B.C., on Saturday. Officers were called to "
                           "the 13500 block of 72 Avenue, Ann Vale said. Loretta Lund, U.S. attorney for the district, "
                           "agreed."_s;
    QTest::newRow("robustness: a province written with initials after its town is no tag (Surrey, B.C.,)")
        << surrey << u"Surrey"_s << u"B.C."_s;
    QTest::newRow("robustness: a street's kind alone after its number is no tag (72 Avenue)")
        << surrey << u"Ann Vale"_s << u"Avenue"_s;
    QTest::newRow("nominal: a country's initials after a comma, its sentence going on, stay a tag (Lund, U.S. "
                  "attorney)")
        << surrey << u"United States"_s << QString();
    QTest::newRow("nominal: a particle after a name's gerund goes on with the name (Department for Levelling Up, "
                  "Housing and Communities)")
        << u"Homes\n\nThe Department for Levelling Up, Housing and Communities said it would act."_s
        << u"Department for Levelling Up, Housing and Communities"_s << u"Housing"_s;
    QTest::newRow("robustness: a member's seat written with capitals is no name (Member of Parliament)")
        << u"Water\n\nMember of Parliament for the area, Dr Ann Vale, said she had written to the board. The Member of "
           "Parliament will meet residents."_s
        << u"Ann Vale"_s << u"Member of Parliament"_s;
    QTest::newRow("robustness: a Roman numeral alone is no tag (stage III)")
        << u"Smog\n\nAnn Vale said the city would bring in stage III of the Clean Air Plan at once."_s
        << u"Ann Vale"_s << u"III"_s;
    QTest::newRow("nominal: a rare word opening sentences, before an auxiliary and a cue, is a name (Vantrix has "
                  "warned)")
        << u"Power\n\nVantrix has warned that power cuts could get worse this week. Vantrix had warned of cuts "
           "before."_s
        << u"Vantrix"_s << QString();
    QTest::newRow("nominal: a given name written the Korean or Chinese way keeps its syllables before a possessive "
                  "(Tsai Ing-wen’s)")
        << u"Taiwan\n\nPresident Tsai Ing-wen’s party won the vote on Saturday, Ann Vale said. Tsai Ing-wen thanked "
           "voters."_s
        << u"Tsai Ing-wen"_s << u"Tsai Ing"_s;
    QTest::newRow("robustness: a currency written with letters before an amount names nothing (Sh2,500)")
        << u"Maize\n\nGrowers in Eldoret said the Sh2,500 offered for a bag by the Vale Cereals Board was too low."_s
        << u"Vale Cereals Board"_s << u"Sh2"_s;
    QTest::newRow("robustness: a modal verb is no topic (cannot)")
        << u"Maize\n\nGrowers cannot sell at a loss, Ann Vale said. “We cannot go on like this. The board cannot "
           "expect us to,” she said. Buyers cannot pay more, the board said, and traders cannot either."_s
        << u"Ann Vale"_s << u"cannot"_s;
    QTest::newRow("robustness: a post written with capitals is no name (the state Police Public Relations Officer)")
        << u"Robbery\n\nSpeaking on the development, the state Police Public Relations Officer, SP Joe Lund, said the "
           "suspects were arrested on Sunday."_s
        << u"Joe Lund"_s << u"Police Public Relations Officer"_s;
    QTest::newRow("robustness: the people of a place are no name (New Yorkers, Londoners)")
        << u"Fares\n\nThe fares angered New Yorkers, Ann Vale said.\n\nMany New Yorkers were angry about the fares."_s
        << u"Ann Vale"_s << u"New Yorkers"_s;
    QTest::newRow("robustness: a compass point before a nationality in the plural is no name (South Africans)")
        << u"Power\n\n“That I can assure South Africans,” Ann Vale said."_s << u"Ann Vale"_s << u"South Africans"_s;
    QTest::newRow("robustness: an office and its department name no one (Special Commissioner of Police)")
        << u"Traffic\n\nSpecial Commissioner of Police (Traffic) Ann Vale said the jams were worse this year."_s
        << u"Ann Vale"_s << u"Special Commissioner of Police"_s;
    const QString titles = u"Ferries\n\nAnn Vale sang her ballad “Where The River Will Go” at the gala. She said "
                           "on “Good Morning Harbour” that fares would fall."_s;
    QTest::newRow("nominal: names inside a quoted title are no tags (“Where The River Will Go”)")
        << titles << u"Ann Vale"_s << u"River Will Go"_s;
    QTest::newRow("robustness: a quoted title that is a name as a whole stays a tag (“Good Morning Harbour”)")
        << titles << u"Good Morning Harbour"_s << u"Harbour"_s;
    QTest::newRow("robustness: an adverb in -bly opening a sentence before its comma is no tag (Incredibly, some "
                  "people)")
        << u"Harbour\n\nIn another post, Ann Vale states, “Incredibly, some people actually think the fares are "
           "fair.”"_s
        << u"Ann Vale"_s << u"Incredibly"_s;
    QTest::newRow("robustness: a time of day after a number is no tag (8 PM)")
        << u"Theft\n\nAnn Vale told police the dress was taken between 8 AM and 9 PM on Wednesday."_s << u"Ann Vale"_s
        << u"PM"_s;
    QTest::newRow("robustness: an interjection opening a quotation is no tag (Oh, we got a report)")
        << u"Salon\n\nAnn Vale called the police. “They said, ‘Oh, we got a report of someone.’ Then they left,” "
           "she said."_s
        << u"Ann Vale"_s << u"Oh"_s;
    QTest::newRow("robustness: a language is no tag (said in Mandarin)")
        << u"Trays\n\n“Machines break down,” Joe Tan said in Mandarin."_s << u"Joe Tan"_s << u"Mandarin"_s;
    QTest::newRow("nominal: an organisation's name in the possessive keeps its first word (The Democratic "
                  "Alliance's spokesperson)")
        << u"Power\n\nThe Democratic Alliance's spokesperson, Kevin Lund, said consumers were still paying high "
           "tariffs."_s
        << u"Democratic Alliance"_s << u"Alliance"_s;
    QTest::newRow("nominal: a name keeps its first word (New York Times)")
        << floods << u"New York Times"_s << u"York Times"_s;
    QTest::newRow("nominal: a name keeps its first word (New Zealand)") << floods << u"New Zealand"_s << u"Zealand"_s;
    const QString compounds = u"Libraries\n\nThe Liberal Democrat-run council will close three libraries, a U-turn "
                              "on last year's plan. The Nobel Prize-winning author Ann Vale called it a disgrace, and "
                              "the London-based charity Book Aid agreed. Officials met Ban Ki-moon in Seoul."_s;
    QTest::newRow("nominal: a name ends at the hyphen of a compound made from it (Liberal Democrat-run)")
        << compounds << u"Liberal Democrat"_s << u"Liberal Democrat-run"_s;
    QTest::newRow("robustness: a capital before a hyphenated lower-case word is no name (U-turn)")
        << compounds << QString() << u"U-turn"_s;
    QTest::newRow("robustness: a compound after a name is no part of it (Nobel Prize-winning author Ann Vale)")
        << compounds << u"Ann Vale"_s << u"Nobel Prize-winning author Ann Vale"_s;
    QTest::newRow("nominal: a Korean given name keeps its lower-case syllable (Ban Ki-moon)")
        << compounds << u"Ban Ki-moon"_s << u"Ban"_s;
    const QString institutions = u"Hospice\n\nA spokesman for St Piran's Hospice said the ward would reopen. Nurses "
                                 "from King's College Hospital and the Vale Law School helped."_s;
    QTest::newRow("nominal: a saint's possessive inside an institution's name (St Piran's Hospice)")
        << institutions << u"St Piran's Hospice"_s << u"St Piran"_s;
    const QString ridings = u"Fares\n\nCoun. Ann Vale (Dunmore—East Lundy) said the freeze was a mistake. Coun. "
                            "Joe Lund (Ward 4) agreed, and so did Tim Marsh of East Lundy."_s;
    QTest::newRow("nominal: a ward in brackets after a name labels it and is no tag (Dunmore—East Lundy)")
        << ridings << u"Joe Lund"_s << u"Dunmore"_s;
    QTest::newRow("nominal: a ward in brackets after a name labels it and is no tag (Ward 4)")
        << ridings << u"Ann Vale"_s << u"Ward"_s;
    QTest::newRow("robustness: what a family calls its own is no name (Daddy)")
        << u"Ashes\n\nSpeaking to the Vale Courier, Ann Lund said: 'The kids ask every night if Daddy is coming home. "
           "Mum says he is not.'"_s
        << u"Ann Lund"_s << u"Daddy"_s;
    QTest::newRow("nominal: a monarch's possessive inside an institution's name (King's College Hospital)")
        << institutions << u"King's College Hospital"_s << u"College Hospital"_s;
    const QString offices = u"Crash\n\nDeputies are searching for the driver who fled, according to the Vale County "
                            "Sheriff’s Department. The Port Vale Medical Examiner's Office said the man died at the "
                            "scene."_s;
    QTest::newRow("nominal: an office holder's possessive inside the name of their office (Sheriff’s Department)")
        << offices << u"Vale County Sheriff’s Department"_s << u"Vale County Sheriff"_s;
    QTest::newRow("nominal: an office holder's possessive inside the name of their office (Examiner's Office)")
        << offices << u"Port Vale Medical Examiner's Office"_s << u"Port Vale Medical Examiner"_s;
    QTest::newRow("nominal: a plural noun's possessive inside an organisation's name (Children's Rights Alliance)")
        << u"Ruling\n\nTanya Vale, chief executive of the Children's Rights Alliance, said the ruling was welcome. "
           "The Women's Aid Federation agreed."_s
        << u"Children's Rights Alliance"_s << u"Rights Alliance"_s;
    const QString commuter = u"Rail line\n\nCommuter Tan Wei Ling said she was looking forward to the line. "
                             "Headteacher Jo Bell said pupils would use it. Researchers at Pioneer Valley Rail Studies "
                             "agreed, and Pioneer Valley Rail Studies said so again."_s;
    QTest::newRow("robustness: a lower-case English word opening a quoted sentence once is no name ('Footfall)")
        << u"Lane\n\n'We will win,' Ann Vale said. 'It is a good day.'\n\n'Footfall goes up when streets are "
           "safer,' she added. Ofwat agreed."_s
        << u"Ofwat"_s << u"Footfall"_s;
    QTest::newRow("nominal: a known place opening a sentence once is a name (California has)")
        << u"Lane\n\nAnn Vale backed the lane.\n\nCalifornia has approved a plan like it, she said."_s
        << u"California"_s << u"Lane"_s;
    QTest::newRow("nominal: a doer's noun opening the sentence is no part of the name (Commuter Tan Wei Ling)")
        << commuter << u"Tan Wei Ling"_s << u"Commuter Tan Wei Ling"_s;
    QTest::newRow("nominal: a doer's noun before a first name is no part of the name (Headteacher Jo Bell)")
        << commuter << u"Jo Bell"_s << u"Headteacher Jo Bell"_s;
    QTest::newRow("robustness: an organisation's first word ending like a doer's stays (Pioneer Valley Rail Studies)")
        << commuter << u"Pioneer Valley Rail Studies"_s << u"Valley Rail Studies"_s;
    QTest::newRow("nominal: an organisation's name holds a list (Ministry of Housing, Communities and Local Government)")
        << u"Ann Vale wrote to the Ministry of Housing, Communities and Local Government about the harbour."_s
        << u"Ministry of Housing, Communities and Local Government"_s << u"Communities"_s;
    QTest::newRow("nominal: a plural possessive inside an organisation's name (Delhi Commuters' Forum)")
        << u"Rakesh Bansal of the Delhi Commuters' Forum wrote to the council about the fares."_s
        << u"Delhi Commuters' Forum"_s << u"Forum"_s;
    QTest::newRow("robustness: a person of an organisation is two names (Meera Nair of Oxfam)")
        << u"Meera Nair of Oxfam wrote to the council about the fares."_s << u"Meera Nair"_s
        << u"Meera Nair of Oxfam"_s;
    QTest::newRow("robustness: a dateline in capitals before a colon is no tag (NEW DELHI:)")
        << u"Fares rise\n\nNEW DELHI: The Delhi Metro Rail Corporation on Monday raised fares by a fifth."_s
        << u"Delhi Metro Rail Corporation"_s << u"DELHI"_s;
    QTest::newRow("nominal: a company's own 's stays in its tag (McDonald's)")
        << u"Prices\n\nMcDonald's said it would raise the price of its breakfast menu in the spring."_s
        << u"McDonald's"_s << u"McDonald"_s;
    QTest::newRow("robustness: one word after a name's possessive is no tag (Queen's Park)")
        << u"Ann Vale said the city would press Queen's Park to reconsider the rent cap."_s << u"Ann Vale"_s
        << u"Park"_s;
    QTest::newRow("robustness: no page furniture (Share)") << floods << QString() << u"Share"_s;
    QTest::newRow("robustness: no page furniture (VOTE)") << floods << QString() << u"VOTE"_s;
    QTest::newRow("robustness: no page furniture (OK)") << floods << QString() << u"OK"_s;
    QTest::newRow("robustness: a participle opening a sentence is no name (Using Chromium)")
        << floods << u"Chromium"_s << u"Using Chromium"_s;
    QTest::newRow("robustness: a shouted word is no part of a name (GREAT Governor)")
        << floods << u"Ann Vale"_s << u"GREAT Governor"_s;
    const QString harbour = u"Harbour board\n\nThe Office for Students and the University and College Union met "
                            "Pacific Gas and Electric and San Diego Gas & Electric on Dec. 4 at an early October GOP "
                            "fundraiser. Congressman Joe Lund said the talks would go on. Lund spoke again in Dec. and "
                            "the Office for Students agreed."_s;
    QTest::newRow("nominal: an organisation word joins its name over for (Office for Students)")
        << harbour << u"Office for Students"_s << u"Students"_s;
    QTest::newRow("nominal: an organisation's name opening with its word joins over and (University and College Union)")
        << harbour << u"University and College Union"_s << u"College Union"_s;
    QTest::newRow("nominal: an ampersand joins one name (San Diego Gas & Electric)")
        << harbour << u"San Diego Gas & Electric"_s << u"Electric"_s;
    QTest::newRow("robustness: a dateline in capitals is no tag (EASTPORT HARBOUR)")
        << u"Ferry fares\n\nEASTPORT HARBOUR — The ferry fares in Eastport Harbour rise next week, the harbour "
           "office said on Monday."_s
        << u"Eastport Harbour"_s << u"EASTPORT HARBOUR"_s;
    QTest::newRow("robustness: a state abbreviated after a town is no tag (Calif.)")
        << u"Wildfire\n\nCrews in Napa, Calif., held the fire line on Monday. Residents of Reno, Nev., were told to "
           "stay indoors, and Napa schools closed."_s
        << u"Napa"_s << u"Calif"_s;
    QTest::newRow("robustness: a month is no tag (Dec.)") << harbour << QString() << u"Dec."_s;
    QTest::newRow("robustness: a month is no part of the name after it (October GOP)")
        << harbour << QString() << u"October GOP"_s;
    QTest::newRow("robustness: an office is no part of the name (Congressman Joe Lund)")
        << harbour << u"Joe Lund"_s << u"Congressman Joe Lund"_s;
    const QString shortPage = u"Bridge Works Run Late As Steel Rusts, Council Says.\n\nThe Hawthorn Street bridge "
                              "reopened on Tuesday after eight months of repairs that had taken longer than planned. "
                              "Works director Ann Vale said the steel had rusted more than anyone expected.\n\nDrivers "
                              "Welcome the news, and shops on the street hope trade will pick up."_s;
    QTest::newRow("robustness: short page, a pair of words said once is no topic (taken longer)")
        << shortPage << u"Ann Vale"_s << u"taken longer"_s;
    QTest::newRow("robustness: short page, a pair of words said once is no topic (hope trade)")
        << shortPage << u"Hawthorn Street"_s << u"hope trade"_s;
    QTest::newRow("robustness: a month abbreviated in a wire dateline is no tag (Nov)")
        << u"Homes\n\nSYDNEY, Nov 4 (Reuters) - Australia will miss its housing target, Ann Vale said on Monday."_s
        << u"Ann Vale"_s << u"Nov"_s;
    QTest::newRow("robustness: a function word with its sentence's period is no tag (No.)")
        << u"Asked whether the council would revise the target, Ann Vale said: \"No. We set it because the town "
           "needs it.\""_s
        << u"Ann Vale"_s << u"No."_s;
    QTest::newRow("robustness: the first two words of a longer phrase are no topic (shadow health)")
        << u"Waiting lists fell again in October. The shadow health secretary, Ed Marsh, said the fall was modest, "
           "and the shadow health team asked for the figures by region, since waiting lists differ by region."_s
        << u"health team"_s << u"shadow health"_s;
    QTest::newRow("robustness: short page, a sentence's first two capitalised words are no name (Drivers Welcome)")
        << shortPage << QString() << u"Drivers Welcome"_s;
    QTest::newRow("robustness: short page, a title ending with a period names nothing (Council Says)")
        << shortPage << QString() << u"Council Says"_s;
    QTest::newRow("robustness: short page, a title ending with a period names nothing (Steel Rusts)")
        << shortPage << QString() << u"Steel Rusts"_s;
    const QString french = u"Les inondations coupent les routes\n\nLe maire de la ville a déclaré lundi que les "
                           "routes resteraient fermées pendant plusieurs jours. Des gens sur la place ont applaudi les "
                           "pompiers. Selon la préfecture, les gens sur place ont reçu de l’aide et les pompiers sont "
                           "restés toute la nuit. « Nous allons reconstruire chaque pont », a dit le maire."_s;
    QTest::newRow("robustness: no French function words in topics (gens sur)") << french << QString() << u"gens sur"_s;
    QTest::newRow("robustness: no French function words in topics (place ont)")
        << french << QString() << u"place ont"_s;
    QTest::newRow("robustness: no French article as a name (Le)") << french << QString() << u"Le"_s;
    const QString german = u"Hochwasser sperrt Straßen\n\nDer Bürgermeister und die Polizei kamen am Montag an die "
                           "Brücke. Laut der Polizei wurden bei dem Unfall drei Menschen verletzt, die Straße blieb "
                           "bis zum Abend gesperrt. „Wir bauen jede Brücke wieder auf“, sagte der Bürgermeister."_s;
    QTest::newRow("robustness: no German article as a name (Der Bürgermeister)")
        << german << QString() << u"Der Bürgermeister"_s;
    QTest::newRow("robustness: no German function words in topics (und die)") << german << QString() << u"und die"_s;
    const QString firstNames = u"Ferry show\n\nSarah Lund hosted the ferry debate on Monday. Sarah was not impressed "
                               "by the plan, and Sarah said so twice. Jane Marsh and Jane Vale ran the harbour trust; "
                               "Jane called the vote, and Jane won it."_s;
    QTest::newRow("nominal: a first name alone is the person whose full name opens with it (Sarah -> Sarah Lund)")
        << firstNames << u"Sarah Lund"_s << u"Sarah"_s;
    QTest::newRow("robustness: a first name two people share stays apart (Jane Marsh, Jane Vale, Jane)")
        << firstNames << u"Jane"_s << QString();
    const QString openings = u"Council tax\n\nMembers of Northfield Borough Council voted 31 to 18 for the budget. "
                             "Parts of Los Angeles's garment industry may move, and shops in Los Angeles may close."_s;
    QTest::newRow("robustness: a common plural opening the sentence is no part of the name after of (Members of "
                  "Northfield Borough Council)")
        << openings << u"Northfield Borough Council"_s << u"Members of Northfield Borough Council"_s;
    QTest::newRow("nominal: a Spanish article opens a place's name (Los Angeles)") << openings << u"Los Angeles"_s
                                                                                   << u"Angeles"_s;
    const QString groups = u"Voters\n\nSupport among African Americans and Latin American voters fell, Ann Vale "
                           "said. Western European diplomats and African Americans in Ohio agreed."_s;
    QTest::newRow("robustness: words for where people come from name a group, no tag (African Americans)")
        << groups << u"Ann Vale"_s << u"African Americans"_s;
    QTest::newRow("robustness: a region's adjective and a nationality name no one (Western European)")
        << groups << u"Ohio"_s << u"Western European"_s;
    QTest::newRow("nominal: a double surname with its title is the full name's (Ms Carroll Vale)")
        << u"Ports\n\nMinister for Ports Ann Carroll Vale will bring proposals to Cabinet. Ms Carroll Vale said "
           "she would not over-promise."_s
        << u"Ann Carroll Vale"_s << u"Carroll Vale"_s;
    QTest::newRow("robustness: a common plural opening the sentence and its place describe a group (Residents of "
                  "Velachery said)")
        << u"Floods\n\nResidents of Velachery, one of the worst-hit areas, said water had entered their homes again."_s
        << QString() << u"Residents of Velachery"_s;
    const QString market = u"Market fire\n\nA trader, Funmi Vale, said she lost goods worth over N20m. The Lagos State "
                           "Fire and Rescue Service and the Growth and Opportunity Project sent help, as did Slate."_s;
    QTest::newRow("robustness: a currency's letter and an amount is no name (N20m)") << market << QString() << u"N20m"_s;
    QTest::newRow("nominal: an everyday word and another before an organisation's word are one name (Fire and Rescue "
                  "Service)")
        << market << u"Lagos State Fire and Rescue Service"_s << u"Rescue Service"_s;
    QTest::newRow("nominal: UK is the United Kingdom, as US is the United States")
        << u"Shops\n\nThere are now more than 450 community shops in the UK, the foundation said."_s
        << u"United Kingdom"_s << u"UK"_s;
    QTest::newRow("nominal: no person's name ends in a common plural before and (Irish Nurses and Midwives "
                  "Organisation)")
        << u"Beds\n\nThe Irish Nurses and Midwives Organisation said 124 patients were waiting for beds."_s
        << u"Irish Nurses and Midwives Organisation"_s << u"Irish Nurses"_s;
    QTest::newRow("nominal: a nationality named with man is no name (The Northern Irishman)")
        << u"Title race\n\nAnn Vale lost on Saturday. The Northern Irishman was frustrated by the decision."_s
        << u"Ann Vale"_s << u"Northern Irishman"_s;
    QTest::newRow("nominal: the verb after who or which is no topic (which represents)")
        << u"Strike\n\nThe Federation of Independent Business, which represents about 97,000 firms, said the strike "
           "hurt its members. The Union of Postal Workers, which represents 55,000 workers, said the strike would go "
           "on. A third group, which represents carriers, said nothing."_s
        << u"Federation of Independent Business"_s << u"represents"_s;
    QTest::newRow("nominal: a currency before an amount is no name (Rs 3,000)")
        << u"Fares\n\n\"I spend nearly Rs 3,000 a month on metro travel now,\" said Priya Vale, who pays Rs 100 a "
           "day."_s
        << u"Priya Vale"_s << u"Rs"_s;
    QTest::newRow("nominal: a time zone is no name (by 0915 GMT)")
        << u"Shares\n\nThe shares were down 4.2% at 385 pence by 0915 GMT, and by 1100 GMT they had fallen "
           "further, Ann Vale said."_s
        << u"Ann Vale"_s << u"GMT"_s;
    const QString chamber = u"Budget\n\nSpeaking in the House of Commons on Wednesday, Ann Vale said the plan was "
                            "sound, and 40 Labour MPs signed the letter, as did 30 MSPs."_s;
    const QString languages = u"Vote\n\n“This does not concern us,” Ann Vale said in French. The Spaniard agreed, and "
                              "one Liberal MP and a Labour MP disagreed."_s;
    QTest::newRow("nominal: a language is no name (said in French)") << languages << u"Ann Vale"_s << u"French"_s;
    QTest::newRow("nominal: a nationality's noun is no name (The Spaniard)")
        << languages << u"Ann Vale"_s << u"Spaniard"_s;
    QTest::newRow("nominal: a member's party and seat are no name (Liberal MP)")
        << languages << u"Ann Vale"_s << u"Liberal MP"_s;
    QTest::newRow("nominal: a member's party and seat are no name (Labour MP)")
        << languages << u"Ann Vale"_s << u"Labour MP"_s;
    QTest::newRow("nominal: the department an office's title names is no name (Minister for Housing)")
        << u"Rents\n\nRent caps are to be extended, the Minister for Housing has confirmed. Joe Lund told the Dáil "
           "that the change would take effect next month."_s
        << u"Joe Lund"_s << u"Housing"_s;
    const QString dateline = u"Water\n\nNORTHVALE, Que. — Residents of a town north of Montreal were told to "
                             "boil their water as temperatures plunged to -30 C. overnight, Ann Vale said."_s;
    QTest::newRow("nominal: a common word opening the sentence after a dateline's dash is no name (— Residents)")
        << dateline << u"Ann Vale"_s << u"Residents"_s;
    QTest::newRow("nominal: a letter alone is no name (-30 C.)") << dateline << u"Ann Vale"_s << u"C."_s;
    QTest::newRow("nominal: a chamber keeps its House (House of Commons)")
        << chamber << u"House of Commons"_s << u"Commons"_s;
    QTest::newRow("nominal: members of a parliament are no name (Labour MPs, MSPs)")
        << chamber << u"Ann Vale"_s << u"Labour MPs"_s;
    QTest::newRow("nominal: members of a parliament alone are no name (30 MSPs)")
        << chamber << u"Ann Vale"_s << u"MSPs"_s;
    QTest::newRow("nominal: a body two places share is one name (Avon and Somerset Police)")
        << u"Court\n\nDet Insp Sarah Vale of Avon and Somerset Police said the sentence was fair."_s
        << u"Avon and Somerset Police"_s << u"Somerset Police"_s;
    QTest::newRow("robustness: an office written with capitals is no tag (First Minister)")
        << u"Waiting times\n\nThe First Minister has defended the record. The First Minister spoke for an hour, and "
           "Eluned Vale agreed."_s
        << u"Eluned Vale"_s << u"First Minister"_s;
    const QString days = u"Voters\n\nVoters told CNN Tuesday that they would stay home in Miami Tuesday. Super "
                         "Tuesday is next, and Super Tuesday decides it. Ohio Republican leaders were silent, and the "
                         "plan drew fire from a New Hampshire Republican."_s;
    QTest::newRow("robustness: a day after a name is no part of it (told CNN Tuesday)")
        << days << u"CNN"_s << u"CNN Tuesday"_s;
    QTest::newRow("robustness: a day after a place is no part of it (in Miami Tuesday)")
        << days << u"Miami"_s << u"Miami Tuesday"_s;
    QTest::newRow("nominal: a day keeps the word that names it (Super Tuesday)") << days << u"Super Tuesday"_s
                                                                                 << u"Super"_s;
    QTest::newRow("robustness: a party's member after a place is no part of its name (Ohio Republican leaders)")
        << days << u"Ohio"_s << u"Ohio Republican"_s;
    QTest::newRow("robustness: a party's member after a place of two words (a New Hampshire Republican)")
        << days << u"New Hampshire"_s << u"New Hampshire Republican"_s;
}

void TestExtract::tagNames()
{
    QFETCH(QString, text);
    QFETCH(QString, present);
    QFETCH(QString, absent);
    const Result result = Extractor().extract(text);
    const QStringList names = tagNamesOf(result);
    if (!present.isEmpty())
        QVERIFY2(names.contains(present), qPrintable(names.join(u" | ")));
    QVERIFY2(!names.contains(absent), qPrintable(names.join(u" | ")));
    for (const Speaker &s : result.speakers)
        QVERIFY2(!WordClass::isNeverAName(firstWord(s.name)), qPrintable(s.name));
}

void TestExtract::tagKindsInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");

    QTest::newRow("nominal: a name opening with St is a place, not a person (St Catherine)")
        << u"Protest\n\nResidents of Bog Vale, St Catherine, blocked the road, Ann Vale said. Water trucks reached St "
           "Catherine on Tuesday."_s
        << u"St Catherine"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a word ending in a number after its hyphen names a thing, not a place (deaths from "
                  "Harbour-19)")
        << u"Virus\n\nMore people died in Harbour-19 wards this week, Ann Vale said. Deaths from Harbour-19 have "
           "fallen since March."_s
        << u"Harbour-19"_s << int(Tag::Kind::Topic);
    const QString text = u"Primaries\n\nSuper Tuesday is next, and Ann Vale will be ready. The Marshall Institute for "
                         "Rail Studies agreed with her, as did Ohio Secretary of State Joe Lund. Super Tuesday "
                         "decides it, Vale said, citing the Marshall Institute for Rail Studies."_s;
    const QString grid = u"Blackouts\n\nThe Lundvale Independent System Operator said three plants had shut down. "
                         "Under the Harbour Agreement, Lundvale buys power from its neighbours, Ann Vale said."_s;
    QTest::newRow("nominal: a name ending in an operator's word is an organisation (Lundvale Independent System "
                  "Operator)")
        << grid << u"Lundvale Independent System Operator"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a drive, a terrace, a square are places whatever their first word (Miller Drive)")
        << u"Crash\n\nThe crash happened on Miller Drive near Vale Terrace, Ann Vale said."_s << u"Miller Drive"_s
        << int(Tag::Kind::Place);
    QTest::newRow("nominal: whom one speaks to is someone, not a place (spoke to Ormaline Vandell)")
        << u"Interview\n\nMeghan spoke to Ormaline Vandell on Sunday."_s
        << u"Ormaline Vandell"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: a treaty is no person (the Harbour Agreement)")
        << grid << u"Harbour Agreement"_s << int(Tag::Kind::Organisation);
    const QString states = u"Smoke\n\nThe smoke reached parts of the Brazilian states of Lina Grossa and Parevia "
                           "on Monday, Ann Vale said."_s;
    QTest::newRow("nominal: a name after a state's of is a place, though it opens with a first name (the states "
                  "of Lina Grossa)")
        << states << u"Lina Grossa"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: the second name after a state's of is a place too (… and Parevia)")
        << states << u"Parevia"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a name opening with a known place's name and no first name is a place (northern "
                  "Lagos Lundi)")
        << u"Sudan\n\nThe bridge links Ikeja with northern Lagos Lundi, Ann Vale said."_s << u"Lagos Lundi"_s
        << int(Tag::Kind::Place);
    QTest::newRow("nominal: a place's name and a plural is a team (the Baltimore Velloors)")
        << u"Baseball\n\nHe played for the Baltimore Velloors before the trade, Ann Vale said."_s
        << u"Baltimore Velloors"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: an Irish state body ends with Éireann (Uisce Éireann)")
        << u"Housing\n\n“What we need is Uisce Éireann to deliver the connections,” Tom Lund said."_s
        << u"Uisce Éireann"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a Māori article opens a body's name (Te Whatu Ranu)")
        << u"Health\n\nTe Whatu Ranu took over the hospitals last year, Ann Vale said."_s << u"Te Whatu Ranu"_s
        << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a name opening with the Māori article and holding a first name is a person's (Te "
                  "Kaurinui Robert Parata)")
        << u"Whales\n\nHori Parata and his son, Te Kaurinui Robert Parata, were called in to help, Ann Vale said."_s
        << u"Te Kaurinui Robert Parata"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: an Irish office written without its accent is a title (Tanaiste Leo Vale)")
        << u"Lockdown\n\nTanaiste Leo Vale revealed that the advice had been to close the schools."_s << u"Leo Vale"_s
        << int(Tag::Kind::Person);
    QTest::newRow("nominal: a street keeps the title it is named after (Queen Street)")
        << u"Crash\n\nThe man was found on Queen Street, Ann Brook said."_s << u"Queen Street"_s
        << int(Tag::Kind::Place);
    QTest::newRow("nominal: a firm named Partners is an organisation (Velloor Partners)")
        << u"Shares\n\nVelloor Partners, which holds a stake of about 1.5 per cent, declined to comment, Ann Vale "
           "said."_s
        << u"Velloor Partners"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a possessor right before a person's full name is an organisation (Lundmark Live's Ann "
                  "Vale)")
        << u"Sudan\n\nReporting from the city, Lundmark Live's Ann Vale said residents had come out to celebrate."_s
        << u"Lundmark Live"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a body named after a place and its office holder is an organisation (San Vale County "
                  "Sheriff's Department)")
        << u"Crash\n\nThe driver fled, a spokesman for the San Vale County Sheriff's Department said on Sunday."_s
        << u"San Vale County Sheriff's Department"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a brand written with a capital inside is no place after to (Speaking to ValeOnline)")
        << u"Ashes\n\nSpeaking to ValeOnline, Ann Lund said the urn was gone. ValeOnline asked the police about "
           "it."_s
        << u"ValeOnline"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a first name after a role in lower case is a person whatever the last word (defence "
                  "lawyer Ann Church)")
        << u"Sentence\n\nCrown attorney Joe Lund asked for two years. Defence lawyer Ann Church asked for a "
           "conditional sentence, Lund said."_s
        << u"Ann Church"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: a street abbreviated is a place whatever its first word (Lawrence Ave.)")
        << u"Stabbing\n\nPolice were called to Lawrence Ave. E. and Midland Ave. around 3 p.m., Const. Ann Vale "
           "said."_s
        << u"Lawrence Ave"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a name ending in a trade's name, no first name in it, is a business (Dunmore Marine)")
        << u"Ferries\n\nDunmore Marine said in a statement that it remained committed to the vessels. The yard "
           "of Dunmore Marine will build both, Ann Vale said."_s
        << u"Dunmore Marine"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: two names joined by an ampersand are a firm (Harbour & Lund)")
        << u"Shops\n\nClothing retailer Harbour & Lund will close 40 stores, the company said. Harbour & Lund has "
           "220 stores."_s
        << u"Harbour & Lund"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a First Nation is an organisation (Dunmore Falls First Nation)")
        << u"Emergency\n\nChief Ann Vale of Dunmore Falls First Nation said the community was in crisis. Dunmore "
           "Falls First Nation has 900 members."_s
        << u"Dunmore Falls First Nation"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a county is a place whatever its first word (Perry County)")
        << u"Floods\n\nIn Perry County, emergency manager Ann Vale said crews had worked through the night."_s
        << u"Perry County"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: plains are a place whatever their first word (Cecil Plains farmer Rob Lund)")
        << u"Hail\n\nCecil Plains farmer Rob Lund says he watched as hail flattened his wheat."_s << u"Cecil Plains"_s
        << int(Tag::Kind::Place);
    QTest::newRow("nominal: a valley is a place whatever its first word (Hunter Valley)")
        << u"Jobs\n\nThe cuts will fall mainly at its Hunter Valley mines, Ann Vale said."_s << u"Hunter Valley"_s
        << int(Tag::Kind::Place);
    QTest::newRow("nominal: a neighbourhood named with Nagar or Colony is a place (a resident of Vale Colony)")
        << u"Traffic\n\nMarkets like Lund Nagar see footfall double, said Ann Marsh, a resident of Vale Colony."_s
        << u"Vale Colony"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: an expressway is a place (the Vale-Lund Expressway)")
        << u"Arrests\n\nThe gang terrorised commuters along the Vale-Lund Expressway for a year, Ann Marsh said."_s
        << u"Vale-Lund Expressway"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: Mrs before a name of one word makes it a person's (who gave her name as Mrs Bisi)")
        << u"Arrests\n\nAnother commuter, who gave her name only as Mrs Bisi, said passengers now travelled in "
           "convoys to the city."_s
        << u"Bisi"_s << int(Tag::Kind::Person);
    QTest::newRow("nominal: a city of Britain or Ireland before a noun is a place (at Winchester crown court)")
        << u"Fine\n\nSentencing the firm at Winchester crown court, Judge Ann Vale said the alarms had been ignored."_s
        << u"Winchester"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a river's name opens with River (River Test)")
        << u"Spill\n\nSewage flowed into the River Test for three days, Ann Vale said. The River Test is a chalk "
           "stream."_s
        << u"River Test"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a nationality opens no person's name (Scottish Premiership)")
        << u"Title race\n\nThe Scottish Premiership is close this year, and Ann Vale agreed."_s
        << u"Scottish Premiership"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a day's name is no person (Super Tuesday)")
        << text << u"Super Tuesday"_s << int(Tag::Kind::Topic);
    QTest::newRow("nominal: an organisation word before for and its field (Marshall Institute for Rail Studies)")
        << text << u"Marshall Institute for Rail Studies"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a name opening with a Spanish article is no person's (La Gozadera)")
        << u"Food\n\nVale ate at La Gozadera on Monday. The owners of La Gozadera were delighted."_s
        << u"La Gozadera"_s << int(Tag::Kind::Organisation);
    const QString laws = u"Ferries\n\nThe Ferry Safety Act passed in Congress on Monday. Vale said the Ferry "
                         "Safety Act would save lives, and the vote in Congress was close."_s;
    QTest::newRow("nominal: a law is no person (Ferry Safety Act)")
        << laws << u"Ferry Safety Act"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: an organisation's word after in stays an organisation (in Congress)")
        << laws << u"Congress"_s << int(Tag::Kind::Organisation);
    const QString causes = u"Sewage\n\nHugo Vale, of the charity Swimmers Against Sewage, said the fine was too "
                           "small. Swimmers Against Sewage will appeal, Vale told Sky Sports, and Sky Sports agreed."_s;
    QTest::newRow("nominal: a group named for its cause, with a capitalised Against (Swimmers Against Sewage)")
        << causes << u"Swimmers Against Sewage"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a broadcaster's sports channel is an organisation (Sky Sports)")
        << causes << u"Sky Sports"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: a French institution's name is an organisation's (Société de transport de Montréal)")
        << u"Buses\n\nThe Société de transport de Montréal will add buses. Riders thanked the Société de transport "
           "de Montréal on Monday."_s
        << u"Société de transport de Montréal"_s << int(Tag::Kind::Organisation);
    const QString paper = u"Housing\n\nThe mayor of Northport told the Northport Gazette that the deal was fair. "
                          "The Northport Gazette printed it."_s;
    QTest::newRow("nominal: a newspaper's name is an organisation's (Northport Gazette)")
        << paper << u"Northport Gazette"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: the place a mayor serves is a place (the mayor of Northport)")
        << paper << u"Northport"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a name a relative which follows is an organisation's (Caledonian Valebrayne, which)")
        << u"Ferries\n\nCaledonian Valebrayne, which will operate the vessel, said it was working to keep "
           "disruption to a minimum."_s
        << u"Caledonian Valebrayne"_s << int(Tag::Kind::Organisation);
    QTest::newRow("nominal: where someone whose age is given is from is a place (X, 27, of Stretvale,)")
        << u"Court\n\nJoe Lund, 27, of Stretvale, admitted causing serious injury by dangerous driving."_s
        << u"Stretvale"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a stadium is a place (Valeham Stadium)")
        << u"Match\n\nArsenal beat Villa 3-1 at the Valeham Stadium, and Joe Lund scored twice."_s
        << u"Valeham Stadium"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a Māori article opens a body's name (Te Whatu Vale)")
        << u"Nurses\n\nTe Whatu Vale said it was actively recruiting and had filled 18 nursing roles since July."_s
        << u"Te Whatu Vale"_s << int(Tag::Kind::Organisation);
    const QString showground = u"Flood\n\nResidents of the northern NSW town of Kempvale were told to leave, and "
                               "Premier Ann Vale visited the Kempvale Showground on Tuesday."_s;
    QTest::newRow("nominal: an Australian state as its papers abbreviate it is a place (NSW)")
        << showground << u"NSW"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: a showground is a place (Kempvale Showground)")
        << showground << u"Kempvale Showground"_s << int(Tag::Kind::Place);
    QTest::newRow("nominal: the person after an office with of (Ohio Secretary of State Joe Lund)")
        << text << u"Joe Lund"_s << int(Tag::Kind::Person);
}

void TestExtract::tagKindsInText()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(int, kind);
    const Result result = Extractor().extract(text);
    const Tag *tag = tagNamed(result, name);
    QVERIFY2(tag, qPrintable(tagNamesOf(result).join(u" | ")));
    QCOMPARE(int(tag->kind), kind);
}

void TestExtract::topicsAreNounPhrases()
{
    const QString text = u"Five years after most overnight routes across the Alps were cut, sleeper trains are full "
                         "again.\n\nA teacher travelling with his children prefers sleeper trains. “The night train "
                         "is the only way of travelling where you rest,” he said. Overnight routes and sleeper "
                         "carriages are back."_s;
    const Result result = Extractor().extract(text);
    QStringList topics;
    for (const Tag &t : result.tags) {
        if (t.kind == Tag::Kind::Topic)
            topics.append(t.name);
    }
    QVERIFY2(topics.contains(u"sleeper trains"_s), qPrintable(topics.join(u" | ")));
    for (const QString &junk : { u"routes across"_s, u"travelling"_s, u"teacher travelling"_s })
        QVERIFY2(!topics.contains(junk), qPrintable(topics.join(u" | ")));
}

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
