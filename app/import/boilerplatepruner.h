#pragma once

#include "import/linksite.h"

#include <QString>

namespace Quoteshelf::Import {

struct DomNode;
class HtmlDocument;

// Removes the page furniture that Readability leaves inside the article it chose: image credits
// and galleries, related links and teaser lists, newsletter and app boxes, copyright notices,
// tag lists, date and byline lines, author bios, share text, breadcrumbs, slideshow counters and
// blocks repeated from the title or from each other. Three kinds of evidence, each cheap:
// class/id names (ClassHints), the words of short blocks (BoilerplateText) and link density of
// short blocks and lists; lines that only say what page furniture says (a date, a byline) are
// removed where furniture sits, at the start or end of the body. A caption that names its
// figure's image is kept and typed as a caption (<figcaption>), so that it stays out of the body.
class BoilerplatePruner final
{
    Q_DISABLE_COPY_MOVE(BoilerplatePruner)

public:
    BoilerplatePruner() = default;

    // The article's title: a block repeating it at the start of the body is removed.
    void setTitle(const QString &title) { m_title = title; }
    // The page's description (its meta description): a standfirst repeating it at the start goes.
    void setDescription(const QString &description) { m_description = description; }
    // The document the article belongs to: text set loose beside blocks is wrapped in new
    // paragraphs of it, so that it is tested as a block of its own.
    void setDocument(HtmlDocument *document) { m_document = document; }
    // The page's own site: teasers and related links point inside it.
    void setSite(const LinkSite &site) { m_site = site; }
    // Prunes the detached article subtree in place.
    void prune(DomNode *article);

private:
    void pruneLinkLists(DomNode *article, qsizetype total);
    void pruneRelatedBoxes(DomNode *article, qsizetype total);
    int internalLinkTargets(const DomNode *node) const;
    void pruneBlocks(DomNode *article);
    void dropLinkedList(const DomNode *heading, qsizetype total) const;
    void stripCaptionCredits(DomNode *article);
    void pruneRepeats(DomNode *article);
    void pruneInsetStories(DomNode *article, qsizetype total);
    bool pruneInsetStory(DomNode *article, qsizetype total);

    bool isTeaser(const DomNode *node, const QString &text) const;
    static bool isBesidePicture(const DomNode *node, const QString &text);
    static bool isMediaTitle(const DomNode *node, const QString &text);

    QString m_title;
    QString m_description;
    LinkSite m_site;
    HtmlDocument *m_document = nullptr;
};

} // namespace Quoteshelf::Import
