#pragma once

#include "import/article.h"

namespace Quoteshelf::Import {

// The running text of an article: what a reader would quote from. Article::text is everything
// the reader shows; the body keeps only its blocks of prose (paragraphs, section headings, block
// quotes, lists, code) and leaves out the title, bylines, captions, related headlines and the
// dateline before the first sentence ("WASHINGTON (AP) — "). It is derived from the typed blocks,
// so it always agrees with text: each body block is the text of one block (the first may lose
// its dateline), and blocks are separated by a blank line as in text.
bool isBodyBlock(Block::Kind kind);
QString articleBody(const Article &article);

} // namespace Quoteshelf::Import
