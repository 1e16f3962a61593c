#include "import/mhtmlreader.h"

#include "import/assetcollector.h"
#include "import/charset.h"
#include "import/htmlreader.h"
#include "import/mimescanner.h"

#include <QCoreApplication>

#ifdef QUOTESHELF_HAVE_KMIME
#include <KMime/Message>
#include <KMime/Util>

#include <memory>
#endif

namespace Quoteshelf::Import {

#ifdef QUOTESHELF_HAVE_KMIME

namespace {

// Parts that can never become an asset (only raster images can) are not decoded or kept.
bool mayBeImage(const QByteArray &mimeType)
{
    return !(mimeType.startsWith("text/") || mimeType.startsWith("font/") || mimeType.startsWith("audio/")
             || mimeType.startsWith("video/") || mimeType.startsWith("message/") || mimeType.startsWith("multipart/")
             || mimeType.contains("javascript") || mimeType.contains("json") || mimeType.contains("font"));
}

// A field name is printable ASCII other than the colon (RFC 5322, 2.2).
bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (c < 33 || c > 126 || c == ':')
            return false;
    }
    return true;
}

// Keeps the header lines that are header fields, and their folded continuations. KMime copies a
// name it does not know with strlen(), so "Content-Type\0x" would become a generic header called
// Content-Type, which the typed accessors (contentType(), contentTransferEncoding()) then cast to
// a class it is not.
QByteArray wellFormedHeader(QByteArrayView header)
{
    QByteArray kept;
    kept.reserve(header.size());
    bool keeping = false;
    qsizetype start = 0;
    while (start < header.size()) {
        qsizetype end = header.indexOf('\n', start);
        end = end < 0 ? header.size() : end + 1;
        const QByteArrayView line = header.sliced(start, end - start);
        if (line.front() == ' ' || line.front() == '\t') {
            // A continuation belongs to the field above it.
        } else {
            const qsizetype colon = line.indexOf(':');
            keeping = colon > 0 && isFieldName(line.first(colon).trimmed());
        }
        if (keeping)
            kept += line;
        start = end;
    }
    return kept;
}

std::unique_ptr<KMime::Content> parsePart(const QByteArray &data, const MimeScanner::Part &part)
{
    QByteArray entity = KMime::CRLFtoLF(data.sliced(part.begin, part.end - part.begin));
    // The header ends at the first empty line, as KMime reads it; an entity starting with one has none.
    if (!entity.startsWith('\n')) {
        const qsizetype blank = entity.indexOf("\n\n");
        const qsizetype headerEnd = blank < 0 ? entity.size() : blank + 1;
        entity.replace(0, headerEnd, wellFormedHeader(QByteArrayView(entity).first(headerEnd)));
    }
    auto content = std::make_unique<KMime::Content>();
    content->setContent(entity);
    content->parse();
    return content;
}

} // namespace

ReadResult MhtmlReader::read(const QByteArray &data) const
{
    // The structure and its limits first: KMime only ever parses one leaf part, never a tree.
    const MimeScanner::Result structure = MimeScanner::scan(data);
    if (!structure.ok())
        return {{}, structure.error, {}};

    AssetCollector assets;
    QByteArray pageBytes;
    QByteArray pageCharset;
    QString pageLocation;
    bool havePage = false;
    qsizetype decodedBytes = 0;
    for (const MimeScanner::Part &leaf : structure.leaves) {
        const bool isHtml = leaf.mimeType == "text/html" || leaf.mimeType == "application/xhtml+xml";
        if (isHtml && !havePage) {
            if (leaf.truncated) {
                return {{}, QCoreApplication::translate("Import", "the MHTML archive is truncated: the file ends in the "
                                                                  "middle of the page"), {}};
            }
            const std::unique_ptr<KMime::Content> part = parsePart(data, leaf);
            pageBytes = part->decodedContent();
            pageCharset = part->contentType() ? part->contentType()->charset() : QByteArray();
            if (const auto *location = part->headerByType("Content-Location"))
                pageLocation = location->asUnicodeString().trimmed();
            decodedBytes += pageBytes.size();
            havePage = true;
        } else if (!leaf.truncated && mayBeImage(leaf.mimeType)) {
            // A part cut off by truncation is dropped: half an image is no image.
            const std::unique_ptr<KMime::Content> part = parsePart(data, leaf);
            const QByteArray body = part->decodedContent();
            decodedBytes += body.size();
            if (const auto *location = part->headerByType("Content-Location"))
                assets.addResource(location->asUnicodeString().trimmed(), body);
            // Read through the header's base type: KMime's typed contentID() casts whatever header
            // of that name it finds, and a malformed one is not a Content-ID object.
            if (const auto *id = part->headerByType("Content-ID")) {
                QString identifier = id->asUnicodeString().trimmed();
                if (identifier.startsWith(QLatin1Char('<')) && identifier.endsWith(QLatin1Char('>')))
                    identifier = identifier.mid(1, identifier.size() - 2).trimmed();
                if (!identifier.isEmpty())
                    assets.addResource(QLatin1Char('<') + identifier + QLatin1Char('>'), body);
            }
        }
        if (decodedBytes > MaxFileSize) {
            return {{}, QCoreApplication::translate("Import", "the MHTML archive's parts decode to more than %1 MB")
                            .arg(MaxFileSize / (1024 * 1024)), {}};
        }
    }
    if (!havePage) {
        return {{}, QCoreApplication::translate("Import", "not a readable MHTML archive: it contains no HTML page "
                                                          "(the file may be truncated or damaged)")};
    }
    // Parsed from the decoded part's bytes when they are UTF-8 already.
    if (Charset::detect(pageBytes, pageCharset, true) != "utf-8" || pageBytes.startsWith("\xEF\xBB\xBF")
        || !QByteArrayView(pageBytes).isValidUtf8())
        pageBytes = Charset::decode(pageBytes, pageCharset, true).toUtf8();
    if (!pageLocation.isEmpty())
        assets.setBaseUrl(QUrl(pageLocation));
    ReadResult result = HtmlReader(assets).readUtf8(pageBytes, QStringLiteral("mhtml"));
    if (result.article.sourceUrl.isEmpty() && assets.baseUrl().isValid())
        result.article.sourceUrl = assets.baseUrl().toString();
    if (result.ok() && structure.truncated) {
        result.warnings.append(QCoreApplication::translate(
            "Import", "the MHTML archive is truncated (the file ends before the archive does): the page is complete, "
                      "but images saved after the point where it ends are missing"));
    }
    return result;
}

#else

ReadResult MhtmlReader::read(const QByteArray &data) const
{
    Q_UNUSED(data);
    return {{}, QCoreApplication::translate("Import", "MHTML archives are not supported by this build (KMime missing)")};
}

#endif

} // namespace Quoteshelf::Import
