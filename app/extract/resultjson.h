#pragma once

#include "extract/types.h"

#include <QJsonObject>

namespace Quoteshelf::Extract {

// What the extractor found, as JSON: "quotes", "speakers", "tags" and "scareQuotes", every field
// of each (offsets are code points). quoteshelf-cli extract prints the first three; bench_quotes
// --results writes all of it, so that two builds' output can be compared.
QJsonObject resultJson(const Result &result);

} // namespace Quoteshelf::Extract
