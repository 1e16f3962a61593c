#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Quoteshelf::Import {

// A mutable DOM node, just enough of the W3C DOM for article extraction (which moves, retags and
// removes nodes as it goes). Nodes live in their HtmlDocument's arena and are never freed one by
// one: removing a node only unlinks it, so pointers held by a walk stay valid. Every walk over a
// tree is iterative, because pages nest deeply enough to overflow a worker thread's stack.
struct DomNode
{
    enum class Type { Document, Element, Text };

    Type type = Type::Element;
    QString tag;  // lower-case local name for elements
    QString text; // text nodes only
    QList<std::pair<QString, QString>> attributes;

    DomNode *parent = nullptr;
    DomNode *firstChild = nullptr;
    DomNode *lastChild = nullptr;
    DomNode *prev = nullptr;
    DomNode *next = nullptr;

    // Scratch space for the extraction passes.
    double score = 0;
    bool scored = false;
    bool dataTable = false;
    mutable int flags = 0;

    bool isElement() const { return type == Type::Element; }
    bool isText() const { return type == Type::Text; }
    bool is(QStringView name) const { return type == Type::Element && tag == name; }

    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    void setAttribute(const QString &name, const QString &value);
    void removeAttribute(QStringView name);
    // class + " " + id, what Readability matches its class/id patterns against.
    QString matchString() const;

    void appendChild(DomNode *child);
    void insertBefore(DomNode *child, DomNode *reference);
    void detach();
    void replaceWith(DomNode *other);

    DomNode *firstElementChild() const;
    DomNode *nextElementSibling() const;
    QList<DomNode *> elementChildren() const;
    int elementChildCount() const;

    // Document-order successor of this node within the tree; with skipChildren, the successor
    // after this node's whole subtree.
    DomNode *following(bool skipChildren = false) const;
    bool contains(const DomNode *other) const;
    bool hasAncestor(QStringView tag, int maxDepth = -1) const;

    // Concatenated text of every descendant text node (DOM textContent).
    QString textContent() const;
    // Descendant elements (not this one) whose tag is in tags, in document order.
    QList<DomNode *> descendants(const QStringList &tags) const;
    QList<DomNode *> descendants(QStringView tag) const;
};

} // namespace Quoteshelf::Import
