#pragma once

#include <QJsonObject>

namespace Quoteshelf::Import {
struct Article;
}
namespace Quoteshelf::Extract {
struct Result;
}

namespace Quoteshelf::Cli {

// The JSON object `quoteshelf-cli extract` prints: title, byline, siteName, published, lang,
// excerpt, text, html, blocks, quotes, speakers, tags. Offsets are code points into text.
QJsonObject articleJson(const Import::Article &article, const Extract::Result &extraction);

} // namespace Quoteshelf::Cli
