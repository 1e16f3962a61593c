#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Quoteshelf::Library {

// Owns the library's SQLite connection (one named QSQLITE connection per instance; worker threads
// open their own Database on the same file). Opening applies pending migrations from
// resources/sql/NNNN_*.sql, each in its own transaction, after copying the file aside.
//
// Several connections may be open on one library at once: the GUI thread, its import worker,
// command-line tools in other processes. The rules that keep that safe: the file is only ever
// opened by SQLite (see open()), every write is a BEGIN IMMEDIATE transaction (SqlTransaction)
// or a single statement, and every connection waits BusyTimeoutMs for a lock instead of failing.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Status { Closed, Open, Newer, NotALibrary, Corrupt, IoError };
    Q_ENUM(Status)

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Opens (creating when missing) the database file at path. Returns false with status() and
    // errorString() set when the file cannot be used; the file is then left exactly as it was.
    bool open(const QString &path);
    void close();

    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    QString path() const { return m_path; }
    // Opened for reading only: the file or its folder cannot be written (a read-only disk,
    // another user's folder). Every change fails; the window says why.
    bool isReadOnly() const { return m_readOnly; }
    // What went wrong in words a reader understands: a full disk, a read-only or damaged library.
    static QString describe(const QSqlError &error);
    // The copy taken before the last migration, empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;
    // True when path is the library file or one of SQLite's files beside it (-wal, -shm,
    // -journal). Nothing may read those outside SQLite: see open().
    bool isLibraryFile(const QString &path) const;

    QSqlDatabase connection() const;

    // Where the NNNN_*.sql steps come from; the bundled resources unless a test says otherwise.
    void setMigrationsPath(const QString &path) { m_migrationsPath = path; }
    int latestSchemaVersion() const;
    // The library format of the file at path, read without changing it: 0 for a new or empty
    // file, -1 when it cannot be read. Lets a caller tell the reader a long upgrade is coming.
    static int storedSchemaVersion(const QString &path);
    static constexpr int ApplicationId = 0x51534846; // "QSHF" in the SQLite header
    // How long a statement waits for another connection's lock (any process) before failing.
    static constexpr int BusyTimeoutMs = 5000;

private:
    bool fail(Status status, const QString &message);
    bool failNew(bool existed);
    bool configure();
    bool migrate(int fromVersion);
    bool backUp(int fromVersion);

    QString m_connectionName;
    QString m_path;
    QString m_errorString;
    QString m_backupPath;
    QString m_migrationsPath = QStringLiteral(":/sql");
    Status m_status = Status::Closed;
    bool m_readOnly = false;
};

} // namespace Quoteshelf::Library
