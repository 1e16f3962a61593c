#pragma once

#include <QList>
#include <QString>

namespace Quoteshelf::Import {

struct DomNode;
class HtmlDocument;

// What the passes of the boilerplate pruner share: the leaf blocks of the article (blocks with no
// block inside them, the unit every text test reads), where a block sits (a figure, a list, the
// standfirst) and the sizes that tell a short line of furniture from prose.
namespace BoilerplateBlocks {

// Furniture boxes are removed only while they are a small part of the article (a third at most):
// a theme that names the whole story "related-content" must not lose it.
constexpr qsizetype BoxShareDivisor = 3;
// Lines of metadata (dates, bylines, credits) are short.
constexpr qsizetype ShortLine = 200;
// A teaser: a short block that is mostly link text.
constexpr qsizetype TeaserLength = 300;
// A standfirst: two or three sentences under the headline.
constexpr qsizetype StandfirstLength = 600;
// Longer than any block the text tests accept (captions: sixty words).
constexpr qsizetype LongestShortBlock = 900;
// The DomNode flag markBlockParents() sets on elements that hold a block.
constexpr int HasBlockChild = 0x200;

struct Leaf
{
    DomNode *node = nullptr;
    QString text; // white space collapsed
};

// The article's leaf blocks in document order, with their text; marks block parents first.
QList<Leaf> leafBlocks(DomNode *article);
// Text set loose beside blocks ("<td><p>…</p>- Anzeige -<br></td>") is a block of its own as a
// reader sees it: each run of text and inline elements between the blocks of an element is
// wrapped in a <p>, so that the text tests read it and a pass can remove it.
void wrapLooseText(DomNode *article, HtmlDocument &document);
// Sets HasBlockChild on every element under root (root included) that holds a block element.
void markBlockParents(DomNode *root);
// "<span class="dropcap">T</span><p>urkey and Poland …</p>": a story's first letter set apart as a
// drop cap, beside the block that goes on from it in lower case, is put back at that block's start.
void joinDropCaps(DomNode *article);
// Unlinks a node, saying why when import debugging is on (QT_LOGGING_RULES="quoteshelf.import.debug=true").
void drop(DomNode *node, const char *reason);

bool isHeading(const DomNode *node);
bool inFigure(const DomNode *node);
// List items, quotations and table cells are the story's own structure: short lines there are
// content, not the label of a box.
bool inStructure(const DomNode *node);
// Inside an element whose class names the standfirst, below article.
bool inStandfirst(const DomNode *node, const DomNode *article);
bool hasImage(const DomNode *node);
// Table parts keep their tags: a caption cell retagged would break its table's layout.
bool isTablePart(const DomNode *node);
// The box set around an appeal to the reader (a newsletter or membership box: its heading, a line
// of pitch, the appeal and its button): the largest element around node, below article, that
// holds a few short blocks and nothing else, and little of the article's total text. Null when
// node stands among the story's paragraphs.
DomNode *appealBox(DomNode *node, const DomNode *article, qsizetype total);

} // namespace BoilerplateBlocks

} // namespace Quoteshelf::Import
