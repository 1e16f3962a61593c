#include "import/boilerplateblocks.h"

#include "core/logging.h"
#include "import/classhints.h"
#include "import/domnode.h"
#include "import/htmldocument.h"
#include "import/htmltags.h"
#include "import/readabilityhelpers.h"

#include <QStringList>

#include <algorithm>

namespace Quoteshelf::Import::BoilerplateBlocks {

using ReadabilityHelpers::innerText;

void drop(DomNode *node, const char *reason)
{
    qCDebug(lcImport).noquote() << "pruned [" << reason << "]" << node->tag << innerText(node);
    node->detach();
}

bool isHeading(const DomNode *node)
{
    const QString &tag = node->tag;
    return tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1) >= QLatin1Char('1')
           && tag.at(1) <= QLatin1Char('6');
}

bool inFigure(const DomNode *node)
{
    for (const DomNode *p = node; p; p = p->parent) {
        if (p->is(u"figure") || p->is(u"figcaption"))
            return true;
    }
    return false;
}

bool inStructure(const DomNode *node)
{
    for (const DomNode *p = node; p; p = p->parent) {
        if (p->is(u"li") || p->is(u"blockquote") || p->is(u"td") || p->is(u"th") || p->is(u"pre") || p->is(u"dd"))
            return true;
    }
    return false;
}

bool inStandfirst(const DomNode *node, const DomNode *article)
{
    for (const DomNode *p = node; p && p != article; p = p->parent) {
        if (ClassHints::isStandfirst(p))
            return true;
    }
    return false;
}

bool hasImage(const DomNode *node)
{
    return !node->descendants(QStringList{QStringLiteral("img"), QStringLiteral("picture")}).isEmpty();
}

bool isTablePart(const DomNode *node)
{
    static const QStringList tags{QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("thead"),
                                  QStringLiteral("tfoot"),  QStringLiteral("tr"),    QStringLiteral("td"),
                                  QStringLiteral("th"),     QStringLiteral("caption")};
    return tags.contains(node->tag);
}

DomNode *appealBox(DomNode *node, const DomNode *article, qsizetype total)
{
    // A box's pitch is a sentence or two; a paragraph of the story runs longer.
    constexpr qsizetype PitchLength = 400;
    constexpr qsizetype BoxLength = 700;
    constexpr int BoxBlocks = 5;
    static const QStringList boxTags{QStringLiteral("div"), QStringLiteral("aside"), QStringLiteral("section"),
                                     QStringLiteral("form"), QStringLiteral("footer")};
    if (inStructure(node))
        return nullptr;
    DomNode *box = nullptr;
    for (DomNode *a = node->parent; a && a != article; a = a->parent) {
        const qsizetype size = ReadabilityHelpers::innerTextLength(a);
        if (!boxTags.contains(a->tag) || size > BoxLength || size * BoxShareDivisor > total)
            break;
        const QList<Leaf> leaves = leafBlocks(a);
        const bool allShort = std::all_of(leaves.cbegin(), leaves.cend(), [](const Leaf &leaf) {
            return leaf.text.size() <= PitchLength || isHeading(leaf.node);
        });
        if (leaves.size() > BoxBlocks || !allShort)
            break;
        // A box has a heading or a few lines of its own; a wrapper of one paragraph of the story
        // and the offer set after it is no box.
        const bool headed
            = std::any_of(leaves.cbegin(), leaves.cend(), [](const Leaf &leaf) { return isHeading(leaf.node); });
        if (leaves.size() >= 3 || headed)
            box = a;
    }
    return box;
}

void markBlockParents(DomNode *root)
{
    const DomNode *end = root->following(true);
    for (DomNode *n = root; n && n != end; n = n->following())
        n->flags &= ~HasBlockChild;
    for (DomNode *n = root->firstChild; n && n != end; n = n->following()) {
        if (!n->isElement() || !HtmlTags::isBlockTag(n->tag))
            continue;
        for (DomNode *p = n->parent; p && !(p->flags & HasBlockChild); p = p->parent) {
            p->flags |= HasBlockChild;
            if (p == root)
                break;
        }
    }
}

namespace {

// The first text node of node holding more than white space.
DomNode *firstWords(DomNode *node)
{
    const DomNode *end = node->following(true);
    for (DomNode *n = node; n && n != end; n = n->following()) {
        if (n->isText() && !n->text.trimmed().isEmpty())
            return n;
    }
    return nullptr;
}

} // namespace

void joinDropCaps(DomNode *article)
{
    QList<DomNode *> caps;
    const DomNode *end = article->following(true);
    for (DomNode *n = article->firstChild; n && n != end;) {
        const QString text = n->textContent().trimmed();
        if (text.size() > 1 || !n->parent) {
            n = n->following();
            continue;
        }
        // A heading of one letter is the entry of an index or a glossary ("B", then "breakwater: …").
        if (text.size() == 1 && text.front().isLetter() && text.front().isUpper() && !inStructure(n)
            && !isHeading(n)) {
            DomNode *next = n->next;
            while (next && next->isText() && next->text.trimmed().isEmpty())
                next = next->next;
            // The block the letter belongs to goes on in lower case.
            DomNode *words = next && next->isElement() && HtmlTags::isBlockTag(next->tag) ? firstWords(next) : nullptr;
            if (words && words->text.trimmed().front().isLower())
                caps.append(n);
        }
        n = n->following(true);
    }
    for (DomNode *cap : std::as_const(caps)) {
        DomNode *next = cap->next;
        while (next->isText())
            next = next->next;
        DomNode *words = firstWords(next);
        // A space after the letter is kept: the drop cap was a word of its own ("A", " council …").
        words->text.prepend(cap->textContent().trimmed());
        cap->detach();
    }
}

namespace {

// Elements whose loose text is no content: a browser shows text set straight inside a list or a
// table outside it, and the serializer leaves it out.
bool holdsOnlyItems(const DomNode *node)
{
    static const QStringList tags{QStringLiteral("ul"),    QStringLiteral("ol"),    QStringLiteral("dl"),
                                  QStringLiteral("menu"),  QStringLiteral("table"), QStringLiteral("thead"),
                                  QStringLiteral("tbody"), QStringLiteral("tfoot"), QStringLiteral("tr")};
    return tags.contains(node->tag);
}

bool isInlineRunPart(const DomNode *node)
{
    return node->isText()
           || (node->isElement() && !HtmlTags::isBlockTag(node->tag) && !(node->flags & HasBlockChild)
               && !HtmlTags::droppedTags().contains(node->tag));
}

// Wraps the run of children [first, end) in a <p> when it holds words. A run with a picture stays
// as it is: its words are the picture's label or link, which go with it.
void wrapRun(DomNode *first, const DomNode *end, HtmlDocument &document)
{
    bool words = false;
    for (const DomNode *n = first; n != end; n = n->next) {
        if (n->is(u"img") || n->is(u"picture") || (n->isElement() && hasImage(n)))
            return;
        words = words || !n->textContent().trimmed().isEmpty();
    }
    if (!words)
        return;
    DomNode *p = document.createElement(QStringLiteral("p"));
    first->parent->insertBefore(p, first);
    for (DomNode *n = first; n != end;) {
        DomNode *next = n->next;
        p->appendChild(n);
        n = next;
    }
}

} // namespace

void wrapLooseText(DomNode *article, HtmlDocument &document)
{
    markBlockParents(article);
    QList<DomNode *> containers;
    const DomNode *end = article->following(true);
    for (DomNode *n = article; n && n != end;) {
        if (n->isElement() && (HtmlTags::droppedTags().contains(n->tag) || n->is(u"pre") || n->is(u"figure"))) {
            n = n->following(true);
            continue;
        }
        if (n->isElement() && (n->flags & HasBlockChild) && !holdsOnlyItems(n))
            containers.append(n);
        n = n->following();
    }
    for (DomNode *container : std::as_const(containers)) {
        DomNode *runStart = nullptr;
        for (DomNode *child = container->firstChild; child;) {
            DomNode *next = child->next;
            if (isInlineRunPart(child)) {
                runStart = runStart ? runStart : child;
            } else if (runStart) {
                wrapRun(runStart, child, document);
                runStart = nullptr;
            }
            child = next;
        }
        if (runStart)
            wrapRun(runStart, nullptr, document);
    }
    markBlockParents(article);
}

namespace {

// The block's text as shown, a line break being a space between its words ("24.01.2022 11:38<br>Kategorie:
// News" reads as two fields, not "11:38Kategorie").
QString shownText(const DomNode *node)
{
    if (node->descendants(u"br").isEmpty())
        return innerText(node);
    QString raw;
    const DomNode *end = node->following(true);
    for (const DomNode *n = node->firstChild; n && n != end; n = n->following()) {
        if (n->isText())
            raw += n->text;
        else if (n->is(u"br"))
            raw += QLatin1Char(' ');
    }
    return raw.simplified();
}

} // namespace

QList<Leaf> leafBlocks(DomNode *article)
{
    markBlockParents(article);
    QList<Leaf> leaves;
    const DomNode *end = article->following(true);
    for (DomNode *n = article->firstChild; n && n != end;) {
        if (n->isElement() && HtmlTags::droppedTags().contains(n->tag)) {
            n = n->following(true);
            continue;
        }
        if (n->isElement() && HtmlTags::isBlockTag(n->tag) && !(n->flags & HasBlockChild)) {
            leaves.append({n, shownText(n)});
            n = n->following(true);
            continue;
        }
        n = n->following();
    }
    return leaves;
}

} // namespace Quoteshelf::Import::BoilerplateBlocks
