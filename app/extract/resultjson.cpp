#include "extract/resultjson.h"

#include <QJsonArray>

namespace Quoteshelf::Extract {

QJsonObject resultJson(const Result &result)
{
    QJsonArray quotes;
    for (const Quote &q : result.quotes) {
        quotes.append(QJsonObject { { QStringLiteral("text"), q.text },
                                    { QStringLiteral("start"), q.start },
                                    { QStringLiteral("end"), q.end },
                                    { QStringLiteral("kind"), quoteKindName(q.kind) },
                                    { QStringLiteral("cue"), q.cue },
                                    { QStringLiteral("mention"), q.mention },
                                    { QStringLiteral("mentionStart"), q.mentionStart },
                                    { QStringLiteral("mentionEnd"), q.mentionEnd },
                                    { QStringLiteral("speaker"), q.speaker },
                                    { QStringLiteral("confidence"), q.confidence },
                                    { QStringLiteral("group"), q.group } });
    }
    QJsonArray speakers;
    for (const Speaker &s : result.speakers) {
        speakers.append(QJsonObject { { QStringLiteral("name"), s.name },
                                      { QStringLiteral("role"), s.role },
                                      { QStringLiteral("kind"), speakerKindName(s.kind) },
                                      { QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases) },
                                      { QStringLiteral("quoteCount"), s.quoteCount } });
    }
    QJsonArray tags;
    for (const Tag &t : result.tags) {
        tags.append(QJsonObject { { QStringLiteral("name"), t.name },
                                  { QStringLiteral("kind"), tagKindName(t.kind) },
                                  { QStringLiteral("count"), t.count } });
    }
    return QJsonObject { { QStringLiteral("quotes"), quotes },
                         { QStringLiteral("speakers"), speakers },
                         { QStringLiteral("tags"), tags },
                         { QStringLiteral("scareQuotes"), QJsonArray::fromStringList(result.scareQuotes) } };
}

} // namespace Quoteshelf::Extract
