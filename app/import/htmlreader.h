#pragma once

#include "import/reader.h"

namespace Quoteshelf::Import {

class AssetCollector;

// Decoded HTML -> Article: metadata from the head, the body found by Readability, then written
// out by HtmlSerializer with images taken from the AssetCollector's offline sources.
class HtmlReader final
{
    Q_DISABLE_COPY_MOVE(HtmlReader)

public:
    explicit HtmlReader(AssetCollector &assets);

    ReadResult read(const QString &html, const QString &format) const;
    // The same for a page whose bytes are valid UTF-8: parsed as they are, without a decoded copy
    // (a 49 MB page would need another 98 MB as UTF-16 and 49 MB re-encoded for gumbo).
    ReadResult readUtf8(const QByteArray &utf8, const QString &format) const;

    // "By JANE DOE, Staff Writer" style clean-up of a byline found in the page text.
    static QString cleanByline(const QString &byline);

private:
    AssetCollector &m_assets;
};

} // namespace Quoteshelf::Import
