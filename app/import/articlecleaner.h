#pragma once

#include <QStringList>

namespace Quoteshelf::Import {

class HtmlDocument;
struct DomNode;

// Readability's prepArticle: removes what is left of page furniture inside the chosen article —
// share bars, forms, embeds that are not videos, headers with negative class weight, and
// "conditionally" any table/list/div whose content looks like navigation or ads (too many links,
// images or inputs for its text). Data tables and figures are kept.
class ArticleCleaner final
{
    Q_DISABLE_COPY_MOVE(ArticleCleaner)

public:
    ArticleCleaner(HtmlDocument &document, int flags);

    void clean(DomNode *article);

private:
    void markDataTables(DomNode *article);
    void fixLazyImages(DomNode *article);
    void cleanConditionally(DomNode *article, const QString &tag);
    bool shouldRemoveConditionally(DomNode *node, const QString &tag);
    void removeTags(DomNode *article, const QStringList &tags);
    void cleanShareElements(DomNode *article);
    void cleanHeaders(DomNode *article);
    void removeEmptyParagraphs(DomNode *article);

    HtmlDocument &m_document;
    int m_flags = 0;
};

} // namespace Quoteshelf::Import
