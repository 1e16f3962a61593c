#pragma once

#include "library/importservice.h"

#include <QAtomicInt>
#include <QObject>
#include <QStringList>

class QThread;

namespace Quoteshelf::Library {

// Imports a list of files and web addresses (http, https: fetched, see importUrl) on a worker thread with its own database connection (the files are
// parsed and extracted on every core, see importFiles), reporting progress per file; cancel()
// stops after the file in hand (each file is its own transaction, so what was imported stays and
// nothing is half-written).
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(const QString &databasePath, const QStringList &files, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancelled.storeRelaxed(1); }
    bool isRunning() const;

Q_SIGNALS:
    // Emitted on the worker thread; connect with queued connections (the default across threads).
    void progress(int done, int total, const QString &file);
    // While a web address is fetched: the bytes of its page so far, and its size when known (else -1).
    void fetching(const QString &address, qint64 received, qint64 total);
    void imported(const Quoteshelf::Library::ImportOutcome &outcome);
    void failed(const Quoteshelf::Library::ImportOutcome &outcome);
    void finished(bool cancelled);

private:
    void run();

    QString m_databasePath;
    QStringList m_files;
    QThread *m_thread = nullptr;
    QAtomicInt m_cancelled;
};

} // namespace Quoteshelf::Library

Q_DECLARE_METATYPE(Quoteshelf::Library::ImportOutcome)
