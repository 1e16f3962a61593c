#include "cli/jsonoutput.h"

#include "extract/types.h"
#include "import/article.h"

#include <QJsonArray>

namespace Quoteshelf::Cli {

QJsonObject articleJson(const Import::Article &article, const Extract::Result &extraction)
{
    QJsonArray blocks;
    for (const Import::Block &block : article.blocks)
        blocks.append(QJsonObject{{QStringLiteral("kind"), Import::blockKindName(block.kind)},
                                  {QStringLiteral("start"), block.start},
                                  {QStringLiteral("end"), block.end}});
    QJsonArray quotes;
    for (const Extract::Quote &q : extraction.quotes) {
        quotes.append(QJsonObject{{QStringLiteral("text"), q.text},
                                  {QStringLiteral("start"), q.start},
                                  {QStringLiteral("end"), q.end},
                                  {QStringLiteral("kind"), Extract::quoteKindName(q.kind)},
                                  {QStringLiteral("cue"), q.cue},
                                  {QStringLiteral("mention"), q.mention},
                                  {QStringLiteral("mentionStart"), q.mentionStart},
                                  {QStringLiteral("mentionEnd"), q.mentionEnd},
                                  {QStringLiteral("speaker"), q.speaker},
                                  {QStringLiteral("confidence"), q.confidence}});
    }
    QJsonArray speakers;
    for (const Extract::Speaker &s : extraction.speakers) {
        speakers.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("role"), s.role},
                                    {QStringLiteral("kind"), Extract::speakerKindName(s.kind)},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases)},
                                    {QStringLiteral("quoteCount"), s.quoteCount}});
    }
    QJsonArray tags;
    for (const Extract::Tag &t : extraction.tags) {
        tags.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("kind"), Extract::tagKindName(t.kind)},
                                {QStringLiteral("count"), t.count}});
    }
    return QJsonObject{
        {QStringLiteral("title"), article.title},
        {QStringLiteral("byline"), article.byline},
        {QStringLiteral("siteName"), article.siteName},
        {QStringLiteral("url"), article.sourceUrl},
        {QStringLiteral("published"), article.published.isValid() ? article.published.toString(Qt::ISODate) : QString()},
        {QStringLiteral("lang"), article.lang},
        {QStringLiteral("excerpt"), article.excerpt},
        {QStringLiteral("leadImage"), article.leadImage},
        {QStringLiteral("format"), article.format},
        {QStringLiteral("text"), article.text},
        {QStringLiteral("html"), article.html},
        {QStringLiteral("blocks"), blocks},
        {QStringLiteral("quotes"), quotes},
        {QStringLiteral("speakers"), speakers},
        {QStringLiteral("tags"), tags},
    };
}

} // namespace Quoteshelf::Cli
