#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Quoteshelf::Import {

// The part structure of a MIME message (an MHTML archive), found by scanning its boundary lines.
// KMime builds the whole tree of a message before anything can be checked, and every level of
// nesting holds its own copy of the body below it: a 1.5 MB archive of deeply nested multiparts
// needed gigabytes. So the structure is walked here first, iteratively and without copying, and
// its limits are checked as it goes; KMime then only ever sees one leaf part at a time.
class MimeScanner final
{
public:
    // Browsers save one multipart/related level (two when a page has frames); mail clients nest
    // multipart/alternative inside it.
    static constexpr int MaxDepth = 8;
    // Pages with many images have a few hundred parts.
    static constexpr int MaxParts = 10000;
    // A part's header lines; real ones are a few hundred bytes.
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    struct Part
    {
        qsizetype begin = 0; // the whole entity, header lines and body, in the scanned data
        qsizetype end = 0;
        QByteArray mimeType; // lower case, empty when the part declares none
        bool truncated = false; // the archive ends inside this part
    };

    struct Result
    {
        QList<Part> leaves; // every part that is not a multipart container, in document order
        QString error; // a limit was exceeded; nothing of the archive should be parsed
        bool truncated = false; // a multipart ended without its closing boundary
        bool ok() const { return error.isEmpty(); }
    };

    static Result scan(const QByteArray &data);
};

} // namespace Quoteshelf::Import
