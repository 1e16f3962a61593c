#include "import/structuredbody.h"

#include <QRegularExpression>
#include <QSet>

namespace Quoteshelf::Import::StructuredBody {

namespace {

constexpr qsizetype MinimumLength = 1000;   // code units; shorter bodies are summaries
constexpr double MaximumCoverage = 0.4;     // share of the body's words the markup's text holds

QSet<QString> words(const QString &text)
{
    QSet<QString> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetterOrNumber();
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            result.insert(text.mid(start, i - start).toCaseFolded());
            start = -1;
        }
    }
    return result;
}

double coverage(const QSet<QString> &of, const QSet<QString> &in)
{
    if (of.isEmpty())
        return 1.0;
    qsizetype held = 0;
    for (const QString &word : of)
        held += in.contains(word) ? 1 : 0;
    return double(held) / double(of.size());
}

bool isMarkup(const QString &text)
{
    static const QRegularExpression blockTag(QStringLiteral(R"(<(p|br|div|h[1-6]|ul|ol|blockquote)\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return blockTag.match(text).hasMatch();
}

} // namespace

bool replacesExtracted(const QString &extractedText, const QString &articleBody)
{
    const QString body = articleBody.trimmed();
    if (body.size() < MinimumLength || extractedText.size() * 2 > body.size())
        return false;
    return coverage(words(body), words(extractedText)) < MaximumCoverage;
}

QString toHtml(const QString &articleBody, const QString &standfirst)
{
    QString html = QStringLiteral("<article>");
    const QString lead = standfirst.simplified();
    if (!lead.isEmpty() && coverage(words(lead), words(articleBody.left(lead.size() * 3))) < 0.8)
        html += QLatin1String("<p>") + lead.toHtmlEscaped() + QLatin1String("</p>");
    if (isMarkup(articleBody)) {
        html += articleBody;
    } else {
        static const QRegularExpression lineBreaks(QStringLiteral(R"(\s*\n\s*)"));
        for (const QString &paragraph : articleBody.trimmed().split(lineBreaks, Qt::SkipEmptyParts))
            html += QLatin1String("<p>") + paragraph.simplified().toHtmlEscaped() + QLatin1String("</p>");
    }
    return html + QLatin1String("</article>");
}

} // namespace Quoteshelf::Import::StructuredBody
