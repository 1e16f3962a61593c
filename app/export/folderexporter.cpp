#include "export/folderexporter.h"

#include "export/markdownexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export {

namespace {

bool readText(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// Which file holds which article's export, from the begin markers of the Markdown files there.
QHash<qint64, QString> existingExports(const QDir &dir)
{
    QHash<qint64, QString> byId;
    for (const QString &name : dir.entryList({ u"*.md"_s }, QDir::Files, QDir::Name)) {
        QString text;
        QString error;
        if (!readText(dir.filePath(name), &text, &error))
            continue;
        if (const auto id = exportedArticleId(text); id && !byId.contains(*id))
            byId.insert(*id, dir.filePath(name));
    }
    return byId;
}

QString freeName(const QDir &dir, const QString &base, const QSet<QString> &taken)
{
    for (int n = 1; n < 10000; ++n) {
        const QString name = n == 1 ? base + u".md"_s : u"%1 (%2).md"_s.arg(base).arg(n);
        // Compare case-insensitively: the folder may live on a case-insensitive file system.
        if (!taken.contains(name.toCaseFolded()) && !QFileInfo::exists(dir.filePath(name)))
            return dir.filePath(name);
    }
    return {};
}

// One article into the folder: rendered, placed (an earlier export of it, else a free name) and
// written when it changed.
FileOutcome exportOne(const MarkdownExporter &exporter, const ExportData &data, const QDir &dir,
                      const QHash<qint64, QString> &existing, ConflictPolicy policy, QSet<QString> *taken)
{
    FileOutcome outcome { data.article.id, {}, ExportStatus::Error, {} };
    const ExportDocument document = exporter.render(data);
    if (!document.ok()) {
        outcome.message = document.error;
        return outcome;
    }
    QString previous;
    outcome.path = existing.value(data.article.id);
    if (outcome.path.isEmpty()) {
        outcome.path = freeName(dir, exporter.fileName(data), *taken);
        if (outcome.path.isEmpty()) {
            outcome.message = QCoreApplication::translate("Export", "no free file name");
            return outcome;
        }
    } else if (!readText(outcome.path, &previous, &outcome.message)) {
        return outcome;
    }
    taken->insert(QFileInfo(outcome.path).fileName().toCaseFolded());

    const UpdateResult update = updateFile(previous, document, policy);
    outcome.status = update.status;
    outcome.message = update.message;
    if (update.status == ExportStatus::Written || update.status == ExportStatus::Updated) {
        QString error;
        if (!writeText(outcome.path, update.text, &error)) {
            outcome.status = ExportStatus::Error;
            outcome.message = error;
        }
    }
    return outcome;
}

} // namespace

QList<FileOutcome> exportToFolder(const MarkdownExporter &exporter, const QList<qint64> &articleIds,
                                  const ExportSource &load, const QString &directory, ConflictPolicy policy,
                                  const ExportProgress &progress)
{
    QList<FileOutcome> outcomes;
    QDir dir(directory);
    if (!dir.mkpath(u"."_s)) {
        for (const qint64 id : articleIds)
            outcomes.append({ id,
                              {},
                              ExportStatus::Error,
                              QCoreApplication::translate("Export", "cannot create the folder %1").arg(directory) });
        return outcomes;
    }
    const QHash<qint64, QString> existing = existingExports(dir);
    QSet<QString> taken; // names chosen in this run, so two new articles never share one

    for (const qint64 id : articleIds) {
        if (const std::optional<ExportData> data = load(id))
            outcomes.append(exportOne(exporter, *data, dir, existing, policy, &taken));
        else
            outcomes.append({ id,
                              {},
                              ExportStatus::Error,
                              QCoreApplication::translate("Export", "no article %1 in the library").arg(id) });
        if (progress && !progress(outcomes.size(), articleIds.size()))
            break;
    }
    return outcomes;
}

QList<FileOutcome> exportToFolder(const MarkdownExporter &exporter, const QList<ExportData> &articles,
                                  const QString &directory, ConflictPolicy policy, const ExportProgress &progress)
{
    QList<qint64> ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        ids.append(articles.at(i).article.id);
        index.insert(articles.at(i).article.id, i);
    }
    return exportToFolder(
        exporter, ids, [&](qint64 id) { return std::optional<ExportData>(articles.at(index.value(id))); }, directory,
        policy, progress);
}

} // namespace Quoteshelf::Export
