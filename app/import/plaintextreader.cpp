#include "import/plaintextreader.h"

#include "core/textoffsets.h"

#include <QStringConverter>

namespace Quoteshelf::Import {

ReadResult PlainTextReader::read(const QByteArray &data) const
{
    ReadResult result;
    auto decoder = QStringDecoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    Article &article = result.article;
    article.format = QStringLiteral("text");
    article.text = text;
    const Core::TextOffsets offsets(text);
    qsizetype pos = 0;
    bool first = true;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype lineStart = pos;
        pos += line.size() + 1;
        if (line.trimmed().isEmpty())
            continue;
        Block block;
        block.kind = first ? Block::Kind::Title : Block::Kind::Paragraph;
        block.start = offsets.toCodePoint(lineStart);
        block.end = offsets.toCodePoint(lineStart + line.size());
        if (first)
            article.title = line.trimmed();
        first = false;
        article.blocks.append(block);
        const QString tag = block.kind == Block::Kind::Title ? QStringLiteral("h1") : QStringLiteral("p");
        article.html += QStringLiteral("<%1 data-qs-start=\"%2\" data-qs-end=\"%3\">%4</%1>\n")
                            .arg(tag).arg(block.start).arg(block.end).arg(line.toHtmlEscaped());
    }
    return result;
}

} // namespace Quoteshelf::Import
