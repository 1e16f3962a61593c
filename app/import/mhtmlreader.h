#pragma once

#include "import/reader.h"

namespace Quoteshelf::Import {

// MHTML (.mhtml/.mht, "Web page, single file"): a MIME multipart/related message whose first
// text/html part is the page and whose other parts are its resources, addressed by
// Content-Location or Content-ID. MIME parsing and transfer decoding are KMime's.
class MhtmlReader final
{
public:
    ReadResult read(const QByteArray &data) const;
};

} // namespace Quoteshelf::Import
