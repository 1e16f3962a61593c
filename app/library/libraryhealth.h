#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace Quoteshelf::Library {

// What SQLite has found wrong with the library's file, for the whole process.
//
// SQLite reports every corruption it meets to one error log, whichever connection, thread or
// statement met it (a list that stops half-way, a note that cannot be read, a damaged index).
// LibraryHealth listens to that log: the first report puts the library into the damaged state,
// in which every connection refuses to write (an authorizer on each connection denies changes),
// the command-line tool ends with a non-zero exit code and the window offers the latest good
// backup. A process works on one library, so a report is about that library; code that opens
// other SQLite files on purpose (a backup it verifies, a file it probes) does so inside an
// OtherFileScope, whose reports are not the library's.
class LibraryHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryHealth)

public:
    static LibraryHealth *instance();

    // True once damage was reported; stays true for the process.
    static bool isDamaged();
    // SQLite's words about the first damage seen (empty when none).
    static QString damage();
    // Damage found another way: an integrity check, a schema read that failed.
    static void reportDamage(const QString &message);

    // Denies every change on this connection once the library is damaged. Database::open installs
    // it on each connection it makes.
    static void guard(const QSqlDatabase &connection);

    // The library file this process works on. Damage is remembered beside it (in
    // <file>.damaged) so that every later process on the library, the command-line tool or the
    // window, starts in the damaged state, even one that never reads a damaged page itself. A
    // library whose marker is there is damaged from the start.
    static void watch(const QString &libraryPath);
    // Forgets the damage of the library at path (after a restore or a clean full check).
    static void clear(const QString &libraryPath);
    static QString markerPath(const QString &libraryPath);

    // While one exists on a thread, SQLite's reports from that thread are not about the library.
    class OtherFileScope final
    {
        Q_DISABLE_COPY_MOVE(OtherFileScope)
    public:
        OtherFileScope();
        ~OtherFileScope();
    };

    // For tests that damage one library on purpose and go on with a fresh one in the same process.
    static void resetForTesting();

Q_SIGNALS:
    // Emitted from the event loop of the thread this object lives in (the first to ask for it,
    // the GUI thread in the app), never from inside SQLite.
    void damaged(const QString &message);

private:
    LibraryHealth() = default;
    Q_INVOKABLE void announce();
};

} // namespace Quoteshelf::Library
