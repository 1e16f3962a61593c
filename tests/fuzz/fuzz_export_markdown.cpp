// The Markdown exporter with the default template and its file-name pattern, on titles, notes,
// highlights and quotes taken from the input: every one of the template's filters meets them.

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
    static Export::MarkdownExporter *exporter = [] {
        auto *e = new Export::MarkdownExporter;
        if (!e->errorString().isEmpty())
            qFatal("the default template does not load: %s", qPrintable(e->errorString()));
        return e;
    }();
    const Export::ExportData sample = Fuzz::exportData(Fuzz::fields(data, size, 14));
    for (const auto groupBy : {Export::ExportOptions::GroupBy::None, Export::ExportOptions::GroupBy::Colour,
                               Export::ExportOptions::GroupBy::Speaker}) {
        Export::ExportOptions options;
        options.groupBy = groupBy;
        exporter->setOptions(options);
        const Export::ExportDocument document = exporter->render(sample);
        if (!document.ok())
            qFatal("the default template failed: %s", qPrintable(document.error));
    }
    Q_UNUSED(exporter->fileName(sample));
    return 0;
}
