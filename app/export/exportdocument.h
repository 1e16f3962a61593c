#pragma once

#include <QString>

namespace Quoteshelf::Export {

// One rendered export, split the way the file keeps it: the YAML front matter the template wrote
// (without the "---" lines; empty when it wrote none) and the Markdown body that goes between the
// quoteshelf:begin / quoteshelf:end markers.
struct ExportDocument
{
    qint64 articleId = 0;
    QString frontMatter;
    QString body;
    QString error; // set when rendering failed; the rest is then empty
    bool ok() const { return error.isEmpty(); }
};

} // namespace Quoteshelf::Export
