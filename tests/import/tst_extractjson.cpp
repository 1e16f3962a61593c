// `quoteshelf-cli extract --format json` run as a user runs it, on invented pages: `body` is the
// running text (no title, bylines, captions, related headlines) and always agrees with `text` and
// `blocks`.
#include "importtestutil.h"

#include "import/articlebody.h"
#include "import/reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ImportTest;
using namespace Qt::StringLiterals;

class TestExtractJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void body_data();
    void body();
    void bodyFollowsBlocks_data();
    void bodyFollowsBlocks();
    void everyStringSurvives();

private:
    QJsonObject extract(const QString &fileName, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_binary;
};

namespace {

const QByteArray Png = QByteArray("data:image/png;base64,") + TinyPng.toBase64();

QByteArray newsPage()
{
    return page(
        "<article><h1>Harbour Plan Approved</h1>"
        "<p class=\"byline\">By Ann Vale</p>"
        "<p>The council approved the harbour plan on Tuesday after a long debate, with eleven votes in "
        "favour and two against, ending a dispute that had lasted three years.</p>"
        "<figure><img src=\""
            + Png
            + "\"><figcaption>Boats in the old harbour at dawn.</figcaption></figure>"
              "<p>\xE2\x80\x9CIt is a good day for the town,\xE2\x80\x9D said the mayor, Joe Lund, who had argued "
              "for the plan since his election, and who thanked the residents for their patience.</p>"
              "<blockquote><p>We will start the works in spring, and finish them before the summer "
              "season.</p></blockquote>"
              "<h2>What happens next</h2>"
              "<p>The works begin in March and should last eighteen months, according to the harbour office, "
              "which will publish a timetable of the closures next week.</p></article>",
        "<title>Harbour Plan Approved</title>");
}

QByteArray plainText()
{
    return "Harbour Plan Approved\n\nBy ANN VALE\n\nThe council approved the harbour plan on Tuesday after a long "
           "debate.\n\nPhoto: Jo Smith\n\nThe works begin in March.\n\nRelated\n\n- Another harbour story\n- A second "
           "story\n";
}

} // namespace

void TestExtractJson::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Tests land in <build>/tests, the tools in <build>/bin.
    m_binary = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../bin/quoteshelf-cli"));
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
}

QJsonObject TestExtractJson::extract(const QString &fileName, const QByteArray &content)
{
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    file.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(m_binary, { QStringLiteral("extract"), path, QStringLiteral("--format"), QStringLiteral("json") });
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void TestExtractJson::body_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("inBody");
    QTest::addColumn<QStringList>("textOnly"); // in text, not in body
    QTest::addColumn<QString>("dateline"); // what the body leaves out of the first paragraph
    QTest::newRow("nominal: news page, caption and byline out of the body")
        << QStringLiteral("news.html") << newsPage()
        << QStringList { QStringLiteral("The council approved"), QStringLiteral("said the mayor"),
                         QStringLiteral("We will start the works"), QStringLiteral("What happens next"),
                         QStringLiteral("The works begin in March") }
        << QStringList { QStringLiteral("Boats in the old harbour at dawn.") } << QString();
    for (const char *dateline : { "LONDON (Reuters) - ", "WASHINGTON (AP) \u2014 ", "London (CNN)", "TORONTO \u2014 ",
                                  "NEW DELHI: " }) {
        const QString line = QString::fromUtf8(dateline);
        QTest::addRow("nominal: dateline out of the body (%s)", dateline)
            << QStringLiteral("filed.txt")
            << ("Harbour Plan Approved\n\n" + line + "The council approved the harbour plan on Tuesday after a long "
                "debate.\n\nThe works begin in March.\n").toUtf8()
            << QStringList { QStringLiteral("The council approved"), QStringLiteral("The works begin in March.") }
            << QStringList { line.trimmed() } << line;
    }
    QTest::newRow("robustness: a label in capitals is no dateline (UPDATE:)")
        << QStringLiteral("label.txt")
        << QByteArray("Harbour Plan Approved\n\nUPDATE: The council approved the harbour plan on Tuesday after a "
                      "long debate.\n\nThe works begin in March.\n")
        << QStringList { QStringLiteral("UPDATE: The council approved") } << QStringList {} << QString();
    QTest::newRow("robustness: a name and a party in brackets is no dateline")
        << QStringLiteral("party.txt")
        << QByteArray("Harbour Plan Approved\n\nSenator Ann Vale (GOP) said the council approved the harbour plan "
                      "on Tuesday.\n\nThe works begin in March.\n")
        << QStringList { QStringLiteral("Senator Ann Vale (GOP) said") } << QStringList {} << QString();
    QTest::newRow("nominal: plain text, title, byline, credit and related out of the body")
        << QStringLiteral("story.txt") << plainText()
        << QStringList { QStringLiteral("The council approved"), QStringLiteral("The works begin in March.") }
        << QStringList { QStringLiteral("Harbour Plan Approved"), QStringLiteral("By ANN VALE"),
                         QStringLiteral("Photo: Jo Smith"), QStringLiteral("Another harbour story") }
        << QString();
    QTest::newRow("robustness: only a title") << QStringLiteral("title.txt") << QByteArray("Just A Title\n")
                                              << QStringList {} << QStringList { QStringLiteral("Just A Title") }
                                              << QString();
}

void TestExtractJson::body()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, inBody);
    QFETCH(QStringList, textOnly);
    QFETCH(QString, dateline);
    const QJsonObject json = extract(fileName, content);
    QVERIFY2(json.contains(QLatin1String("body")), "no body in the JSON");
    const QString text = json.value(QLatin1String("text")).toString();
    const QString body = json.value(QLatin1String("body")).toString();
    for (const QString &part : inBody)
        QVERIFY2(body.contains(part), qPrintable(part + QStringLiteral(" missing from the body: ") + body));
    for (const QString &part : textOnly) {
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing from the text: ") + text));
        QVERIFY2(!body.contains(part), qPrintable(part + QStringLiteral(" in the body: ") + body));
    }
    // The body is the text of its blocks, in order, a blank line apart.
    QStringList fromBlocks;
    for (const QJsonValue &value : json.value(QLatin1String("blocks")).toArray()) {
        const QJsonObject block = value.toObject();
        const QString kind = block.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("paragraph") || kind == QLatin1String("heading") || kind == QLatin1String("quote")
            || kind == QLatin1String("list") || kind == QLatin1String("code"))
            fromBlocks.append(codePointMid(text, block.value(QLatin1String("start")).toInteger(),
                                           block.value(QLatin1String("end")).toInteger()));
    }
    if (!dateline.isEmpty()) {
        QVERIFY2(!fromBlocks.isEmpty() && fromBlocks.first().startsWith(dateline), qPrintable(text));
        fromBlocks.first().remove(0, dateline.size());
    }
    QCOMPARE(body, fromBlocks.join(QStringLiteral("\n\n")));
}

void TestExtractJson::bodyFollowsBlocks_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("nominal: html") << newsPage() << QStringLiteral("a.html");
    QTest::newRow("nominal: astral characters before a caption")
        << page("<article>" + longParagraphs(4) + "<p>emoji \xF0\x9F\x98\x80 here</p><figure><img src=\"" + Png
                + "\"><figcaption>caption \xF0\x9F\x98\x80</figcaption></figure><p>after \xF0\x9D\x90\x80 the figure, "
                  "the story goes on with more words.</p></article>")
        << QStringLiteral("a.html");
    QTest::newRow("nominal: markdown") << QByteArray("# Title\n\nIntro *text*.\n\n- a\n- b\n\n> quoted\n")
                                       << QStringLiteral("a.md");
    QTest::newRow("nominal: plain text") << plainText() << QStringLiteral("a.txt");
    QTest::newRow("robustness: empty text") << QByteArray("Title only\n") << QStringLiteral("a.txt");
}

void TestExtractJson::bodyFollowsBlocks()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    const ReadResult result = readData(data, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString body = articleBody(result.article);
    QStringList expected;
    for (const Block &block : result.article.blocks) {
        if (isBodyBlock(block.kind))
            expected.append(blockText(result.article, block));
        else
            QVERIFY(block.kind == Block::Kind::Title || block.kind == Block::Kind::Byline
                    || block.kind == Block::Kind::Caption || block.kind == Block::Kind::Related);
    }
    QCOMPARE(body, expected.join(QStringLiteral("\n\n")));
    for (const QString &paragraph : body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        QVERIFY(result.article.text.contains(paragraph));
}

void TestExtractJson::everyStringSurvives()
{
    // The JSON is written piece by piece: each string must come back exactly as the reader made
    // it, whatever it holds (quotes, backslashes, tabs, control and non-BMP characters).
    const QByteArray html = page(
        "<article><h1>Back\\slash \"and\" tab\there</h1>"
        "<p>A line with \x01 a control character, a \xF0\x9F\x93\xB0 newspaper and \xE2\x80\xA8 a line "
        "separator, in a paragraph long enough to count as the text of an article.</p>"
        "<p>\xE2\x80\x9CThe budget is settled \\ for now,\xE2\x80\x9D said Ann Vale, who chairs the committee "
        "and has said so many times before in the council chamber.</p></article>",
        "<title>Back\\slash \"and\" tab\there</title>");
    const ReadResult expected = readData(html, QStringLiteral("strings.html"));
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    const QJsonObject json = extract(QStringLiteral("strings.html"), html);
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(QStringLiteral("title")).toString(), expected.article.title);
    QCOMPARE(json.value(QStringLiteral("text")).toString(), expected.article.text);
    QCOMPARE(json.value(QStringLiteral("html")).toString(), expected.article.html);
    QCOMPARE(json.value(QStringLiteral("body")).toString(), articleBody(expected.article));
    QVERIFY(json.value(QStringLiteral("text")).toString().contains(u"\U0001F4F0"_s));
    const QJsonArray blocks = json.value(QStringLiteral("blocks")).toArray();
    QCOMPARE(blocks.size(), expected.article.blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QCOMPARE(blocks.at(i)[QStringLiteral("start")].toInteger(), expected.article.blocks.at(i).start);
        QCOMPARE(blocks.at(i)[QStringLiteral("end")].toInteger(), expected.article.blocks.at(i).end);
    }
    const QJsonArray quotes = json.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.at(0)[QStringLiteral("text")].toString(), u"The budget is settled \\ for now,"_s);
    QCOMPARE(quotes.at(0)[QStringLiteral("speaker")].toString(), u"Ann Vale"_s);
}

QTEST_GUILESS_MAIN(TestExtractJson)
#include "tst_extractjson.moc"
