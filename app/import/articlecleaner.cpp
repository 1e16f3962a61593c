#include "import/articlecleaner.h"

#include "core/logging.h"

#include "import/domnode.h"
#include "import/htmldocument.h"
#include "import/readabilityhelpers.h"

namespace Quoteshelf::Import {

using namespace ReadabilityHelpers;

constexpr qsizetype ShareElementThreshold = 500;

namespace {

bool hasAncestorDataTable(const DomNode *node)
{
    for (const DomNode *p = node->parent; p; p = p->parent) {
        if (p->is(u"table") && p->dataTable)
            return true;
    }
    return false;
}

bool isDataTable(const DomNode *table)
{
    if (table->attribute(u"role") == QLatin1String("presentation"))
        return false;
    if (table->attribute(u"datatable") == QLatin1String("0"))
        return false;
    if (table->hasAttribute(u"summary"))
        return true;
    const QList<DomNode *> captions = table->descendants(u"caption");
    if (!captions.isEmpty() && captions.first()->firstChild)
        return true;
    if (!table->descendants(QStringList{QStringLiteral("col"), QStringLiteral("colgroup"), QStringLiteral("tfoot"),
                                        QStringLiteral("thead"), QStringLiteral("th")})
             .isEmpty())
        return true;
    if (!table->descendants(u"table").isEmpty())
        return false;
    int rows = 0;
    int columns = 0;
    for (const DomNode *tr : table->descendants(u"tr")) {
        const QString rowspan = tr->attribute(u"rowspan");
        rows += rowspan.isEmpty() ? 1 : std::max(1, rowspan.toInt());
        int cellsInRow = 0;
        for (const DomNode *td : tr->descendants(u"td")) {
            const QString colspan = td->attribute(u"colspan");
            cellsInRow += colspan.isEmpty() ? 1 : std::max(1, colspan.toInt());
        }
        columns = std::max(columns, cellsInRow);
    }
    if (rows == 1 || columns == 1)
        return false;
    if (rows >= 10 || columns > 4)
        return true;
    return rows * columns > 10;
}

} // namespace

ArticleCleaner::ArticleCleaner(HtmlDocument &document, int flags)
    : m_document(document)
    , m_flags(flags)
{
}

void ArticleCleaner::clean(DomNode *article)
{
    markDataTables(article);
    fixLazyImages(article);
    cleanConditionally(article, QStringLiteral("form"));
    cleanConditionally(article, QStringLiteral("fieldset"));
    removeTags(article, {QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("footer"),
                         QStringLiteral("link"), QStringLiteral("aside")});
    cleanShareElements(article);
    removeTags(article, {QStringLiteral("iframe"), QStringLiteral("input"), QStringLiteral("textarea"),
                         QStringLiteral("select"), QStringLiteral("button")});
    cleanHeaders(article);
    cleanConditionally(article, QStringLiteral("table"));
    cleanConditionally(article, QStringLiteral("ul"));
    cleanConditionally(article, QStringLiteral("div"));
    for (DomNode *h1 : article->descendants(u"h1"))
        h1->tag = QStringLiteral("h2");
    removeEmptyParagraphs(article);
    for (DomNode *br : article->descendants(u"br")) {
        DomNode *next = nextNonWhitespace(br->next);
        if (next && next->is(u"p"))
            br->detach();
    }
    // Single-cell tables are layout: keep the cell's content.
    for (DomNode *table : article->descendants(u"table")) {
        DomNode *tbody = hasSingleTagInside(table, u"tbody") ? table->firstElementChild() : table;
        if (!hasSingleTagInside(tbody, u"tr"))
            continue;
        DomNode *row = tbody->firstElementChild();
        if (!hasSingleTagInside(row, u"td"))
            continue;
        DomNode *cell = row->firstElementChild();
        bool allPhrasing = true;
        for (const DomNode *c = cell->firstChild; c; c = c->next)
            allPhrasing = allPhrasing && isPhrasingContent(c);
        cell->tag = allPhrasing ? QStringLiteral("p") : QStringLiteral("div");
        table->replaceWith(cell);
    }
}

void ArticleCleaner::markDataTables(DomNode *article)
{
    for (DomNode *table : article->descendants(u"table"))
        table->dataTable = isDataTable(table);
}

void ArticleCleaner::fixLazyImages(DomNode *article)
{
    static const QRegularExpression srcsetValue(QStringLiteral(R"(\.(jpg|jpeg|png|webp)\s+\d)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srcValue(QStringLiteral(R"(^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (DomNode *img : article->descendants(QStringList{QStringLiteral("img"), QStringLiteral("picture"),
                                                          QStringLiteral("figure")})) {
        const QString src = img->attribute(u"src");
        // Tiny base64 placeholders (a 1x1 gif) hide the real image in another attribute.
        if (src.startsWith(QLatin1String("data:")) && src.size() < 133 + 30 && img->attributes.size() > 1) {
            for (const auto &[name, value] : img->attributes) {
                if (name != QLatin1String("src") && srcValue.match(value).hasMatch()) {
                    img->removeAttribute(u"src");
                    break;
                }
            }
        }
        if ((img->hasAttribute(u"src") || img->hasAttribute(u"srcset"))
            && !img->attribute(u"class").toLower().contains(QLatin1String("lazy")))
            continue;
        const auto attributes = img->attributes;
        for (const auto &[name, value] : attributes) {
            if (name == QLatin1String("src") || name == QLatin1String("srcset") || name == QLatin1String("alt"))
                continue;
            QString copyTo;
            if (srcsetValue.match(value).hasMatch())
                copyTo = QStringLiteral("srcset");
            else if (srcValue.match(value).hasMatch())
                copyTo = QStringLiteral("src");
            if (copyTo.isEmpty())
                continue;
            if (img->is(u"img") || img->is(u"picture")) {
                img->setAttribute(copyTo, value);
            } else if (img->is(u"figure") && img->descendants(QStringList{QStringLiteral("img"), QStringLiteral("picture")}).isEmpty()) {
                DomNode *child = m_document.createElement(QStringLiteral("img"));
                child->setAttribute(copyTo, value);
                img->appendChild(child);
            }
        }
    }
}

void ArticleCleaner::removeTags(DomNode *article, const QStringList &tags)
{
    const bool isEmbed = tags.contains(QStringLiteral("object")) || tags.contains(QStringLiteral("embed"))
                         || tags.contains(QStringLiteral("iframe"));
    qsizetype articleLength = -1; // measured once, when an aside or a footer asks
    for (DomNode *node : article->descendants(tags)) {
        if (!article->contains(node))
            continue;
        // An <aside> or <footer> left open by the page's markup holds the rest of the page, the
        // story with it: what holds most of the article's text is no aside.
        if (node->is(u"aside") || node->is(u"footer")) {
            if (articleLength < 0)
                articleLength = innerTextLength(article);
            if (2 * innerTextLength(node) > articleLength)
                continue;
        }
        if (isEmbed) {
            // Video embeds stay in Readability's output; the serializer drops the frame itself,
            // so keeping them here only preserves their captions and surroundings.
            bool video = false;
            for (const auto &attr : std::as_const(node->attributes))
                video = video || videos().match(attr.second).hasMatch();
            if (video)
                continue;
        }
        node->detach();
    }
}

void ArticleCleaner::cleanShareElements(DomNode *article)
{
    for (DomNode *top : article->elementChildren()) {
        DomNode *end = top->following(true);
        for (DomNode *node = top; node && node != end;) {
            if (node->isElement() && shareElements().match(node->matchString()).hasMatch()
                && node->textContent().size() < ShareElementThreshold) {
                DomNode *next = node->following(true);
                node->detach();
                node = next;
                continue;
            }
            node = node->following();
        }
    }
}

void ArticleCleaner::cleanHeaders(DomNode *article)
{
    for (DomNode *header : article->descendants(QStringList{QStringLiteral("h1"), QStringLiteral("h2")})) {
        if (classWeight(header, m_flags) < 0)
            header->detach();
    }
}

void ArticleCleaner::removeEmptyParagraphs(DomNode *article)
{
    for (DomNode *p : article->descendants(u"p")) {
        const bool hasMedia = !p->descendants(QStringList{QStringLiteral("img"), QStringLiteral("embed"),
                                                           QStringLiteral("object"), QStringLiteral("iframe")})
                                   .isEmpty();
        if (!hasMedia && innerText(p).isEmpty())
            p->detach();
    }
}

void ArticleCleaner::cleanConditionally(DomNode *article, const QString &tag)
{
    if (!(m_flags & CleanConditionally))
        return;
    // Readability walks these in reverse document order so inner lists go before outer ones.
    QList<DomNode *> nodes = article->descendants(tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        DomNode *node = *it;
        if (article->contains(node) && shouldRemoveConditionally(node, tag)) {
            qCDebug(lcImport).noquote() << "cleaned [conditionally]" << tag << innerText(node);
            node->detach();
        }
    }
}

bool ArticleCleaner::shouldRemoveConditionally(DomNode *node, const QString &tag)
{
    static const QRegularExpression adWords(QStringLiteral("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression loadingWords(QStringLiteral("^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"),
                                                 QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    bool isList = tag == QLatin1String("ul") || tag == QLatin1String("ol");
    const QString text = innerText(node);
    if (!isList) {
        qsizetype listLength = 0;
        for (const DomNode *list : node->descendants(QStringList{QStringLiteral("ul"), QStringLiteral("ol")}))
            listLength += innerTextLength(list);
        isList = !text.isEmpty() && double(listLength) / double(text.size()) > 0.9;
    }
    if (tag == QLatin1String("table") && node->dataTable)
        return false;
    if (hasAncestorDataTable(node) || node->hasAncestor(u"code"))
        return false;
    for (const DomNode *table : node->descendants(u"table")) {
        if (table->dataTable)
            return false;
    }
    const int weight = classWeight(node, m_flags);
    if (weight < 0)
        return true;
    if (text.count(QLatin1Char(',')) >= 10)
        return false;
    const qsizetype p = node->descendants(u"p").size();
    const qsizetype img = node->descendants(u"img").size();
    const qsizetype li = node->descendants(u"li").size() - 100;
    const qsizetype input = node->descendants(u"input").size();
    const double headingDensity = textDensity(node, {QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
                                                     QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6")});
    int embedCount = 0;
    for (const DomNode *embed : node->descendants(QStringList{QStringLiteral("object"), QStringLiteral("embed"),
                                                               QStringLiteral("iframe")})) {
        bool video = false;
        for (const auto &attr : embed->attributes)
            video = video || videos().match(attr.second).hasMatch();
        if (video)
            return false;
        ++embedCount;
    }
    if (adWords.match(text).hasMatch() || loadingWords.match(text).hasMatch())
        return true;
    const qsizetype contentLength = text.size();
    const double density = linkDensity(node);
    const bool inFigure = node->hasAncestor(u"figure");
    bool remove = (img > 1 && double(p) / double(img) < 0.5 && !inFigure) || (!isList && li > p)
                  || (input > p / 3) || (!isList && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && !inFigure)
                  || (!isList && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5)
                  || ((embedCount == 1 && contentLength < 75) || embedCount > 1);
    // Image galleries are lists of pictures, not navigation.
    if (isList && remove) {
        for (const DomNode *child : node->elementChildren()) {
            if (child->elementChildCount() > 1)
                return remove;
        }
        if (img == node->descendants(u"li").size())
            return false;
    }
    return remove;
}

} // namespace Quoteshelf::Import
