#pragma once

#include "import/reader.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Quoteshelf::Library {

// What a URL import hands on to be stored: a page fetched, read like a saved page, with the
// images its article uses fetched and stored as its assets so that it reads offline.
struct WebPage
{
    QString address;      // as the reader gave it
    QString source;       // the address after redirects: the article's source URL and origin
    Import::ReadResult read;
    QByteArray original;  // the page's bytes as the server sent them
    QString error;        // names the address and the problem; nothing is stored then
    bool ok() const { return error.isEmpty() && read.ok(); }
};

struct FetchControl
{
    std::function<bool()> cancelled = {};
    std::function<void(qint64 received, qint64 total)> progress = {};
};

// Fetches and reads one page (see Import::UrlFetcher): the page, then the images of the article
// extracted from it, then the page read again with them. Touches no library; blocking, on the
// calling thread (which needs no event loop of its own).
WebPage fetchWebPage(const QString &address, const FetchControl &control = {});

} // namespace Quoteshelf::Library
