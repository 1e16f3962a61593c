#pragma once

#include "import/reader.h"

#include <QStringList>

namespace Quoteshelf::Import {

class AssetCollector;

// Markdown (CommonMark's block structure, simplified): ATX and setext headings, paragraphs,
// block quotes, nested lists, fenced and indented code (kept verbatim as
// <pre><code class="language-X">), and inline emphasis, code, links and images. Raw HTML in the
// source is shown as text, not interpreted. The result goes through the same serializer as web
// pages, so text, blocks and offsets follow the same rules. A leading "# Title" (or a YAML front
// matter title) becomes the article's title.
class MarkdownReader final
{
    Q_DISABLE_COPY_MOVE(MarkdownReader)

public:
    explicit MarkdownReader(AssetCollector &assets);

    ReadResult read(const QByteArray &data, const QString &fileName) const;

    // Markdown -> HTML fragment; exposed for tests.
    static QString toHtml(const QString &markdown);

private:
    AssetCollector &m_assets;
};

} // namespace Quoteshelf::Import
