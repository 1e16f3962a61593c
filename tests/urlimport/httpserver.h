#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the URL import tests: it runs on a thread of its own,
// so that both an import in the test's thread (which waits in a local event loop) and a
// quoteshelf-cli process the test waits for can talk to it. One request per connection.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace Quoteshelf::Testing {

struct Response
{
    enum class Mode {
        Normal,  // the body with its Content-Length
        Silent,  // reads the request and never answers (a server that hangs)
        Stream,  // streamBytes of filler with no Content-Length, then closes
        Trickle, // a byte of filler every 200 ms, for ever
    };
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers = {};
    QByteArray body = {};
    Mode mode = Mode::Normal;
    qint64 streamBytes = 0;
};

struct Request
{
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-case
};

class HttpServer final : public QObject
{
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    HttpServer()
    {
        m_thread.setObjectName(QStringLiteral("test-http-server"));
        m_server.moveToThread(&m_thread);
        moveToThread(&m_thread);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::accept);
        m_thread.start();
        QMetaObject::invokeMethod(
            this, [this] { m_server.listen(QHostAddress::LocalHost); m_port = m_server.serverPort(); },
            Qt::BlockingQueuedConnection);
    }

    ~HttpServer() override
    {
        stop();
        QMetaObject::invokeMethod(this, [this] { m_server.moveToThread(m_thread.thread()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }

    void route(const QByteArray &path, const Response &response)
    {
        const QMutexLocker lock(&m_mutex);
        m_routes.insert(path, response);
    }

    QList<Request> requests() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    // Closes the listening socket and every open connection: the network is gone.
    void stop()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server.close();
                for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
                    if (socket)
                        socket->abort();
                }
                m_sockets.clear();
            },
            Qt::BlockingQueuedConnection);
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket);
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                if (buffer->contains("\r\n\r\n"))
                    return; // answered already
                *buffer += socket->readAll();
                if (buffer->startsWith('\x16')) {
                    // A TLS handshake: answered in plain HTTP, as a web server on the wrong port is.
                    socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                    buffer->append("\r\n\r\n");
                    return;
                }
                if (buffer->contains("\r\n\r\n"))
                    answer(socket, *buffer);
            });
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.left(head.indexOf("\r\n\r\n")).split('\n');
        Request request;
        request.path = lines.value(0).split(' ').value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        Response response;
        {
            const QMutexLocker lock(&m_mutex);
            m_requests.append(request);
            response = m_routes.value(request.path, Response{404, "Not Found", {{"Content-Type", "text/html"}},
                                                             "<html><body><p>No such page.</p></body></html>"});
        }
        if (response.mode == Response::Mode::Silent)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        bool hasLength = false;
        for (const auto &[name, value] : std::as_const(response.headers)) {
            out += name + ": " + value + "\r\n";
            hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        if (response.mode == Response::Mode::Normal && !hasLength)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        socket->write(out);
        if (response.mode == Response::Mode::Normal) {
            socket->write(response.body);
            socket->disconnectFromHost();
            return;
        }
        if (response.mode == Response::Mode::Trickle) {
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            socket->write("<html><body><p>");
            timer->start(200);
            return;
        }
        // Stream: filler in 1 MB pieces as the client takes them, until streamBytes are out.
        auto *left = new qint64(response.streamBytes);
        QObject::connect(socket, &QObject::destroyed, socket, [left] { delete left; });
        const auto more = [socket, left] {
            if (socket->bytesToWrite() > 2 * 1024 * 1024)
                return;
            if (*left <= 0) {
                socket->disconnectFromHost();
                return;
            }
            const qint64 piece = qMin<qint64>(*left, 1024 * 1024);
            *left -= piece;
            socket->write(QByteArray(piece, 'x'));
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        socket->write("<html><body><p>");
        more();
    }

    QThread m_thread;
    QTcpServer m_server;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, Response> m_routes;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace Quoteshelf::Testing
