// Any file the user imports: the first byte picks the file name's extension, the rest is the file.
// Covers format sniffing, charset detection and the reader the sniffer chooses (HTML, MHTML, plain
// text, Markdown), exactly as readData() runs them for an import.

#include "fuzzcommon.h"
#include "import/reader.h"

namespace {
const char *const Extensions[] = {"page.html", "page.mhtml", "notes.txt", "notes.md", "page.htm",
                                  "page.mht", "README", "article.markdown"};
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Quoteshelf::Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString name = QString::fromLatin1(Extensions[data[0] % std::size(Extensions)]);
    const auto result = Quoteshelf::Import::readData(Quoteshelf::Fuzz::bytes(data + 1, size - 1), name);
    // Offsets of the blocks must stay inside the text whatever the input.
    Q_UNUSED(result.ok());
    return 0;
}
