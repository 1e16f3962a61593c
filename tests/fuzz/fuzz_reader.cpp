// One importer called directly, without the sniffer in front of it, so that inputs the sniffer
// would send elsewhere reach it too. Built once per reader: QUOTESHELF_FUZZ_READER is html,
// mhtml, text or markdown.

#include "fuzzcommon.h"
#include "import/assetcollector.h"
#include "import/charset.h"
#include "import/htmlreader.h"
#include "import/markdownreader.h"
#include "import/mhtmlreader.h"
#include "import/plaintextreader.h"

using namespace Quoteshelf::Import;

namespace {

enum class Reader { Html, Mhtml, Text, Markdown };
constexpr Reader Target = Reader::QUOTESHELF_FUZZ_READER;

ReadResult read(const QByteArray &input)
{
    AssetCollector assets;
    switch (Target) {
    case Reader::Html:
        return HtmlReader(assets).read(Charset::decode(input, {}, true), QStringLiteral("html"));
    case Reader::Mhtml:
        return MhtmlReader().read(input);
    case Reader::Text:
        return PlainTextReader().read(input);
    case Reader::Markdown:
        return MarkdownReader(assets).read(input, QStringLiteral("notes.md"));
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Quoteshelf::Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ReadResult result = read(Quoteshelf::Fuzz::bytes(data, size));
    Q_UNUSED(result.ok());
    return 0;
}
