#pragma once

#include <QString>
#include <QStringList>

namespace Quoteshelf::Export {

// What the export dialog and the CLI let the reader choose. Defaults export everything in text order.
struct ExportOptions
{
    enum class GroupBy { None, Colour, Speaker };

    QStringList colours; // keep only highlights of these colours; empty keeps all
    QStringList tags; // keep only highlights carrying one of these tags; empty keeps all
    GroupBy groupBy = GroupBy::None;
    bool includeQuotes = true; // the "quotes by speaker" section
    // A template for the file name without extension, rendered with the same variables as the
    // export itself, then made safe for every file system.
    QString fileNamePattern = QStringLiteral("{{ title }}");
};

} // namespace Quoteshelf::Export
