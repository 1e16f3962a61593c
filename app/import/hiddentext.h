#pragma once

namespace Quoteshelf::Import {

struct DomNode;

// On the whole page, before the article is looked for: text a reader never sees on screen
// (screen-reader-only labels, role="tooltip", hover cards), cookie and consent banners, and cards
// that repeat the text of the link they follow ("Kristi Noem" + "Kristi Lynn Noem, South Dakota"),
// which would otherwise be glued into the sentence around the link.
namespace HiddenText {

void remove(DomNode *root);

} // namespace HiddenText

} // namespace Quoteshelf::Import
