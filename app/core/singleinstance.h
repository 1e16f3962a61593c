#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLockFile;

namespace Quoteshelf::Core {

// One Quoteshelf window per library. The first launch on a library claims it: it holds a lock
// file and listens on a local socket, both named after the library's path. A later launch on the
// same library (a file opened from the file manager, a quoteshelf:// link clicked in a notes app)
// hands its arguments to that instance and exits, so the reader ends up with one window that
// sees every change, instead of windows that do not know of each other.
//
// The lock decides who is first (QLockFile notices a lock left by a crashed instance); the socket
// only carries the arguments. A second instance waits for the first one to start listening.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &libraryDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Role { Primary, Secondary, Failed };

    // Primary: this process owns the library's window and now listens for later launches.
    // Secondary: another process does; call forward(). Failed: see errorString().
    Role claim();
    // Secondary only: delivers the arguments (absolute file paths, links) to the running
    // instance and waits until it has taken them. False, with errorString(), when it does not
    // answer within timeoutMs.
    bool forward(const QStringList &arguments, int timeoutMs = 15000);

    QString errorString() const { return m_error; }
    // The socket name used for this library (for diagnostics and tests).
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // Primary only: a later launch on this library passed these arguments.
    void argumentsReceived(const QStringList &arguments);

private:
    void acceptConnections();

    QString m_name;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Quoteshelf::Core
