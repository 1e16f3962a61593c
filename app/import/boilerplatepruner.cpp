#include "import/boilerplatepruner.h"

#include "core/logging.h"
#include "import/boilerplatetext.h"
#include "import/classhints.h"
#include "import/domnode.h"
#include "import/htmltags.h"
#include "import/linkcards.h"
#include "import/readabilityhelpers.h"

#include <QSet>

#include <algorithm>

namespace Quoteshelf::Import {

using ClassHints::Hint;
using ReadabilityHelpers::innerText;
using ReadabilityHelpers::innerTextLength;
using ReadabilityHelpers::linkDensity;

namespace {

constexpr int HasBlockChild = 0x200;

// Furniture boxes are removed only while they are a small part of the article: a theme that
// names the whole story "related-content" must not lose it.
constexpr qsizetype BoxShareDivisor = 3;
// The prose a story keeps beside a slideshow that is longer than a third of the article.
constexpr qsizetype InsetGalleryProse = 1500;
// Lines of metadata (dates, bylines, credits) are short.
constexpr qsizetype ShortLine = 200;
// A teaser: a short block that is mostly link text.
constexpr qsizetype TeaserLength = 300;
// A standfirst: two or three sentences under the headline.
constexpr qsizetype StandfirstLength = 600;
// Longer than any block the text tests accept (captions: sixty words).
constexpr qsizetype LongestShortBlock = 900;

// Unlinks a node, saying why when import debugging is on (QT_LOGGING_RULES="quoteshelf.import.debug=true").
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

qsizetype headingTextLength(const DomNode *node)
{
    qsizetype length = 0;
    for (const DomNode *heading : node->descendants(QStringList{QStringLiteral("h1"), QStringLiteral("h2"),
                                                                QStringLiteral("h3"), QStringLiteral("h4"),
                                                                QStringLiteral("h5"), QStringLiteral("h6")}))
        length += innerTextLength(heading);
    return length;
}

bool inFigure(const DomNode *node)
{
    for (const DomNode *p = node; p; p = p->parent) {
        if (p->is(u"figure") || p->is(u"figcaption"))
            return true;
    }
    return false;
}

// List items, quotations and table cells are the story's own structure: short lines there are
// content, not the label of a box.
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

// Table parts keep their tags: a caption cell retagged would break its table's layout.
bool isTablePart(const DomNode *node)
{
    static const QStringList tags{QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("thead"),
                                  QStringLiteral("tfoot"),  QStringLiteral("tr"),    QStringLiteral("td"),
                                  QStringLiteral("th"),     QStringLiteral("caption")};
    return tags.contains(node->tag);
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

// Paragraphs of running prose: long, few links. Furniture boxes hold at most one (a bio).
int proseParagraphs(const DomNode *node)
{
    int count = 0;
    for (const DomNode *p : node->descendants(u"p")) {
        if (innerTextLength(p) >= 200 && linkDensity(p) < 0.3)
            ++count;
    }
    return count;
}

// Whether a box whose class names furniture holds furniture: class names also mark anchors
// ("nav_section_2"), expanders ("js-readmore") and whole stories ("paywall-on"), so each kind of
// box must also look like what it is named after.
// A slideshow set inside a story: several pictures with their texts, and the story's own prose
// beside them, however long the slides run (a slideshow story has no prose outside its slides).
bool isInsetGallery(const DomNode *node, const DomNode *article, qsizetype size, qsizetype total)
{
    return node->descendants(u"img").size() >= 3 && total - size >= InsetGalleryProse
           && proseParagraphs(article) - proseParagraphs(node) >= 3;
}

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
        // besides (a slide of a slideshow story has its text).
        return node->descendants(u"img").size() >= 2
               || (shortText && size > 0 && headingTextLength(node) == size);
    case Hint::Comments:
    case Hint::Caption:
    case Hint::None:
        break;
    }
    return false;
}

// One to three words that do not end a sentence: after the story, the name of a box or a link
// ("More on this topic", "Contact", "Advertisement"). Names of boxes are capitalised; a short
// lower-case line is the end of a list or a verse.
bool isDanglingLabel(const QString &text)
{
    if (text.isEmpty() || !text.front().isUpper() || text.count(QLatin1Char(' ')) > 2 || text.contains(QLatin1Char('@'))
        || text.contains(QLatin1String("://")) || text.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return false;
    const QChar last = text.back();
    return last.isLetter() || last == QLatin1Char(':');
}

} // namespace

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
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    return colon > 0 && BoilerplateText::isLabel(text.left(colon + 1));
}

QList<BoilerplatePruner::Leaf> BoilerplatePruner::leafBlocks(DomNode *article)
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
            leaves.append({n, innerText(n)});
            n = n->following(true);
            continue;
        }
        n = n->following();
    }
    return leaves;
}

void BoilerplatePruner::prune(DomNode *article)
{
    const qsizetype total = innerTextLength(article);
    if (total == 0)
        return;
    markBlockParents(article);
    pruneByHints(article, total);
    LinkCards::prune(article, m_site, total);
    markBlockParents(article);
    pruneLinkLists(article, total);
    pruneBlocks(article);
    stripCaptionCredits(article);
    pruneRepeats(article);
    pruneInsetStories(article, total);
    trimStart(article);
    trimEnd(article, total);
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

void BoilerplatePruner::pruneByHints(DomNode *article, qsizetype total)
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

void BoilerplatePruner::pruneBlocks(DomNode *article)
{
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
        // Every test below accepts short blocks only (a caption of sixty words at most): paragraphs
        // of prose are passed over without running them.
        if (text.size() > LongestShortBlock)
            continue;
        const char *reason = nullptr;
        if (BoilerplateText::isCounter(text))
            reason = "counter";
        else if (BoilerplateText::isReadingTime(text))
            reason = "reading time";
        else if (teasersStandOut && teaser[i])
            reason = "teaser";
        else if (BoilerplateText::isCreditLine(text))
            reason = "credit";
        else if ((inFigure(leaf.node) || ClassHints::hintOf(leaf.node) == Hint::Caption)
                 && BoilerplateText::isAgencyCredit(text))
            reason = "credit";
        else if (!inStructure(leaf.node) && BoilerplateText::isPromoLine(text))
            reason = "promotion";
        else if (BoilerplateText::isSponsorLine(text))
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
        if (reason) {
            drop(leaf.node, reason);
        } else if (!isHeading(leaf.node) && !leaf.node->is(u"figcaption") && !leaf.node->is(u"td")
                   && !leaf.node->is(u"th") && BoilerplateText::isCaptionText(text)) {
            // A caption set as a paragraph stays, typed as what it is.
            qCDebug(lcImport).noquote() << "caption" << text;
            leaf.node->tag = QStringLiteral("figcaption");
        }
    }
}

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
    for (const Leaf &leaf : leafBlocks(article)) {
        // Only captions: repeated paragraphs are rare but real (a refrain), and short repeats are
        // lists of their own ("Prize, 2016" under each award).
        if (leaf.text.count(QLatin1Char(' ')) < 3 || !inFigure(leaf.node))
            continue;
        if (seen.contains(leaf.text))
            drop(leaf.node, "repeat");
        else
            seen.insert(leaf.text);
    }
}

void BoilerplatePruner::trimStart(DomNode *article)
{
    const QList<Leaf> leaves = leafBlocks(article);
    // The last block of text stays whatever it looks like: a page is never pruned to nothing.
    qsizetype textLeft = std::count_if(leaves.cbegin(), leaves.cend(), [](const Leaf &l) { return !l.text.isEmpty(); });
    for (const Leaf &leaf : leaves) {
        const QString &text = leaf.text;
        if (text.isEmpty())
            continue; // a picture: look past it
        if (textLeft-- <= 1)
            break;
        const char *reason = nullptr;
        if (!m_title.isEmpty() && !leaf.node->is(u"li") && ReadabilityHelpers::sameText(m_title, text))
            reason = "start: title";
        // The title again, but the page's title adds the site or section around it.
        else if (!m_title.isEmpty() && (isHeading(leaf.node) || text.size() <= 150) && text.count(QLatin1Char(' ')) >= 2
                 && ReadabilityHelpers::textSimilarity(m_title, text) >= 0.95)
            reason = "start: title within the page title";
        else if (BoilerplateText::isDateLine(text))
            reason = "start: date";
        else if (BoilerplateText::isBylineLine(text))
            reason = "start: byline";
        else if (BoilerplateText::isReadingTime(text))
            reason = "start: reading time";
        else if (BoilerplateText::isShareLine(text))
            reason = "start: share";
        else if (BoilerplateText::isCreditLine(text) || BoilerplateText::isAgencyCredit(text)
                 || BoilerplateText::captionCreditStart(text) == 0)
            reason = "start: credit";
        else if (BoilerplateText::isLabel(text))
            reason = "start: label";
        else if (BoilerplateText::isTagLine(text))
            reason = "start: tags";
        else if (!isHeading(leaf.node) && !inStructure(leaf.node) && BoilerplateText::isNameList(text))
            reason = "start: author names";
        else if (BoilerplateText::isKicker(text))
            reason = "start: section name";
        else if (text.size() <= StandfirstLength && inStandfirst(leaf.node, article))
            reason = "start: standfirst";
        else if (text.size() <= ShortLine && m_site.internalLinkDensity(leaf.node) >= 0.5)
            reason = "start: links";
        if (!reason)
            break;
        drop(leaf.node, reason);
    }
}

void BoilerplatePruner::trimEnd(DomNode *article, qsizetype total)
{
    QList<Leaf> leaves = leafBlocks(article);
    // "About Acme" or "Read more" near the end starts the publisher's or author's boilerplate or a
    // box of other stories: the heading and what follows it go.
    qsizetype tail = 0;
    for (qsizetype i = leaves.size() - 1; i >= 3 && i >= leaves.size() - 12; --i) {
        tail += leaves[i].text.size();
        if (tail * 4 > total)
            break;
        const DomNode *node = leaves[i].node;
        const bool shortLine = isHeading(node) || leaves[i].text.size() <= 60;
        const char *reason = !shortLine                                          ? nullptr
                             : BoilerplateText::isAboutHeading(leaves[i].text)   ? "about"
                             : BoilerplateText::isRelatedHeading(leaves[i].text) ? "related"
                                                                                 : nullptr;
        // Teasers are short or links; prose after such a heading is a section of the story.
        const auto teaserOnly = [&leaves, i] {
            for (qsizetype j = i + 1; j < leaves.size(); ++j) {
                if (leaves[j].text.size() >= 150 && linkDensity(leaves[j].node) < 0.5)
                    return false;
            }
            return true;
        };
        if (reason && teaserOnly()) {
            for (qsizetype j = i; j < leaves.size(); ++j)
                drop(leaves[j].node, reason);
            leaves.resize(i);
            break;
        }
    }
    qsizetype textLeft = std::count_if(leaves.cbegin(), leaves.cend(), [](const Leaf &l) { return !l.text.isEmpty(); });
    for (qsizetype i = leaves.size() - 1; i >= 0; --i) {
        const Leaf &leaf = leaves[i];
        const QString &text = leaf.text;
        if (text.isEmpty())
            continue;
        if (textLeft-- <= 1)
            break;
        const char *reason = nullptr;
        if (isHeading(leaf.node) && text.size() <= 80)
            reason = "end: heading"; // with nothing after it: the title of a box that has gone
        else if (BoilerplateText::isLabel(text))
            reason = "end: label";
        else if (BoilerplateText::isDateLine(text))
            reason = "end: date";
        else if (BoilerplateText::isBylineLine(text))
            reason = "end: byline";
        else if (BoilerplateText::isReportingCredit(text))
            reason = "end: reporting credit";
        else if (BoilerplateText::isPostMetaLine(text))
            reason = "end: post metadata";
        else if (BoilerplateText::isAppealLine(text))
            reason = "end: appeal";
        else if (BoilerplateText::isCopyrightLine(text))
            reason = "end: copyright";
        else if (BoilerplateText::isRelatedHeading(text))
            reason = "end: related heading";
        else if (text.size() <= 60 && BoilerplateText::isAboutHeading(text))
            reason = "end: about heading"; // "Author", its box gone
        else if (BoilerplateText::isClosingNotice(text))
            reason = "end: notice";
        else if (!inStructure(leaf.node) && BoilerplateText::isAuthorBio(text))
            reason = "end: author bio";
        else if (!leaf.node->is(u"td") && !leaf.node->is(u"th") && BoilerplateText::isInterfaceText(text))
            reason = "end: interface";
        else if (BoilerplateText::isTagLine(text))
            reason = "end: tags";
        else if (BoilerplateText::isCreditLine(text) || BoilerplateText::isAgencyCredit(text))
            reason = "end: credit";
        else if (text.size() <= ShortLine && m_site.internalLinkDensity(leaf.node) >= 0.5)
            reason = "end: links";
        else if (isDanglingLabel(text) && !inStructure(leaf.node))
            reason = "end: short line";
        if (!reason)
            break;
        drop(leaf.node, reason);
    }
}

} // namespace Quoteshelf::Import
