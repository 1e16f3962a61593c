#include "web/schemehandler.h"

#include "core/logging.h"
#include "library/articlerepository.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace Quoteshelf::Web {

SchemeHandler::SchemeHandler(Library::ArticleRepository *repository, Render::HighlightService *highlighter, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_repository(repository)
    , m_highlighter(highlighter)
{
}

void SchemeHandler::reply(QWebEngineUrlRequestJob *job, const QByteArray &mimeType, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeType, buffer);
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString host = url.host();
    const QString path = url.path();

    if (host == QLatin1String("app")) {
        // Only plain file names from resources/web: no traversal possible.
        static const QRegularExpression plainName(QStringLiteral("^/([A-Za-z0-9_-]+\\.(css|js|svg|png|woff2))$"));
        const auto match = plainName.match(path);
        QFile file(QStringLiteral(":/web/") + match.captured(1));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const QByteArray mime = QMimeDatabase().mimeTypeForFile(file.fileName(), QMimeDatabase::MatchExtension).name().toUtf8();
        reply(job, mime, file.readAll());
        return;
    }

    if (host == QLatin1String("article")) {
        static const QRegularExpression articlePath(QStringLiteral("^/(\\d+)/(?:assets/([^/]+))?$"));
        const auto match = articlePath.match(path);
        if (!match.hasMatch()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const qint64 id = match.captured(1).toLongLong();
        if (!match.captured(2).isEmpty()) {
            QString mime;
            const QByteArray data = m_repository->asset(id, QUrl::fromPercentEncoding(match.captured(2).toUtf8()), &mime);
            if (data.isNull()) {
                job->fail(QWebEngineUrlRequestJob::UrlNotFound);
                return;
            }
            reply(job, mime.toUtf8(), data);
            return;
        }
        const auto article = m_repository->article(id);
        if (!article) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"), Render::renderReaderPage(*article, m_style, m_highlighter));
        return;
    }

    qCDebug(lcWeb) << "no such page" << url;
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Quoteshelf::Web
