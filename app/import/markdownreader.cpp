#include "import/markdownreader.h"

#include "import/assetcollector.h"
#include "import/charset.h"
#include "import/domnode.h"
#include "import/htmldocument.h"
#include "import/htmlserializer.h"
#include "import/metadata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Quoteshelf::Import {

namespace {

// Block quotes and lists recurse; past this depth their content is treated as plain paragraphs.
constexpr int MaxNesting = 16;

QString inlineToHtml(const QString &text)
{
    // Code spans first: their content is literal.
    static const QRegularExpression codeSpan(QStringLiteral("(`+)(.+?)\\1"));
    QString out;
    qsizetype pos = 0;
    auto it = codeSpan.globalMatch(text);
    const auto formatRun = [](QString run) {
        run = run.toHtmlEscaped();
        static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\(\s*([^\s)]+)(?:\s+&quot;[^)]*&quot;)?\s*\))"));
        static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\(\s*([^\s)]+)(?:\s+&quot;[^)]*&quot;)?\s*\))"));
        static const QRegularExpression autolink(QStringLiteral(R"(&lt;((?:https?|mailto):[^\s&]+)&gt;)"));
        static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
        static const QRegularExpression emphasis(QStringLiteral(R"((?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*]))"));
        static const QRegularExpression strike(QStringLiteral(R"(~~(?=\S)(.+?)(?<=\S)~~)"));
        static const QRegularExpression hardBreak(QStringLiteral(R"((?:  +|\\)\n)"));
        run.replace(image, QStringLiteral("<img alt=\"\\1\" src=\"\\2\">"));
        run.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
        run.replace(autolink, QStringLiteral("<a href=\"\\1\">\\1</a>"));
        run.replace(strong, QStringLiteral("<strong>\\2</strong>"));
        run.replace(emphasis, QStringLiteral("<em>\\2</em>"));
        run.replace(strike, QStringLiteral("<del>\\1</del>"));
        run.replace(hardBreak, QStringLiteral("<br>\n"));
        return run;
    };
    while (it.hasNext()) {
        const auto match = it.next();
        out += formatRun(text.mid(pos, match.capturedStart() - pos));
        out += QLatin1String("<code>") + match.captured(2).trimmed().toHtmlEscaped() + QLatin1String("</code>");
        pos = match.capturedEnd();
    }
    out += formatRun(text.mid(pos));
    return out;
}

struct ListMarker
{
    bool ordered = false;
    qsizetype width = 0; // marker plus following spaces
};

std::optional<ListMarker> listMarker(const QString &line)
{
    static const QRegularExpression marker(QStringLiteral(R"(^( {0,3})([-*+]|\d{1,9}[.)])( +|$))"));
    const auto match = marker.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return ListMarker{match.captured(2).front().isDigit(), match.capturedLength()};
}

bool isFence(const QString &line, QString *fence, QString *info)
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,})\s*([^`\s]*).*$)"));
    const auto match = re.match(line);
    if (!match.hasMatch())
        return false;
    *fence = match.captured(1);
    *info = match.captured(2);
    return true;
}

bool isRule(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}([-*_])(\s*\1){2,}\s*$)"));
    return re.match(line).hasMatch();
}

QString stripIndent(const QString &line, qsizetype width)
{
    qsizetype i = 0;
    while (i < width && i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return line.mid(i);
}

QString blocksToHtml(const QStringList &lines, int depth);

QString paragraph(const QStringList &lines)
{
    return QLatin1String("<p>") + inlineToHtml(lines.join(QLatin1Char('\n')).trimmed()) + QLatin1String("</p>\n");
}

QString blocksToHtml(const QStringList &lines, int depth)
{
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$)"));
    static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)\s*$)"));
    QString html;
    QStringList para;
    const auto flush = [&] {
        if (!para.isEmpty())
            html += paragraph(para);
        para.clear();
    };
    qsizetype i = 0;
    while (i < lines.size()) {
        const QString &line = lines.at(i);
        QString fence, info;
        if (line.trimmed().isEmpty()) {
            flush();
            ++i;
        } else if (isFence(line, &fence, &info)) {
            flush();
            QStringList code;
            for (++i; i < lines.size() && !lines.at(i).trimmed().startsWith(fence); ++i)
                code.append(lines.at(i));
            ++i;
            const QString cls = info.isEmpty() ? QString() : QStringLiteral(" class=\"language-%1\"").arg(info.toHtmlEscaped());
            html += QStringLiteral("<pre><code%1>%2</code></pre>\n").arg(cls, code.join(QLatin1Char('\n')).toHtmlEscaped());
        } else if (para.isEmpty() && (line.startsWith(QLatin1String("    ")) || line.startsWith(QLatin1Char('\t')))) {
            QStringList code;
            for (; i < lines.size() && (lines.at(i).trimmed().isEmpty() || lines.at(i).startsWith(QLatin1String("    "))
                                        || lines.at(i).startsWith(QLatin1Char('\t')));
                 ++i)
                code.append(lines.at(i).startsWith(QLatin1Char('\t')) ? lines.at(i).mid(1) : lines.at(i).mid(4));
            while (!code.isEmpty() && code.last().trimmed().isEmpty())
                code.removeLast();
            html += QStringLiteral("<pre><code>%1</code></pre>\n").arg(code.join(QLatin1Char('\n')).toHtmlEscaped());
        } else if (const auto m = atx.match(line); m.hasMatch()) {
            flush();
            const int level = int(m.capturedLength(1));
            html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(inlineToHtml(m.captured(2)));
            ++i;
        } else if (!para.isEmpty() && setext.match(line).hasMatch()) {
            const int level = line.trimmed().startsWith(QLatin1Char('=')) ? 1 : 2;
            html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(inlineToHtml(para.join(QLatin1Char(' ')).trimmed()));
            para.clear();
            ++i;
        } else if (isRule(line)) {
            flush();
            html += QLatin1String("<hr>\n");
            ++i;
        } else if (line.trimmed().startsWith(QLatin1Char('>')) && depth < MaxNesting) {
            flush();
            QStringList quoted;
            for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
                QString inner = lines.at(i).trimmed();
                if (inner.startsWith(QLatin1Char('>')))
                    inner = inner.mid(inner.size() > 1 && inner.at(1) == QLatin1Char(' ') ? 2 : 1);
                quoted.append(inner);
            }
            html += QLatin1String("<blockquote>\n") + blocksToHtml(quoted, depth + 1) + QLatin1String("</blockquote>\n");
        } else if (const auto marker = listMarker(line); marker && depth < MaxNesting) {
            flush();
            const bool ordered = marker->ordered;
            html += ordered ? QLatin1String("<ol>\n") : QLatin1String("<ul>\n");
            while (i < lines.size()) {
                const auto itemMarker = listMarker(lines.at(i));
                if (!itemMarker || itemMarker->ordered != ordered)
                    break;
                QStringList item{lines.at(i).mid(itemMarker->width)};
                const qsizetype indent = std::max<qsizetype>(itemMarker->width, 2);
                for (++i; i < lines.size(); ++i) {
                    const QString &next = lines.at(i);
                    const bool indented = next.startsWith(QString(indent, QLatin1Char(' '))) || next.startsWith(QLatin1Char('\t'));
                    if (next.trimmed().isEmpty()) {
                        if (i + 1 < lines.size() && (lines.at(i + 1).startsWith(QString(indent, QLatin1Char(' ')))))
                            item.append(QString());
                        else
                            break;
                    } else if (indented) {
                        item.append(stripIndent(next, indent));
                    } else if (!listMarker(next) && !item.last().trimmed().isEmpty()) {
                        item.append(next); // lazy continuation
                    } else {
                        break;
                    }
                }
                while (i < lines.size() && lines.at(i).trimmed().isEmpty() && i + 1 < lines.size() && listMarker(lines.at(i + 1)))
                    ++i;
                QString inner = blocksToHtml(item, depth + 1);
                // A tight item is one paragraph: no <p> inside the <li>.
                if (inner.startsWith(QLatin1String("<p>")) && inner.count(QLatin1String("<p>")) == 1)
                    inner = inner.mid(3).replace(QLatin1String("</p>\n"), QLatin1String("\n"));
                html += QLatin1String("<li>") + inner + QLatin1String("</li>\n");
            }
            html += ordered ? QLatin1String("</ol>\n") : QLatin1String("</ul>\n");
        } else {
            para.append(line);
            ++i;
        }
    }
    flush();
    return html;
}

} // namespace

MarkdownReader::MarkdownReader(AssetCollector &assets)
    : m_assets(assets)
{
}

QString MarkdownReader::toHtml(const QString &markdown)
{
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return blocksToHtml(text.split(QLatin1Char('\n')), 0);
}

ReadResult MarkdownReader::read(const QByteArray &data, const QString &fileName) const
{
    ReadResult result;
    Article &article = result.article;
    article.format = QStringLiteral("markdown");
    QString text = Charset::decode(data);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    // YAML front matter: only the simple "key: value" lines matter.
    static const QRegularExpression frontMatter(QStringLiteral("^---\\n(.*?)\\n(?:---|\\.\\.\\.)\\n"),
                                                QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = frontMatter.match(text); m.hasMatch()) {
        for (const QString &line : m.captured(1).split(QLatin1Char('\n'))) {
            const QString key = line.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
            QString value = line.section(QLatin1Char(':'), 1).trimmed();
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
                && value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            if (key == QLatin1String("title"))
                article.title = value;
            else if (key == QLatin1String("author"))
                article.byline = value;
            else if (key == QLatin1String("date"))
                article.published = Metadata::parseDate(value);
            else if (key == QLatin1String("lang") || key == QLatin1String("language"))
                article.lang = value;
        }
        text = text.mid(m.capturedLength());
    }

    HtmlDocument document(QLatin1String("<!DOCTYPE html><html><body>") + toHtml(text) + QLatin1String("</body></html>"));
    DomNode *body = document.body();
    if (!body)
        return {{}, QCoreApplication::translate("Import", "the Markdown file could not be read")};
    // A first-level heading opening the document is the title, not body text.
    DomNode *first = body->firstElementChild();
    if (first && first->is(u"h1")) {
        if (article.title.isEmpty())
            article.title = first->textContent().simplified();
        first->detach();
    }
    if (article.title.isEmpty())
        article.title = QFileInfo(fileName).completeBaseName();

    HtmlSerializer serializer(m_assets);
    serializer.serialize(body);
    article.text = serializer.text();
    article.html = serializer.html();
    article.blocks = serializer.blocks();
    article.assets = m_assets.assets();
    article.leadImage = serializer.firstImage();
    return result;
}

} // namespace Quoteshelf::Import
