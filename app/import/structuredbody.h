#pragma once

#include <QString>

namespace Quoteshelf::Import::StructuredBody {

// The article text a page gives in its structured data (schema.org articleBody in JSON-LD). Some
// pages carry only a teaser in their markup, the rest being filled in by script or held behind a
// paywall, while their structured data has the whole text.

// Whether the structured text should stand in for what was read from the markup: it is long, and
// the markup's text holds few of its words and is much shorter.
bool replacesExtracted(const QString &extractedText, const QString &articleBody);

// The structured text as body HTML: one paragraph per line (markup in it is kept as markup), after
// the standfirst when the text does not already hold it.
QString toHtml(const QString &articleBody, const QString &standfirst);

} // namespace Quoteshelf::Import::StructuredBody
