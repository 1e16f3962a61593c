#include "extract/extractor.h"

namespace Quoteshelf::Extract {

QString quoteKindName(Quote::Kind kind)
{
    switch (kind) {
    case Quote::Kind::Direct: return QStringLiteral("direct");
    case Quote::Kind::Mixed: return QStringLiteral("mixed");
    case Quote::Kind::Indirect: return QStringLiteral("indirect");
    }
    return {};
}

QString speakerKindName(Speaker::Kind kind)
{
    switch (kind) {
    case Speaker::Kind::Person: return QStringLiteral("person");
    case Speaker::Kind::Organisation: return QStringLiteral("organisation");
    case Speaker::Kind::Anonymous: return QStringLiteral("anonymous");
    }
    return {};
}

QString tagKindName(Tag::Kind kind)
{
    switch (kind) {
    case Tag::Kind::Person: return QStringLiteral("person");
    case Tag::Kind::Organisation: return QStringLiteral("organisation");
    case Tag::Kind::Place: return QStringLiteral("place");
    case Tag::Kind::Topic: return QStringLiteral("topic");
    }
    return {};
}

Extractor::Extractor() = default;

Result Extractor::extract(const QString &text, const QList<Segment> &segments) const
{
    Q_UNUSED(text);
    Q_UNUSED(segments);
    return {};
}

} // namespace Quoteshelf::Extract
