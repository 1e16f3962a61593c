#include "export/clipboardmarkdown.h"

#include "export/exportcontext.h"
#include "export/markdowntext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export {

namespace {

QString linkText(const QString &text)
{
    // Brackets would end the link text early.
    return MarkdownText::escape(MarkdownText::oneLine(text)).replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
}

QString attribution(const QString &name, const QString &role)
{
    QString line = u"— "_s + MarkdownText::oneLine(name);
    if (!role.trimmed().isEmpty())
        line += u", "_s + MarkdownText::oneLine(role);
    return line;
}

QString highlightBlock(const ExportArticle &article, const ExportHighlight &h, bool withTitle)
{
    QString quote = MarkdownText::escape(h.text);
    if (!h.speaker.isEmpty())
        quote += u"\n\n"_s + attribution(h.speaker, h.speakerRole);
    QStringList parts { MarkdownText::blockquote(quote) };
    if (!h.note.trimmed().isEmpty())
        parts.append(h.note.trimmed());
    QStringList footer;
    if (!h.tags.isEmpty())
        footer.append(MarkdownText::hashtags(h.tags));
    const QString label
        = withTitle ? linkText(article.title.isEmpty() ? u"Quoteshelf"_s : article.title) : u"open in Quoteshelf"_s;
    footer.append(u"[%1](%2)"_s.arg(label, highlightLink(article.id, h.id)));
    parts.append(footer.join(u" · "_s));
    return parts.join(u"\n\n"_s);
}

} // namespace

QString highlightMarkdown(const ExportArticle &article, const ExportHighlight &highlight)
{
    return highlightBlock(article, highlight, true) + u'\n';
}

QString quoteMarkdown(const ExportArticle &article, const ExportSpeaker &speaker, const ExportQuote &quote)
{
    QString text = MarkdownText::escape(quote.text);
    const QString source = u"[%1](%2)"_s.arg(linkText(article.title.isEmpty() ? u"Quoteshelf"_s : article.title),
                                             article.url.isEmpty() ? articleLink(article.id) : article.url);
    text += u"\n\n"_s + (speaker.name.isEmpty() ? u"—"_s : attribution(speaker.name, speaker.role)) + u", in "_s
        + source;
    return MarkdownText::blockquote(text) + u'\n';
}

QString articleNotesMarkdown(const ExportData &data)
{
    const ExportArticle &a = data.article;
    QStringList parts { u"# "_s + MarkdownText::escape(MarkdownText::oneLine(a.title)) };
    QStringList links { u"[Open in Quoteshelf](%1)"_s.arg(articleLink(a.id)) };
    if (!a.url.isEmpty())
        links.append(u"[Source](%1)"_s.arg(a.url));
    parts.append(links.join(u" · "_s));
    if (!a.note.trimmed().isEmpty())
        parts.append(a.note.trimmed());
    if (!data.highlights.isEmpty()) {
        parts.append(u"## Highlights"_s);
        for (const ExportHighlight &h : data.highlights)
            parts.append(highlightBlock(a, h, false));
    }
    return parts.join(u"\n\n"_s) + u'\n';
}

} // namespace Quoteshelf::Export
