#pragma once

#include <QObject>

class QTimer;

namespace Quoteshelf::Library {

class Database;

// Notices what other connections committed to the library: quoteshelf-cli and other processes,
// and this process's own worker threads. SQLite's PRAGMA data_version changes whenever another
// connection has committed since the last time this connection asked; asking reads one counter
// from the shared WAL index, so polling it every second costs nothing. The window also asks when
// it is activated, so a change made in a terminal shows as soon as the reader comes back.
class LibraryWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWatcher)

public:
    explicit LibraryWatcher(Database *database, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    // Looks now; emits changedElsewhere() and returns true when something changed.
    bool check();

Q_SIGNALS:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    Database *m_database = nullptr;
    QTimer *m_timer = nullptr;
    qint64 m_version = -1;
};

} // namespace Quoteshelf::Library
