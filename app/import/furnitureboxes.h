#pragma once

#include <QtGlobal>

namespace Quoteshelf::Import {

struct DomNode;

// Boxes whose class or id names page furniture (ClassHints): share bars, related links, newsletter
// boxes, author bios, galleries, navigation. A box goes when it also looks like what it is named
// after and is a small part of the article; a caption named so is typed as one (<figcaption>).
namespace FurnitureBoxes {

// Removes the furniture boxes from the article; total is the length of the article's text.
void prune(DomNode *article, qsizetype total);

} // namespace FurnitureBoxes

} // namespace Quoteshelf::Import
