#pragma once

#include "import/article.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Quoteshelf::Import {

// The outcome of reading one file: an article, or a message that names the problem in words a
// reader understands ("not an HTML page: the file is binary data").
struct ReadResult
{
    Article article;
    QString error;
    // Said about an article that was read but is not all there or not as it was saved ("the
    // archive is truncated: 2 of its images are missing"); shown next to the import.
    QStringList warnings = {};
    bool ok() const { return error.isEmpty(); }
};

// Files larger than this are refused before they are read: no saved article comes near it, and
// parsing a page costs several times its size in memory.
constexpr qint64 MaxFileSize = 50 * 1024 * 1024;

// The one entry point of the import layer: reads a saved article in any supported format
// (HTML, MHTML, plain text, Markdown), detecting the format from content and file name.
// Pure: it never touches a library, never fetches anything from the network, and is safe to call
// from a worker thread.
ReadResult readFile(const QString &path);

// The same for bytes already in memory; fileName is used for format detection and for resolving
// "page_files/" folders next to it when it names an existing file.
ReadResult readData(const QByteArray &data, const QString &fileName);

// A page fetched from the web (see UrlFetcher): read like a saved HTML file, with the charset
// the HTTP header declared (it outranks the page's <meta>, as in browsers), references resolved
// against url (the address after redirects), and images taken from `images` (fetched bytes by
// absolute address). Anything but HTML is refused. missingImages, when given, receives the
// absolute addresses of the images the extracted article uses that `images` did not have.
ReadResult readWebPage(const QByteArray &data, const QUrl &url, const QByteArray &declaredCharset,
                       const QHash<QString, QByteArray> &images, QStringList *missingImages = nullptr);

// Returns memory freed after a big step to the system. A big page's DOM is hundreds of megabytes
// in small blocks; glibc keeps them for reuse once freed, but what comes after a parse (quote
// extraction, the library's row) mostly asks for large blocks that it maps afresh, so the kept
// ones would count on top and raise the import's peak. readData calls it after a big page.
void releaseFreedMemory();

// Files from this size on are worth releaseFreedMemory() after their steps.
constexpr qsizetype TrimAfterBytes = 4 * 1024 * 1024;

} // namespace Quoteshelf::Import
