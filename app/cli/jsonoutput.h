#pragma once

class QTextStream;

namespace Quoteshelf::Import {
struct Article;
}
namespace Quoteshelf::Extract {
struct Result;
}

namespace Quoteshelf::Cli {

// Writes the JSON object `quoteshelf-cli extract` prints: title, byline, siteName, published, lang,
// excerpt, text, body, html, blocks, quotes, speakers, tags. Offsets are code points into text;
// body is the running text alone (Import::articleBody: no title, bylines, captions or related
// headlines), made of whole blocks of text. Members come in the order of their names, indented
// like QJsonDocument::Indented. The long strings (text, body, html) and the lists are written as
// they are escaped, never built as one document: a 49 MB page would otherwise need several
// copies of itself at once.
void writeArticleJson(QTextStream &out, const Import::Article &article, const Extract::Result &extraction);

} // namespace Quoteshelf::Cli
