#include "import/htmlserializer.h"

#include "import/assetcollector.h"
#include "import/domnode.h"
#include "import/htmltags.h"

#include <QRegularExpression>

#include <algorithm>

namespace Quoteshelf::Import {

using namespace HtmlTags;

namespace {

constexpr int HasBlockFlag = 0x100;

bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
           || c == QLatin1Char('\f');
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text)
        count -= c.isHighSurrogate() ? 1 : 0;
    return count;
}

} // namespace

HtmlSerializer::HtmlSerializer(AssetCollector &assets)
    : m_assets(assets)
{
}

bool HtmlSerializer::isDroppedTag(const QString &tag)
{
    return HtmlTags::droppedTags().contains(tag);
}

QString HtmlSerializer::sanitizeUrl(const QString &raw, const QUrl &base)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('#')))
        return trimmed;
    QUrl url(trimmed);
    if (!url.isValid())
        return {};
    if (url.isRelative() && base.isValid() && !base.isRelative())
        url = base.resolved(url);
    const QString scheme = url.scheme().toLower();
    if (!scheme.isEmpty() && scheme != QLatin1String("http") && scheme != QLatin1String("https")
        && scheme != QLatin1String("mailto"))
        return {}; // javascript:, data:, vbscript:, file: ...
    return url.toString(QUrl::FullyEncoded);
}

void HtmlSerializer::markBlockAncestors(const DomNode *root)
{
    const DomNode *end = root->following(true);
    for (const DomNode *n = root; n && n != end; n = n->following())
        n->flags &= ~HasBlockFlag;
    for (const DomNode *n = root->firstChild; n && n != end;) {
        if (n->isElement() && droppedTags().contains(n->tag)) {
            n = n->following(true);
            continue;
        }
        if (n->isElement() && isBlockTag(n->tag)) {
            for (const DomNode *p = n->parent; p && !(p->flags & HasBlockFlag); p = p->parent) {
                p->flags |= HasBlockFlag;
                if (p == root)
                    break;
            }
        }
        n = n->following();
    }
}

void HtmlSerializer::serialize(const DomNode *root)
{
    markBlockAncestors(root);
    m_stack.clear();
    m_stack.push_back({root, Role::Transparent, {}, m_html.size()});
    const DomNode *node = root->firstChild;
    while (!m_stack.empty()) {
        if (node) {
            node = visit(node);
            continue;
        }
        if (!m_stack.back().node) {
            closeFrame(); // an anonymous paragraph ends with its container
            continue;
        }
        const DomNode *done = m_stack.back().node;
        closeFrame();
        if (m_stack.empty() || done == root)
            break;
        node = done->next;
    }
}

bool HtmlSerializer::inInlineContext() const
{
    const Role role = m_stack.back().role;
    return role == Role::Leaf || role == Role::Inline;
}

const DomNode *HtmlSerializer::visit(const DomNode *node)
{
    if (node->isText()) {
        if (inInlineContext()) {
            emitText(node->text);
        } else if (m_stack.back().role != Role::Structural
                   && std::any_of(node->text.cbegin(), node->text.cend(), [](QChar c) { return !isAsciiSpace(c); })) {
            openAnonymous();
            emitText(node->text);
        }
        return node->next;
    }
    if (!node->isElement() || droppedTags().contains(node->tag) || isHidden(node))
        return node->next;
    const QString &tag = node->tag;
    const bool block = isBlockTag(tag) || (node->flags & HasBlockFlag);
    if (!block) {
        if (!inInlineContext()) {
            if (m_stack.back().role == Role::Structural)
                return node->next;
            openAnonymous();
        }
        if (tag == QLatin1String("br")) {
            m_html += QLatin1String("<br>");
            m_pendingBreak = m_segmentOpen;
            return node->next;
        }
        if (tag == QLatin1String("img")) {
            emitImage(node);
            return node->next;
        }
        openFrame(node, Role::Inline, inlineTags().contains(tag) ? tag : QString());
        return node->firstChild;
    }
    while (!m_stack.back().node)
        closeFrame();
    if (tag == QLatin1String("hr"))
        return node->next;
    if (tag == QLatin1String("pre")) {
        emitPre(node);
        return node->next;
    }
    const bool hasBlock = node->flags & HasBlockFlag;
    if (structuralTags().contains(tag))
        openFrame(node, Role::Structural, tag);
    else if (flexibleTags().contains(tag))
        openFrame(node, hasBlock ? Role::Container : Role::Leaf, tag);
    else if (leafTags().contains(tag))
        openFrame(node, hasBlock ? Role::Transparent : Role::Leaf,
                  hasBlock ? QString() : (tag == QLatin1String("h1") ? QStringLiteral("h2") : tag));
    else
        openFrame(node, hasBlock ? Role::Transparent : Role::Leaf, hasBlock ? QString() : QStringLiteral("p"));
    return node->firstChild;
}

void HtmlSerializer::openFrame(const DomNode *node, Role role, const QString &tag)
{
    Frame frame;
    frame.node = node;
    frame.role = role;
    if (role == Role::Inline && !tag.isEmpty() && m_segmentOpen && (m_pendingSpace || m_pendingBreak)) {
        // The space belongs before the tag, not inside the link or emphasis.
        const QString separator = m_pendingBreak ? QStringLiteral("\n") : QStringLiteral(" ");
        appendPlain(separator);
        m_html += separator;
        m_pendingSpace = false;
        m_pendingBreak = false;
    }
    frame.htmlStart = m_html.size();
    if (!tag.isEmpty()) {
        m_html += QLatin1Char('<') + tag;
        if (role != Role::Inline)
            frame.attrPos = m_html.size();
        if (node)
            m_html += copiedAttributes(node);
        m_html += QLatin1Char('>');
        frame.closeTag = QLatin1String("</") + tag + QLatin1Char('>');
    }
    if (role == Role::Leaf) {
        frame.kind = leafKind(node ? node->tag : QStringLiteral("p"));
        m_segmentOpen = false;
        m_pendingSpace = false;
        m_pendingBreak = false;
    }
    if (node && node->is(u"blockquote"))
        ++m_quoteDepth;
    if (node && node->is(u"li"))
        ++m_listDepth;
    if (node && node->is(u"figcaption"))
        ++m_captionDepth;
    m_stack.push_back(frame);
}

void HtmlSerializer::openAnonymous()
{
    openFrame(nullptr, Role::Leaf, QStringLiteral("p"));
}

void HtmlSerializer::closeFrame()
{
    Frame frame = m_stack.back();
    m_stack.pop_back();
    if (frame.node && frame.node->is(u"blockquote"))
        --m_quoteDepth;
    if (frame.node && frame.node->is(u"li"))
        --m_listDepth;
    if (frame.node && frame.node->is(u"figcaption"))
        --m_captionDepth;

    if (frame.role == Role::Inline) {
        m_html += frame.closeTag;
    } else if (frame.role == Role::Leaf) {
        if (m_segmentOpen) {
            frame.first = m_segmentStart;
            frame.last = m_length;
            m_blocks.append({frame.kind, m_segmentStart, m_length});
        }
        m_segmentOpen = false;
        m_pendingSpace = false;
        m_pendingBreak = false;
        if (frame.first < 0 && !frame.hasImage) {
            m_html.truncate(frame.htmlStart);
            return;
        }
        if (frame.first < 0 && !frame.node) {
            // Images with no text around them need no paragraph.
            m_html.remove(frame.htmlStart, 3); // "<p>"
            m_html += QLatin1Char('\n');
            frame.attrPos = -1;
            frame.closeTag.clear();
        }
    } else if (frame.first < 0 && !frame.hasImage) {
        m_html.truncate(frame.htmlStart);
        return;
    }
    if (frame.attrPos >= 0) {
        const qsizetype start = frame.first >= 0 ? frame.first : m_length;
        const qsizetype end = frame.first >= 0 ? frame.last : m_length;
        m_html.insert(frame.attrPos, QStringLiteral(" data-qs-start=\"%1\" data-qs-end=\"%2\"").arg(start).arg(end));
    }
    if (frame.role != Role::Inline && !frame.closeTag.isEmpty())
        m_html += frame.closeTag + QLatin1Char('\n');
    if (!m_stack.empty()) {
        Frame &parent = m_stack.back();
        if (frame.first >= 0) {
            if (parent.first < 0)
                parent.first = frame.first;
            parent.last = frame.last;
        }
        parent.hasImage = parent.hasImage || frame.hasImage;
    }
}

void HtmlSerializer::appendPlain(const QString &text)
{
    m_text += text;
    m_length += codePoints(text);
}

void HtmlSerializer::startSegment()
{
    if (!m_text.isEmpty())
        appendPlain(QStringLiteral("\n\n"));
    m_segmentStart = m_length;
    m_segmentOpen = true;
    m_pendingSpace = false;
    m_pendingBreak = false;
}

void HtmlSerializer::emitText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const auto flush = [&] {
        if (out.isEmpty())
            return;
        appendPlain(out);
        m_html += out.toHtmlEscaped();
        out.clear();
    };
    for (const QChar c : text) {
        if (isAsciiSpace(c)) {
            m_pendingSpace = m_segmentOpen;
            continue;
        }
        if (!m_segmentOpen) {
            flush();
            startSegment();
        } else if (m_pendingBreak) {
            out += QLatin1Char('\n');
        } else if (m_pendingSpace) {
            out += QLatin1Char(' ');
        }
        m_pendingSpace = false;
        m_pendingBreak = false;
        out += c;
    }
    flush();
}

void HtmlSerializer::emitImage(const DomNode *img)
{
    QStringList candidates{img->attribute(u"src")};
    for (const char *attr : {"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset"}) {
        const QString value = img->attribute(QString::fromLatin1(attr));
        if (!value.isEmpty())
            candidates.append(value.section(QLatin1Char(','), 0, 0).trimmed().section(QLatin1Char(' '), 0, 0));
    }
    // An inline data: image next to a real address is a lazy-loading placeholder (a blank pixel
    // until a script swaps it): the real image first, the placeholder only when nothing else is there.
    std::stable_partition(candidates.begin(), candidates.end(), [](const QString &src) {
        return !src.trimmed().startsWith(QLatin1String("data:"), Qt::CaseInsensitive);
    });
    QString name;
    for (const QString &src : std::as_const(candidates)) {
        name = m_assets.resolve(src);
        if (name.isEmpty())
            continue;
        if (src.trimmed().startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
            m_assets.markMissing(candidates); // the real image, should a URL import fetch it
        break;
    }
    if (name.isEmpty()) {
        // Remote or missing: never fetched here (a URL import fetches it and reads the page again).
        m_assets.markMissing(candidates);
        return;
    }
    m_html += QStringLiteral("<img src=\"assets/%1\" alt=\"%2\">").arg(name, img->attribute(u"alt").toHtmlEscaped());
    m_stack.back().hasImage = true;
    if (m_firstImage.isEmpty())
        m_firstImage = name;
}

void HtmlSerializer::emitPre(const DomNode *pre)
{
    QString code;
    QString language;
    static const QRegularExpression languageClass(QStringLiteral(R"((?:^|\s)(?:language|lang)-([\w+#.-]+))"));
    const auto takeLanguage = [&](const DomNode *n) {
        const auto match = languageClass.match(n->attribute(u"class"));
        if (language.isEmpty() && match.hasMatch())
            language = match.captured(1);
    };
    takeLanguage(pre);
    const DomNode *end = pre->following(true);
    for (const DomNode *n = pre->firstChild; n && n != end;) {
        if (n->isElement() && droppedTags().contains(n->tag)) {
            n = n->following(true);
            continue;
        }
        if (n->isText())
            code += n->text;
        else if (n->is(u"br"))
            code += QLatin1Char('\n');
        else if (n->is(u"code"))
            takeLanguage(n);
        n = n->following();
    }
    code.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (code.startsWith(QLatin1Char('\n')))
        code.remove(0, 1);
    while (!code.isEmpty() && code.back().isSpace())
        code.chop(1);
    if (code.trimmed().isEmpty())
        return;
    if (!m_text.isEmpty())
        appendPlain(QStringLiteral("\n\n"));
    const qsizetype start = m_length;
    appendPlain(code);
    m_blocks.append({Block::Kind::Code, start, m_length});
    const QString codeClass = language.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" class=\"language-%1\"").arg(language.toHtmlEscaped());
    m_html += QStringLiteral("<pre data-qs-start=\"%1\" data-qs-end=\"%2\"><code%3>%4</code></pre>\n")
                  .arg(start).arg(m_length).arg(codeClass, code.toHtmlEscaped());
    Frame &parent = m_stack.back();
    if (parent.first < 0)
        parent.first = start;
    parent.last = m_length;
}

Block::Kind HtmlSerializer::leafKind(const QString &tag) const
{
    if (tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1).isDigit())
        return Block::Kind::Heading;
    // A caption set as paragraphs (<figcaption><p>The pier.</p><p>Photo: …</p>) is a caption
    // in each of them, not running text.
    if (tag == QLatin1String("figcaption") || tag == QLatin1String("caption") || m_captionDepth > 0)
        return Block::Kind::Caption;
    if (m_quoteDepth > 0 || tag == QLatin1String("blockquote"))
        return Block::Kind::Quote;
    if (m_listDepth > 0 || tag == QLatin1String("li") || tag == QLatin1String("dt") || tag == QLatin1String("dd"))
        return Block::Kind::List;
    return Block::Kind::Paragraph;
}

QString HtmlSerializer::copiedAttributes(const DomNode *node) const
{
    QString out;
    const auto add = [&out](QLatin1String name, const QString &value) {
        out += QLatin1Char(' ') + name + QLatin1String("=\"") + value.toHtmlEscaped() + QLatin1Char('"');
    };
    const QString &tag = node->tag;
    if (tag == QLatin1String("a")) {
        const QString href = sanitizeUrl(node->attribute(u"href"), m_linkBase);
        if (!href.isEmpty())
            add(QLatin1String("href"), href);
    } else if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
        for (const char *name : {"colspan", "rowspan"}) {
            bool ok = false;
            const int span = node->attribute(QString::fromLatin1(name)).toInt(&ok);
            if (ok && span > 1 && span < 1000)
                add(QLatin1String(name), QString::number(span));
        }
    } else if (tag == QLatin1String("ol")) {
        bool ok = false;
        const int start = node->attribute(u"start").toInt(&ok);
        if (ok)
            add(QLatin1String("start"), QString::number(start));
    } else if (tag == QLatin1String("abbr")) {
        if (node->hasAttribute(u"title"))
            add(QLatin1String("title"), node->attribute(u"title"));
    }
    const QString dir = node->attribute(u"dir").toLower();
    if (dir == QLatin1String("rtl") || dir == QLatin1String("ltr"))
        add(QLatin1String("dir"), dir);
    return out;
}

} // namespace Quoteshelf::Import
