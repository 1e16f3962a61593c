#include "import/readability.h"

#include "core/logging.h"
#include "import/articlecleaner.h"
#include "import/classhints.h"
#include "import/htmldocument.h"
#include "import/readabilityhelpers.h"

#include <algorithm>

namespace Quoteshelf::Import {

using namespace ReadabilityHelpers;

namespace {

// The <article> that is node or holds it, inside page; null if none.
DomNode *enclosingArticle(DomNode *node, const DomNode *page)
{
    while (node && node != page && !node->is(u"article"))
        node = node->parent;
    return node == page ? nullptr : node;
}

constexpr int TopCandidateCount = 5;
constexpr int MinimumTopCandidates = 3;

const QStringList &tagsToScore()
{
    static const QStringList tags{QStringLiteral("section"), QStringLiteral("h2"), QStringLiteral("h3"),
                                  QStringLiteral("h4"),      QStringLiteral("h5"), QStringLiteral("h6"),
                                  QStringLiteral("p"),       QStringLiteral("td"), QStringLiteral("pre")};
    return tags;
}

bool isUnlikelyRole(const QString &role)
{
    static const QStringList roles{QStringLiteral("menu"),      QStringLiteral("menubar"),
                                   QStringLiteral("complementary"), QStringLiteral("navigation"),
                                   QStringLiteral("alert"),     QStringLiteral("alertdialog"),
                                   QStringLiteral("dialog")};
    return roles.contains(role);
}

QList<DomNode *> ancestors(DomNode *node, int maxDepth)
{
    QList<DomNode *> result;
    for (DomNode *p = node->parent; p && p->isElement(); p = p->parent) {
        result.append(p);
        if (maxDepth > 0 && result.size() == maxDepth)
            break;
    }
    return result;
}

// Whether the word after a comma starts with a capital: "…, Rutgers University".
bool capitalFollows(const QString &text, qsizetype next)
{
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    return next < text.size() && text.at(next).isUpper();
}

constexpr qsizetype ShortestLead = 50;
constexpr qsizetype LongestLead = 600;

bool hasPicture(const DomNode *node)
{
    static const QStringList pictures{QStringLiteral("img"), QStringLiteral("figure"), QStringLiteral("picture")};
    return pictures.contains(node->tag) || !node->descendants(pictures).isEmpty();
}

// Whether node is the opening paragraph a page sets apart between the headline and the body
// ("p.lead", "div.article-intro"): named so, and prose (50 to 600 characters, few links, no
// picture, a sentence's stop at the end unless it runs past 200 characters: a paragraph that
// closes with its date). A summary line under the headline, short and without a full stop, is no
// part of the story; a standfirst is left to the boilerplate pruner.
bool isLeadParagraph(const DomNode *node)
{
    if (!node->isElement() || !ClassHints::isLead(node) || ClassHints::isStandfirst(node) || hasPicture(node))
        return false;
    const qsizetype size = innerTextLength(node);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?…][\"'”’»)]?$"));
    return size >= ShortestLead && size <= LongestLead && linkDensity(node) < 0.3
           && (size >= 200 || sentenceEnd.match(innerText(node)).hasMatch());
}

// The lead paragraph inside box; null if none.
DomNode *leadIn(const DomNode *box)
{
    const DomNode *end = box->following(true);
    for (DomNode *n = box->firstChild; n && n != end; n = n->following()) {
        if (isLeadParagraph(n))
            return n;
    }
    return nullptr;
}

// The lead paragraph in a box of the story's header beside the best candidate: it precedes the
// candidate closely, inside the story (its <article> or <main> and the <header> just before it,
// or a few levels up), below the headline, with little but a byline, a date or a picture between
// them. Null when there is none.
DomNode *leadBefore(DomNode *topCandidate, const DomNode *page)
{
    constexpr int ScopeLevels = 4;
    constexpr qsizetype MostTextBetween = 300;
    DomNode *scope = topCandidate;
    for (int level = 0; level < ScopeLevels && scope->parent && scope->parent != page && !scope->parent->is(u"body");
         ++level) {
        scope = scope->parent;
        if (scope->is(u"article") || scope->is(u"main"))
            break;
    }
    // The story's header may sit just before its <article> or <main>.
    DomNode *start = scope;
    if (DomNode *before = scope->prev; scope->is(u"article") || scope->is(u"main")) {
        while (before && !before->isElement())
            before = before->prev;
        if (before && before->is(u"header"))
            start = before;
    }
    QList<DomNode *> order;
    const DomNode *end = scope->following(true);
    for (DomNode *n = start; n && n != end && n != topCandidate; n = n->following())
        order.append(n);
    qsizetype passed = 0;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        DomNode *node = *it;
        if (node->isText()) {
            passed += node->text.simplified().size();
            continue;
        }
        if (!node->isElement() || node->contains(topCandidate))
            continue;
        if (node->is(u"h1"))
            break; // the headline: a lead sits below it
        if (passed - innerTextLength(node) > MostTextBetween)
            break;
        if (isLeadParagraph(node))
            return node;
    }
    return nullptr;
}

// A box of the story's header ("entry-header") that holds the story's lead paragraph.
bool isHeaderWithLead(const DomNode *node, const QString &matchString)
{
    static const QRegularExpression header(QStringLiteral("header"), QRegularExpression::CaseInsensitiveOption);
    return header.match(matchString).hasMatch() && leadIn(node);
}

// Whether node, though named like furniture ("above-footer", "header-wrap"), wraps the story
// itself: it holds a headline and more than half of the page's prose paragraphs. A footer or a
// comments box holds no headline, and a story's header little of its prose.
bool wrapsTheStory(const DomNode *node, int pageProse)
{
    return pageProse > 0 && !node->descendants(u"h1").isEmpty() && proseParagraphs(node) * 2 > pageProse;
}

DomNode *removeAndGetNext(DomNode *node)
{
    DomNode *next = node->following(true);
    node->detach();
    return next;
}

// Whether node is or lies in the author's box ("author-description", "author-bio"): a dense paragraph
// of prose about the writer that may outscore a story of short paragraphs, and is never the story.
bool inAuthorBox(const DomNode *node, const DomNode *page)
{
    constexpr int Levels = 3;
    for (int level = 0; level <= Levels && node && node != page; ++level, node = node->parent) {
        if (ClassHints::hintOf(node) == ClassHints::Hint::AuthorBio)
            return true;
    }
    return false;
}

// Puts node's children in its place and removes it; returns the node to visit next.
DomNode *unwrap(DomNode *node)
{
    DomNode *next = node->firstChild ? node->firstChild : node->following(true);
    while (node->firstChild)
        node->parent->insertBefore(node->firstChild, node);
    node->detach();
    return next;
}

// "<p>Politics</p><h1>Harbour Plan Approved</h1>": the section name or label a house sets just above
// the headline (a kicker). When the headline is taken out as the title, the line above it is marked
// so that the pruner takes it out of the body's start too: alone, it reads as the story's first line.
void markKicker(const DomNode *headline)
{
    DomNode *above = headline->prev;
    while (above && above->isText() && above->text.trimmed().isEmpty())
        above = above->prev;
    if (!above || !above->isElement())
        return;
    const QString text = innerText(above).simplified();
    if (text.isEmpty() || text.size() > 40 || text.count(QLatin1Char(' ')) > 3
        || QStringLiteral(".!?,;").contains(text.back()) || !above->descendants(u"p").isEmpty()
        || !above->descendants(QStringList{QStringLiteral("img"), QStringLiteral("picture")}).isEmpty())
        return;
    above->setAttribute(QStringLiteral("data-qs-kicker"), QStringLiteral("1"));
}

} // namespace

Readability::Readability(HtmlDocument &document)
    : m_document(document)
{
}

DomNode *Readability::extract()
{
    DomNode *body = m_document.body();
    if (!body)
        return m_document.createElement(QStringLiteral("div"));
    prepDocument(body);

    int flags = StripUnlikelys | WeightClasses | CleanConditionally;
    DomNode *best = nullptr;
    qsizetype bestLength = -1;
    const QString bylineBefore = m_byline;
    while (true) {
        // Each attempt works on a fresh copy: the previous one mutated its tree.
        DomNode *html = m_document.createElement(QStringLiteral("html"));
        DomNode *page = m_document.clone(body);
        html->appendChild(page);
        m_byline = bylineBefore;
        DomNode *article = grabArticle(page, flags);
        const qsizetype length = innerTextLength(article);
        qCDebug(lcImport) << "extraction attempt with flags" << flags << "kept" << length << "characters";
        if (length >= CharThreshold)
            return article;
        if (length > bestLength) {
            best = article;
            bestLength = length;
        }
        if (flags & StripUnlikelys)
            flags &= ~StripUnlikelys;
        else if (flags & WeightClasses)
            flags &= ~WeightClasses;
        else if (flags & CleanConditionally)
            flags &= ~CleanConditionally;
        else
            break;
    }
    return best;
}

void Readability::prepDocument(DomNode *body)
{
    for (DomNode *node : body->descendants(QStringList{QStringLiteral("script"), QStringLiteral("noscript"),
                                                        QStringLiteral("style"), QStringLiteral("template")}))
        node->detach();
    replaceBrs(body);
    for (DomNode *font : body->descendants(u"font"))
        font->tag = QStringLiteral("span");
}

void Readability::replaceBrs(DomNode *body)
{
    for (DomNode *br : body->descendants(u"br")) {
        if (!br->parent)
            continue; // removed as part of an earlier chain
        DomNode *next = br->next;
        bool replaced = false;
        // A chain of two or more <br> is a paragraph break.
        while ((next = nextNonWhitespace(next)) && next->is(u"br")) {
            replaced = true;
            DomNode *sibling = next->next;
            next->detach();
            next = sibling;
        }
        if (!replaced)
            continue;
        DomNode *p = m_document.createElement(QStringLiteral("p"));
        br->replaceWith(p);
        next = p->next;
        while (next) {
            if (next->is(u"br")) {
                DomNode *after = nextNonWhitespace(next->next);
                if (after && after->is(u"br"))
                    break;
            }
            if (!isPhrasingContent(next))
                break;
            DomNode *sibling = next->next;
            p->appendChild(next);
            next = sibling;
        }
        while (p->lastChild && isWhitespaceNode(p->lastChild))
            p->lastChild->detach();
        if (p->parent && p->parent->is(u"p"))
            p->parent->tag = QStringLiteral("div");
    }
}

bool Readability::checkByline(DomNode *node, const QString &matchString)
{
    if (!m_byline.isEmpty())
        return false;
    const QString rel = node->attribute(u"rel");
    const QString itemprop = node->attribute(u"itemprop");
    if (rel != QLatin1String("author") && !itemprop.contains(QLatin1String("author"))
        && !ReadabilityHelpers::byline().match(matchString).hasMatch())
        return false;
    const QString text = node->textContent().trimmed();
    if (text.isEmpty() || text.size() >= 100)
        return false;
    // Prefer an itemprop="name" inside, the name without "By" and the date.
    const DomNode *end = node->following(true);
    for (const DomNode *n = node->firstChild; n && n != end; n = n->following()) {
        if (n->isElement() && n->attribute(u"itemprop").contains(QLatin1String("name"))) {
            m_byline = n->textContent().trimmed();
            return true;
        }
    }
    m_byline = text;
    return true;
}

bool Readability::headerDuplicatesTitle(const DomNode *node) const
{
    if (!node->is(u"h1") && !node->is(u"h2"))
        return false;
    return ReadabilityHelpers::textSimilarity(m_title, innerText(node)) > 0.75;
}

bool Readability::isOwnStory(const DomNode *node) const
{
    // A story's own headline, or the one that repeated the page's title before it was taken out.
    return node == m_titledStory || !node->descendants(u"h1").isEmpty();
}

DomNode *Readability::storyTitledLikeThePage(DomNode *page, DomNode *topCandidate) const
{
    // A page saved after the reader scrolled holds the next stories too, each an <article> of one
    // template. When the best one is not the story the page is titled after, that story is the
    // article.
    if (m_title.isEmpty())
        return nullptr;
    const DomNode *story = enclosingArticle(topCandidate, page);
    if (!story)
        return nullptr;
    const auto headline = [](const DomNode *n) {
        const QList<DomNode *> h1 = n->descendants(u"h1");
        return h1.isEmpty() ? QString() : innerText(h1.first()).simplified();
    };
    const auto titled = [this](const QString &text) {
        return !text.isEmpty() && ReadabilityHelpers::sameText(m_title, text);
    };
    const QString own = headline(story);
    if (own.isEmpty() || titled(own))
        return nullptr;
    const QString cls = story->attribute(u"class");
    const auto alike = [&](const DomNode *other) {
        return other && other != page && other != story && other->is(u"article") && other->attribute(u"class") == cls
            && !other->contains(story) && !story->contains(other) && page->contains(other);
    };
    // The heading that repeats the page's title was taken out before scoring: its story is known.
    if (alike(m_titledStory))
        return m_titledStory;
    for (DomNode *other : page->descendants(u"article")) {
        if (alike(other) && titled(headline(other)))
            return other;
    }
    return nullptr;
}

void Readability::initializeNode(DomNode *node, int flags)
{
    node->scored = true;
    node->score = 0;
    const QString &tag = node->tag;
    if (tag == QLatin1String("div"))
        node->score += 5;
    else if (tag == QLatin1String("pre") || tag == QLatin1String("td") || tag == QLatin1String("blockquote"))
        node->score += 3;
    else if (QStringList{QStringLiteral("address"), QStringLiteral("ol"), QStringLiteral("ul"), QStringLiteral("dl"),
                         QStringLiteral("dd"), QStringLiteral("dt"), QStringLiteral("li"), QStringLiteral("form")}
                 .contains(tag))
        node->score -= 3;
    else if ((tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1).isDigit()) || tag == QLatin1String("th"))
        node->score -= 5;
    node->score += classWeight(node, flags);
}

void Readability::wrapPhrasingInParagraphs(DomNode *div)
{
    DomNode *p = nullptr;
    DomNode *child = div->firstChild;
    while (child) {
        DomNode *next = child->next;
        if (isPhrasingContent(child)) {
            if (p) {
                p->appendChild(child);
            } else if (!isWhitespaceNode(child)) {
                p = m_document.createElement(QStringLiteral("p"));
                div->insertBefore(p, child);
                p->appendChild(child);
            }
        } else if (p) {
            while (p->lastChild && isWhitespaceNode(p->lastChild))
                p->lastChild->detach();
            p = nullptr;
        }
        child = next;
    }
}

DomNode *Readability::grabArticle(DomNode *page, int flags)
{
    QList<DomNode *> elementsToScore;
    QList<DomNode *> headersWithLead;
    bool shouldRemoveTitleHeader = true;
    m_titledStory = nullptr;
    const int pageProse = (flags & StripUnlikelys) ? proseParagraphs(page) : 0;
    DomNode *node = page;
    while (node) {
        if (!node->isElement()) {
            node = node->following();
            continue;
        }
        const QString matchString = node->matchString();
        if (node != page && !isProbablyVisible(node)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (node->attribute(u"aria-modal") == QLatin1String("true") && node->attribute(u"role") == QLatin1String("dialog")) {
            node = removeAndGetNext(node);
            continue;
        }
        if (node != page && checkByline(node, matchString)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (shouldRemoveTitleHeader && headerDuplicatesTitle(node)) {
            shouldRemoveTitleHeader = false;
            m_titledStory = enclosingArticle(node->parent, page);
            markKicker(node);
            node = removeAndGetNext(node);
            continue;
        }
        const QString &tag = node->tag;
        if ((flags & StripUnlikelys) && node != page) {
            // A dialog, a sign-in box or an overlay is never the article, whatever else its names say
            // ("dialog-content"). (Only on the first attempt: some sites name the page's wrapper so.)
            static const QRegularExpression overlay(QStringLiteral("(^|[^a-z])(dialog|modal|login|signin|overlay)"),
                                                    QRegularExpression::CaseInsensitiveOption);
            if (overlay.match(matchString).hasMatch() && !node->hasAncestor(u"article") && tag != QLatin1String("body")
                && tag != QLatin1String("article") && tag != QLatin1String("main")) {
                node = removeAndGetNext(node);
                continue;
            }
            if (unlikelyCandidates().match(matchString).hasMatch() && !maybeCandidate().match(matchString).hasMatch()
                && !node->hasAncestor(u"table") && !node->hasAncestor(u"code") && tag != QLatin1String("body")
                && tag != QLatin1String("a")) {
                if (wrapsTheStory(node, pageProse)) {
                    // Its name is wrong for what it holds: the box goes, its content stays, so that
                    // the name weighs neither on the scores nor on the cleaning.
                    node = unwrap(node);
                    continue;
                }
                // A header box stays for its lead paragraph alone (below).
                if (!isHeaderWithLead(node, matchString)) {
                    node = removeAndGetNext(node);
                    continue;
                }
                headersWithLead.append(node);
            }
            if (isUnlikelyRole(node->attribute(u"role"))) {
                node = removeAndGetNext(node);
                continue;
            }
        }
        static const QStringList emptyCandidates{QStringLiteral("div"), QStringLiteral("section"),
                                                 QStringLiteral("header"), QStringLiteral("h1"), QStringLiteral("h2"),
                                                 QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
                                                 QStringLiteral("h6")};
        if (node != page && emptyCandidates.contains(tag) && isElementWithoutContent(node)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (tagsToScore().contains(tag))
            elementsToScore.append(node);
        if (tag == QLatin1String("div")) {
            wrapPhrasingInParagraphs(node);
            if (hasSingleTagInside(node, u"p") && linkDensity(node) < 0.25) {
                DomNode *child = node->firstElementChild();
                // The wrapper's names often say what the paragraph is ("newsletter-box"): the
                // boilerplate pruner reads them on the paragraph that takes its place.
                const QString names = QString(node->attribute(u"class") + QLatin1Char(' ') + node->attribute(u"id")
                                              + QLatin1Char(' ') + node->attribute(u"data-qs-wrapper"))
                                          .simplified();
                if (!names.isEmpty())
                    child->setAttribute(QStringLiteral("data-qs-wrapper"), names);
                node->replaceWith(child);
                node = child;
                elementsToScore.append(node);
            } else if (!hasChildBlockElement(node)) {
                node->tag = QStringLiteral("p");
                elementsToScore.append(node);
            }
        }
        node = node->following();
    }

    QList<DomNode *> candidates;
    for (DomNode *element : std::as_const(elementsToScore)) {
        if (!element->parent || !element->parent->isElement() || !page->contains(element))
            continue;
        const QString text = innerText(element);
        if (text.size() < 25)
            continue;
        // A data table's cells ("robin.millar.mp@parliament.uk") are no prose: a cell counts only
        // when it holds a sentence or a paragraph's worth of text.
        static const QRegularExpression sentence(QStringLiteral(R"([.!?]\s|[。！？])"));
        if (element->is(u"td") && text.size() < 80 && !sentence.match(text).hasMatch())
            continue;
        const QList<DomNode *> lineage = ancestors(element, 5);
        if (lineage.isEmpty())
            continue;
        static const QRegularExpression commas(QStringLiteral("[\\x{002C}\\x{060C}\\x{FE50}\\x{FE10}\\x{FE11}\\x{2E41}\\x{2E34}\\x{2E32}\\x{FF0C}]"));
        // Commas inside sentences: in a list of names ("Saladin Ambar, Rutgers University") a
        // comma before a capital is seldom a clause break, so it counts for a quarter.
        double clauseBreaks = 0;
        for (auto it = commas.globalMatch(text); it.hasNext();)
            clauseBreaks += capitalFollows(text, it.next().capturedEnd()) ? 0.25 : 1;
        double contentScore = 1 + (clauseBreaks + 1) + std::min<double>(double(text.size() / 100), 3);
        for (int level = 0; level < lineage.size(); ++level) {
            DomNode *ancestor = lineage[level];
            if (!ancestor->parent || !ancestor->parent->isElement())
                break;
            if (!ancestor->scored) {
                initializeNode(ancestor, flags);
                candidates.append(ancestor);
            }
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            ancestor->score += contentScore / divider;
        }
    }

    bool created = false;
    DomNode *topCandidate = selectTopCandidate(page, candidates, flags, &created);

    DomNode *article = m_document.createElement(QStringLiteral("div"));
    const double threshold = std::max(10.0, topCandidate->score * 0.2);
    DomNode *parentOfTop = topCandidate->parent;
    const QString topClass = topCandidate->attribute(u"class");
    const bool topIsStory = topCandidate->is(u"article") && isOwnStory(topCandidate);
    DomNode *lead = leadBefore(topCandidate, page);
    for (DomNode *sibling : parentOfTop->elementChildren()) {
        bool append = sibling == topCandidate;
        if (!append && topIsStory && sibling->is(u"article") && isOwnStory(sibling))
            continue; // the next story on a page saved after scrolling
        if (!append && headersWithLead.contains(sibling))
            continue; // its lead paragraph alone joins the body
        if (!append && ClassHints::hintOf(sibling) == ClassHints::Hint::AuthorBio)
            continue; // the writer's box is no part of the story
        if (!append) {
            double bonus = 0;
            if (!topClass.isEmpty() && sibling->attribute(u"class") == topClass)
                bonus += topCandidate->score * 0.2;
            if (sibling->scored && sibling->score + bonus >= threshold) {
                append = true;
            } else if (sibling->is(u"p")) {
                const double density = linkDensity(sibling);
                const QString content = innerText(sibling);
                static const QRegularExpression sentenceEnd(QStringLiteral(R"(\.( |$))"));
                if (content.size() > 80 && density < 0.25)
                    append = true;
                else if (content.size() < 80 && !content.isEmpty() && density == 0
                         && sentenceEnd.match(content).hasMatch())
                    append = true;
            }
        }
        if (!append)
            continue;
        static const QStringList keepTags{QStringLiteral("div"), QStringLiteral("article"), QStringLiteral("section"),
                                          QStringLiteral("p"), QStringLiteral("ol"), QStringLiteral("ul")};
        if (!keepTags.contains(sibling->tag))
            sibling->tag = QStringLiteral("div");
        article->appendChild(sibling);
    }
    // A page that repeats the lead as the body's first paragraph has it already.
    if (lead && !article->contains(lead) && !innerText(article).contains(innerText(lead))) {
        qCDebug(lcImport) << "lead" << innerText(lead).left(70);
        if (!lead->is(u"div") && !lead->is(u"section") && !lead->is(u"p"))
            lead->tag = hasChildBlockElement(lead) ? QStringLiteral("div") : QStringLiteral("p");
        article->insertBefore(lead, article->firstChild);
    }
    for (DomNode *header : std::as_const(headersWithLead)) {
        if (!article->contains(header))
            continue;
        if (DomNode *inner = leadIn(header))
            header->replaceWith(inner);
        else
            header->detach();
    }
    ArticleCleaner(m_document, flags).clean(article);
    Q_UNUSED(created);
    return article;
}

DomNode *Readability::selectTopCandidate(DomNode *page, const QList<DomNode *> &candidates, int flags, bool *created)
{
    QList<DomNode *> top;
    for (DomNode *candidate : candidates) {
        candidate->score *= 1 - linkDensity(candidate);
        const auto pos = std::find_if(top.begin(), top.end(), [&](DomNode *t) { return candidate->score > t->score; });
        top.insert(pos, candidate);
        if (top.size() > TopCandidateCount)
            top.removeLast();
    }
    // The writer's box wins with one dense paragraph over a story of short ones: the story is the best
    // candidate apart from it, neither in it nor around it, when that one scores at least half as well
    // (a page that is a biography keeps its box).
    if (!top.isEmpty() && inAuthorBox(top.first(), page)) {
        QList<DomNode *> story;
        for (DomNode *t : std::as_const(top)) {
            if (!inAuthorBox(t, page) && !t->contains(top.first()))
                story.append(t);
        }
        if (!story.isEmpty() && story.first()->score * 2 >= top.first()->score)
            top = story;
    }
    for (const DomNode *t : std::as_const(top))
        qCDebug(lcImport) << "candidate" << t->tag << t->attribute(u"class").left(40) << t->attribute(u"id").left(30)
                          << "score" << t->score << innerText(t).simplified().left(70);
    const auto wholePage = [&] {
        DomNode *all = m_document.createElement(QStringLiteral("div"));
        while (page->firstChild)
            all->appendChild(page->firstChild);
        page->appendChild(all);
        initializeNode(all, flags);
        *created = true;
        return all;
    };
    DomNode *topCandidate = top.isEmpty() ? nullptr : top.first();
    // Nothing stands out: the whole page is the article.
    if (!topCandidate || topCandidate->is(u"body") || !page->contains(topCandidate))
        return wholePage();
    const auto isPageTop = [page](const DomNode *n) { return !n || n == page || n->is(u"body"); };
    // Several good candidates sharing an ancestor: the article is that ancestor.
    QList<QList<DomNode *>> alternatives;
    for (int i = 1; i < top.size(); ++i) {
        if (top[i]->score / topCandidate->score >= 0.75)
            alternatives.append(ancestors(top[i], 0));
    }
    if (alternatives.size() >= MinimumTopCandidates) {
        for (DomNode *parent = topCandidate->parent; !isPageTop(parent); parent = parent->parent) {
            int lists = 0;
            for (const auto &list : std::as_const(alternatives))
                lists += list.contains(parent) ? 1 : 0;
            if (lists >= MinimumTopCandidates) {
                topCandidate = parent;
                break;
            }
        }
    }
    if (!topCandidate->scored)
        initializeNode(topCandidate, flags);
    // Climb while the parent scores nearly as well: the content is split across its children.
    double lastScore = topCandidate->score;
    const double scoreThreshold = lastScore / 3;
    for (DomNode *parent = topCandidate->parent; !isPageTop(parent); parent = parent->parent) {
        if (!parent->scored)
            continue;
        if (parent->score < scoreThreshold)
            break;
        if (parent->score > lastScore) {
            topCandidate = parent;
            break;
        }
        lastScore = parent->score;
    }
    // Sections of one template: the best candidate sits in a wrapper whose siblings of the same
    // tag and class hold scored text too (a page built of "text block" sections, one topic each).
    // The article is their parent.
    {
        DomNode *wrapper = topCandidate;
        for (int level = 0; level < 4 && wrapper != page && page->contains(wrapper->parent); ++level, wrapper = wrapper->parent) {
            const QString cls = wrapper->attribute(u"class");
            // Stories of their own are no sections of one story: a page saved after scrolling
            // stacks them.
            if (isOwnStory(wrapper))
                break;
            if (cls.isEmpty())
                continue;
            int alike = 0;
            for (DomNode *sibling : wrapper->parent->elementChildren()) {
                if (sibling == wrapper || sibling->tag != wrapper->tag || sibling->attribute(u"class") != cls)
                    continue;
                bool holdsText = false;
                for (const DomNode *c : std::as_const(top))
                    holdsText = holdsText || (c != topCandidate && sibling->contains(c) && c->score >= topCandidate->score * 0.5);
                alike += holdsText ? 1 : 0;
            }
            if (alike > 0) {
                qCDebug(lcImport) << "sections alike" << alike << wrapper->tag << cls.left(40);
                if (wrapper->parent == page)
                    return wholePage();
                topCandidate = wrapper->parent;
                break;
            }
        }
    }
    // The page's own schema.org markup names the article's body: when the best candidate lies inside
    // it, the body is the whole of it (one paragraph per section wrapper otherwise wins alone).
    for (DomNode *parent = topCandidate->parent; !isPageTop(parent); parent = parent->parent) {
        if (parent->isElement() && parent->attribute(u"itemprop") == QLatin1String("articleBody")) {
            topCandidate = parent;
            break;
        }
    }
    // An only child says nothing its parent does not: use the parent.
    for (DomNode *parent = topCandidate->parent; !isPageTop(parent) && parent->elementChildCount() == 1;
         parent = topCandidate->parent)
        topCandidate = parent;
    if (DomNode *titled = storyTitledLikeThePage(page, topCandidate))
        topCandidate = titled;
    if (!topCandidate->scored)
        initializeNode(topCandidate, flags);
    return topCandidate;
}

} // namespace Quoteshelf::Import
