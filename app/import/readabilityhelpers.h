#pragma once

#include <QRegularExpression>
#include <QString>

#include <functional>

namespace Quoteshelf::Import {

struct DomNode;

// Measures shared by the content scorer (Readability) and the article cleaner, after Mozilla
// Readability's helpers of the same names. Lengths are UTF-16 lengths like JavaScript's.
namespace ReadabilityHelpers {

enum Flag { StripUnlikelys = 0x1, WeightClasses = 0x2, CleanConditionally = 0x4 };

const QRegularExpression &unlikelyCandidates();
const QRegularExpression &maybeCandidate();
const QRegularExpression &positive();
const QRegularExpression &negative();
const QRegularExpression &byline();
const QRegularExpression &videos();
const QRegularExpression &shareElements();

// textContent, trimmed, runs of white space reduced to one space.
QString innerText(const DomNode *node);
qsizetype innerTextLength(const DomNode *node);
// Share of the text inside links (in-page anchors weigh 0.3); with `counts`, only the links
// whose href it accepts.
double linkDensity(const DomNode *node, const std::function<bool(const QString &href)> &counts = {});
// Paragraphs of running prose inside the node: 200 characters or more, under 30 % links. A banner
// or a furniture box holds one at most (a bio).
int proseParagraphs(const DomNode *node);
// Share of the text inside descendants with one of the tags.
double textDensity(const DomNode *node, const QStringList &tags);
int classWeight(const DomNode *node, int flags);
qsizetype charCount(const DomNode *node, QChar c);

bool isWhitespaceNode(const DomNode *node);
bool isPhrasingContent(const DomNode *node);
bool isElementWithoutContent(const DomNode *node);
bool hasSingleTagInside(const DomNode *node, QStringView tag);
bool hasChildBlockElement(const DomNode *node);
bool isProbablyVisible(const DomNode *node);
// Skips whitespace-only text nodes, as Readability's _nextNode.
DomNode *nextNonWhitespace(DomNode *node);
int wordCount(const QString &text);
// Share of b's words (by length) that also occur in a, as Readability's _textSimilarity.
double textSimilarity(const QString &a, const QString &b);
// The same text either way round (each shares more than three quarters of the other's words):
// a heading that is the page's title, not one that only contains it.
bool sameText(const QString &a, const QString &b);

} // namespace ReadabilityHelpers

} // namespace Quoteshelf::Import
