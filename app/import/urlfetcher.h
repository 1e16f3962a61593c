#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Quoteshelf::Import {

// A page fetched for import: its bytes and what the HTTP header said about them.
struct FetchedPage
{
    QUrl url;            // the address after redirects: the article's source
    QByteArray body;
    QByteArray charset;  // from the Content-Type header, lower-case; empty when it names none
    QString error;       // the problem in words a reader understands, without the address
    bool ok() const { return error.isEmpty(); }
};

struct FetchedImages
{
    QHash<QString, QByteArray> images; // by the absolute address asked for
    int failed = 0;
};

// The only code in Quoteshelf that goes on the network: fetches a page and then the images its
// article uses, for a URL import. The reader view never fetches anything.
//
// Blocking calls that run a local event loop, so they work on any thread that has no event loop
// of its own (the import worker, quoteshelf-cli); the fetcher belongs to the thread that made it.
// Only http and https; redirects followed up to MaxRedirects, never from https down to http; no
// cookies kept or sent; no cache; an honest User-Agent. A transfer that is silent for timeoutMs()
// fails, and so does one that takes longer than deadlineMs() in all; a body larger than the file importers' limit is refused from its Content-Length, or as
// soon as it passes the limit.
class UrlFetcher final
{
    Q_DISABLE_COPY_MOVE(UrlFetcher)

public:
    static constexpr int MaxRedirects = 10;
    // A page with hundreds of images is a gallery, not an article: the first ones are enough.
    static constexpr int MaxImages = 60;
    static constexpr qint64 MaxImageBytesTotal = 128 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30000;

    UrlFetcher();
    ~UrlFetcher();

    // Polled while a transfer runs; true aborts it (the fetch then fails as cancelled).
    void setCancelled(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    // Bytes of the page received so far, and its size when the server said (else -1).
    void setProgress(std::function<void(qint64 received, qint64 total)> progress) { m_progress = std::move(progress); }

    FetchedPage fetchPage(const QUrl &url);
    // Fetches the images (at most MaxImages) in parallel; referer is the page that uses them.
    FetchedImages fetchImages(const QStringList &urls, const QUrl &referer);
    bool wasCancelled() const { return m_wasCancelled; }

    // QUOTESHELF_FETCH_TIMEOUT_MS when set to a positive number, else DefaultTimeoutMs.
    static int timeoutMs();
    // How long a page, or all of its images together, may take: ten times timeoutMs().
    static int deadlineMs();
    // "Quoteshelf/<version> (+https://quoteshelf.org)".
    static QByteArray userAgent();
    // An http:// or https:// address, as given on the command line or dropped on the window.
    static bool isWebAddress(const QString &text);

private:
    QNetworkRequest request(const QUrl &url) const;

    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::function<bool()> m_cancelled;
    std::function<void(qint64, qint64)> m_progress;
    bool m_wasCancelled = false;
};

} // namespace Quoteshelf::Import
