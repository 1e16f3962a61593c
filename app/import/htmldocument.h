#pragma once

#include "import/domnode.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <deque>

namespace Quoteshelf::Import {

// An HTML5 document parsed by gumbo into a mutable DomNode tree. Owns every node (an arena), so
// nodes can be unlinked and moved freely and are all released together.
class HtmlDocument final
{
    Q_DISABLE_COPY_MOVE(HtmlDocument)

public:
    // Elements nested deeper than this are re-attached at this depth: no real article needs more,
    // and it bounds the cost of every walk.
    static constexpr int MaxDepth = 200;
    // Attributes kept per tag. gumbo checks each new attribute against all earlier ones of its
    // tag, so one tag with a million attributes takes an hour; real pages have a few dozen.
    static constexpr int MaxAttributes = 256;
    // Every element and attribute costs a few hundred bytes once parsed, so a page made of
    // millions of tiny tags needs gigabytes. The largest news pages have ~10,000 elements and
    // ~15,000 attributes; a page with more than these is refused before it is parsed.
    static constexpr qsizetype MaxElements = 500'000;
    static constexpr qsizetype MaxTotalAttributes = 1'000'000;
    // ... and a saved page may have this many elements, plus one for every BytesPerElement bytes
    // of it. Real pages have one element in 34 to 300 bytes (median about 130) and at most about
    // 10,000 in all; a page of bare tags under the hard limit would still need 100 times its size
    // in memory. With this, an import needs about 20 times the page's size at most.
    static constexpr qsizetype BaseElements = 25'000;
    static constexpr qsizetype BytesPerElement = 100;
    static qsizetype elementAllowance(qsizetype bytes) { return BaseElements + bytes / BytesPerElement; }

    // Where the markup comes from: a saved page is held to elementAllowance(); markup made here
    // (from Markdown) only to the hard limits.
    enum class Source { SavedPage, Generated };

    struct MarkupCounts
    {
        int trimmedTags = 0;       // tags whose attributes were cut to the limit
        qsizetype elements = 0;    // start tags
        qsizetype attributes = 0;  // attributes kept
    };

    HtmlDocument();
    explicit HtmlDocument(const QString &html, Source source = Source::Generated);
    // From UTF-8 bytes (invalid sequences become U+FFFD, as in decoding).
    explicit HtmlDocument(const QByteArray &utf8, Source source = Source::SavedPage);
    ~HtmlDocument();

    DomNode *document() { return m_document; }
    DomNode *documentElement() const;
    DomNode *head() const;
    DomNode *body() const;
    QString title() const;

    DomNode *createElement(const QString &tag);
    DomNode *createText(const QString &text);
    // Deep copy of a subtree (detached), in this document's arena.
    DomNode *clone(const DomNode *node);

    // The first element with that tag, in document order, or nullptr.
    DomNode *firstByTag(QStringView tag) const;

    // What parsing changed that the reader should know about (attributes cut), in words.
    QStringList warnings() const { return m_warnings; }
    // Why the page was not parsed (it has more elements or attributes than the limits), or empty.
    QString error() const { return m_error; }

    // Exposed for tests: gumbo's tree builder is quadratic in nesting depth, so markup nested more
    // than a few thousand levels is flattened before parsing.
    static QByteArray limitNesting(const QByteArray &utf8, int maxDepth);
    // Exposed for tests: drops the attributes of a tag beyond the first maxAttributes (the input
    // itself, not a copy, when no tag has more), counting tags and attributes as it goes.
    static QByteArray limitAttributes(const QByteArray &utf8, int maxAttributes, MarkupCounts *counts = nullptr);

private:
    void parse(const QByteArray &utf8);

    std::deque<DomNode> m_nodes;
    DomNode *m_document = nullptr;
    QStringList m_warnings;
    QString m_error;
};

} // namespace Quoteshelf::Import
