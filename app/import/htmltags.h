#pragma once

#include <QSet>
#include <QString>

namespace Quoteshelf::Import {

struct DomNode;

// The serializer's allow-list, by the role each tag plays in the stored body.
namespace HtmlTags {

using TagSet = QSet<QString>;

// Dropped with their content: executable, embedded, interactive or invisible.
const TagSet &droppedTags();
// Emitted with their tag; leaves when they hold only inline content, containers otherwise.
const TagSet &flexibleTags();
// Emitted as leaves; when they (invalidly) hold blocks, the tag is dropped and the blocks kept.
const TagSet &leafTags();
// Emitted; only their element children matter (text directly inside is stray).
const TagSet &structuralTags();
// Layout blocks: a leaf becomes a <p>, a container disappears.
const TagSet &layoutTags();
// Inline formatting kept as is; other inline elements are unwrapped.
const TagSet &inlineTags();

bool isBlockTag(const QString &tag);
// hidden, aria-hidden="true", display:none or visibility:hidden inline.
bool isHidden(const DomNode *node);

} // namespace HtmlTags

} // namespace Quoteshelf::Import
