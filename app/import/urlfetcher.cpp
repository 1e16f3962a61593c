#include "import/urlfetcher.h"

#include "core/logging.h"
#include "import/assetcollector.h"
#include "import/reader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Quoteshelf::Import {

namespace {

// Cookies are neither sent nor kept: an import is not a visit, and nothing of it should follow
// the reader to the next site.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

// One reply and what was decided about it while it ran.
struct Transfer
{
    QNetworkReply *reply = nullptr;
    QString address; // as asked for, before redirects
    QByteArray body;
    qint64 limit = 0;
    bool tooLarge = false;
    bool wrongType = false;
    bool done = false;
};

QString mimeTypeOf(const QNetworkReply *reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader).toString().section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

QByteArray charsetOf(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    for (const QString &parameter : type.split(QLatin1Char(';')).mid(1)) {
        const QString trimmed = parameter.trimmed();
        if (trimmed.startsWith(QLatin1String("charset="), Qt::CaseInsensitive)) {
            QString value = trimmed.mid(8).trimmed();
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            return value.toLatin1().toLower();
        }
    }
    return {};
}

// What a page may be served as. Servers that do not say, or say something generic, are left to
// the format sniffer; anything that names another kind of document is refused before its body
// is downloaded.
bool maybeHtml(const QString &mimeType)
{
    return mimeType.isEmpty() || mimeType == QLatin1String("text/html") || mimeType == QLatin1String("application/xhtml+xml")
           || mimeType == QLatin1String("application/xml") || mimeType == QLatin1String("text/xml")
           || mimeType == QLatin1String("text/plain") || mimeType == QLatin1String("application/octet-stream");
}

bool isRedirect(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 300 && status < 400;
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

UrlFetcher::UrlFetcher()
    : m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_manager->setCookieJar(new NoCookieJar(m_manager.get()));
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

UrlFetcher::~UrlFetcher() = default;

int UrlFetcher::timeoutMs()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("QUOTESHELF_FETCH_TIMEOUT_MS", &ok);
    return ok && value > 0 ? value : DefaultTimeoutMs;
}

int UrlFetcher::deadlineMs()
{
    return timeoutMs() * 10;
}

QByteArray UrlFetcher::userAgent()
{
    return "Quoteshelf/" QUOTESHELF_VERSION " (+https://quoteshelf.org)";
}

bool UrlFetcher::isWebAddress(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QNetworkRequest UrlFetcher::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs());
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

namespace {

enum class Wait { Finished, Cancelled, TooLong };

// Runs the event loop until every transfer has finished, aborting them all when cancelled()
// answers true or when they take longer than `deadlineMs` together (a server that trickles a
// byte now and then never trips the transfer timeout).
Wait waitFor(const QList<Transfer *> &transfers, const std::function<bool()> &cancelled, int deadlineMs)
{
    QEventLoop loop;
    const auto allDone = [&transfers] {
        return std::all_of(transfers.cbegin(), transfers.cend(), [](const Transfer *t) { return t->done; });
    };
    for (Transfer *transfer : transfers) {
        QObject::connect(transfer->reply, &QNetworkReply::finished, &loop, [transfer, &loop, &allDone] {
            transfer->done = true;
            if (allDone())
                loop.quit();
        });
    }
    Wait outcome = Wait::Finished;
    const auto abortAll = [&](Wait why) {
        if (outcome != Wait::Finished)
            return;
        outcome = why;
        for (Transfer *transfer : transfers) {
            if (!transfer->done)
                transfer->reply->abort();
        }
    };
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled && cancelled())
            abortAll(Wait::Cancelled);
    });
    poll.start();
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { abortAll(Wait::TooLong); });
    deadline.start(deadlineMs);
    if (!allDone())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

// Watches a transfer's headers and body as they arrive: a body over the limit, announced or
// received, and (for a page) a Content-Type that is not a web page stop it at once.
void watch(Transfer *transfer, bool wantHtml)
{
    QNetworkReply *reply = transfer->reply;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [transfer, reply, wantHtml] {
        if (isRedirect(reply) || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400)
            return;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > transfer->limit) {
            transfer->tooLarge = true;
            reply->abort();
        } else if (wantHtml && !maybeHtml(mimeTypeOf(reply))) {
            transfer->wrongType = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [transfer, reply] {
        if (isRedirect(reply)) {
            reply->readAll();
            return;
        }
        transfer->body += reply->read(transfer->limit + 1 - transfer->body.size());
        if (transfer->body.size() > transfer->limit) {
            transfer->tooLarge = true;
            transfer->body.clear();
            reply->abort();
        }
    });
}

} // namespace

FetchedPage UrlFetcher::fetchPage(const QUrl &url)
{
    FetchedPage page;
    page.url = url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        page.error = QCoreApplication::translate("Import", "not a web address (only http and https addresses can be imported)");
        return page;
    }
    QNetworkRequest request = this->request(url);
    request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    Transfer transfer;
    transfer.limit = MaxFileSize;
    transfer.reply = m_manager->get(request);
    std::unique_ptr<QNetworkReply> owner(transfer.reply);
    watch(&transfer, true);
    if (m_progress) {
        QObject::connect(transfer.reply, &QNetworkReply::downloadProgress, transfer.reply,
                         [this](qint64 received, qint64 total) { m_progress(received, total); });
    }
    const Wait wait = waitFor({&transfer}, m_cancelled, deadlineMs());
    QNetworkReply *reply = transfer.reply;
    page.url = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcImport) << "fetched" << url << "->" << page.url << "status" << status << "error" << reply->error()
                      << transfer.body.size() << "bytes";
    if (wait == Wait::Cancelled) {
        m_wasCancelled = true;
        page.error = QCoreApplication::translate("Import", "cancelled");
    } else if (wait == Wait::TooLong) {
        page.error = QCoreApplication::translate("Import", "timed out: the page took longer than %1 seconds to arrive")
                         .arg(deadlineMs() / 1000.0);
    } else if (transfer.tooLarge) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        page.error = announced > MaxFileSize
                         ? QCoreApplication::translate("Import", "the page is too large to import (%1 MB; the limit is %2 MB)")
                               .arg(megabytes(announced), megabytes(MaxFileSize))
                         : QCoreApplication::translate("Import", "the page is too large to import (more than %1 MB)")
                               .arg(megabytes(MaxFileSize));
    } else if (transfer.wrongType) {
        page.error = QCoreApplication::translate("Import", "not an HTML page (the server sent %1)").arg(mimeTypeOf(reply));
    } else if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        page.error = QCoreApplication::translate("Import", "the server answered HTTP %1 %2").arg(status).arg(reason).trimmed();
    } else if (reply->error() != QNetworkReply::NoError) {
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
            page.error = QCoreApplication::translate("Import", "host not found: %1 (no such name, or no network)").arg(reply->url().host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            page.error = QCoreApplication::translate("Import", "the server refused the connection");
            break;
        case QNetworkReply::OperationCanceledError: // what a transfer timeout is reported as
        case QNetworkReply::TimeoutError:
            page.error = QCoreApplication::translate("Import", "timed out: no answer for %1 seconds").arg(timeoutMs() / 1000.0);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            page.error = QCoreApplication::translate("Import", "secure connection (TLS) failed: %1").arg(reply->errorString());
            break;
        case QNetworkReply::TooManyRedirectsError:
            page.error = QCoreApplication::translate("Import", "too many redirects (more than %1)").arg(MaxRedirects);
            break;
        case QNetworkReply::InsecureRedirectError:
            page.error = QCoreApplication::translate("Import", "redirected from a secure (https) address to an insecure one; not followed");
            break;
        case QNetworkReply::ProtocolUnknownError:
            page.error = QCoreApplication::translate("Import", "redirected to an address that is not http or https");
            break;
        default:
            page.error = reply->errorString();
            break;
        }
    } else {
        page.body = std::move(transfer.body);
        page.charset = charsetOf(reply);
        if (page.body.isEmpty())
            page.error = QCoreApplication::translate("Import", "the page is empty");
    }
    return page;
}

FetchedImages UrlFetcher::fetchImages(const QStringList &urls, const QUrl &referer)
{
    FetchedImages fetched;
    std::vector<std::unique_ptr<Transfer>> transfers;
    std::vector<std::unique_ptr<QNetworkReply>> owners;
    QList<Transfer *> running;
    for (const QString &address : urls.mid(0, MaxImages)) {
        const QUrl url(address);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            ++fetched.failed;
            continue;
        }
        QNetworkRequest request = this->request(url);
        request.setRawHeader("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5");
        // What a browser sends with an article's images; some sites refuse them without it.
        request.setRawHeader("Referer", referer.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment).toUtf8());
        auto transfer = std::make_unique<Transfer>();
        transfer->limit = AssetCollector::MaxAssetBytes;
        transfer->address = address;
        transfer->reply = m_manager->get(request);
        owners.emplace_back(transfer->reply);
        watch(transfer.get(), false);
        running.append(transfer.get());
        transfers.push_back(std::move(transfer));
    }
    const Wait wait = waitFor(running, m_cancelled, deadlineMs());
    if (wait == Wait::Cancelled) {
        m_wasCancelled = true;
        return {};
    }
    qint64 total = 0;
    for (const auto &transfer : transfers) {
        const QNetworkReply *reply = transfer->reply;
        const bool ok = reply->error() == QNetworkReply::NoError && !transfer->tooLarge && !transfer->body.isEmpty()
                        && !AssetCollector::imageMimeType(transfer->body).isEmpty()
                        && total + transfer->body.size() <= MaxImageBytesTotal;
        if (!ok) {
            qCDebug(lcImport) << "image not fetched" << transfer->address << reply->error() << transfer->body.size();
            ++fetched.failed;
            continue;
        }
        total += transfer->body.size();
        fetched.images.insert(transfer->address, transfer->body);
    }
    return fetched;
}

} // namespace Quoteshelf::Import
