#include "import/bodyedges.h"

#include "import/boilerplateblocks.h"
#include "import/boilerplatetext.h"
#include "import/interfacetext.h"
#include "import/boilerplatewords.h"
#include "import/picturecredits.h"
#include "import/readerappeals.h"
#include "import/domnode.h"
#include "import/linksite.h"
#include "import/readabilityhelpers.h"

#include <QRegularExpression>

#include <algorithm>

namespace Quoteshelf::Import::BodyEdges {

using namespace BoilerplateBlocks;
using ReadabilityHelpers::linkDensity;

namespace {

// The author's farewell under a post: "Euer Hans", "Yours, Jane", "Jane, die Redaktion". Names of
// boxes hold no comma.
bool isSignOff(const QString &text)
{
    static const QRegularExpression farewell(
        BoilerplateWords::caseless(R"(^(?:euer|eure|yours|cheers|love|regards|cordialement|bises|saludos|abrazos|)"
                                   R"(pozdrawiam|grüße|gruß|lg|xoxo)\b)"));
    return text.contains(QLatin1Char(',')) || farewell.match(text).hasMatch();
}

// A heading that ends with a full stop is a sentence of the story, not the title of a box.
bool isBoxTitle(const DomNode *node, const QString &text)
{
    return isHeading(node) && text.size() <= 80 && !text.endsWith(QLatin1Char('.'));
}

// One to three words that do not end a sentence: after the story, the name of a box or a link
// ("More on this topic", "Contact", "Advertisement"). Names of boxes are capitalised; a short
// lower-case line is the end of a list or a verse.
bool isDanglingLabel(const QString &text)
{
    if (text.isEmpty() || !text.front().isUpper() || text.count(QLatin1Char(' ')) > 2 || text.contains(QLatin1Char('@'))
        || text.contains(QLatin1String("://")) || text.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
        || isSignOff(text))
        return false;
    const QChar last = text.back();
    return last.isLetter() || last == QLatin1Char(':');
}

// The reporter's name set under the story after a dash: "– David Dunkley", "—Jane Doe and Bo Li".
bool isSignature(const QString &text)
{
    static const QRegularExpression dash(QStringLiteral(R"(^[–—-]{1,2}\s*)"));
    const QRegularExpressionMatch match = dash.match(text);
    if (!match.hasMatch())
        return false;
    const QString rest = text.mid(match.capturedEnd()).trimmed();
    // Or the agency the story came from, in its initials: "- RNZ", "— AAP", "– dpa".
    static const QRegularExpression initials(QStringLiteral(R"(^\p{L}{2,5}(?:[/,]\s*\p{L}{2,5}){0,3}$)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    return BoilerplateText::isNameList(rest)
           || (initials.match(rest).hasMatch() && rest.count(QLatin1Char(' ')) <= 3
               && std::count_if(rest.cbegin(), rest.cend(), [](QChar c) { return c.isUpper(); }) >= 2);
}

// "Jane Doe" / "is a partner at Doe & Co. in Berlin and writes on media law.": the author's box,
// the name set apart in bold or as a heading and the bio going on from it, as a sentence without a
// subject of its own. Its name line goes with it, as the next block trimmed.
bool isBioAfterName(const QList<Leaf> &leaves, qsizetype i)
{
    static const QRegularExpression verb(
        QStringLiteral(R"(^(?:is|was|ist|war|est|était|es|era|è|jest|works|arbeitet|schreibt|writes|travaille)\s)"));
    const QString &text = leaves[i].text;
    // Lists and tables pair names with what follows them on purpose; a quoted press release may
    // close with its author's box.
    const auto inListOrTable = [](const DomNode *node) {
        for (const DomNode *p = node; p; p = p->parent) {
            if (p->is(u"li") || p->is(u"td") || p->is(u"th") || p->is(u"dd") || p->is(u"dt"))
                return true;
        }
        return false;
    };
    if (text.isEmpty() || !text.front().isLower() || inListOrTable(leaves[i].node)
        || BoilerplateWords::wordCount(text) > 80
        || !verb.match(text).hasMatch())
        return false;
    for (qsizetype j = i - 1; j >= 0; --j) {
        const QString &name = leaves[j].text;
        if (name.isEmpty())
            continue; // the author's picture
        return name.size() <= 60 && !BoilerplateWords::hasDigit(name) && !name.back().isPunct()
               && BoilerplateWords::wordCount(name) >= 2 && BoilerplateWords::isNameLike(name);
    }
    return false;
}

// "<p><em>Jane Doe is a senior fellow at the Harbour Institute.</em></p>": a line set in italics
// under the story that opens with a name and what that person is or does is the author's note,
// whatever the job it names.
bool isItalicBio(const DomNode *node, const QString &text)
{
    // The name, then a job with its article ("is a …", "ist Professorin" needs "eine") or what the
    // author does ("teaches", "writes").
    static const QRegularExpression bio(QStringLiteral(
        R"(^(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.? )?\p{Lu}[\p{L}'’\-]+(?: \p{Lu}\.)?)"
        R"((?: (?:\p{Lu}[\p{L}'’\-]+|de|van|von|der|da|del|bin|al|el|la|le)){1,3},? )"
        R"((?:(?:is|was) (?:a|an|the)|writes|teaches|works|lives|leads|directs|served|)"
        R"((?:ist|war) (?:ein|eine|der|die)|est (?:un|une|le|la)|es (?:un|una|el|la)|è (?:un|una|il|la)) )"));
    if (BoilerplateWords::wordCount(text) > 60 || !bio.match(text).hasMatch())
        return false;
    const DomNode *end = node->following(true);
    for (const DomNode *n = node->firstChild; n && n != end; n = n->following()) {
        if (!n->isText() || n->text.trimmed().isEmpty())
            continue;
        const DomNode *p = n->parent;
        while (p != node && !p->is(u"em") && !p->is(u"i"))
            p = p->parent;
        if (p == node && !node->is(u"em") && !node->is(u"i"))
            return false;
    }
    return true;
}

// A line drawn with characters, no words: "___", "* * *", "—".
bool isRule(const QString &text)
{
    return !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// An appeal that comes in a box of its own (subscribe, support, donate). "Follow Jane Doe on X"
// closes the story's own last section as often as a box.
bool isBoxedAppeal(const QString &text)
{
    return BoilerplateText::isAppealLine(text) && !BoilerplateText::isShareLine(text);
}

} // namespace

namespace {

// A line of the story's metadata, as set between the standfirst and the story.
bool isMetadataLine(const QString &text)
{
    return BoilerplateText::isBylineLine(text) || BoilerplateText::isDateLine(text)
           || BoilerplateText::isRoleLine(text) || BoilerplateText::isNameList(text)
           || BoilerplateText::isReadingTime(text) || BoilerplateText::isMetaFieldsLine(text);
}

// The summary above the story, repeating the page's description, with the byline or the date
// after it: a lead paragraph that repeats the description runs on into the story instead, and a
// description cut from the story's first lines runs on past its first paragraph.
bool isDescribedStandfirst(const QList<Leaf> &leaves, qsizetype i, const QString &description)
{
    const QString &text = leaves[i].text;
    if (description.isEmpty() || text.size() > StandfirstLength || isHeading(leaves[i].node)
        || inStructure(leaves[i].node) || ReadabilityHelpers::textSimilarity(description, text) < 0.95
        || ReadabilityHelpers::textSimilarity(text, description) < 0.95)
        return false;
    for (qsizetype j = i + 1; j < leaves.size(); ++j) {
        if (!leaves[j].text.isEmpty())
            return isMetadataLine(leaves[j].text);
    }
    return false;
}

// "In short: The council approved …", "Key points: …": the summary some houses set above the story,
// its label opening its first line. The story tells the same at length below it.
bool isSummaryOpening(const QString &text)
{
    static const QRegularExpression summary(BoilerplateWords::caseless(
        R"(^(?:in short|in brief|key points|key takeaways|at a glance|the short version|tl;?dr|)"
        R"(das wichtigste in kürze|auf einen blick|en bref|l['’]essentiel|en resumen|in breve|w skrócie))"
        R"(\s*:\s*(?:$|\p{Lu}))"));
    // The label matches in any case; the line it opens starts with a capital.
    const QRegularExpressionMatch match = summary.match(text);
    return match.hasMatch() && (match.capturedEnd() == text.size() || text.at(match.capturedEnd() - 1).isUpper());
}

// The line the reader found just above the headline taken out as the title (see Readability).
bool isMarkedKicker(const DomNode *node, const DomNode *article, const QString &text)
{
    for (const DomNode *p = node; p && p != article; p = p->parent) {
        if (!p->attribute(u"data-qs-kicker").isEmpty())
            return true;
    }
    // Or inside the block, as the whole of its text (set loose, then wrapped in a paragraph).
    const DomNode *end = node->following(true);
    for (const DomNode *n = node->firstChild; n && n != end; n = n->following()) {
        if (n->isElement() && !n->attribute(u"data-qs-kicker").isEmpty())
            return ReadabilityHelpers::innerText(n).simplified() == text.simplified();
    }
    return false;
}

// "What's next? The works begin in March.": the line that closes such a summary.
bool isSummaryClosing(const QString &text)
{
    static const QRegularExpression next(
        BoilerplateWords::caseless(R"(^(?:what's next|what’s next|what happens next|what next)\s*\?)"));
    return next.match(text).hasMatch();
}

} // namespace

void trimStart(DomNode *article, const QString &title, const LinkSite &site, const QString &description)
{
    const QList<Leaf> leaves = leafBlocks(article);
    // The last block of text stays whatever it looks like: a page is never pruned to nothing.
    qsizetype textLeft = std::count_if(leaves.cbegin(), leaves.cend(), [](const Leaf &l) { return !l.text.isEmpty(); });
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        const Leaf &leaf = leaves[i];
        const QString &text = leaf.text;
        if (text.isEmpty())
            continue; // a picture: look past it
        if (textLeft-- <= 1)
            break;
        const char *reason = nullptr;
        if (!title.isEmpty() && !leaf.node->is(u"li") && ReadabilityHelpers::sameText(title, text))
            reason = "start: title";
        // The title again, but the page's title adds the site or section around it.
        else if (!title.isEmpty() && (isHeading(leaf.node) || text.size() <= 150) && text.count(QLatin1Char(' ')) >= 2
                 && ReadabilityHelpers::textSimilarity(title, text) >= 0.95)
            reason = "start: title within the page title";
        else if (!inStructure(leaf.node) && isSummaryOpening(text)) {
            // The summary's other lines go with it, up to its closing line ("What's next?" and what
            // follows it): found within a few lines, or the opening line goes alone.
            constexpr qsizetype SummaryLines = 5;
            qsizetype last = i;
            for (qsizetype j = i + 1; j < leaves.size() && j <= i + SummaryLines; ++j) {
                if (isSummaryClosing(leaves[j].text)) {
                    const bool labelAlone = BoilerplateText::isLabel(leaves[j].text)
                                            || leaves[j].text.endsWith(QLatin1Char('?'));
                    last = labelAlone && j + 1 < leaves.size() ? j + 1 : j;
                    break;
                }
            }
            // The label alone over a list of a few points: the list is the summary.
            DomNode *list = nullptr;
            if (last == i && i + 1 < leaves.size() && BoilerplateText::isLabel(text) && leaves[i + 1].node->is(u"li")
                && leaves[i + 1].node->parent && leaves[i + 1].node->parent != article) {
                list = leaves[i + 1].node->parent;
                const QList<DomNode *> items = list->elementChildren();
                const auto point = [](const DomNode *item) { return ReadabilityHelpers::innerTextLength(item) <= 300; };
                if (items.size() > 6 || !std::all_of(items.cbegin(), items.cend(), point))
                    list = nullptr;
                while (list && last + 1 < leaves.size() && list->contains(leaves[last + 1].node))
                    ++last;
            }
            // The story stays: the summary is pruned only when text is left after it.
            if (last - i + 1 < textLeft) {
                for (qsizetype j = i + 1; j <= last; ++j) {
                    if (!list)
                        drop(leaves[j].node, "start: summary");
                    textLeft -= leaves[j].text.isEmpty() ? 0 : 1;
                }
                if (list)
                    drop(list, "start: summary");
                drop(leaf.node, "start: summary");
                i = last;
                continue;
            }
        } else if (BoilerplateText::isDateLine(text))
            reason = "start: date";
        else if (BoilerplateText::isMetaFieldsLine(text))
            reason = "start: post fields";
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
        else if (!inStructure(leaf.node) && BoilerplateText::isRoleLine(text))
            reason = "start: author's role";
        else if (BoilerplateText::isKicker(text))
            reason = "start: section name";
        else if (isMarkedKicker(leaf.node, article, text))
            reason = "start: line above the headline";
        else if (text.size() <= StandfirstLength && inStandfirst(leaf.node, article))
            reason = "start: standfirst";
        else if (isDescribedStandfirst(leaves, i, description))
            reason = "start: standfirst (the page's description)";
        else if (text.size() <= ShortLine && site.internalLinkDensity(leaf.node) >= 0.5)
            reason = "start: links";
        if (!reason && (leaf.node->is(u"figcaption") || inFigure(leaf.node)))
            continue; // the lead picture's caption: the byline and the date may follow it
        if (!reason)
            break;
        drop(leaf.node, reason);
    }
}

void trimEnd(DomNode *article, qsizetype total, const LinkSite &site, const QString &title)
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
        const bool comments = shortLine && BoilerplateText::isCommentsHeading(leaves[i].text);
        const char *reason = !shortLine                                          ? nullptr
                             : BoilerplateText::isAboutHeading(leaves[i].text)   ? "about"
                             : BoilerplateText::isRelatedHeading(leaves[i].text) ? "related"
                             : comments                                          ? "comments"
                                                                                 : nullptr;
        // Teasers are short or links; prose after such a heading is a section of the story.
        const auto teaserOnly = [&leaves, i] {
            for (qsizetype j = i + 1; j < leaves.size(); ++j) {
                if (leaves[j].text.size() >= 150 && linkDensity(leaves[j].node) < 0.5)
                    return false;
            }
            return true;
        };
        // The comment section holds the readers' prose, and the page's notices after it.
        if (reason && (comments || teaserOnly())) {
            for (qsizetype j = i; j < leaves.size(); ++j)
                drop(leaves[j].node, reason);
            leaves.resize(i);
            break;
        }
    }
    // A box of appeals closing the page ("Support our journalism", a line of pitch, "Join us", how
    // the paper is funded) goes whole once one of its lines is an appeal, whatever its other lines say.
    for (qsizetype i = leaves.size() - 1; i >= 1 && i >= leaves.size() - 6; --i) {
        if (!isBoxedAppeal(leaves[i].text))
            continue;
        DomNode *box = appealBox(leaves[i].node, article, total);
        const auto inBox = [box](const Leaf &l) { return box->contains(l.node); };
        if (!box || !std::all_of(leaves.cbegin() + i, leaves.cend(), inBox))
            continue;
        drop(box, "end: appeal box");
        while (!leaves.isEmpty() && !article->contains(leaves.back().node))
            leaves.removeLast();
        break;
    }
    static const char *const bioAfterName = "end: author bio after the name";
    qsizetype textLeft = std::count_if(leaves.cbegin(), leaves.cend(), [](const Leaf &l) { return !l.text.isEmpty(); });
    for (qsizetype i = leaves.size() - 1; i >= 0; --i) {
        const Leaf &leaf = leaves[i];
        const QString &text = leaf.text;
        if (text.isEmpty() || !article->contains(leaf.node))
            continue; // a picture, or gone with its box
        if (textLeft-- <= 1)
            break;
        const char *reason = nullptr;
        bool appeal = false;
        if (!title.isEmpty() && !leaf.node->is(u"li") && ReadabilityHelpers::sameText(title, text))
            reason = "end: title"; // the headline of a header that stays in sight while the story scrolls
        else if (isBoxTitle(leaf.node, text))
            reason = "end: heading"; // with nothing after it: the title of a box that has gone
        else if (BoilerplateText::isLabel(text))
            reason = "end: label";
        else if (BoilerplateText::isDateLine(text))
            reason = "end: date";
        else if (BoilerplateText::isMetaFieldsLine(text))
            reason = "end: post fields";
        else if (BoilerplateText::isBylineLine(text) || isSignature(text))
            reason = "end: byline";
        else if (!inStructure(leaf.node) && BoilerplateText::isRoleLine(text))
            reason = "end: author's role";
        else if (isRule(text))
            reason = "end: rule"; // "___", "* * *": what set the notes after the story apart
        else if (BoilerplateText::isReportingCredit(text))
            reason = "end: reporting credit";
        else if (BoilerplateText::isContactLine(text))
            reason = "end: contact";
        else if (BoilerplateText::isPostMetaLine(text))
            reason = "end: post metadata";
        else if (BoilerplateText::isAppealLine(text)) {
            reason = "end: appeal";
            appeal = true;
        } else if (BoilerplateText::isAdvertLabel(text))
            reason = "end: advert label";
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
        else if (isBioAfterName(leaves, i))
            reason = bioAfterName;
        else if (!inStructure(leaf.node) && isItalicBio(leaf.node, text))
            reason = "end: author's note";
        else if (!leaf.node->is(u"td") && !leaf.node->is(u"th") && BoilerplateText::isInterfaceText(text))
            reason = "end: interface";
        else if (BoilerplateText::isTagLine(text))
            reason = "end: tags";
        else if (BoilerplateText::isCommentSectionLine(text))
            reason = "end: comments";
        else if (BoilerplateText::isCreditLine(text) || BoilerplateText::isAgencyCredit(text))
            reason = "end: credit";
        else if (text.size() <= ShortLine && site.internalLinkDensity(leaf.node) >= 0.5)
            reason = "end: links";
        // A caption of a few words names its picture, which is part of the story.
        else if (isDanglingLabel(text) && !inStructure(leaf.node) && !inFigure(leaf.node)
                 && !leaf.node->is(u"figcaption"))
            reason = "end: short line";
        if (!reason) {
            // The last line of a box of appeals, the notices under it gone ("All the best, Jane Doe"
            // under "Would you consider supporting our work?"): the box goes whole.
            DomNode *box = appealBox(leaf.node, article, total);
            const auto boxedAppeal = [box](const Leaf &l) { return box->contains(l.node) && isBoxedAppeal(l.text); };
            if (!box || std::none_of(leaves.cbegin(), leaves.cbegin() + i + 1, boxedAppeal))
                break;
            drop(box, "end: appeal box");
            continue;
        }
        // An appeal's box goes with it: the heading and the pitch around the offer.
        DomNode *box = appeal && isBoxedAppeal(text) ? appealBox(leaf.node, article, total) : nullptr;
        drop(box ? box : leaf.node, box ? "end: appeal box" : reason);
        if (reason == bioAfterName) {
            // The name over the bio goes with it, however many words it has.
            qsizetype j = i - 1;
            while (j >= 0 && leaves[j].text.isEmpty())
                --j;
            if (j < 0 || textLeft <= 1)
                break;
            drop(leaves[j].node, reason);
            --textLeft;
            i = j;
        }
    }
}

} // namespace Quoteshelf::Import::BodyEdges
