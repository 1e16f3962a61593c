#include "import/formatsniffer.h"

#include "import/charset.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Quoteshelf::Import {

namespace {

bool hasUtf16Bom(const QByteArray &data)
{
    return data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

bool isUtf16(const QByteArray &data)
{
    return hasUtf16Bom(data) || !Charset::utf16WithoutBom(data).isEmpty();
}

// Text in any 8-bit encoding has almost no C0 control characters besides tab and line breaks;
// images, archives and executables are full of them.
bool looksBinary(const QByteArray &data)
{
    if (isUtf16(data))
        return false;
    const QByteArrayView head(data.constData(), std::min<qsizetype>(data.size(), 8192));
    qsizetype controls = 0;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1B)
            ++controls;
    }
    return controls * 20 > head.size();
}

bool looksLikeMhtml(const QByteArray &head)
{
    // MIME headers first, then a multipart/related (or message/rfc822) body.
    static const QRegularExpression mime(QStringLiteral(R"(^(?:[A-Za-z-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?)"
                                                        R"(content-type:\s*multipart/related)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromLatin1(head);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return mime.match(text).hasMatch();
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression start(QStringLiteral(R"(^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b)"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral(R"(<(?:html|body|div|p|article)\b[^>]*>)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return start.match(text).hasMatch() || tags.match(text).hasMatch();
}

} // namespace

FormatSniffer::Format FormatSniffer::sniff(const QByteArray &data, const QString &fileName)
{
    const QByteArray head = data.left(16 * 1024);
    if (head.trimmed().isEmpty() || (data.startsWith("\xEF\xBB\xBF") && data.mid(3).trimmed().isEmpty()))
        return Format::Empty;
    if (looksBinary(data))
        return Format::Binary;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("mhtml") || suffix == QLatin1String("mht") || looksLikeMhtml(head))
        return Format::Mhtml;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Format::Text;
    // UTF-16 is looked at as the text it encodes.
    if (isUtf16(data))
        return looksLikeHtml(Charset::decode(head)) ? Format::Html : Format::Text;
    if (looksLikeHtml(QString::fromLatin1(head)))
        return Format::Html;
    return Format::Text;
}

} // namespace Quoteshelf::Import
