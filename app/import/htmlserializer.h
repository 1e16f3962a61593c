#pragma once

#include "import/article.h"

#include <QUrl>

#include <vector>

namespace Quoteshelf::Import {

class AssetCollector;
struct DomNode;

// Writes an extracted article subtree as the stored body: sanitised semantic HTML, its plain text
// and the text's blocks, all in one walk so that every data-qs-start/data-qs-end range is exactly
// the text of its element. The invariant: for each element carrying the two attributes, its DOM
// textContent with ASCII white space collapsed equals text.mid(start, end) collapsed the same way
// (block boundaries are "\n\n" in the text and a newline in the HTML).
//
// Only an allow-list of tags and attributes survives; scripts, styles, frames, forms and their
// controls, objects, embeds and SVG are dropped with their content, event handlers and style
// attributes never get copied, and links keep only http(s), mailto and relative targets.
class HtmlSerializer final
{
    Q_DISABLE_COPY_MOVE(HtmlSerializer)

public:
    explicit HtmlSerializer(AssetCollector &assets);

    // Relative link targets are resolved against this when it is an absolute http(s) URL.
    void setLinkBase(const QUrl &base) { m_linkBase = base; }
    void serialize(const DomNode *root);

    QString html() const { return m_html; }
    QString text() const { return m_text; }
    QList<Block> blocks() const { return m_blocks; }
    QString firstImage() const { return m_firstImage; }

    // Whether the element would be dropped with its content (shared with the extractor).
    static bool isDroppedTag(const QString &tag);
    static QString sanitizeUrl(const QString &url, const QUrl &base);

private:
    enum class Role { Transparent, Structural, Container, Leaf, Inline };
    struct Frame
    {
        const DomNode *node = nullptr; // nullptr: an anonymous paragraph
        Role role = Role::Transparent;
        QString closeTag;
        qsizetype htmlStart = 0; // where the open tag begins
        qsizetype attrPos = -1;  // where data-qs attributes are inserted, -1 when not emitted
        qsizetype first = -1;    // code-point range of the text inside
        qsizetype last = -1;
        bool hasImage = false;
        Block::Kind kind = Block::Kind::Paragraph;
    };

    const DomNode *visit(const DomNode *node);
    void openFrame(const DomNode *node, Role role, const QString &tag);
    void openAnonymous();
    void closeFrame();
    void emitText(const QString &text);
    void emitImage(const DomNode *img);
    void emitPre(const DomNode *pre);
    void appendPlain(const QString &text);
    void startSegment();
    bool inInlineContext() const;
    Block::Kind leafKind(const QString &tag) const;
    QString copiedAttributes(const DomNode *node) const;
    void markBlockAncestors(const DomNode *root);

    AssetCollector &m_assets;
    QUrl m_linkBase;
    QString m_html;
    QString m_text;
    qsizetype m_length = 0; // code points in m_text
    QList<Block> m_blocks;
    QString m_firstImage;
    std::vector<Frame> m_stack;
    int m_quoteDepth = 0;
    int m_listDepth = 0;
    int m_captionDepth = 0;
    bool m_segmentOpen = false;
    qsizetype m_segmentStart = 0;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
};

} // namespace Quoteshelf::Import
