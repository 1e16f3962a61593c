#include "import/boilerplatepruner.h"

#include "core/logging.h"
#include "import/bodyedges.h"
#include "import/boilerplateblocks.h"
#include "import/boilerplatetext.h"
#include "import/boilerplatewords.h"
#include "import/interfacetext.h"
#include "import/picturecredits.h"
#include "import/readerappeals.h"
#include "import/classhints.h"
#include "import/domnode.h"
#include "import/furnitureboxes.h"
#include "import/htmltags.h"
#include "import/linkcards.h"
#include "import/readabilityhelpers.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string_view>

namespace Quoteshelf::Import {

using namespace BoilerplateBlocks;
using ClassHints::Hint;
using ReadabilityHelpers::innerText;
using ReadabilityHelpers::innerTextLength;
using ReadabilityHelpers::linkDensity;

// A short block that is mostly a link to another page of the site: "Read more: <a>Another
// story</a>", a linked headline.
bool BoilerplatePruner::isTeaser(const DomNode *node, const QString &text) const
{
    // Table cells are data; a link that shows its address or an e-mail is a reference to keep.
    if (text.size() > TeaserLength || text.isEmpty() || node->is(u"td") || node->is(u"th")
        || text.contains(QLatin1Char('@')) || text.contains(QLatin1String("://"))
        || text.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return false;
    const double density = m_site.internalLinkDensity(node);
    if (density >= 0.8)
        return true;
    if (density < 0.5)
        return false;
    // The label that opens it ends with a colon, or with the bar or guillemet some houses set
    // instead: "Read more: …", "ALSO READ | …", "LIRE AUSSI » …".
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?::|\||»|›)\s*)"));
    const QRegularExpressionMatch match = separator.match(text);
    return match.hasMatch() && match.capturedStart() > 0
           && BoilerplateText::isLabel(text.left(match.capturedStart()) + QLatin1Char(':'));
}

void BoilerplatePruner::prune(DomNode *article)
{
    const qsizetype total = innerTextLength(article);
    if (total == 0)
        return;
    joinDropCaps(article);
    markBlockParents(article);
    FurnitureBoxes::prune(article, total);
    LinkCards::prune(article, m_site, total);
    markBlockParents(article);
    pruneLinkLists(article, total);
    pruneRelatedBoxes(article, total);
    pruneBlocks(article);
    stripCaptionCredits(article);
    pruneRepeats(article);
    pruneInsetStories(article, total);
    BodyEdges::trimStart(article, m_title, m_site, m_description);
    if (m_document)
        wrapLooseText(article, *m_document);
    BodyEdges::trimEnd(article, total, m_site, m_title);
}

// "Prince Charles: One million young people need help / By Tom Pyman for MailOnline / …": a box
// inside the story, after its first paragraphs, that opens with a byline of its own (under its
// headline at most) is another story the page set beside this one.
void BoilerplatePruner::pruneInsetStories(DomNode *article, qsizetype total)
{
    // One box at a time: the blocks are read again after each.
    for (int boxes = 0; boxes < 8 && pruneInsetStory(article, total); ++boxes) {
    }
}

bool BoilerplatePruner::pruneInsetStory(DomNode *article, qsizetype total)
{
    const QList<Leaf> leaves = leafBlocks(article);
    int prose = 0;
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        const Leaf &leaf = leaves[i];
        if (prose >= 3 && i + 2 < leaves.size() && leaf.text.size() <= ShortLine && BoilerplateText::isBylineLine(leaf.text)) {
            const bool headline = i > 0 && isHeading(leaves[i - 1].node);
            const DomNode *opening = headline ? leaves[i - 1].node : leaf.node;
            DomNode *box = nullptr;
            for (DomNode *a = leaf.node->parent; a && a != article; a = a->parent) {
                // The box opens with its headline, or with the byline below a headline outside it.
                const DomNode *starts = a->contains(opening) ? opening : leaf.node;
                DomNode *first = a->firstChild;
                while (first && !first->isElement() && innerText(first).trimmed().isEmpty())
                    first = first->next;
                if (!first || !(first == starts || first->contains(starts)))
                    break;
                if (starts == opening)
                    box = a;
            }
            if (box && box->contains(leaves[i + 1].node) && innerTextLength(box) * 2 < total) {
                drop(box, "inset story");
                return true;
            }
        }
        if (leaf.text.size() >= ShortLine / 2 && !isHeading(leaf.node))
            ++prose; // a paragraph of the story, not a line of metadata
    }
    return false;
}

void BoilerplatePruner::pruneLinkLists(DomNode *article, qsizetype total)
{
    const QList<DomNode *> lists = article->descendants(QStringList{QStringLiteral("ul"), QStringLiteral("ol")});
    // Inner lists first, so that an outer list sees what is left.
    for (auto it = lists.crbegin(); it != lists.crend(); ++it) {
        DomNode *list = *it;
        if (!article->contains(list))
            continue;
        int items = 0;
        int linkItems = 0;
        for (const DomNode *li : list->elementChildren()) {
            const QString text = innerText(li);
            if (text.isEmpty())
                continue;
            ++items;
            linkItems += text.size() <= TeaserLength && m_site.internalLinkDensity(li) >= 0.7 ? 1 : 0;
        }
        const qsizetype size = innerTextLength(list);
        if (items < 2 || linkItems * 5 < items * 4 || size * 2 > total)
            continue;
        // The label that announced the list goes with it ("Read more:", "Related stories").
        DomNode *label = list->prev;
        while (label && !label->isElement() && label->text.trimmed().isEmpty())
            label = label->prev;
        if (label && label->isElement() && !(label->flags & HasBlockChild)) {
            const QString text = innerText(label);
            if (BoilerplateText::isLabel(text) || (isHeading(label) && text.size() <= 80))
                drop(label, "list label");
        }
        drop(list, "link list");
    }
}

namespace {

// Whether the first words of box are those of node.
bool opensWith(const DomNode *box, const DomNode *node)
{
    const DomNode *end = box->following(true);
    for (const DomNode *n = box->firstChild; n && n != end; n = n->following()) {
        if (n->isText() && !n->text.trimmed().isEmpty())
            return node->contains(n);
    }
    return false;
}

} // namespace

// The number of other pages of the site node links to.
int BoilerplatePruner::internalLinkTargets(const DomNode *node) const
{
    QSet<QString> targets;
    for (const DomNode *link : node->descendants(u"a")) {
        const QString href = link->attribute(u"href");
        if (!href.isEmpty() && !href.startsWith(QLatin1Char('#')) && m_site.isInternal(href))
            targets.insert(href);
    }
    return int(targets.size());
}

// "Zum Weiterlesen", "More from Sport": a box that opens with the heading of a box of other
// stories and links to other pages of the site is that box, whatever its stories are made of (a
// headline, a summary in prose, a "Learn more" button).
void BoilerplatePruner::pruneRelatedBoxes(DomNode *article, qsizetype total)
{
    for (const Leaf &leaf : leafBlocks(article)) {
        if (!article->contains(leaf.node) || inStructure(leaf.node) || !BoilerplateText::isRelatedHeading(leaf.text))
            continue;
        DomNode *box = nullptr;
        for (DomNode *a = leaf.node->parent; a && a != article; a = a->parent) {
            if (!opensWith(a, leaf.node) || innerTextLength(a) * BoxShareDivisor > total)
                break;
            if (internalLinkTargets(a) >= 2)
                box = a;
        }
        if (box)
            drop(box, "related box");
    }
}

namespace {

// The element's other child, when it has one and only one besides node (white space aside).
const DomNode *onlySibling(const DomNode *node)
{
    const DomNode *other = nullptr;
    for (const DomNode *c = node->parent->firstChild; c; c = c->next) {
        if (c == node || (c->isText() && c->text.trimmed().isEmpty()) || c->is(u"br"))
            continue;
        if (other)
            return nullptr;
        other = c;
    }
    return other;
}

} // namespace

// "<div><img><p>The pier at dawn.</p></div>": a short block that shares a box with a picture and
// nothing else is the picture's caption, whatever its class, as slideshows and CMS image blocks
// set theirs. A paragraph of the story sits beside other paragraphs, or holds its picture inline.
bool BoilerplatePruner::isBesidePicture(const DomNode *node, const QString &text)
{
    constexpr qsizetype CaptionLength = 300;
    // Lines broken by hand are a list of their own (the terms of a licence beside its icon).
    if (!node->parent || text.size() > CaptionLength || inStructure(node) || BoilerplateWords::wordCount(text) < 2
        || !node->descendants(u"br").isEmpty())
        return false;
    const DomNode *other = onlySibling(node);
    if (!other || !other->isElement())
        return false;
    return other->is(u"img") || other->is(u"picture")
           || (hasImage(other) && innerText(other).trimmed().isEmpty());
}

// "WATCH | Why are ER waits so long?", "LISTEN: The week in review": the title a house sets over a
// video or an audio player in the story, in the label's capitals, a heading or a line of its own.
bool BoilerplatePruner::isMediaTitle(const DomNode *node, const QString &text)
{
    static const QRegularExpression media(QStringLiteral(
        R"(^(?:WATCH|LISTEN|VIDEO|AUDIO|PODCAST|Watch|Listen|Video|Audio|Podcast)\s*[|:]\s*\S)"));
    return text.size() <= 120 && !inStructure(node) && !text.endsWith(QLatin1Char('.'))
           && media.match(text).hasMatch();
}

// "More from the Harbour Times" over "<li>The ferry <a>gets a new timetable</a></li>…": the list
// under a related heading whose every item links to another page of the site is the box's list of
// stories, however much of each item's text is the link.
void BoilerplatePruner::dropLinkedList(const DomNode *heading, qsizetype total) const
{
    DomNode *list = heading->next;
    while (list && !list->isElement() && list->text.trimmed().isEmpty())
        list = list->next;
    if (!list || !(list->is(u"ul") || list->is(u"ol")) || innerTextLength(list) * BoxShareDivisor > total)
        return;
    int items = 0;
    for (const DomNode *li : list->elementChildren()) {
        const QString text = innerText(li);
        if (text.isEmpty())
            continue;
        if (text.size() > TeaserLength || m_site.internalLinkDensity(li) < 0.3)
            return;
        ++items;
    }
    if (items >= 2)
        drop(list, "related list");
}

namespace {

// "for-phone-onlyfor-tablet-portrait-upfor-desktop-up": names a script reads off the page (the
// breakpoints of its layout, set as the text of empty spans) shown as one word of lower-case letters
// joined by hyphens, no word of a story.
bool isMachineText(const QString &text)
{
    static const QRegularExpression names(QStringLiteral(R"(^[a-z]+(?:-[a-z]+){3,}$)"));
    return text.size() >= 30 && names.match(text).hasMatch();
}

// "By Jane Doe, Harbour News, Lisbon": the byline of a correspondent's analysis set inside the
// story, the name, the house and the place between commas, every word with a capital ("By March,
// the piers had closed" is a sentence of the story).
bool isCorrespondentByline(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral(R"(^(?:By|BY)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})"
                       R"((?:\s*,\s*\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’.&-]*){0,4}){1,2}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return text.size() <= 100 && line.match(text.trimmed()).hasMatch();
}

} // namespace

void BoilerplatePruner::pruneBlocks(DomNode *article)
{
    const qsizetype total = innerTextLength(article);
    const QList<Leaf> leaves = leafBlocks(article);
    // A collection of links (a link roundup) is content: teasers only stand out among prose.
    // A linked heading over a paragraph of prose is the title of a section ("Product ($20)" and
    // its review), not a headline pointing elsewhere.
    const auto sectionHeading = [&leaves](qsizetype i) {
        return isHeading(leaves[i].node) && i + 1 < leaves.size() && leaves[i + 1].text.size() >= ShortLine
               && linkDensity(leaves[i + 1].node) < 0.3;
    };
    QList<bool> teaser(leaves.size());
    qsizetype teasers = 0;
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        teaser[i] = isTeaser(leaves[i].node, leaves[i].text) && !sectionHeading(i);
        teasers += teaser[i] ? 1 : 0;
    }
    const bool teasersStandOut = teasers * 3 < leaves.size();
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        const Leaf &leaf = leaves[i];
        const QString &text = leaf.text;
        if (!article->contains(leaf.node))
            continue; // gone with its box
        // Every test below accepts short blocks only (a caption of sixty words at most): paragraphs
        // of prose are passed over without running them.
        if (text.size() > LongestShortBlock)
            continue;
        const char *reason = nullptr;
        bool promotion = false;
        if (BoilerplateText::isCounter(text))
            reason = "counter";
        else if (isMachineText(text))
            reason = "machine text";
        else if (!inStructure(leaf.node) && !isHeading(leaf.node) && isCorrespondentByline(text))
            reason = "byline: correspondent";
        else if (BoilerplateText::isReadingTime(text))
            reason = "reading time";
        else if (teasersStandOut && teaser[i])
            reason = "teaser";
        else if (BoilerplateText::isCreditLine(text))
            reason = "credit";
        else if ((inFigure(leaf.node) || ClassHints::hintOf(leaf.node) == Hint::Caption)
                 && BoilerplateText::isAgencyCredit(text))
            reason = "credit";
        else if (!isHeading(leaf.node) && !inStructure(leaf.node) && BoilerplateText::isJoinedAgencyCredit(text))
            reason = "credit: agency";
        else if (!inStructure(leaf.node) && BoilerplateText::isPromoLine(text)) {
            reason = "promotion";
            promotion = true;
        } else if (BoilerplateText::isSponsorLine(text))
            reason = "sponsor";
        else if (!inStructure(leaf.node) && BoilerplateText::isAdvertLabel(text))
            reason = "advert label";
        else if (!inStructure(leaf.node) && BoilerplateText::isMoreTeaser(text))
            reason = "teaser: more";
        else if (!leaf.node->is(u"td") && !leaf.node->is(u"th") && BoilerplateText::isInterfaceText(text))
            reason = "interface";
        else if (!inStructure(leaf.node) && BoilerplateText::isRelatedHeading(text)
                 && (i + 1 == leaves.size() || teaser[i + 1]
                     || (leaves[i + 1].text.size() <= TeaserLength && linkDensity(leaves[i + 1].node) >= 0.5)))
            reason = "related heading";
        // The label alone ("Related", "Lesen Sie auch"): its box has gone and the story goes on.
        else if (!inStructure(leaf.node) && text.count(QLatin1Char(' ')) <= 3 && i + 1 < leaves.size()
                 && leaves[i + 1].text.size() >= ShortLine && linkDensity(leaves[i + 1].node) < 0.3
                 && BoilerplateText::isRelatedHeading(text))
            reason = "related label";
        else if (!inStructure(leaf.node) && BoilerplateText::isShareControl(text))
            reason = "share";
        else if (text.contains(QChar(0x00A9)) && text.size() <= ShortLine && !inFigure(leaf.node)
                 && BoilerplateText::isCopyrightLine(text) && !BoilerplateText::isCaptionText(text))
            reason = "copyright";
        else if (!leaf.node->is(u"td") && !leaf.node->is(u"th") && BoilerplateText::isDateLine(text, false))
            reason = "date";
        else if (!inStructure(leaf.node) && !isHeading(leaf.node) && BoilerplateText::isPieceNote(text))
            reason = "note on the piece";
        if (reason) {
            if (reason == std::string_view("related heading"))
                dropLinkedList(leaf.node, total);
            // A promotion's box goes with it: the heading and the pitch around the offer.
            DomNode *box = promotion ? appealBox(leaf.node, article, total) : nullptr;
            drop(box ? box : leaf.node, box ? "promotion box" : reason);
        } else if (isMediaTitle(leaf.node, text)) {
            // The title of a video or a podcast set in the story, its player gone: a caption.
            qCDebug(lcImport).noquote() << "caption: media title" << text;
            leaf.node->tag = QStringLiteral("figcaption");
        } else if (!isHeading(leaf.node) && !leaf.node->is(u"figcaption") && !leaf.node->is(u"td")
                   && !leaf.node->is(u"th")
                   && ((inFigure(leaf.node) || ClassHints::hintOf(leaf.node) == Hint::Caption
                            ? BoilerplateText::isCaptionText(text)
                            : BoilerplateText::isCaptionParagraph(text))
                       || (text.size() * 3 <= total && isBesidePicture(leaf.node, text)))) {
            // A caption set as a paragraph stays, typed as what it is.
            qCDebug(lcImport).noquote() << "caption" << text;
            leaf.node->tag = QStringLiteral("figcaption");
        }
    }
}

namespace {

// Whether node sits in a caption of figure (a figcaption, or a box whose class names a caption).
bool inCaption(const DomNode *node, const DomNode *figure)
{
    for (const DomNode *p = node; p && p != figure; p = p->parent) {
        if (p->is(u"figcaption") || ClassHints::hintOf(p) == Hint::Caption)
            return true;
    }
    return false;
}

} // namespace

void BoilerplatePruner::stripCaptionCredits(DomNode *article)
{
    // A caption stays under its picture; the credit that closes it is furniture ("Boats at dawn.
    // Photo: Jane Doe/Agency"). The text nodes are cut where the credit starts.
    for (const Leaf &leaf : leafBlocks(article)) {
        if (isTablePart(leaf.node) || leaf.text.isEmpty()
            || !(leaf.node->is(u"figcaption") || inFigure(leaf.node) || ClassHints::hintOf(leaf.node) == Hint::Caption))
            continue;
        const QString raw = leaf.node->textContent();
        // The credit is looked for in the text as shown (white space collapsed), then cut in the
        // text nodes at the matching place.
        QString shown;
        QList<qsizetype> rawIndex;
        bool space = false;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i).isSpace()) {
                space = !shown.isEmpty();
                continue;
            }
            if (space) {
                shown += QLatin1Char(' ');
                rawIndex.append(i);
            }
            space = false;
            shown += raw.at(i);
            rawIndex.append(i);
        }
        const qsizetype start = BoilerplateText::captionCreditStart(shown);
        if (start < 0)
            continue;
        if (start == 0) {
            drop(leaf.node, "caption credit");
            continue;
        }
        qCDebug(lcImport).noquote() << "pruned [caption credit]" << shown.mid(start);
        // Separators left between the caption and its credit go too ("... | © Agency").
        qsizetype keep = rawIndex.at(start);
        while (keep > 0 && !raw.at(keep - 1).isLetterOrNumber() && !QStringLiteral(".!?)\"”»").contains(raw.at(keep - 1)))
            --keep;
        qsizetype offset = 0;
        const DomNode *end = leaf.node->following(true);
        for (DomNode *n = leaf.node->firstChild; n && n != end; n = n->following()) {
            if (!n->isText())
                continue;
            const qsizetype size = n->text.size();
            if (offset + size > keep)
                n->text.truncate(std::max<qsizetype>(0, keep - offset));
            offset += size;
        }
    }
    // A credit set beside the caption inside the figure, as phrasing content of its own
    // (<figure><img><figcaption>…</figcaption><span>Jane Doe/Agency</span></figure>).
    for (DomNode *figure : article->descendants(u"figure")) {
        if (!article->contains(figure))
            continue;
        // An embed's stand-in: a figure holding no picture and nothing but a short link ("whale
        // strandings" where an interactive chart would load) is no part of the story.
        if (!hasImage(figure) && figure->descendants(u"figcaption").isEmpty()) {
            const QString text = innerText(figure).simplified();
            if (!text.isEmpty() && text.count(QLatin1Char(' ')) < 8 && linkDensity(figure) > 0.9) {
                drop(figure, "embed stand-in");
                continue;
            }
        }
        // The buttons set over the picture ("Share on Pinterest", "Enlarge this image"), outside
        // its caption and holding no picture, are no part of it.
        for (DomNode *control : figure->descendants(QStringList{QStringLiteral("a"), QStringLiteral("button"),
                                                                QStringLiteral("span")})) {
            if (!figure->contains(control) || hasImage(control) || inCaption(control, figure))
                continue;
            const QString text = innerText(control).simplified();
            if (!text.isEmpty() && (BoilerplateText::isShareControl(text) || BoilerplateText::isInterfaceText(text)))
                drop(control, "picture control");
        }
        for (DomNode *child : figure->elementChildren()) {
            if (HtmlTags::isBlockTag(child->tag) || hasImage(child))
                continue;
            const QString text = innerText(child);
            if (!text.isEmpty()
                && (BoilerplateText::isAgencyCredit(text) || BoilerplateText::captionCreditStart(text) == 0))
                drop(child, "figure credit");
        }
    }
}

void BoilerplatePruner::pruneRepeats(DomNode *article)
{
    // Slideshows repeat each caption for every size of picture; a caption seen before is a copy.
    QSet<QString> seen;
    const QList<Leaf> leaves = leafBlocks(article);
    for (const Leaf &leaf : leaves) {
        // Only captions: repeated paragraphs are rare but real (a refrain), and short repeats are
        // lists of their own ("Prize, 2016" under each award).
        if (leaf.text.count(QLatin1Char(' ')) < 3 || !inFigure(leaf.node))
            continue;
        if (seen.contains(leaf.text))
            drop(leaf.node, "repeat");
        else
            seen.insert(leaf.text);
    }
    // The same caption set again outside its figure (under the slide, in the thumbnail strip, in
    // the viewer's text) is a copy too; the copy in the figure stays, typed as a caption.
    constexpr qsizetype CaptionLength = 300;
    for (const Leaf &leaf : leaves) {
        if (article->contains(leaf.node) && !inFigure(leaf.node) && leaf.text.size() <= CaptionLength
            && seen.contains(leaf.text))
            drop(leaf.node, "caption repeat");
    }
}

} // namespace Quoteshelf::Import
