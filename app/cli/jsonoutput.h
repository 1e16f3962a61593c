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
// excerpt, text, body, html, blocks, quotes, speakers, tags. Offsets are code points into text;
// body is the running text alone (Import::articleBody: no title, bylines, captions or related
// headlines), made of whole blocks of text.
QJsonObject articleJson(const Import::Article &article, const Extract::Result &extraction);

} // namespace Quoteshelf::Cli
