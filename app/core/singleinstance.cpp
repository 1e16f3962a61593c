#include "core/singleinstance.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace Quoteshelf::Core {

namespace {

// A message is one line of JSON: {"arguments": [...]}; the answer is the line "ok".
constexpr qint64 MaxMessageBytes = 1 << 20;

QString libraryKey(const QString &libraryDirectory)
{
    // The same library reached through a symlink or a trailing slash is the same library. The
    // home folder stands for the user: two users' sockets never meet.
    QString path = QFileInfo(libraryDirectory).canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(QDir(libraryDirectory).absolutePath());
    const QByteArray key = (QDir::homePath() + QLatin1Char('\n') + path).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
}

} // namespace

SingleInstance::SingleInstance(const QString &libraryDirectory, QObject *parent)
    : QObject(parent), m_name(QStringLiteral("quoteshelf-") + libraryKey(libraryDirectory))
{
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::claim()
{
    m_lock = std::make_unique<QLockFile>(QDir(QDir::tempPath()).filePath(m_name + QStringLiteral(".lock")));
    // Stale only when its process is gone, never by age: a window may stay open for weeks.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return Role::Secondary;
        m_error = tr("Cannot create the lock file in %1.").arg(QDir::tempPath());
        return Role::Failed;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a crashed instance (its lock was stale) is in the way.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        m_error = tr("Cannot listen for other Quoteshelf windows: %1").arg(m_server->errorString());
        return Role::Failed;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    qCDebug(lcCore) << "this instance owns the library; listening on" << m_server->fullServerName();
    return Role::Primary;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxMessageBytes)
                    socket->abort();
                return;
            }
            const QJsonObject message = QJsonDocument::fromJson(socket->readLine(MaxMessageBytes)).object();
            QStringList arguments;
            for (const QJsonValue &value : message.value(QLatin1String("arguments")).toArray()) {
                if (value.isString())
                    arguments << value.toString();
            }
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            qCInfo(lcCore) << "another launch on this library passed" << arguments;
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

bool SingleInstance::forward(const QStringList &arguments, int timeoutMs)
{
    const QByteArray message
        = QJsonDocument(QJsonObject { { QStringLiteral("arguments"), QJsonArray::fromStringList(arguments) } })
              .toJson(QJsonDocument::Compact)
        + '\n';
    const QDeadlineTimer deadline(timeoutMs);
    // The first instance may still be starting: it holds the lock before it listens.
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (!socket.waitForConnected(int(qBound(qint64(1), deadline.remainingTime(), qint64(1000))))) {
            QThread::msleep(100);
            continue;
        }
        socket.write(message);
        if (!socket.waitForBytesWritten(int(qMax(qint64(1), deadline.remainingTime()))))
            break;
        while (!socket.canReadLine() && socket.waitForReadyRead(int(qMax(qint64(1), deadline.remainingTime())))) { }
        if (socket.readLine().trimmed() == "ok")
            return true;
        break;
    }
    m_error = tr("Quoteshelf is already running on this library but does not answer.");
    return false;
}

} // namespace Quoteshelf::Core
