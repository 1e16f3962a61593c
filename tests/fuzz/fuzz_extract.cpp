// The quote extractor on any text, once over the whole text and once over paragraph segments cut
// at the input's blank lines (as the importer passes them).

#include "fuzzcommon.h"
#include "extract/extractor.h"

using namespace Quoteshelf::Extract;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Quoteshelf::Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Extractor extractor;
    const QString text = QString::fromUtf8(Quoteshelf::Fuzz::bytes(data, size));
    const Result whole = extractor.extract(text);
    Q_UNUSED(whole);

    // Segments count code points, like every offset of the extractor.
    QList<Segment> segments;
    qsizetype points = 0;
    qsizetype start = 0;
    bool newline = false;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n' && newline) {
            if (points - 1 > start)
                segments.append(Segment{start, points - 1});
            start = points + 1;
        }
        newline = c == U'\n';
        ++points;
    }
    if (points > start)
        segments.append(Segment{start, points});
    const Result parts = extractor.extract(text, segments);
    Q_UNUSED(parts);
    return 0;
}
