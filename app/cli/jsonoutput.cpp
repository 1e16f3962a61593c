#include "cli/jsonoutput.h"

#include "extract/resultjson.h"
#include "import/article.h"
#include "import/articlebody.h"

#include <QJsonArray>

namespace Quoteshelf::Cli {

QJsonObject articleJson(const Import::Article &article, const Extract::Result &extraction)
{
    QJsonArray blocks;
    for (const Import::Block &block : article.blocks)
        blocks.append(QJsonObject { { QStringLiteral("kind"), Import::blockKindName(block.kind) },
                                    { QStringLiteral("start"), block.start },
                                    { QStringLiteral("end"), block.end } });
    const QJsonObject found = Extract::resultJson(extraction);
    return QJsonObject {
        { QStringLiteral("title"), article.title },
        { QStringLiteral("byline"), article.byline },
        { QStringLiteral("siteName"), article.siteName },
        { QStringLiteral("url"), article.sourceUrl },
        { QStringLiteral("published"),
          article.published.isValid() ? article.published.toString(Qt::ISODate) : QString() },
        { QStringLiteral("lang"), article.lang },
        { QStringLiteral("excerpt"), article.excerpt },
        { QStringLiteral("leadImage"), article.leadImage },
        { QStringLiteral("format"), article.format },
        { QStringLiteral("text"), article.text },
        { QStringLiteral("body"), Import::articleBody(article) },
        { QStringLiteral("html"), article.html },
        { QStringLiteral("blocks"), blocks },
        { QStringLiteral("quotes"), found.value(QStringLiteral("quotes")) },
        { QStringLiteral("speakers"), found.value(QStringLiteral("speakers")) },
        { QStringLiteral("tags"), found.value(QStringLiteral("tags")) },
    };
}

} // namespace Quoteshelf::Cli
