#include "export/markdowntext.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export::MarkdownText {

namespace {

bool isYamlPrintable(char32_t c)
{
    // YAML 1.2 "c-printable"; everything else must be escaped inside double quotes.
    return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Plain scalars are kept for ordinary words so the front matter stays readable; anything that could
// be read as another type, a comment, a mapping, a flow collection or an anchor is quoted.
bool isSafePlainScalar(const QString &text)
{
    static const QRegularExpression plain(u"^\\p{L}[\\p{L}\\p{M}\\p{N} _.'/()+\\-!?@%]*$"_s);
    static const QRegularExpression reserved(u"^(y|n|yes|no|true|false|on|off|null)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return !text.isEmpty() && text.trimmed() == text && !text.contains(u"  "_s) && plain.match(text).hasMatch()
        && !reserved.match(text).hasMatch();
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression date(
        u"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)?$"_s);
    return date.match(text).hasMatch();
}

QString doubleQuoted(const QString &text)
{
    QString out = u"\""_s;
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case u'\\':
            out += u"\\\\"_s;
            continue;
        case u'"':
            out += u"\\\""_s;
            continue;
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        case 0x85:
            out += u"\\N"_s;
            continue;
        case 0x2028:
            out += u"\\L"_s;
            continue;
        case 0x2029:
            out += u"\\P"_s;
            continue;
        default:
            break;
        }
        if (c >= 0xD800 && c <= 0xDFFF) { // a lone surrogate cannot be written in any encoding
            out += QChar(0xFFFD);
        } else if (!isYamlPrintable(c)) {
            out += c <= 0xFF ? u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0'))
                             : u"\\u%1"_s.arg(uint(c), 4, 16, QChar(u'0'));
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out + u'"';
}

} // namespace

QString yamlString(const QString &text)
{
    if (isSafePlainScalar(text) || isIsoDate(text))
        return text;
    return doubleQuoted(text);
}

QString yaml(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return u"\"\""_s;
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return value.toString();
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(yaml(item));
        return u"["_s + items.join(u", "_s) + u']';
    }
    default:
        return yamlString(value.toString());
    }
}

QString blockquote(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    while (normalised.endsWith(u'\n'))
        normalised.chop(1);
    QStringList lines = normalised.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? u">"_s : u"> "_s + line;
    return lines.join(u'\n');
}

QString escape(const QString &text)
{
    static const QRegularExpression htmlStart(u"<(?=[A-Za-z/!?])"_s);
    static const QRegularExpression entity(u"&(?=#?[A-Za-z0-9]+;)"_s);
    static const QRegularExpression orderedMarker(u"^(\\d{1,9})([.)])(?=\\s|$)"_s);
    static const QString blockStarters = u"#>+-*=|_~`"_s;

    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = normalised.split(u'\n');
    for (QString &line : lines) {
        // Leading indentation would turn prose into a code block; it carries no meaning in an article.
        qsizetype indent = 0;
        while (indent < line.size() && (line.at(indent) == u' ' || line.at(indent) == u'\t'))
            ++indent;
        line.remove(0, indent);
        line.replace(u'\\', u"\\\\"_s);
        line.replace(htmlStart, u"\\<"_s);
        line.replace(entity, u"\\&"_s);
        if (!line.isEmpty() && blockStarters.contains(line.at(0)))
            line.prepend(u'\\');
        else if (const auto marker = orderedMarker.match(line); marker.hasMatch())
            line.insert(marker.capturedStart(2), u'\\');
    }
    return lines.join(u'\n');
}

QString hashtag(const QString &tag)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    static const QRegularExpression dropped(u"[^\\p{L}\\p{M}\\p{N}_\\-/]"_s);
    QString name = tag.trimmed();
    name.replace(spaces, u"-"_s);
    name.remove(dropped);
    return name.isEmpty() ? QString() : u"#"_s + name;
}

QString hashtags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString one = hashtag(tag);
        if (!one.isEmpty() && !out.contains(one))
            out.append(one);
    }
    return out.join(u' ');
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

QString fileName(const QString &text, const QString &fallback, int maxLength)
{
    static const QRegularExpression reservedDevice(u"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    QString name;
    name.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.category() == QChar::Other_Format)
            name += u' ';
        else if (c == u'/' || c == u'\\' || c == u'|')
            name += u'-';
        else if (c == u':')
            name += u" -"_s;
        else if (c == u'"')
            name += u'\'';
        else if (c != u'*' && c != u'?' && c != u'<' && c != u'>')
            name += c;
    }
    name = name.simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1);

    // Most file systems limit names to 255 bytes; leave room for " (99)" and the extension.
    while (name.toUtf8().size() > maxLength) {
        name.chop(1);
        if (!name.isEmpty() && name.back().isHighSurrogate())
            name.chop(1);
    }
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u' '))
        name.chop(1);
    if (name.isEmpty())
        return fallback.isEmpty() ? u"untitled"_s : fileName(fallback, {}, maxLength);
    if (reservedDevice.match(name).hasMatch())
        name += u'_';
    return name;
}

QString tidyBlankLines(const QString &text)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    QStringList out;
    QString openFence; // the fence that opened the current code block, empty outside one
    for (const QString &line : text.split(u'\n')) {
        const auto match = fence.match(line);
        if (!openFence.isEmpty()) {
            if (match.hasMatch() && match.captured(1).startsWith(openFence))
                openFence.clear();
            out.append(line);
            continue;
        }
        if (match.hasMatch()) {
            openFence = match.captured(1);
            out.append(line);
        } else if (line.trimmed().isEmpty()) {
            if (!out.isEmpty() && !out.constLast().isEmpty())
                out.append(QString());
        } else {
            out.append(line);
        }
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

} // namespace Quoteshelf::Export::MarkdownText
