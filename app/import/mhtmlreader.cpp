#include "import/mhtmlreader.h"

#include "import/assetcollector.h"
#include "import/charset.h"
#include "import/htmlreader.h"

#include <QCoreApplication>

#ifdef QUOTESHELF_HAVE_KMIME
#include <KMime/Message>
#include <KMime/Util>

#include <memory>
#include <vector>
#endif

namespace Quoteshelf::Import {

#ifdef QUOTESHELF_HAVE_KMIME

ReadResult MhtmlReader::read(const QByteArray &data) const
{
    auto message = std::make_unique<KMime::Message>();
    message->setContent(KMime::CRLFtoLF(data));
    message->parse();

    // Leaves of the MIME tree, iteratively (a hostile archive may nest multiparts deeply).
    std::vector<KMime::Content *> leaves;
    std::vector<std::pair<KMime::Content *, int>> stack{{message.get(), 0}};
    while (!stack.empty()) {
        auto [content, depth] = stack.back();
        stack.pop_back();
        const auto children = content->contents();
        if (children.isEmpty() || depth > 32) {
            leaves.push_back(content);
            continue;
        }
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back({*it, depth + 1});
    }

    KMime::Content *page = nullptr;
    AssetCollector assets;
    for (KMime::Content *part : leaves) {
        const KMime::Headers::ContentType *type = part->contentType();
        const bool isHtml = type && (type->isMimeType("text/html") || type->isMimeType("application/xhtml+xml"));
        if (isHtml && !page) {
            page = part;
            continue;
        }
        const QByteArray body = part->decodedContent();
        if (const auto *location = part->contentLocation())
            assets.addResource(location->asUnicodeString().trimmed(), body);
        if (const auto *id = part->contentID())
            assets.addResource(QLatin1Char('<') + QString::fromLatin1(id->identifier()) + QLatin1Char('>'), body);
    }
    if (!page) {
        return {{}, QCoreApplication::translate("Import", "not a readable MHTML archive: it contains no HTML page "
                                                          "(the file may be truncated or damaged)")};
    }
    const QByteArray declared = page->contentType() ? page->contentType()->charset() : QByteArray();
    const QString html = Charset::decode(page->decodedContent(), declared, true);
    if (const auto *location = page->contentLocation())
        assets.setBaseUrl(QUrl(location->asUnicodeString().trimmed()));
    ReadResult result = HtmlReader(assets).read(html, QStringLiteral("mhtml"));
    if (result.article.sourceUrl.isEmpty() && assets.baseUrl().isValid())
        result.article.sourceUrl = assets.baseUrl().toString();
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
