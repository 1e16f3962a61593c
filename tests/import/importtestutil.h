#pragma once

// Helpers shared by the import unit tests.
#include "core/textoffsets.h"
#include "import/article.h"
#include "import/domnode.h"
#include "import/htmldocument.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

namespace ImportTest {

using namespace Quoteshelf::Import;
using Quoteshelf::Core::codePointMid;


inline const QByteArray TinyPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

inline QString collapse(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[ \\t\\n\\r\\f]+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

inline QString blockText(const Article &article, const Block &block)
{
    return codePointMid(article.text, block.start, block.end);
}

inline QStringList textsOfKind(const Article &article, Block::Kind kind)
{
    QStringList texts;
    for (const Block &block : article.blocks) {
        if (block.kind == kind)
            texts.append(blockText(article, block));
    }
    return texts;
}

// The contract the reader view relies on: every element with a data-qs range holds exactly that
// text. Returns a description of the first violation, or empty.
inline QString checkOffsets(const Article &article)
{
    HtmlDocument document(article.html);
    const Quoteshelf::Core::TextOffsets offsets(article.text); // once: a page may have 40,000 elements
    const auto mid = [&](qsizetype start, qsizetype end) {
        const qsizetype from = offsets.toUtf16(start);
        return article.text.mid(from, offsets.toUtf16(end) - from);
    };
    int checked = 0;
    for (DomNode *n = document.document(); n; n = n->following()) {
        if (!n->isElement() || !n->hasAttribute(u"data-qs-start"))
            continue;
        const qsizetype start = n->attribute(u"data-qs-start").toLongLong();
        const qsizetype end = n->attribute(u"data-qs-end").toLongLong();
        const QString inDom = collapse(n->textContent());
        const QString inText = collapse(mid(start, end));
        if (inDom != inText)
            return QStringLiteral("<%1> [%2,%3): DOM \"%4\" vs text \"%5\"").arg(n->tag).arg(start).arg(end).arg(inDom, inText);
        ++checked;
    }
    for (const Block &block : article.blocks) {
        if (block.start < 0 || block.end < block.start || block.end > offsets.codePointLength())
            return QStringLiteral("block out of range");
    }
    return checked > 0 || article.text.isEmpty() ? QString() : QStringLiteral("no element carries offsets");
}

inline QByteArray page(const QByteArray &body, const QByteArray &head = {})
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
}

inline QByteArray longParagraphs(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "<p>Paragraph number " + QByteArray::number(i)
               + " of the article says something long enough, with commas, clauses, and a point to make about it.</p>";
    return out;
}

} // namespace ImportTest
