// A template the user writes: the first field of the input is the template, the second the
// file-name pattern, the rest the article's texts. Parsing, rendering and naming must reject or
// render anything without crashing.

#include "exportsample.h"
#include "export/markdownexporter.h"

using namespace Quoteshelf;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Export::MarkdownExporter *exporter = new Export::MarkdownExporter;
    const QList<QString> f = Fuzz::fields(data, size, 16);
    const Export::ExportData sample = Fuzz::exportData(f.mid(2));
    if (exporter->setTemplate(f.at(0))) {
        Export::ExportOptions options;
        options.fileNamePattern = f.at(1);
        exporter->setOptions(options);
        Q_UNUSED(exporter->render(sample));
        Q_UNUSED(exporter->fileName(sample));
    }
    return 0;
}
