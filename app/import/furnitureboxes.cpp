#include "import/furnitureboxes.h"

#include "import/boilerplateblocks.h"
#include "import/boilerplatetext.h"
#include "import/classhints.h"
#include "import/domnode.h"
#include "import/htmltags.h"
#include "import/readabilityhelpers.h"

#include <QStringList>

namespace Quoteshelf::Import::FurnitureBoxes {

using namespace BoilerplateBlocks;
using ClassHints::Hint;
using ReadabilityHelpers::innerTextLength;
using ReadabilityHelpers::linkDensity;
using ReadabilityHelpers::proseParagraphs;

namespace {

// The prose a story keeps beside a slideshow that is longer than a third of the article.
constexpr qsizetype InsetGalleryProse = 1500;

qsizetype headingTextLength(const DomNode *node)
{
    qsizetype length = 0;
    for (const DomNode *heading : node->descendants(QStringList{QStringLiteral("h1"), QStringLiteral("h2"),
                                                                QStringLiteral("h3"), QStringLiteral("h4"),
                                                                QStringLiteral("h5"), QStringLiteral("h6")}))
        length += innerTextLength(heading);
    return length;
}

// The text of node outside its headings, white space collapsed.
QString textBesideHeadings(const DomNode *node)
{
    QString text;
    const DomNode *end = node->following(true);
    for (const DomNode *n = node->firstChild; n && n != end;) {
        if (isHeading(n)) {
            n = n->following(true);
            continue;
        }
        if (n->isText())
            text += n->text + QLatin1Char(' ');
        n = n->following();
    }
    return text.simplified();
}

void retagCaption(DomNode *node)
{
    // Leaf blocks inside become captions; a caption of inline content is one itself.
    bool hadBlock = false;
    const DomNode *end = node->following(true);
    for (DomNode *n = node->firstChild; n && n != end; n = n->following()) {
        if (n->isElement() && HtmlTags::isBlockTag(n->tag) && !(n->flags & HasBlockChild) && !isTablePart(n)) {
            n->tag = QStringLiteral("figcaption");
            hadBlock = true;
        }
    }
    if (!hadBlock)
        node->tag = QStringLiteral("figcaption");
}

// A slideshow set inside a story: several pictures with their texts, and the story's own prose
// beside them, however long the slides run (a slideshow story has no prose outside its slides).
bool isInsetGallery(const DomNode *node, const DomNode *article, qsizetype size, qsizetype total)
{
    return node->descendants(u"img").size() >= 3 && total - size >= InsetGalleryProse
           && proseParagraphs(article) - proseParagraphs(node) >= 3;
}

// Whether a box whose class names furniture holds furniture: class names also mark anchors
// ("nav_section_2"), expanders ("js-readmore") and whole stories ("paywall-on"), so each kind of
// box must also look like what it is named after.
bool isFurnitureBox(const DomNode *node, const DomNode *article, Hint hint, qsizetype total)
{
    const qsizetype size = innerTextLength(node);
    if (size * BoxShareDivisor > total && !(hint == Hint::Gallery && isInsetGallery(node, article, size, total)))
        return false;
    const bool shortText = size <= ShortLine;
    const auto links = [node] { return linkDensity(node); };
    switch (hint) {
    case Hint::Hidden:
        return true;
    case Hint::Navigation:
        return size == 0 || links() >= 0.5;
    case Hint::Related:
    case Hint::Tags:
        return size == 0 || links() >= 0.3 || (shortText && proseParagraphs(node) == 0);
    case Hint::Share:
    case Hint::Rating:
        return shortText || links() >= 0.5;
    case Hint::Advert:
    case Hint::Newsletter:
    case Hint::Copyright:
        return shortText || proseParagraphs(node) == 0;
    case Hint::AuthorBio:
        return proseParagraphs(node) <= 1;
    case Hint::Meta:
    case Hint::Credit:
        return shortText;
    case Hint::Gallery:
        // A slideshow, or the button that opens one: its title over the first picture, no words
        // besides but the count of its pictures ("Harbour towns in pictures" / "Show all 24"; a slide of a
        // slideshow story has its text).
        return node->descendants(u"img").size() >= 2
               || (shortText && size > 0
                   && (headingTextLength(node) == size
                       || (headingTextLength(node) > 0 && BoilerplateText::isCounter(textBesideHeadings(node)))));
    case Hint::Comments:
    case Hint::Caption:
    case Hint::None:
        break;
    }
    return false;
}

} // namespace

void prune(DomNode *article, qsizetype total)
{
    const DomNode *end = article->following(true);
    for (DomNode *n = article->firstChild; n && n != end;) {
        if (!n->isElement()) {
            n = n->following();
            continue;
        }
        const Hint hint = ClassHints::hintOf(n);
        if (hint == Hint::Caption && !n->is(u"figure") && !isTablePart(n) && !hasImage(n)
            && innerTextLength(n) <= TeaserLength * 2)
            retagCaption(n);
        if (hint != Hint::None && hint != Hint::Caption && isFurnitureBox(n, article, hint, total)) {
            DomNode *next = n->following(true);
            drop(n, qPrintable(ClassHints::hintName(hint)));
            n = next;
            continue;
        }
        n = n->following();
    }
}

} // namespace Quoteshelf::Import::FurnitureBoxes
