#pragma once

#include <QtGlobal>

namespace Quoteshelf::Import {

struct DomNode;
class LinkSite;

// Cards of other stories set inside the article: one link to another page of the site around a
// whole box (picture, kicker, headline, summary). The link wraps the blocks instead of sitting in
// them, so the link density of each block says nothing; the link itself says what the box is.
namespace LinkCards {

// Removes the cards from the article, with the wrappers that hold nothing else; total is the
// length of the article's text.
void prune(DomNode *article, const LinkSite &site, qsizetype total);

} // namespace LinkCards

} // namespace Quoteshelf::Import
