#pragma once

#include <QString>

namespace Quoteshelf::Import {

struct DomNode;
class LinkSite;

// The start and the end of the body, where page furniture sits around a story: lines that only say
// what furniture says (the title again, a date, a byline, a credit, a label, a row of links) are
// removed there, from the edge inwards, until the first line of the story. The last block of text
// always stays.
namespace BodyEdges {

// Removes the furniture before the story: the title repeated, dates, bylines, reading times,
// credits, labels, tags, the authors' names, a section name, the standfirst, links of the site.
// description is the page's own summary (its meta description): a first block that repeats it
// above the byline or the date is the standfirst.
void trimStart(DomNode *article, const QString &title, const LinkSite &site, const QString &description = {});
// Removes the furniture after the story: the heading of a box of other stories or about the
// publisher with what follows it, then dates, bylines, credits, appeals, notices, bios, tags,
// links and labels left dangling, and the title again (a sticky header's headline, set after the
// story); total is the length of the article's text.
void trimEnd(DomNode *article, qsizetype total, const LinkSite &site, const QString &title = {});

} // namespace BodyEdges

} // namespace Quoteshelf::Import
