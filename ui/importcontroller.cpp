#include "ui/importcontroller.h"

#include "import/reader.h"
#include "import/omnivoreexport.h"
#include "import/readinglist.h"
#include "import/urlfetcher.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importjob.h"
#include "library/importservice.h"
#include "library/omnivoreimport.h"
#include "library/reimport.h"
#include "ui/inputdialogs.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <memory>
#include <utility>

namespace Quoteshelf::Ui {

namespace {

// How messages name an import: a web address whole, a file by its name.
QString shownName(const QString &item)
{
    return Import::UrlFetcher::isWebAddress(item) ? item : QFileInfo(item).fileName();
}

} // namespace

ImportController::ImportController(Library::ArticleRepository *repository, Library::HighlightRepository *highlights,
                                   QWidget *window)
    : QObject(window), m_repository(repository), m_highlights(highlights), m_window(window)
{
}

ImportController::~ImportController() = default;

QStringList ImportController::chooseSavedPages(const QString &title) const
{
    // Where the reader last imported from; the first time, where browsers save pages.
    QString start = QSettings().value(QStringLiteral("import/lastDir")).toString();
    if (start.isEmpty() || !QFileInfo(start).isDir()) {
        for (const auto location : {QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation, QStandardPaths::HomeLocation}) {
            start = QStandardPaths::writableLocation(location);
            if (QFileInfo(start).isDir())
                break;
        }
    }
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, title, start,
        tr("Saved articles (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md *.markdown);;All files (*)"));
    if (!files.isEmpty())
        QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(files.constFirst()).absolutePath());
    return files;
}

void ImportController::chooseFiles()
{
    importFiles(chooseSavedPages(tr("Import Articles")));
}

void ImportController::chooseUrls()
{
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("importUrlDialog"));
    dialog.setWindowTitle(tr("Import from URL"));
    dialog.setLabelText(tr("Web address of the article (several separated by spaces). The page and its images are "
                           "fetched once; the article then reads offline."));
    dialog.setInputMode(QInputDialog::TextInput);
    // A link copied in the browser is what the reader most likely wants to save.
    if (const QClipboard *clipboard = QGuiApplication::clipboard()) {
        const QString copied = clipboard->text().trimmed();
        if (Import::UrlFetcher::isWebAddress(copied) && !copied.contains(QRegularExpression(QStringLiteral("\\s"))))
            dialog.setTextValue(copied);
    }
    dialog.resize(qMax(dialog.sizeHint().width(), 560), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList addresses;
    QStringList refused;
    const QStringList words = dialog.textValue().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QUrl url(word);
        if (Import::UrlFetcher::isWebAddress(word) && url.isValid() && !url.host().isEmpty())
            addresses << word;
        else
            refused << word;
    }
    if (!refused.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import from URL"),
                             tr("Not a web address (only http:// and https:// addresses can be imported): %1")
                                 .arg(refused.join(QLatin1Char(' '))));
        return;
    }
    importFiles(addresses);
}

void ImportController::chooseReadingList()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Reading List"), start,
                                                      tr("Pocket, Instapaper or Omnivore export (*.html *.htm *.csv *.zip);;All files (*)"));
    if (!path.isEmpty())
        importReadingList(path);
}

bool ImportController::importReadingList(const QString &path)
{
    if (Import::Omnivore::isExport(path) || path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return importOmnivore(path);
    QFile file(path);
    Import::ReadingList list;
    if (!file.open(QIODevice::ReadOnly))
        list.error = file.errorString();
    else
        list = Import::parseReadingList(file.read(Import::MaxFileSize));
    if (!list.ok()) {
        QMessageBox::warning(m_window, tr("Import Reading List"), tr("%1: %2").arg(QFileInfo(path).fileName(), list.error));
        return false;
    }
    QStringList addresses;
    for (const Import::ReadingListEntry &entry : std::as_const(list.entries)) {
        addresses << entry.url;
        m_listEntries.insert(entry.url, {entry.tags, entry.archived});
    }
    Q_EMIT statusMessage(tr("Importing %n link(s) from %1…", nullptr, int(addresses.size())).arg(list.format), 5000);
    importFiles(addresses);
    return true;
}

bool ImportController::importOmnivore(const QString &path)
{
    // Read whole first: a broken zip or metadata leaves the library as it was.
    const Import::OmnivoreExport exported = Import::Omnivore::read(path);
    if (!exported.ok()) {
        QMessageBox::warning(m_window, tr("Import Reading List"), tr("Nothing was imported. %1").arg(exported.error));
        return false;
    }
    if (m_job && m_job->isRunning()) {
        QMessageBox::information(m_window, tr("Import Reading List"), tr("Wait for the current import to finish, then try again."));
        return false;
    }
    // The export's pages are on disk already: stored here between repaints, a page at a time,
    // with progress and Cancel. Pages the export lacks are made of their highlights (nothing is
    // fetched from the window's thread).
    Library::OmnivoreImporter importer(m_repository->database(), m_repository, m_highlights);
    QProgressDialog dialog(tr("Importing the Omnivore export…"), tr("Cancel"), 0, int(exported.items.size()), m_window);
    dialog.setWindowTitle(tr("Import"));
    dialog.setMinimumDuration(400);
    QStringList errors;
    QStringList notes;
    int imported = 0;
    qint64 lastId = 0;
    for (qsizetype i = 0; i < exported.items.size() && !dialog.wasCanceled(); ++i) {
        const Import::OmnivoreItem &item = exported.items.at(i);
        dialog.setValue(int(i));
        dialog.setLabelText(tr("Importing %1…").arg(item.title.isEmpty() ? item.url : item.title));
        QCoreApplication::processEvents();
        const Library::OmnivoreOutcome outcome = importer.importItem(item);
        if (!outcome.ok()) {
            errors << outcome.article.error;
            continue;
        }
        ++imported;
        lastId = outcome.article.id;
        if (outcome.fromHighlights)
            notes << tr("%1: its page is not in the export; imported from its highlights").arg(item.url);
        for (const QString &warning : outcome.article.warnings)
            notes << tr("%1: %2").arg(item.url, warning);
        if (!outcome.article.duplicate)
            m_repository->notifyArticleAdded(outcome.article.id);
        else
            Q_EMIT m_repository->articleChanged(outcome.article.id);
    }
    dialog.setValue(int(exported.items.size()));
    if (lastId > 0)
        Q_EMIT openRequested(lastId);
    Q_EMIT statusMessage(tr("Imported %n article(s).", nullptr, imported), 8000);
    if (!errors.isEmpty() || !notes.isEmpty()) {
        QMessageBox box(errors.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                        errors.isEmpty() ? tr("%n article(s) imported.", nullptr, imported)
                                         : tr("%n article(s) could not be imported.", nullptr, int(errors.size())),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("importSummary"));
        box.setInformativeText((errors + notes).mid(0, 8).join(QLatin1Char('\n')));
        if (errors.size() + notes.size() > 8)
            box.setDetailedText((errors + notes).join(QLatin1Char('\n')));
        box.exec();
    }
    Q_EMIT finished(imported, int(errors.size()));
    return true;
}

void ImportController::chooseNewVersions()
{
    const QStringList files = chooseSavedPages(tr("Import New Version"));
    if (files.isEmpty())
        return;
    const QStringList report = importNewVersions(files);
    QMessageBox box(QMessageBox::Information, tr("Import New Version"),
                    tr("%n file(s) processed.", nullptr, int(files.size())), QMessageBox::Ok, m_window);
    box.setInformativeText(report.join(QLatin1Char('\n')));
    box.exec();
}

void ImportController::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_job && m_job->isRunning()) {
        m_queued += paths;
        Q_EMIT statusMessage(tr("%n file(s) will be imported after the current import.", nullptr, int(m_queued.size())), 5000);
        return;
    }
    // The files are read and extracted on a worker thread; the window stays responsive and the
    // import can be cancelled between files.
    delete m_job;
    m_job = new Library::ImportJob(m_repository->database()->path(), paths, this);
    auto *dialog = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, int(paths.size()), m_window);
    dialog->setWindowTitle(tr("Import"));
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    auto errors = std::make_shared<QStringList>();
    auto warnings = std::make_shared<QStringList>();
    auto lastId = std::make_shared<qint64>(0);
    auto imported = std::make_shared<int>(0);
    connect(dialog, &QProgressDialog::canceled, m_job, &Library::ImportJob::cancel);
    connect(m_job, &Library::ImportJob::progress, dialog, [dialog](int done, int total, const QString &file) {
        dialog->setMaximum(total);
        dialog->setValue(done);
        if (!file.isEmpty())
            dialog->setLabelText(tr("Importing %1…").arg(shownName(file)));
    });
    connect(m_job, &Library::ImportJob::fetching, dialog, [dialog](const QString &address, qint64 received, qint64 size) {
        dialog->setLabelText(size > 0 ? tr("Fetching %1… (%L2 of %L3 KB)").arg(address).arg(received / 1024).arg(size / 1024)
                                      : tr("Fetching %1… (%L2 KB)").arg(address).arg(received / 1024));
    });
    connect(m_job, &Library::ImportJob::imported, this,
            [this, lastId, imported, warnings](const Library::ImportOutcome &outcome) {
                *lastId = outcome.id;
                ++*imported;
                // Stored, but not all as saved (a truncated archive's missing images): the reader is told.
                for (const QString &warning : outcome.warnings)
                    *warnings << tr("%1: %2").arg(shownName(outcome.file), warning);
                if (!outcome.duplicate)
                    m_repository->notifyArticleAdded(outcome.id);
                // A reading list's link: its tags and archived state come along.
                if (const auto entry = m_listEntries.constFind(outcome.file); entry != m_listEntries.constEnd()) {
                    if (m_highlights && !entry->first.isEmpty())
                        m_highlights->setArticleTags(outcome.id, m_highlights->articleTags(outcome.id) + entry->first);
                    if (entry->second)
                        m_repository->setArchived(outcome.id, true);
                }
            });
    connect(m_job, &Library::ImportJob::failed, this,
            [errors](const Library::ImportOutcome &outcome) { *errors << outcome.error; });
    connect(m_job, &Library::ImportJob::finished, this, [this, dialog, errors, warnings, lastId, imported](bool cancelled) {
        dialog->close();
        dialog->deleteLater();
        if (*lastId > 0)
            Q_EMIT openRequested(*lastId);
        QString summary = tr("Imported %n article(s).", nullptr, *imported);
        if (cancelled)
            summary += QLatin1Char(' ') + tr("Import cancelled.");
        Q_EMIT statusMessage(summary, 8000);
        // Failures and warnings in one message at the end, not one box per file.
        if (!errors->isEmpty() || !warnings->isEmpty()) {
            const bool failed = !errors->isEmpty();
            QMessageBox box(failed ? QMessageBox::Warning : QMessageBox::Information, tr("Import"),
                            failed ? tr("%n file(s) could not be imported.", nullptr, int(errors->size()))
                                   : tr("%n file(s) imported, but not all as saved.", nullptr, int(warnings->size())),
                            QMessageBox::Ok, m_window);
            box.setObjectName(QStringLiteral("importSummary"));
            QStringList shown = errors->mid(0, 5);
            if (!warnings->isEmpty()) {
                if (failed)
                    shown << QString() << tr("Imported with a warning:");
                shown << warnings->mid(0, 5);
            }
            box.setInformativeText(shown.join(QLatin1Char('\n')));
            if (errors->size() > 5 || warnings->size() > 5)
                box.setDetailedText((*errors + *warnings).join(QLatin1Char('\n')));
            box.exec();
        }
        Q_EMIT finished(*imported, int(errors->size()));
        // Files that came in meanwhile go next (after this job is done with: not from its signal).
        const QStringList queued = std::exchange(m_queued, {});
        if (!queued.isEmpty() && !cancelled)
            QTimer::singleShot(0, this, [this, queued] { importFiles(queued); });
    });
    m_job->start();
}

QStringList ImportController::importNewVersions(const QStringList &paths)
{
    Library::ReimportService service(m_repository->database(), m_repository);
    // Never replaced on a file name alone: when it is not certain which article the file is a new
    // version of, the reader says.
    service.setNameMatch(Library::ReimportService::NameMatch::Refuse);
    QStringList report;
    for (const QString &path : paths) {
        Library::ReimportReport result = service.replaceFile(path);
        if (!result.candidates.isEmpty()) {
            const qint64 chosen = chooseArticle(path, result.candidates);
            if (chosen == 0) {
                report << tr("%1: not imported (cancelled).").arg(QFileInfo(path).fileName());
                continue;
            }
            if (chosen > 0) {
                result = service.replaceFile(path, chosen);
            } else {
                const Library::ImportOutcome added = Library::importFile(*m_repository, path);
                if (!added.ok()) {
                    report << added.error;
                    continue;
                }
                m_repository->notifyArticleAdded(added.id);
                report << tr("%1: imported as a new article.").arg(QFileInfo(path).fileName());
                continue;
            }
        }
        if (!result.ok()) {
            report << result.error;
            continue;
        }
        if (result.duplicate) {
            report << tr("%1: already in the library, unchanged.").arg(QFileInfo(path).fileName());
            continue;
        }
        if (!result.replaced) {
            m_repository->notifyArticleAdded(result.articleId);
            report << tr("%1: no earlier version in the library; imported as a new article.")
                          .arg(QFileInfo(path).fileName());
            continue;
        }
        report << tr("%1: “%2” updated; highlights: %3 in place, %4 moved, %5 matched approximately, %6 orphaned "
                     "(kept).")
                      .arg(QFileInfo(path).fileName(), result.title)
                      .arg(result.stayed)
                      .arg(result.moved)
                      .arg(result.fuzzy)
                      .arg(result.orphaned);
        Q_EMIT articleReplaced(result.articleId);
    }
    return report;
}

qint64 ImportController::chooseArticle(const QString &path, const QList<qint64> &candidates) const
{
    QStringList items;
    QList<qint64> ids;
    for (const qint64 id : candidates) {
        if (const auto summary = m_repository->summary(id)) {
            items << tr("Replace “%1”").arg(summary->title);
            ids << id;
        }
    }
    items << tr("Import it as a new article");
    ids << -1;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Import New Version"));
    dialog.setLabelText(tr("Which article is %1 a new version of? It has no web address that says so, and articles "
                           "from files of the same name are in the library.")
                            .arg(QFileInfo(path).fileName()));
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.setObjectName(QStringLiteral("chooseVersionDialog"));
    fitLabelToContent(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const qsizetype index = items.indexOf(dialog.textValue());
    return index >= 0 ? ids.at(index) : 0;
}

} // namespace Quoteshelf::Ui
