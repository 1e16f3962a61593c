#include "render/readerpage.h"

#include "library/records.h"
#include "render/highlightservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Quoteshelf::Render {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString metaLine(const Library::ArticleRecord &article)
{
    QStringList parts;
    if (!article.summary.siteName.isEmpty())
        parts << escaped(article.summary.siteName);
    const QDateTime published = QDateTime::fromString(article.summary.published, Qt::ISODate);
    if (published.isValid())
        parts << escaped(QLocale().toString(published.date(), QLocale::LongFormat));
    const int minutes = readingMinutes(article.summary.wordCount);
    parts << escaped(QCoreApplication::translate("Render", "%n min read", nullptr, minutes));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

int readingMinutes(int wordCount)
{
    return qMax(1, (wordCount + 115) / 230);
}

QByteArray renderReaderPage(const Library::ArticleRecord &article, const ReaderStyle &style, HighlightService *highlighter)
{
    const QString theme = (style.theme == QLatin1String("dark") || style.theme == QLatin1String("sepia"))
        ? style.theme
        : QStringLiteral("light");
    QString variables = QStringLiteral("--qs-size:%1px;--qs-line:%2;--qs-width:%3em;")
                            .arg(qBound(10, style.fontSizePx, 48))
                            .arg(qBound(1.0, style.lineHeight, 2.5))
                            .arg(qBound(20.0, style.widthEm, 80.0));
    if (style.font == QLatin1String("sans"))
        variables += QStringLiteral("--qs-font:'Noto Sans','DejaVu Sans',system-ui,sans-serif;");

    QString html;
    html.reserve(article.html.size() + 4096);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" data-theme=\"%2\" style=\"%3\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(escaped(article.lang.isEmpty() ? QStringLiteral("en") : article.lang), theme, variables);
    html += QStringLiteral(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src quoteshelf: data: blob:; "
        "media-src quoteshelf: data: blob:; style-src quoteshelf: 'unsafe-inline'; font-src quoteshelf: data:\">\n"
        "<meta http-equiv=\"x-dns-prefetch-control\" content=\"off\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<link rel=\"stylesheet\" href=\"quoteshelf://app/reader.css\">\n");
    const QString body = highlighter ? highlighter->highlightCodeBlocks(article.html) : article.html;
    if (highlighter && body.size() != article.html.size()) {
        // Colours for all three themes, so switching theme on the open page needs no reload.
        html += QStringLiteral("<style>\n");
        for (const QString &name : {QStringLiteral("light"), QStringLiteral("sepia"), QStringLiteral("dark")})
            html += QStringLiteral("html[data-theme=\"%1\"] {\n%2}\n").arg(name, highlighter->styleSheet(name));
        html += QStringLiteral("</style>\n");
    }
    html += QStringLiteral("<title>%1</title>\n</head>\n<body>\n<article class=\"qs-article\">\n<header class=\"qs-header\">\n")
                .arg(escaped(article.summary.title));
    html += QStringLiteral("<p class=\"qs-meta\">%1</p>\n").arg(metaLine(article));
    html += QStringLiteral("<h1 class=\"qs-title\">%1</h1>\n").arg(escaped(article.summary.title));
    if (!article.summary.byline.isEmpty())
        html += QStringLiteral("<p class=\"qs-byline\">%1</p>\n")
                    .arg(escaped(QCoreApplication::translate("Render", "by %1").arg(article.summary.byline)));
    html += QStringLiteral("</header>\n<div class=\"qs-body\">\n");
    html += body;
    html += QStringLiteral("\n</div>\n</article>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace Quoteshelf::Render
