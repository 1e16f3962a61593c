// The export dialog on a real library file: live preview, colour filter, template errors, export
// into a folder (with the conflict question) and the remembered folder.
#include "core/textoffsets.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"
#include "render/highlightservice.h"
#include "ui/exportdialog.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Quoteshelf;
using namespace Qt::StringLiterals;

namespace {

const QString greenPassage = u"US officials are fervently working to secure the release of hostages"_s;
const QString yellowPassage = u"the path to achieving this remains rocky"_s;

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

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void previewShowsFrontMatterAndHighlights();
    void untickingColourRemovesHighlight();
    void brokenTemplateShowsLine();
    void exportWritesFile();

private:
    std::unique_ptr<Ui::ExportDialog> dialog() const;
    bool highlight(const QString &passage, const QString &colour, const QString &note);

    QTemporaryDir m_dir;
    Library::Database m_db;
    std::unique_ptr<Library::ArticleRepository> m_articles;
    std::unique_ptr<Library::HighlightRepository> m_highlights;
    std::unique_ptr<Render::HighlightService> m_service;
    qint64 m_id = 0;
};

bool TestExportDialog::highlight(const QString &passage, const QString &colour, const QString &note)
{
    const auto article = m_articles->article(m_id);
    const qsizetype at = article ? article->text.indexOf(passage) : -1;
    if (at < 0)
        return false;
    const Core::TextOffsets offsets(article->text);
    const auto record
        = m_highlights->create(m_id, offsets.toCodePoint(at), offsets.toCodePoint(at + passage.size()), colour);
    return record && (note.isEmpty() || m_highlights->setNote(record->id, note));
}

std::unique_ptr<Ui::ExportDialog> TestExportDialog::dialog() const
{
    auto dialog = std::make_unique<Ui::ExportDialog>(m_articles.get(), m_highlights.get(), m_service.get(),
                                                     QList<qint64> { m_id });
    dialog->setCurrentArticle(m_id);
    dialog->show();
    return dialog;
}

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(u"library.sqlite"_s)));
    m_articles = std::make_unique<Library::ArticleRepository>(&m_db);
    m_highlights = std::make_unique<Library::HighlightRepository>(&m_db);
    m_service = std::make_unique<Render::HighlightService>();
    const auto outcome = Library::importFile(
        *m_articles, QStringLiteral(QUOTESHELF_SOURCE_DIR "/resources/samples/01-gaza-hostage-talks.txt"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    m_id = outcome.id;
    QVERIFY(highlight(greenPassage, u"green"_s, u"Check the **numbers**"_s));
    QVERIFY(highlight(yellowPassage, u"yellow"_s, {}));
}

void TestExportDialog::cleanupTestCase()
{
    m_highlights.reset();
    m_articles.reset();
}

void TestExportDialog::previewShowsFrontMatterAndHighlights()
{
    const auto d = dialog();
    const QString preview = d->previewText();
    QVERIFY2(preview.startsWith(u"---\ntitle: US Efforts to Secure Hostage Release"_s), qPrintable(preview.left(200)));
    QVERIFY(preview.contains(u"quoteshelf_id: %1"_s.arg(m_id)));
    QVERIFY(preview.contains(u"> "_s + greenPassage));
    QVERIFY(preview.contains(u"Check the **numbers**"_s));
    QVERIFY(preview.contains(yellowPassage));
    QVERIFY(d->errorText().isEmpty());
    QCOMPARE(d->scopeIds(), QList<qint64> { m_id });

    // Copy puts the Markdown on the clipboard without the re-export markers.
    QTest::mouseClick(d->findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(greenPassage), qPrintable(copied.left(200)));
    QVERIFY(copied.startsWith(u"---\n"_s));
    QVERIFY(!copied.contains(u"quoteshelf:begin"_s));
}

void TestExportDialog::untickingColourRemovesHighlight()
{
    const auto d = dialog();
    auto *green = d->findChild<QCheckBox *>(u"colour-green"_s);
    QVERIFY(green);
    QCOMPARE(green->text(), u"Evidence"_s);
    QVERIFY(d->previewText().contains(greenPassage));
    QTest::mouseClick(green, Qt::LeftButton, {}, QPoint(4, green->height() / 2));
    QVERIFY(!green->isChecked());
    // The preview follows after the debounce, without anyone asking for it.
    QTRY_VERIFY(!d->previewText().contains(greenPassage));
    QVERIFY(d->previewText().contains(yellowPassage));

    // With no colour ticked no highlight is left (an empty filter must not mean "all").
    for (const QString &colour : Library::HighlightRepository::colors())
        d->findChild<QCheckBox *>(u"colour-"_s + colour)->setChecked(false);
    QTRY_VERIFY(!d->previewText().contains(yellowPassage));
    QVERIFY(d->previewText().contains(u"title: US Efforts"_s));
}

void TestExportDialog::brokenTemplateShowsLine()
{
    const QString path = m_dir.filePath(u"broken.md"_s);
    QVERIFY(writeFile(path,
                      u"---\ntitle: {{ title|yaml }}\n---\n\n{% for h in highlights %}\n"
                      "{{ h.text|blockqoute }}\n{% endfor %}\n"_s));
    const auto d = dialog();
    auto *exportButton = d->findChild<QPushButton *>(u"exportButton"_s);
    QVERIFY(exportButton->isEnabled());
    d->findChild<QLineEdit *>(u"templateFile"_s)->setText(path);
    QTRY_VERIFY(!d->errorText().isEmpty());
    QVERIFY2(d->errorText().contains(u"line 6"_s), qPrintable(d->errorText()));
    QVERIFY2(d->errorText().contains(u"blockqoute"_s), qPrintable(d->errorText()));
    QVERIFY(d->findChild<QLabel *>(u"exportError"_s)->isVisible());
    QVERIFY(!d->findChild<QPlainTextEdit *>(u"exportPreview"_s)->isVisible());
    QVERIFY(!exportButton->isEnabled());

    // Fixing the file brings the preview back: the dialog watches the template.
    QVERIFY(writeFile(path, u"# {{ title }}\n\n{% for h in highlights %}\n{{ h.text|blockquote }}\n{% endfor %}\n"_s));
    QTRY_VERIFY_WITH_TIMEOUT(d->errorText().isEmpty(), 10000);
    QVERIFY(d->previewText().contains(u"# US Efforts"_s));
    QVERIFY(exportButton->isEnabled());
}

void TestExportDialog::exportWritesFile()
{
    const QString folder = m_dir.filePath(u"notes"_s);
    QString path;
    {
        const auto d = dialog();
        d->findChild<QLineEdit *>(u"templateFile"_s)->clear();
        d->findChild<QLineEdit *>(u"outputFolder"_s)->setText(folder);
        QTest::mouseClick(d->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QCOMPARE(d->lastOutcomes().size(), 1);
        QCOMPARE(d->lastOutcomes().constFirst().status, Export::ExportStatus::Written);
        path = d->lastOutcomes().constFirst().path;
        QCOMPARE(QFileInfo(path).dir().absolutePath(), QDir(folder).absolutePath());
        const QString text = readFile(path);
        QVERIFY(text.contains(greenPassage));
        QVERIFY(text.contains(u"quoteshelf:begin id=%1"_s.arg(m_id)));
        auto *summary = d->findChild<QMessageBox *>(u"exportSummary"_s);
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(u"Written: 1"_s), qPrintable(summary->text()));
        summary->close();

        // The reader edits inside the block: asked once, and Yes replaces the edit.
        QVERIFY(writeFile(path, readFile(path).replace(u"Check the **numbers**"_s, u"My edit"_s)));
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (question && question->objectName() == u"exportConflictQuestion"_s) {
                asked = question->text().startsWith(u"1 file"_s) && question->detailedText().contains(u".md"_s);
                question->button(QMessageBox::Yes)->click();
            }
        });
        QTest::mouseClick(d->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(d->lastOutcomes().constFirst().status, Export::ExportStatus::Updated);
        QVERIFY(readFile(path).contains(u"Check the **numbers**"_s));
        QVERIFY(!readFile(path).contains(u"My edit"_s));
    }
    // The folder is remembered for the next time.
    const auto again = dialog();
    QCOMPARE(again->findChild<QLineEdit *>(u"outputFolder"_s)->text(), folder);
    QTest::mouseClick(again->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QCOMPARE(again->lastOutcomes().constFirst().status, Export::ExportStatus::Unchanged);
    QCOMPARE(QDir(folder).entryList({ u"*.md"_s }, QDir::Files).size(), 1);
}

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"QuoteshelfTests"_s);
    QApplication::setApplicationName(u"tst_exportdialog"_s);
    TestExportDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportdialog.moc"
