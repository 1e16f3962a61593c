#include "corpusmetrics.h"

#include "import/domnode.h"
#include "import/htmldocument.h"

#include <QHash>
#include <QRegularExpression>

namespace CorpusMetrics {

QString htmlToText(const QString &html)
{
    using Quoteshelf::Import::DomNode;
    Quoteshelf::Import::HtmlDocument document(html);
    QString text;
    // Block boundaries separate words even where the markup has no white space between them.
    for (DomNode *n = document.document(); n; n = n->following()) {
        if (n->isText())
            text += n->text;
        else if (n->isElement() && !n->is(u"a") && !n->is(u"span") && !n->is(u"em") && !n->is(u"strong")
                 && !n->is(u"b") && !n->is(u"i"))
            text += QLatin1Char(' ');
    }
    return text;
}

static QHash<QString, int> bag(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(R"(\w+|[^\w\s])"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    auto it = token.globalMatch(text.toLower());
    while (it.hasNext())
        ++counts[it.next().captured(0)];
    return counts;
}

double wordF1(const QString &predicted, const QString &expected)
{
    const QHash<QString, int> p = bag(predicted);
    const QHash<QString, int> e = bag(expected);
    qint64 pTotal = 0, eTotal = 0, common = 0;
    for (auto it = p.cbegin(); it != p.cend(); ++it) {
        pTotal += it.value();
        common += std::min(it.value(), e.value(it.key()));
    }
    for (int count : e)
        eTotal += count;
    if (pTotal == 0 && eTotal == 0)
        return 1.0;
    if (pTotal == 0 || eTotal == 0 || common == 0)
        return 0.0;
    const double precision = double(common) / double(pTotal);
    const double recall = double(common) / double(eTotal);
    return 2 * precision * recall / (precision + recall);
}

} // namespace CorpusMetrics
