// File › Export Annotations… and Import Annotations…: the library's highlights as W3C Web
// Annotations, and annotations (Quoteshelf's or Hypothesis's) attached to the articles they name.
#include "ui/mainwindow.h"

#include "library/articlerepository.h"
#include "library/webannotations.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace Quoteshelf::Ui {

namespace {

QString annotationsFolder()
{
    const QString last = QSettings().value(QStringLiteral("annotations/lastDir")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

bool MainWindow::exportAnnotations(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Annotations"),
                                            QDir(annotationsFolder()).filePath(tr("Quoteshelf annotations.jsonld")),
                                            tr("Web Annotations (*.jsonld *.json);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    Library::WebAnnotationExporter exporter(m_repository->database());
    const QByteArray json = exporter.document().toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    QString problem = exporter.errorString();
    if (problem.isEmpty() && (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()))
        problem = file.errorString();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Annotations"),
                             tr("Could not export the annotations to %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    QSettings().setValue(QStringLiteral("annotations/lastDir"), QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported %n annotation(s) to %1", nullptr, exporter.annotationCount())
                                 .arg(QFileInfo(path).fileName()),
                             8000);
    return true;
}

bool MainWindow::importAnnotations(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Import Annotations"), annotationsFolder(),
                                            tr("Web Annotations and Hypothesis exports (*.jsonld *.json);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    const Library::WebAnnotationImportReport report
        = Library::WebAnnotationImporter(m_repository->database()).importFile(path);
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Import Annotations"),
                             tr("Nothing was imported. %1").arg(report.error));
        return false;
    }
    QSettings().setValue(QStringLiteral("annotations/lastDir"), QFileInfo(path).absolutePath());
    // The library list's counts, the open article's marks, the panels and the notebook.
    onLibraryChangedElsewhere();
    statusBar()->showMessage(tr("Annotations from %1: %2 imported, %3 already present, %4 orphaned, %5 for articles "
                                "not in the library")
                                 .arg(report.file)
                                 .arg(report.imported)
                                 .arg(report.alreadyPresent)
                                 .arg(report.orphaned)
                                 .arg(report.noArticle),
                             12000);
    return true;
}

} // namespace Quoteshelf::Ui
