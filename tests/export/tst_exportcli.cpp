// quoteshelf-cli export and copy, run as a user runs them: the built binary on a library of its own.
// The steps build on each other (import, highlight, export, re-export, edits), so the slots run in
// order on one library and one export folder.

#include "clitool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = Quoteshelf::Testing::CliRun;

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

const QString firstPassage = u"US officials are fervently working to secure the release of hostages"_s;
const QString secondPassage = u"the path to achieving this remains rocky"_s;

} // namespace

class TestExportCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportToStdout();
    void filtersOnStdout_data();
    void filtersOnStdout();
    void usesTheReadersColourNames();
    void copyPrintsNotes();
    void exportToFolder();
    void reexportUnchanged();
    void userTextOutsideBlockKept();
    void editInsideBlockConflicts();
    void overwriteReplacesBlock();
    void brokenTemplateWritesNothing();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &args) const;
    QString exportedFile() const;

    QTemporaryDir m_dir;
    QString m_library;
    QString m_folder;
    QString m_id;
};

Run TestExportCli::cli(const QStringList &args) const
{
    return Quoteshelf::Testing::runCli(m_dir.path(), QStringList { u"--library"_s, m_library } + args, {}, 60000);
}

QString TestExportCli::exportedFile() const
{
    const QStringList files = QDir(m_folder).entryList({ u"*.md"_s }, QDir::Files);
    return files.size() == 1 ? QDir(m_folder).filePath(files.constFirst()) : QString();
}

void TestExportCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(Quoteshelf::Testing::cliPath()).isExecutable(), qPrintable(Quoteshelf::Testing::cliPath()));
    m_library = m_dir.filePath(u"library"_s);
    m_folder = m_dir.filePath(u"notes"_s);

    const Run import
        = cli({ u"import"_s, QStringLiteral(QUOTESHELF_SOURCE_DIR "/resources/samples/01-gaza-hostage-talks.txt") });
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    m_id = import.out.section(u'\t', 0, 0);
    QVERIFY2(m_id.toLongLong() > 0, qPrintable(import.out));

    const Run first = cli({ u"highlight"_s, m_id, u"--text"_s, firstPassage, u"--color"_s, u"green"_s, u"--note"_s,
                            u"Check the **numbers**"_s, u"--tag"_s, u"evidence"_s });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Run second = cli({ u"highlight"_s, m_id, u"--text"_s, secondPassage, u"--tag"_s, u"diplomacy"_s });
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
}

void TestExportCli::exportToStdout()
{
    const Run run = cli({ u"export"_s, m_id });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"---\n"_s), qPrintable(run.out.left(200)));
    QVERIFY(run.out.contains(u"title: US Efforts to Secure Hostage Release"_s));
    QVERIFY(run.out.contains(u"quoteshelf_id: "_s + m_id));
    QVERIFY(run.out.contains(u"<!-- quoteshelf:begin id="_s + m_id));
    QVERIFY(run.out.contains(u"> "_s + firstPassage));
    QVERIFY(run.out.contains(u"Check the **numbers**"_s));
    QVERIFY(run.out.contains(u"#evidence"_s));
    QVERIFY(run.out.contains(secondPassage));
    // Standard output is the default: nothing may have been written anywhere.
    QVERIFY(!QFileInfo::exists(m_folder));
}

void TestExportCli::filtersOnStdout_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("first");
    QTest::addColumn<bool>("second");
    QTest::newRow("nominal: --colour green keeps the green one")
        << QStringList { u"--colour"_s, u"green"_s } << true << false;
    QTest::newRow("nominal: --color is accepted too") << QStringList { u"--color"_s, u"yellow"_s } << false << true;
    QTest::newRow("nominal: two colours")
        << QStringList { u"--colour"_s, u"green"_s, u"--colour"_s, u"yellow"_s } << true << true;
    QTest::newRow("nominal: --tag, any case") << QStringList { u"--tag"_s, u"Diplomacy"_s } << false << true;
    QTest::newRow("nominal: --group-by colour") << QStringList { u"--group-by"_s, u"colour"_s } << true << true;
}

void TestExportCli::filtersOnStdout()
{
    QFETCH(QStringList, options);
    QFETCH(bool, first);
    QFETCH(bool, second);
    const Run run = cli(QStringList { u"export"_s, m_id } + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.contains(firstPassage), first);
    QCOMPARE(run.out.contains(secondPassage), second);
    if (options.contains(u"--group-by"_s))
        QVERIFY(run.out.contains(u"### Evidence"_s)); // green's name
}

// The names the reader gave the colours (Settings › Highlights) are what the export shows.
void TestExportCli::usesTheReadersColourNames()
{
    const QString config = m_dir.filePath(u"config/Quoteshelf/Quoteshelf.conf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(config).absolutePath()));
    {
        QSettings settings(config, QSettings::IniFormat);
        settings.setValue(u"highlights/names/green"_s, u"Proof"_s);
    }
    const Run run = cli({u"export"_s, m_id, u"--group-by"_s, u"colour"_s});
    QFile::remove(config);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"### Proof"_s));
    QVERIFY(!run.out.contains(u"### Evidence"_s));
    QVERIFY(!run.out.contains(u"### green"_s));
}

void TestExportCli::copyPrintsNotes()
{
    const Run run = cli({ u"copy"_s, m_id });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"US Efforts to Secure Hostage Release"_s));
    QVERIFY(run.out.contains(firstPassage));
    QVERIFY(run.out.contains(u"Check the **numbers**"_s));
    QVERIFY(!run.out.contains(u"quoteshelf:begin"_s)); // a snippet, not an export file

    QCOMPARE(cli({ u"copy"_s, u"99999"_s }).exitCode, 1);
    QCOMPARE(cli({ u"copy"_s }).exitCode, 2);
}

void TestExportCli::exportToFolder()
{
    const Run run = cli({ u"export"_s, m_id, u"--out"_s, m_folder });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString path = exportedFile();
    QVERIFY2(!path.isEmpty(), qPrintable(QDir(m_folder).entryList().join(u", "_s)));
    QCOMPARE(run.out, u"written\t%1\n"_s.arg(QDir::toNativeSeparators(path)));
    const QString text = readFile(path);
    QVERIFY(text.startsWith(u"---\n"_s));
    QVERIFY(text.contains(firstPassage));
    QVERIFY(text.contains(u"<!-- quoteshelf:end -->"_s));
}

void TestExportCli::reexportUnchanged()
{
    const QString before = readFile(exportedFile());
    const Run run = cli({ u"export"_s, m_id, u"--out"_s, m_folder });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"unchanged\t%1\n"_s.arg(QDir::toNativeSeparators(exportedFile())));
    QCOMPARE(readFile(exportedFile()), before);
}

void TestExportCli::userTextOutsideBlockKept()
{
    const QString path = exportedFile();
    QVERIFY(writeFile(path, readFile(path) + u"\n## My thoughts\n\nFollow up with the Qatari side.\n"_s));
    // A new highlight changes the block; the reader's text below it stays.
    const Run highlight = cli({ u"highlight"_s, m_id, u"--text"_s, u"humanitarian pauses"_s, u"--color"_s, u"blue"_s });
    QVERIFY2(highlight.exitCode == 0, qPrintable(highlight.err));

    const Run run = cli({ u"export"_s, m_id, u"--out"_s, m_folder });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"updated\t%1\n"_s.arg(QDir::toNativeSeparators(path)));
    const QString text = readFile(path);
    QVERIFY(text.contains(u"> humanitarian pauses"_s));
    QVERIFY(text.endsWith(u"## My thoughts\n\nFollow up with the Qatari side.\n"_s));
}

void TestExportCli::editInsideBlockConflicts()
{
    const QString path = exportedFile();
    const QString edited = readFile(path).replace(u"Check the **numbers**"_s, u"Checked: the numbers hold"_s);
    QVERIFY(writeFile(path, edited));

    const Run run = cli({ u"export"_s, m_id, u"--out"_s, m_folder });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, u"conflict\t%1\n"_s.arg(QDir::toNativeSeparators(path)));
    QVERIFY2(run.err.contains(u"--overwrite"_s), qPrintable(run.err));
    QCOMPARE(readFile(path), edited); // nothing written
}

void TestExportCli::overwriteReplacesBlock()
{
    const QString path = exportedFile();
    const Run run = cli({ u"export"_s, m_id, u"--out"_s, m_folder, u"--overwrite"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"updated\t%1\n"_s.arg(QDir::toNativeSeparators(path)));
    const QString text = readFile(path);
    QVERIFY(text.contains(u"Check the **numbers**"_s));
    QVERIFY(!text.contains(u"Checked: the numbers hold"_s));
    QVERIFY(text.contains(u"Follow up with the Qatari side."_s));

    const Run again = cli({ u"export"_s, m_id, u"--out"_s, m_folder });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.startsWith(u"unchanged\t"_s));
}

void TestExportCli::brokenTemplateWritesNothing()
{
    const QString templatePath = m_dir.filePath(u"broken.md"_s);
    QVERIFY(writeFile(templatePath,
                      u"---\ntitle: {{ title|yaml }}\n---\n\n{% for h in highlights %}\n"
                      "{{ h.text|blockqoute }}\n{% endfor %}\n"_s));
    const QString folder = m_dir.filePath(u"broken-out"_s);
    for (const QString &out : { folder, u"-"_s }) {
        const Run run = cli({ u"export"_s, m_id, u"--template"_s, templatePath, u"--out"_s, out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QVERIFY2(run.err.startsWith(templatePath + u":6:"_s), qPrintable(run.err));
    }
    QVERIFY(!QFileInfo::exists(folder));

    const Run missing = cli({ u"export"_s, m_id, u"--template"_s, m_dir.filePath(u"none.md"_s), u"--out"_s, folder });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(folder));
}

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("robustness: no id") << QStringList { u"export"_s } << 2;
    QTest::newRow("robustness: id and --all") << QStringList { u"export"_s, u"1"_s, u"--all"_s } << 2;
    QTest::newRow("robustness: not a number") << QStringList { u"export"_s, u"first"_s } << 2;
    QTest::newRow("robustness: unknown colour") << QStringList { u"export"_s, u"1"_s, u"--colour"_s, u"red"_s } << 2;
    QTest::newRow("robustness: unknown grouping")
        << QStringList { u"export"_s, u"1"_s, u"--group-by"_s, u"tag"_s } << 2;
    QTest::newRow("robustness: no such article") << QStringList { u"export"_s, u"99999"_s } << 1;
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCli)

#include "tst_exportcli.moc"
