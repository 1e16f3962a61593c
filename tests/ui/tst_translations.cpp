// Quoteshelf's translations: every catalogue complete and faithful to its placeholders, and the
// main window really speaking German and French, with Qt's own dialog buttons in the same language.
#include "core/translations.h"
#include "library/importservice.h"
#include "ui/articlepanels.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "uisession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Quoteshelf;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message {};
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus") == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.unfinished = xml.attributes().value(u"type") == u"unfinished";
                if (!current.numerus)
                    current.forms.append(xml.readElementText());
            } else if (name == u"numerusform") {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9]+|%n"));
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// The letter after a single '&' in a menu text, lower-cased; none for "&&" or no '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Two entries of one menu answering to the same key: the second is out of reach by keyboard.
QStringList clashingMnemonics(const QList<QAction *> &actions)
{
    QStringList clashes;
    QHash<QChar, QString> seen;
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QChar key = mnemonic(action->text());
        if (key.isNull())
            continue;
        if (seen.contains(key))
            clashes << seen.value(key) + QStringLiteral(" / ") + action->text();
        seen.insert(key, action->text());
    }
    return clashes;
}

QStringList menuClashes(QMenuBar *bar)
{
    QStringList clashes = clashingMnemonics(bar->actions());
    QList<QMenu *> menus;
    for (QAction *action : bar->actions()) {
        if (action->menu())
            menus.append(action->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        clashes += clashingMnemonics(menu->actions());
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
        }
    }
    return clashes;
}

QStringList menuTitles(QMenuBar *bar)
{
    QStringList titles;
    for (QAction *action : bar->actions())
        titles << action->text();
    return titles;
}

void useLanguage(const QLocale &locale)
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
    QLocale::setDefault(locale);
    Core::installTranslations(*QCoreApplication::instance());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        useLanguage(QLocale::c());
        Testing::Session session(m_dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(Library::importSamples(session.repository).size() >= 2);
    }

    void cleanupTestCase() { useLanguage(QLocale::c()); }

    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(QUOTESHELF_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({ QStringLiteral("quoteshelf_*.ts") }, QDir::Files, QDir::Name);
        QVERIFY(files.contains(QStringLiteral("quoteshelf_de.ts")));
        QVERIFY(files.contains(QStringLiteral("quoteshelf_fr.ts")));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    // No entry unfinished or empty, every plural message with its two forms, and every
    // placeholder of the English text (%1, %L2, %n) still there in each translation.
    void cataloguesAreComplete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        const bool pluralOnly = path.endsWith(QStringLiteral("_en.ts"));
        if (!pluralOnly)
            QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (m.unfinished)
                problems << QStringLiteral("unfinished: ") + where;
            if (m.numerus && m.forms.size() != 2)
                problems << QStringLiteral("%1 plural forms instead of 2: ").arg(m.forms.size()) + where;
            if (pluralOnly && !m.numerus)
                problems << QStringLiteral("not a plural message in the English file: ") + where;
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: ") + where;
                    continue;
                }
                const QSet<QString> missing = wanted - placeholders(form);
                if (!missing.isEmpty())
                    problems
                        << QStringLiteral("missing %1: ").arg(QStringList(missing.cbegin(), missing.cend()).join(u' '))
                            + where;
                if (m.source.endsWith(QStringLiteral("…")) != form.endsWith(QStringLiteral("…")))
                    problems << QStringLiteral("trailing … differs: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mainWindowInLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("speakersTab");
        QTest::addColumn<QString>("cancelButton");
        QTest::addColumn<QString>("noHighlights");
        QTest::addColumn<QString>("twoHighlights");
        QTest::newRow("German") << QStringLiteral("de_DE")
                                << QStringList { QStringLiteral("&Datei"),   QStringLiteral("&Bearbeiten"),
                                                 QStringLiteral("&Ansicht"), QStringLiteral("A&rtikel"),
                                                 QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe") }
                                << QStringLiteral("Sprecher") << QStringLiteral("Abbrechen")
                                << QStringLiteral("0 Markierungen") << QStringLiteral("2 Markierungen");
        // French takes the singular for 0 and 1.
        QTest::newRow("French") << QStringLiteral("fr_FR")
                                << QStringList { QStringLiteral("&Fichier"),    QStringLiteral("&Édition"),
                                                 QStringLiteral("&Affichage"),  QStringLiteral("A&rticle"),
                                                 QStringLiteral("&Navigation"), QStringLiteral("Ai&de") }
                                << QStringLiteral("Locuteurs") << QStringLiteral("Annuler")
                                << QStringLiteral("0 surlignage") << QStringLiteral("2 surlignages");
    }

    // The real main window in the user's language: menu titles and panels from Quoteshelf's
    // catalogue, no two entries of a menu on the same key, plural forms by the language's rule,
    // and the settings dialog's Cancel button from Qt's own catalogue.
    void mainWindowInLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, speakersTab);
        QFETCH(QString, cancelButton);
        QFETCH(QString, noHighlights);
        QFETCH(QString, twoHighlights);
        useLanguage(QLocale(language));

        QCOMPARE(QCoreApplication::translate("Quoteshelf::Ui::LibraryItemDelegate", "%n highlight(s)", nullptr, 0),
                 noHighlights);
        QCOMPARE(QCoreApplication::translate("Quoteshelf::Ui::LibraryItemDelegate", "%n highlight(s)", nullptr, 2),
                 twoHighlights);

        Testing::Session session(m_dir.filePath(QStringLiteral("library.sqlite")));
        Ui::MainWindow window(&session.repository, &session.highlights, &session.model, &session.profile);
        window.resize(1366, 768);
        QSignalSpy firstShown(&window, &Ui::MainWindow::firstShown);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(firstShown.size(), 1);

        QCOMPARE(menuTitles(window.menuBar()), menus);
        const QStringList clashes = menuClashes(window.menuBar());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        QCOMPARE(window.panels()->tabText(0), speakersTab);

        Ui::SettingsDialog settings(&window);
        auto *buttons = settings.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(buttons->button(QDialogButtonBox::Cancel));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancelButton);

        // Not an assertion of looks: with QUOTESHELF_SCREENSHOTS=DIR set, the main window with an
        // article and its panels, and the settings dialog, are saved for a person to look at.
        const QString dir = qEnvironmentVariable("QUOTESHELF_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const qint64 seed = Testing::seedId(session.repository);
        QVERIFY(seed > 0);
        QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
        window.openArticle(seed);
        QVERIFY(loaded.wait(20000));
        window.panels()->setCurrentIndex(1);
        QTest::qWait(600); // let Chromium paint before grabbing
        const QString tag = language.left(2);
        QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-%1.png").arg(tag)));
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QTest::qWait(200);
        QVERIFY(settings.grab().save(dir + QStringLiteral("/settings-%1.png").arg(tag)));
        settings.close();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
