#include "import/linkcards.h"

#include "core/logging.h"
#include "import/domnode.h"
#include "import/htmltags.h"
#include "import/linksite.h"
#include "import/readabilityhelpers.h"

#include <QStringList>

#include <algorithm>

namespace Quoteshelf::Import::LinkCards {

namespace {

using ReadabilityHelpers::innerText;
using ReadabilityHelpers::innerTextLength;

// A card holds a headline and a summary at most; a link around more is the page's own layout.
constexpr qsizetype LongestCard = 600;
// The summary a card may set beside its link: two sentences.
constexpr qsizetype LongestSummary = 300;

bool isHeading(const DomNode *node)
{
    const QString &tag = node->tag;
    return tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1) >= QLatin1Char('1')
           && tag.at(1) <= QLatin1Char('6');
}

// A link to a picture or a document opens the file, not another story.
bool isFileLink(const QString &href)
{
    static const QStringList suffixes{QStringLiteral(".jpg"), QStringLiteral(".jpeg"), QStringLiteral(".png"),
                                      QStringLiteral(".gif"), QStringLiteral(".webp"), QStringLiteral(".pdf")};
    const QString path = href.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0).toLower();
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&path](const QString &s) { return path.endsWith(s); });
}

bool hasBlock(const DomNode *node)
{
    const DomNode *end = node->following(true);
    for (const DomNode *n = node->firstChild; n && n != end; n = n->following()) {
        if (n->isElement() && HtmlTags::isBlockTag(n->tag))
            return true;
    }
    return false;
}

// Blocks with text inside the link: a card has a headline, or a kicker or picture and a line.
bool holdsCard(const DomNode *link)
{
    int blocks = 0;
    const DomNode *end = link->following(true);
    for (const DomNode *n = link->firstChild; n && n != end; n = n->following()) {
        if (!n->isElement())
            continue;
        if (isHeading(n) && innerTextLength(n) > 0)
            return true;
        if (HtmlTags::isBlockTag(n->tag) && !hasBlock(n) && innerTextLength(n) > 0)
            ++blocks;
    }
    return blocks >= 2;
}

bool hasOnlyChild(const DomNode *parent, const DomNode *child)
{
    for (const DomNode *n = parent->firstChild; n; n = n->next) {
        if (n != child && !(n->isText() && n->text.trimmed().isEmpty()) && innerTextLength(n) > 0)
            return false;
    }
    return true;
}

} // namespace

void prune(DomNode *article, const LinkSite &site, qsizetype total)
{
    for (DomNode *link : article->descendants(u"a")) {
        if (!article->contains(link))
            continue;
        const QString href = link->attribute(u"href").trimmed();
        if (href.isEmpty() || href.startsWith(QLatin1Char('#')) || !site.isInternal(href) || isFileLink(href))
            continue;
        const qsizetype size = innerTextLength(link);
        if (size == 0 || size > LongestCard || size * 3 > total || !holdsCard(link))
            continue;
        // The wrappers around the card that hold nothing else go with it (<figure class="teaser">),
        // and the one that adds the teaser's summary beside the link.
        DomNode *box = link;
        const auto climb = [&box, article] {
            while (box->parent && box->parent != article && hasOnlyChild(box->parent, box))
                box = box->parent;
        };
        climb();
        if (DomNode *parent = box->parent; parent && parent != article) {
            const qsizetype parentSize = innerTextLength(parent);
            if (parentSize <= LongestCard && parentSize - innerTextLength(box) <= LongestSummary
                && parentSize * 3 <= total) {
                box = parent;
                climb();
            }
        }
        qCDebug(lcImport).noquote() << "pruned [ link card ]" << innerText(box);
        box->detach();
    }
}

} // namespace Quoteshelf::Import::LinkCards
