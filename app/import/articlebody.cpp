#include "import/articlebody.h"

#include "core/textoffsets.h"

#include <QRegularExpression>

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

namespace {

// "London (CNN)It was …", "WASHINGTON (AP) — …", "TORONTO — …", "NEW DELHI: …": where and by whom
// the story was filed, before its first sentence.
qsizetype datelineLength(QStringView paragraph)
{
    static const QRegularExpression dateline(QStringLiteral(
        R"(^(?:\p{Lu}[\p{L}.,'’ ]{1,40}\(\p{Lu}[\p{L}.&' ]{1,20}\)(?:\s*[—–-]{1,2}\s*|(?=\p{Lu}))|)"
        R"(\p{Lu}[\p{Lu}.,'’ ]{2,40}\s+[—–-]{1,2}\s+|\p{Lu}[\p{Lu}.' ]{2,30}:\s+))"));
    const QRegularExpressionMatch match = dateline.matchView(paragraph);
    if (!match.hasMatch() || match.capturedLength() >= paragraph.size())
        return 0;
    // "UPDATE:", "EDIT:", "WATCH:": a label in capitals, not a place.
    static const QRegularExpression label(QStringLiteral(
        R"(^(?:EDIT|EDITED|UPDATE|UPDATED|NOTE|WARNING|BREAKING|CORRECTION|EXCLUSIVE|WATCH|READ|LISTEN|VIDEO|)"
        R"(PHOTOS?|LIVE|OPINION|ANALYSIS|EDITOR'S NOTE|FILE|TL;DR|TLDR|PS|P\.S\.)\s*:)"));
    return label.matchView(paragraph).hasMatch() ? 0 : match.capturedLength();
}

} // namespace

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
        QStringView text = QStringView(article.text).mid(start, end - start);
        if (body.isEmpty() && block.kind == Block::Kind::Paragraph)
            text = text.mid(datelineLength(text));
        if (!body.isEmpty())
            body += QLatin1String("\n\n");
        body += text;
    }
    return body;
}

} // namespace Quoteshelf::Import
