#pragma once

#include <QByteArray>
#include <QString>

namespace Quoteshelf::Import {

// Decides how to read a file from its first bytes, falling back on the file name's extension
// only where content is ambiguous (Markdown and plain text look alike).
class FormatSniffer final
{
public:
    enum class Format { Html, Mhtml, Text, Markdown, Binary, Empty };

    static Format sniff(const QByteArray &data, const QString &fileName);
};

} // namespace Quoteshelf::Import
