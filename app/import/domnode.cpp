#include "import/domnode.h"

namespace Quoteshelf::Import {

QString DomNode::attribute(QStringView name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool DomNode::hasAttribute(QStringView name) const
{
    for (const auto &attr : attributes) {
        if (attr.first == name)
            return true;
    }
    return false;
}

void DomNode::setAttribute(const QString &name, const QString &value)
{
    for (auto &attr : attributes) {
        if (attr.first == name) {
            attr.second = value;
            return;
        }
    }
    attributes.append({name, value});
}

void DomNode::removeAttribute(QStringView name)
{
    attributes.removeIf([name](const auto &attr) { return attr.first == name; });
}

QString DomNode::matchString() const
{
    return attribute(u"class") + QLatin1Char(' ') + attribute(u"id");
}

void DomNode::appendChild(DomNode *child)
{
    child->detach();
    child->parent = this;
    child->prev = lastChild;
    if (lastChild)
        lastChild->next = child;
    else
        firstChild = child;
    lastChild = child;
}

void DomNode::insertBefore(DomNode *child, DomNode *reference)
{
    if (!reference) {
        appendChild(child);
        return;
    }
    child->detach();
    child->parent = this;
    child->next = reference;
    child->prev = reference->prev;
    if (reference->prev)
        reference->prev->next = child;
    else
        firstChild = child;
    reference->prev = child;
}

void DomNode::detach()
{
    if (!parent)
        return;
    if (prev)
        prev->next = next;
    else
        parent->firstChild = next;
    if (next)
        next->prev = prev;
    else
        parent->lastChild = prev;
    parent = nullptr;
    prev = nullptr;
    next = nullptr;
}

void DomNode::replaceWith(DomNode *other)
{
    DomNode *p = parent;
    if (!p || other == this)
        return;
    DomNode *after = next;
    other->detach();
    // other may have been our next sibling
    if (after == other)
        after = next;
    detach();
    p->insertBefore(other, after);
}

DomNode *DomNode::firstElementChild() const
{
    for (DomNode *c = firstChild; c; c = c->next) {
        if (c->isElement())
            return c;
    }
    return nullptr;
}

DomNode *DomNode::nextElementSibling() const
{
    for (DomNode *c = next; c; c = c->next) {
        if (c->isElement())
            return c;
    }
    return nullptr;
}

QList<DomNode *> DomNode::elementChildren() const
{
    QList<DomNode *> result;
    for (DomNode *c = firstChild; c; c = c->next) {
        if (c->isElement())
            result.append(c);
    }
    return result;
}

int DomNode::elementChildCount() const
{
    int count = 0;
    for (DomNode *c = firstChild; c; c = c->next)
        count += c->isElement() ? 1 : 0;
    return count;
}

DomNode *DomNode::following(bool skipChildren) const
{
    if (!skipChildren && firstChild)
        return firstChild;
    for (const DomNode *n = this; n; n = n->parent) {
        if (n->next)
            return n->next;
    }
    return nullptr;
}

bool DomNode::contains(const DomNode *other) const
{
    for (const DomNode *n = other; n; n = n->parent) {
        if (n == this)
            return true;
    }
    return false;
}

bool DomNode::hasAncestor(QStringView name, int maxDepth) const
{
    int depth = 0;
    for (const DomNode *n = parent; n; n = n->parent) {
        if (maxDepth > 0 && depth > maxDepth)
            return false;
        if (n->is(name))
            return true;
        ++depth;
    }
    return false;
}

QString DomNode::textContent() const
{
    if (isText())
        return text;
    QString result;
    const DomNode *end = following(true);
    for (const DomNode *n = firstChild; n && n != end; n = n->following()) {
        if (n->isText())
            result += n->text;
    }
    return result;
}

QList<DomNode *> DomNode::descendants(const QStringList &tags) const
{
    QList<DomNode *> result;
    const DomNode *end = following(true);
    for (DomNode *n = firstChild; n && n != end; n = n->following()) {
        if (n->isElement() && tags.contains(n->tag))
            result.append(n);
    }
    return result;
}

QList<DomNode *> DomNode::descendants(QStringView name) const
{
    QList<DomNode *> result;
    const DomNode *end = following(true);
    for (DomNode *n = firstChild; n && n != end; n = n->following()) {
        if (n->is(name))
            result.append(n);
    }
    return result;
}

} // namespace Quoteshelf::Import
