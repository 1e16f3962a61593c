#include "import/htmltags.h"

#include "import/domnode.h"

#include <QRegularExpression>

namespace Quoteshelf::Import::HtmlTags {

namespace {

TagSet makeSet(std::initializer_list<const char *> names)
{
    TagSet set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

} // namespace

const TagSet &droppedTags()
{
    // rt and rp are ruby annotations (furigana, pinyin): a reading aid printed over the base text,
    // not part of the sentence a reader quotes or searches for.
    static const TagSet set = makeSet({"script", "style", "noscript", "template", "iframe", "frame", "frameset",
                                       "object", "embed", "applet", "svg", "canvas", "video", "audio", "source",
                                       "track", "map", "area", "input", "button", "select", "textarea", "option",
                                       "optgroup", "datalist", "output", "progress", "meter", "link", "meta", "base",
                                       "title", "head", "dialog", "noembed", "noframes", "param", "annotation",
                                       "annotation-xml", "portal", "slot", "rt", "rp"});
    return set;
}
const TagSet &flexibleTags()
{
    static const TagSet set = makeSet({"blockquote", "li", "dd", "td", "th", "figure"});
    return set;
}
const TagSet &leafTags()
{
    static const TagSet set = makeSet({"p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "dt"});
    return set;
}
const TagSet &structuralTags()
{
    static const TagSet set = makeSet({"ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr"});
    return set;
}
const TagSet &layoutTags()
{
    static const TagSet set = makeSet({"div", "section", "article", "main", "header", "footer", "aside", "nav",
                                       "address", "center", "details", "summary", "hgroup", "fieldset", "legend",
                                       "form", "body", "html", "menu", "dir", "hr", "pre", "search"});
    return set;
}
const TagSet &inlineTags()
{
    static const TagSet set = makeSet({"a", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small",
                                       "mark", "code", "kbd", "samp", "var", "q", "cite", "abbr", "time", "dfn",
                                       "bdi"});
    return set;
}

bool isBlockTag(const QString &tag)
{
    return flexibleTags().contains(tag) || leafTags().contains(tag) || structuralTags().contains(tag)
           || layoutTags().contains(tag);
}

bool isHidden(const DomNode *node)
{
    if (node->hasAttribute(u"hidden") || node->attribute(u"aria-hidden") == QLatin1String("true"))
        return true;
    const QString style = node->attribute(u"style");
    if (style.isEmpty())
        return false;
    static const QRegularExpression hidden(QStringLiteral(R"(display\s*:\s*none|visibility\s*:\s*hidden)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return hidden.match(style).hasMatch();
}

} // namespace Quoteshelf::Import::HtmlTags
