#include "import/htmldocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <gumbo.h>

#include <algorithm>

#include <cctype>
#include <cstring>
#include <memory>
#include <vector>

namespace Quoteshelf::Import {

namespace {

constexpr int ParserDepthLimit = 1000;

struct GumboDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

// Whether an element's own end tag is the first END_TAG (lower case) after its start tag, as it is
// for an element a browser reads as raw text.
bool endsAtFirstEndTag(const QByteArray &utf8, const GumboElement &element, QByteArrayView endTag)
{
    if (element.original_end_tag.length == 0)
        return false;
    qsizetype from = qsizetype(element.start_pos.offset) + qsizetype(element.original_tag.length);
    while ((from = utf8.indexOf("</", from)) >= 0) {
        if (QByteArrayView(utf8).sliced(from, std::min(endTag.size(), utf8.size() - from)).compare(endTag, Qt::CaseInsensitive) == 0)
            return qsizetype(element.end_pos.offset) == from;
        from += 2;
    }
    return false;
}

// Elements whose end tag is routinely omitted (or that have none): they must not count as nesting.
bool countsForNesting(QByteArrayView name)
{
    static const QByteArrayView ignored[] = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody",
                                             "tfoot", "colgroup", "rb", "rt", "rp", "optgroup", "br", "img", "hr",
                                             "meta", "link", "input", "area", "base", "col", "embed", "source",
                                             "track", "wbr", "param", "keygen"};
    for (QByteArrayView skip : ignored) {
        if (name.compare(skip, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

// Where the comment that starts at `lt` ("<!--") ends (the index after it), as the HTML tokenizer
// ends it: "<!-->" and "<!--->" are whole comments, else the first "-->" or "--!>". The scanners
// below must not skip more than gumbo does, or a pathological tag could hide in what they skip.
qsizetype commentEnd(QByteArrayView html, qsizetype lt)
{
    const QByteArrayView rest = html.sliced(lt + 4);
    if (rest.startsWith('>'))
        return lt + 5;
    if (rest.startsWith("->"))
        return lt + 6;
    const qsizetype close = rest.indexOf("-->");
    const qsizetype bang = rest.first(close < 0 ? rest.size() : close).indexOf("--!>");
    if (bang >= 0)
        return lt + 4 + bang + 4;
    return close < 0 ? html.size() : lt + 4 + close + 3;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements whose content is text up to their end tag: a '<' inside is not a tag.
bool isRawText(QByteArrayView name)
{
    static const QByteArrayView raw[] = {"script", "style", "textarea", "title", "xmp", "noembed", "noframes"};
    for (QByteArrayView r : raw) {
        if (name.compare(r, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A soft hyphen (&shy;) only tells a browser where a word may break: "Netan&shy;yahu" is one
// word, for search, for the names in it and for a highlight's text. The reader hyphenates on its own.
QString textWithoutSoftHyphens(const char *utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (std::strstr(utf8, "\xC2\xAD"))
        text.remove(QChar(0x00AD));
    return text;
}

} // namespace

HtmlDocument::HtmlDocument()
{
    m_document = &m_nodes.emplace_back();
    m_document->type = DomNode::Type::Document;
}

HtmlDocument::HtmlDocument(const QString &html, Source source)
    : HtmlDocument(html.toUtf8(), source)
{
}

HtmlDocument::HtmlDocument(const QByteArray &bytes, Source source)
    : HtmlDocument()
{
    MarkupCounts counts;
    const QByteArray utf8 = limitAttributes(bytes, MaxAttributes, &counts);
    if (counts.elements > MaxElements) {
        m_error = QCoreApplication::translate("Import", "the page has more than %L1 elements (%L2); no article has "
                                                        "that many").arg(MaxElements).arg(counts.elements);
        return;
    }
    if (source == Source::SavedPage && counts.elements > elementAllowance(bytes.size())) {
        m_error = QCoreApplication::translate("Import", "the page has %L1 elements in %2 of markup, more than %L3: far "
                                                        "more tags than an article of that size has")
                      .arg(counts.elements)
                      .arg(QLocale().formattedDataSize(bytes.size(), 1, QLocale::DataSizeSIFormat))
                      .arg(elementAllowance(bytes.size()));
        return;
    }
    if (counts.attributes > MaxTotalAttributes) {
        m_error = QCoreApplication::translate("Import", "the page's tags have more than %L1 attributes (%L2); no "
                                                        "article has that many").arg(MaxTotalAttributes).arg(counts.attributes);
        return;
    }
    parse(limitNesting(utf8, ParserDepthLimit));
    if (counts.trimmedTags > 0) {
        m_warnings.append(QCoreApplication::translate("Import", "%n element(s) had more than %1 attributes; only the "
                                                                "first %1 of each were kept", nullptr, counts.trimmedTags)
                              .arg(MaxAttributes));
    }
}

HtmlDocument::~HtmlDocument() = default;

QByteArray HtmlDocument::limitNesting(const QByteArray &utf8, int maxDepth)
{
    // A cheap tag scanner, not a tokenizer: it only has to be right about pathological inputs, and
    // the document is returned untouched unless the approximate depth exceeds the limit.
    const auto scan = [&](QByteArray *out) {
        int depth = 0;
        int maxSeen = 0;
        int suppressed = 0;
        qsizetype copied = 0;
        const qsizetype n = utf8.size();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype lt = utf8.indexOf('<', i);
            if (lt < 0)
                break;
            if (QByteArrayView(utf8).sliced(lt).startsWith("<!--")) {
                i = commentEnd(utf8, lt);
                continue;
            }
            const bool closing = lt + 1 < n && utf8[lt + 1] == '/';
            qsizetype p = lt + (closing ? 2 : 1);
            const qsizetype nameStart = p;
            while (p < n && (std::isalnum(static_cast<unsigned char>(utf8[p])) || utf8[p] == '-'))
                ++p;
            const qsizetype gt = utf8.indexOf('>', p);
            if (p == nameStart || gt < 0) {
                i = lt + 1;
                continue;
            }
            const QByteArrayView name(utf8.constData() + nameStart, p - nameStart);
            const bool selfClosing = utf8[gt - 1] == '/';
            if ((name.compare("script", Qt::CaseInsensitive) == 0 || name.compare("style", Qt::CaseInsensitive) == 0)
                && !closing) {
                const qsizetype end = utf8.indexOf("</", gt);
                i = end < 0 ? n : end;
                continue;
            }
            i = gt + 1;
            if (!countsForNesting(name) || selfClosing)
                continue;
            bool drop = false;
            if (closing) {
                if (suppressed > 0) {
                    --suppressed;
                    drop = true;
                } else if (depth > 0) {
                    --depth;
                }
            } else if (depth >= maxDepth) {
                ++suppressed;
                drop = true;
            } else {
                maxSeen = std::max(maxSeen, ++depth);
            }
            if (drop && out) {
                out->append(utf8.constData() + copied, lt - copied);
                copied = gt + 1;
            }
        }
        if (out)
            out->append(utf8.constData() + copied, utf8.size() - copied);
        return maxSeen;
    };
    if (scan(nullptr) < maxDepth)
        return utf8;
    QByteArray limited;
    limited.reserve(utf8.size());
    scan(&limited);
    return limited;
}

QByteArray HtmlDocument::limitAttributes(const QByteArray &utf8, int maxAttributes, MarkupCounts *counts)
{
    // Lexes tags the way the HTML tokenizer does (quoted values may hold '>'), so only surplus
    // attributes are dropped; text and every other byte stay as they were.
    const auto scan = [&](QByteArray *out, MarkupCounts *tally) {
        int tags = 0;
        qsizetype copied = 0;
        const qsizetype n = utf8.size();
        const char *d = utf8.constData();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype lt = utf8.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
                break;
            if (d[lt + 1] == '!' || d[lt + 1] == '?') {
                if (QByteArrayView(utf8).sliced(lt).startsWith("<!--")) {
                    i = commentEnd(utf8, lt);
                } else {
                    const qsizetype end = utf8.indexOf('>', lt + 2);
                    i = end < 0 ? n : end + 1;
                }
                continue;
            }
            const bool closing = d[lt + 1] == '/';
            qsizetype p = lt + (closing ? 2 : 1);
            if (p >= n || !isAsciiLetter(d[p])) {
                i = lt + 1;
                continue;
            }
            const qsizetype nameStart = p;
            while (p < n && !isSpace(d[p]) && d[p] != '/' && d[p] != '>')
                ++p;
            const QByteArrayView name(d + nameStart, p - nameStart);
            int count = 0;
            qsizetype cut = -1;
            while (p < n && d[p] != '>') {
                if (isSpace(d[p]) || d[p] == '/') {
                    ++p;
                    continue;
                }
                if (++count == maxAttributes + 1)
                    cut = p;
                ++p; // the first character of a name may be '='
                while (p < n && !isSpace(d[p]) && d[p] != '/' && d[p] != '>' && d[p] != '=')
                    ++p;
                qsizetype q = p;
                while (q < n && isSpace(d[q]))
                    ++q;
                if (q >= n || d[q] != '=')
                    continue;
                p = q + 1;
                while (p < n && isSpace(d[p]))
                    ++p;
                if (p < n && (d[p] == '"' || d[p] == '\'')) {
                    const qsizetype close = utf8.indexOf(d[p], p + 1);
                    p = close < 0 ? n : close + 1;
                } else {
                    while (p < n && !isSpace(d[p]) && d[p] != '>')
                        ++p;
                }
            }
            if (p >= n)
                break; // an unterminated tag: the tokenizer drops it anyway
            if (tally && !closing) {
                ++tally->elements;
                tally->attributes += std::min(count, maxAttributes);
            }
            if (cut >= 0) {
                ++tags;
                if (out) {
                    out->append(d + copied, cut - copied);
                    copied = d[p - 1] == '/' ? p - 1 : p;
                }
            }
            i = p + 1;
            if (!closing && isRawText(name)) {
                // Up to the matching end tag, case-insensitively.
                const QByteArray endTag = "</" + name.toByteArray().toLower();
                qsizetype from = i;
                qsizetype end = -1;
                while ((end = utf8.indexOf("</", from)) >= 0) {
                    if (QByteArrayView(d + end, std::min<qsizetype>(endTag.size(), n - end)).compare(endTag, Qt::CaseInsensitive) == 0)
                        break;
                    from = end + 2;
                }
                i = end < 0 ? n : end;
            }
        }
        if (out)
            out->append(d + copied, n - copied);
        return tags;
    };
    MarkupCounts tally;
    tally.trimmedTags = scan(nullptr, &tally);
    if (counts)
        *counts = tally;
    if (tally.trimmedTags == 0)
        return utf8;
    QByteArray limited;
    limited.reserve(utf8.size());
    scan(&limited, nullptr);
    return limited;
}

void HtmlDocument::parse(const QByteArray &utf8)
{
    const std::unique_ptr<GumboOutput, GumboDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
    if (!output)
        return;
    // Iterative conversion; entries are (gumbo node, parent in our tree, depth).
    struct Item
    {
        const GumboNode *node;
        DomNode *parent;
        int depth;
    };
    std::vector<Item> stack;
    // Tag and attribute names and the white space between tags repeat on every element: each is
    // one implicitly shared QString, not a copy per node (a page of many small tags is mostly these).
    QSet<QString> shared;
    const auto share = [&shared](const QString &string) {
        const auto it = shared.constFind(string);
        if (it != shared.cend())
            return *it;
        shared.insert(string);
        return string;
    };
    const GumboVector &rootChildren = output->document->v.document.children;
    for (unsigned i = rootChildren.length; i > 0; --i)
        stack.push_back({static_cast<const GumboNode *>(rootChildren.data[i - 1]), m_document, 1});
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const GumboNode *node = item.node;
        switch (node->type) {
        case GUMBO_NODE_WHITESPACE:
            item.parent->appendChild(createText(share(QString::fromUtf8(node->v.text.text))));
            break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            item.parent->appendChild(createText(textWithoutSoftHyphens(node->v.text.text)));
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &element = node->v.element;
            QString name = tagName(element);
            // A browser runs scripts, so it reads a noscript's content as text up to the first
            // "</noscript>". This parser reads it as markup: an element opened inside and left open
            // ("<noscript><div></noscript>") makes it ignore that end tag, and the rest of the page
            // ends up inside the noscript, which is dropped as a whole. A noscript that does not end
            // where a browser ends it is an ordinary container.
            if (element.tag == GUMBO_TAG_NOSCRIPT && element.children.length > 0
                && !endsAtFirstEndTag(utf8, element, "</noscript"))
                name = QStringLiteral("div");
            DomNode *el = createElement(share(name));
            el->attributes.reserve(element.attributes.length);
            for (unsigned a = 0; a < element.attributes.length; ++a) {
                const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[a]);
                el->attributes.append({share(QString::fromUtf8(attr->name).toLower()), QString::fromUtf8(attr->value)});
            }
            item.parent->appendChild(el);
            // Past the depth cap, children join this element's parent level instead of nesting.
            DomNode *childParent = item.depth >= MaxDepth ? item.parent : el;
            const int childDepth = item.depth >= MaxDepth ? item.depth : item.depth + 1;
            for (unsigned c = element.children.length; c > 0; --c)
                stack.push_back({static_cast<const GumboNode *>(element.children.data[c - 1]), childParent, childDepth});
            break;
        }
        default:
            break;
        }
    }
}

DomNode *HtmlDocument::documentElement() const
{
    return m_document->firstElementChild();
}

DomNode *HtmlDocument::head() const
{
    DomNode *html = documentElement();
    for (DomNode *c = html ? html->firstChild : nullptr; c; c = c->next) {
        if (c->is(u"head"))
            return c;
    }
    return nullptr;
}

DomNode *HtmlDocument::body() const
{
    DomNode *html = documentElement();
    for (DomNode *c = html ? html->firstChild : nullptr; c; c = c->next) {
        if (c->is(u"body"))
            return c;
    }
    return nullptr;
}

QString HtmlDocument::title() const
{
    DomNode *t = firstByTag(u"title");
    return t ? t->textContent() : QString();
}

DomNode *HtmlDocument::createElement(const QString &tag)
{
    DomNode *node = &m_nodes.emplace_back();
    node->type = DomNode::Type::Element;
    node->tag = tag;
    return node;
}

DomNode *HtmlDocument::createText(const QString &text)
{
    DomNode *node = &m_nodes.emplace_back();
    node->type = DomNode::Type::Text;
    node->text = text;
    return node;
}

DomNode *HtmlDocument::clone(const DomNode *source)
{
    const auto copyOne = [this](const DomNode *from) {
        DomNode *to = &m_nodes.emplace_back();
        to->type = from->type;
        to->tag = from->tag;
        to->text = from->text;
        to->attributes = from->attributes;
        return to;
    };
    DomNode *root = copyOne(source);
    std::vector<std::pair<const DomNode *, DomNode *>> stack{{source, root}};
    while (!stack.empty()) {
        const auto [from, to] = stack.back();
        stack.pop_back();
        for (const DomNode *c = from->firstChild; c; c = c->next) {
            DomNode *copy = copyOne(c);
            to->appendChild(copy);
            if (c->firstChild)
                stack.push_back({c, copy});
        }
    }
    return root;
}

DomNode *HtmlDocument::firstByTag(QStringView tag) const
{
    for (DomNode *n = m_document->firstChild; n; n = n->following()) {
        if (n->is(tag))
            return n;
    }
    return nullptr;
}

} // namespace Quoteshelf::Import
