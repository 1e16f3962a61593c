#pragma once

#include "import/reader.h"

namespace Quoteshelf::Import {

// Plain text as saved from a page: paragraphs separated by blank lines.
class PlainTextReader final
{
public:
    ReadResult read(const QByteArray &data) const;
};

} // namespace Quoteshelf::Import
