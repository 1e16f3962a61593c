#include "import/articlebody.h"

#include "core/textoffsets.h"

namespace Quoteshelf::Import {

bool isBodyBlock(Block::Kind kind)
{
    switch (kind) {
    case Block::Kind::Heading:
    case Block::Kind::Paragraph:
    case Block::Kind::Quote:
    case Block::Kind::List:
    case Block::Kind::Code:
        return true;
    case Block::Kind::Title:
    case Block::Kind::Byline:
    case Block::Kind::Caption:
    case Block::Kind::Related:
        return false;
    }
    return false;
}

QString articleBody(const Article &article)
{
    const Core::TextOffsets offsets(article.text);
    QString body;
    for (const Block &block : article.blocks) {
        if (!isBodyBlock(block.kind))
            continue;
        const qsizetype start = offsets.toUtf16(block.start);
        const qsizetype end = offsets.toUtf16(block.end);
        if (end <= start)
            continue;
        if (!body.isEmpty())
            body += QLatin1String("\n\n");
        body += QStringView(article.text).mid(start, end - start);
    }
    return body;
}

} // namespace Quoteshelf::Import
