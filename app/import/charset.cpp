#include "import/charset.h"

#include <QRegularExpression>
#include <QStringDecoder>

#ifdef QUOTESHELF_HAVE_UCHARDET
#include <uchardet/uchardet.h>
#endif

#include <algorithm>

namespace Quoteshelf::Import::Charset {

namespace {

// Only the start of a page is searched for a declaration, as browsers do (they use 1024 bytes;
// saved pages often carry long <head> sections before the meta tag, hence more).
constexpr qsizetype PrescanBytes = 16 * 1024;

QByteArray normalizeLabel(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label.startsWith('"') || label.startsWith('\''))
        label = label.mid(1);
    if (label.endsWith('"') || label.endsWith('\''))
        label.chop(1);
    if (label == "iso-8859-1" || label == "latin1" || label == "latin-1" || label == "us-ascii" || label == "ascii"
        || label == "iso8859-1" || label == "cp1252" || label == "x-cp1252" || label == "iso_8859-1")
        return "windows-1252";
    if (label == "utf8" || label == "unicode-1-1-utf-8")
        return "utf-8";
    // A page saved as UTF-8 by the browser may still declare UTF-16; the bytes are not UTF-16
    // without a BOM, which was handled earlier.
    if (label.startsWith("utf-16"))
        return "utf-8";
    return label;
}

bool supported(const QByteArray &label)
{
    return !label.isEmpty() && QStringDecoder(label.constData()).isValid();
}

bool isValidUtf8(const QByteArray &data)
{
    return QByteArrayView(data).isValidUtf8();
}

QByteArray guess(const QByteArray &data)
{
#ifdef QUOTESHELF_HAVE_UCHARDET
    uchardet_t detector = uchardet_new();
    QByteArray result;
    if (uchardet_handle_data(detector, data.constData(), size_t(data.size())) == 0) {
        uchardet_data_end(detector);
        result = QByteArray(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    return normalizeLabel(result);
#else
    Q_UNUSED(data);
    return {};
#endif
}

} // namespace

QByteArray htmlDeclaredCharset(const QByteArray &data)
{
    const QString head = QString::fromLatin1(data.left(PrescanBytes));
    static const QRegularExpression metaCharset(
        QStringLiteral(R"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = metaCharset.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

QByteArray utf16WithoutBom(const QByteArray &data)
{
    // Text whose characters are mostly ASCII (markup, spaces, digits, Latin letters) has a zero
    // high byte in every other position; UTF-8 and 8-bit encodings of text have no zero bytes.
    const qsizetype n = std::min<qsizetype>(data.size(), 8192) & ~qsizetype(1);
    if (n < 8)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += data[i] == 0;
        oddZeros += data[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    QByteArray guess;
    if (oddZeros * 10 >= units && evenZeros * 50 <= units)
        guess = "utf-16le";
    else if (evenZeros * 10 >= units && oddZeros * 50 <= units)
        guess = "utf-16be";
    else
        return {};
    // Confirmed when the decoded start reads as text: almost no control characters, no
    // undecodable units (a binary file with zeros in one column fails here).
    QStringDecoder decoder(guess.constData(), QStringConverter::Flag::Stateless);
    const QString text = decoder(QByteArrayView(data.constData(), n));
    qsizetype bad = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0xFFFD || (u >= 0xFFF0 && u != 0xFEFF))
            ++bad;
    }
    return bad * 100 <= text.size() ? guess : QByteArray();
}

QByteArray detect(const QByteArray &data, const QByteArray &declared, bool isHtml)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return "utf-8";
    if (data.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (data.startsWith("\xFE\xFF"))
        return "utf-16be";
    if (const QByteArray utf16 = utf16WithoutBom(data); !utf16.isEmpty())
        return utf16;
    const QByteArray fromContainer = normalizeLabel(declared);
    if (supported(fromContainer))
        return fromContainer;
    if (isHtml) {
        const QByteArray fromMeta = normalizeLabel(htmlDeclaredCharset(data));
        if (supported(fromMeta)) {
            // A page that claims a legacy charset but is valid UTF-8 with non-ASCII bytes was
            // almost always re-saved as UTF-8 by the browser without updating the tag.
            if (fromMeta != "utf-8" && isValidUtf8(data) && data.contains("\xE2\x80"))
                return "utf-8";
            return fromMeta;
        }
    }
    if (isValidUtf8(data))
        return "utf-8";
    const QByteArray guessed = guess(data);
    if (supported(guessed) && guessed != "ascii")
        return guessed;
    return "windows-1252";
}

QString decode(const QByteArray &data, const QByteArray &declared, bool isHtml)
{
    const QByteArray encoding = detect(data, declared, isHtml);
    QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace Quoteshelf::Import::Charset
