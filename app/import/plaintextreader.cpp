#include "import/plaintextreader.h"

#include "core/textoffsets.h"
#include "import/charset.h"

#include <QRegularExpression>

#include <optional>

namespace Quoteshelf::Import {

namespace {

struct Line
{
    qsizetype start = 0; // UTF-16 index of the first non-blank character
    qsizetype end = 0;   // UTF-16 index after the last non-blank character
    QString content;     // trimmed
    bool blank = true;
    std::optional<Block::Kind> kind;
    qsizetype markerLength = 0; // length of a list bullet prefix ("• ") inside content
};

const QRegularExpression &bulletPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[•·▪◦‣\-\*–]\s+)"));
    return re;
}

const QRegularExpression &bylinePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:by|von|par|por|di)\s+(.{2,80})$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isCaptionLine(const QString &line)
{
    static const QRegularExpression credit(
        QStringLiteral(R"(©|\((?:c|C)\)\s|^(?:photo|image|picture|credit|foto)s?\s*(?:credit)?\s*:)"),
        QRegularExpression::CaseInsensitiveOption);
    return line.size() < 400 && credit.match(line).hasMatch();
}

int wordCount(const QString &line)
{
    return int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

// A heading line is short, does not end like a sentence, and starts with a capital or digit.
bool looksLikeHeading(const QString &line)
{
    if (line.size() > 90 || wordCount(line) > 10)
        return false;
    const QChar first = line.front();
    if (!first.isUpper() && !first.isDigit())
        return false;
    static const QString sentenceEnds = QStringLiteral(".,;:!?\"”’)»");
    // "… appeal. 'We are going to win.'": a straight single mark after a stop closes a quotation.
    if (line.size() >= 2 && line.back() == QLatin1Char('\'')
        && QStringLiteral(".,!?").contains(line.at(line.size() - 2)))
        return false;
    return !sentenceEnds.contains(line.back()) || line.endsWith(QLatin1Char('?'));
}

// The first line is the title unless it reads as the story's first paragraph: a long line, or a
// sentence that quotes someone (titles quote a few words; an opening paragraph quotes a clause and
// says who spoke).
bool looksLikeTitle(const QString &line)
{
    const int words = wordCount(line);
    if (line.size() > 250 || words > 30)
        return false;
    static const QRegularExpression quoteMark(QStringLiteral("[\"“”„«»]"));
    static const QString sentenceEnds = QStringLiteral(".!?\"”’»");
    if (words <= 12)
        return true;
    const QString end = line.right(2);
    const bool sentence = end.contains(QLatin1Char('.')) || (sentenceEnds.contains(line.back()) && line.contains(quoteMark));
    return !sentence;
}

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = text.size();
        Line line;
        qsizetype s = pos;
        qsizetype e = nl;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        line.start = s;
        line.end = e;
        line.content = text.mid(s, e - s);
        line.blank = line.content.isEmpty();
        lines.append(line);
        pos = nl + 1;
    }
    return lines;
}

void classify(QList<Line> &lines, Article &article)
{
    int firstLine = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].blank) {
            firstLine = i;
            break;
        }
    }
    if (firstLine < 0)
        return;
    if (looksLikeTitle(lines[firstLine].content)) {
        lines[firstLine].kind = Block::Kind::Title;
        article.title = lines[firstLine].content;
    } else {
        // The text starts with its first paragraph: that line is read like every other.
        --firstLine;
    }

    // Bullet lines, and the trailing run of them that is a related-headlines box.
    for (Line &line : lines) {
        const auto match = bulletPattern().match(line.content);
        if (!line.blank && match.hasMatch())
            line.markerLength = match.capturedLength();
    }
    int last = int(lines.size()) - 1;
    while (last > firstLine && lines[last].blank)
        --last;
    int runStart = last + 1;
    for (int i = last; i > firstLine; --i) {
        if (lines[i].blank)
            continue;
        if (lines[i].markerLength == 0)
            break;
        runStart = i;
    }
    int bullets = 0;
    for (int i = runStart; i <= last; ++i)
        bullets += lines[i].markerLength > 0 ? 1 : 0;
    if (bullets >= 2) {
        for (int i = runStart; i <= last; ++i) {
            if (!lines[i].blank)
                lines[i].kind = Block::Kind::Related;
        }
        int label = runStart - 1;
        while (label > firstLine && lines[label].blank)
            --label;
        if (label > firstLine && wordCount(lines[label].content) <= 5 && looksLikeHeading(lines[label].content))
            lines[label].kind = Block::Kind::Related;
    }

    int nonBlankSeen = 0;
    for (int i = firstLine + 1; i < lines.size(); ++i) {
        Line &line = lines[i];
        if (line.blank || line.kind)
            continue;
        ++nonBlankSeen;
        const auto byline = bylinePattern().match(line.content);
        if (nonBlankSeen <= 4 && article.byline.isEmpty() && byline.hasMatch()) {
            line.kind = Block::Kind::Byline;
            article.byline = PlainTextReader::titleCaseName(byline.captured(1).trimmed());
        } else if (line.content == article.title) {
            // The title repeated above a picture is the image's alt text, not body text.
            line.kind = Block::Kind::Title;
        } else if (isCaptionLine(line.content)) {
            line.kind = Block::Kind::Caption;
        } else if (line.markerLength > 0) {
            line.kind = Block::Kind::List;
        } else {
            const bool alone = (i == 0 || lines[i - 1].blank) && (i + 1 >= lines.size() || lines[i + 1].blank);
            line.kind = alone && looksLikeHeading(line.content) ? Block::Kind::Heading : Block::Kind::Paragraph;
        }
    }
}

} // namespace

QString PlainTextReader::titleCaseName(const QString &name)
{
    if (name != name.toUpper())
        return name;
    QString result = name.toLower();
    bool atWordStart = true;
    for (QChar &c : result) {
        if (atWordStart && c.isLetter())
            c = c.toUpper();
        atWordStart = !c.isLetter() && c != QLatin1Char('\'') && c != QChar(0x2019);
    }
    return result;
}

ReadResult PlainTextReader::read(const QByteArray &data) const
{
    ReadResult result;
    Article &article = result.article;
    article.format = QStringLiteral("text");
    QString text = Charset::decode(data);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    article.text = text;

    QList<Line> lines = splitLines(text);
    classify(lines, article);

    const Core::TextOffsets offsets(text);
    bool inList = false;
    QString excerptSource;
    for (const Line &line : std::as_const(lines)) {
        if (line.blank || !line.kind)
            continue;
        Block block;
        block.kind = *line.kind;
        block.start = offsets.toCodePoint(line.start + line.markerLength);
        block.end = offsets.toCodePoint(line.end);
        article.blocks.append(block);

        const bool listItem = block.kind == Block::Kind::List;
        if (inList && !listItem)
            article.html += QStringLiteral("</ul>\n");
        if (!inList && listItem)
            article.html += QStringLiteral("<ul>\n");
        inList = listItem;
        const QString range = QStringLiteral(" data-qs-start=\"%1\" data-qs-end=\"%2\"").arg(block.start).arg(block.end);
        const QString inner = line.content.mid(line.markerLength).toHtmlEscaped();
        switch (block.kind) {
        case Block::Kind::Heading:
            article.html += QStringLiteral("<h2%1>%2</h2>\n").arg(range, inner);
            break;
        case Block::Kind::Paragraph:
            article.html += QStringLiteral("<p%1>%2</p>\n").arg(range, inner);
            if (excerptSource.isEmpty())
                excerptSource = line.content;
            break;
        case Block::Kind::Caption:
            article.html += QStringLiteral("<figure><figcaption%1>%2</figcaption></figure>\n").arg(range, inner);
            break;
        case Block::Kind::List:
            article.html += QStringLiteral("<li%1>%2</li>\n").arg(range, inner);
            break;
        default:
            // Title, byline and related headlines are metadata or navigation, not body.
            break;
        }
    }
    if (inList)
        article.html += QStringLiteral("</ul>\n");
    article.excerpt = excerptSource.left(300);
    return result;
}

} // namespace Quoteshelf::Import
