#pragma once

#include <QList>
#include <QString>

namespace Quoteshelf::Import {

class HtmlDocument;
struct DomNode;

// Finds the article in a page the way Mozilla Readability does: drop invisible and unlikely
// nodes (class/id patterns, ARIA roles), turn phrasing-only <div>s into paragraphs, score
// paragraphs (length, commas) into their ancestors, damp by link density, pick the best candidate
// (or a common ancestor of several good ones), then join its qualifying siblings and clean the
// result. When that leaves less than CharThreshold characters the pass is repeated with the
// heuristics relaxed one by one, keeping the longest result.
class Readability final
{
    Q_DISABLE_COPY_MOVE(Readability)

public:
    static constexpr int CharThreshold = 500;

    explicit Readability(HtmlDocument &document);

    // The title found in the metadata: a heading repeating it is removed from the body.
    void setArticleTitle(const QString &title) { m_title = title; }
    // Returns a detached <div> with the article (never nullptr; it may be empty).
    DomNode *extract();
    // An author line found in the page itself ("By Jane Doe"), trimmed; empty when none.
    QString byline() const { return m_byline; }

private:
    DomNode *grabArticle(DomNode *page, int flags);
    void prepDocument(DomNode *body);
    void replaceBrs(DomNode *body);
    bool checkByline(DomNode *node, const QString &matchString);
    bool headerDuplicatesTitle(const DomNode *node) const;
    bool isOwnStory(const DomNode *node) const;
    DomNode *storyTitledLikeThePage(DomNode *page, DomNode *topCandidate) const;
    void initializeNode(DomNode *node, int flags);
    void wrapPhrasingInParagraphs(DomNode *div);
    DomNode *selectTopCandidate(DomNode *page, const QList<DomNode *> &candidates, int flags,
                                bool *created);

    HtmlDocument &m_document;
    QString m_title;
    DomNode *m_titledStory = nullptr; // the <article> whose heading repeated the title, in this attempt
    QString m_byline;
};

} // namespace Quoteshelf::Import
