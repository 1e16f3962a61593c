#include "render/highlightservice.h"

#include "render/codehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QList>
#include <QMetaEnum>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Quoteshelf::Render {

using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

namespace {

// --- a scanner for the <pre> blocks of importer output ------------------------------------------
// The importer writes well-formed, escaped HTML, so this only needs to find <pre> elements, read
// their start tags and the start tag of a <code> child. Anything unexpected makes the block stay
// as it is; nothing here rewrites markup.

struct Attribute
{
    QString name; // lower case
    QString value;
};

struct StartTag
{
    qsizetype end = -1; // just after '>'
    QList<Attribute> attributes;

    QString attribute(QLatin1String name) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == name)
                return a.value;
        }
        return {};
    }
};

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// True when html has the tag name at pos (just after '<' or "</"), followed by the end of the name.
bool tagNameAt(QStringView html, qsizetype pos, QLatin1String name)
{
    if (html.size() - pos < name.size() + 1
        || QStringView(html).sliced(pos, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const QChar next = html[pos + name.size()];
    return isHtmlSpace(next) || next == u'>' || next == u'/';
}

qsizetype findStartTag(QStringView html, qsizetype from, QLatin1String name)
{
    const QString open = QLatin1Char('<') + name;
    for (qsizetype pos = html.indexOf(open, from, Qt::CaseInsensitive); pos >= 0;
         pos = html.indexOf(open, pos + 1, Qt::CaseInsensitive)) {
        if (tagNameAt(html, pos + 1, name))
            return pos;
    }
    return -1;
}

// Decodes the character references the importer and common HTML use; nullopt on anything else,
// so a block is never shown with text that differs from the stored plain text.
std::optional<QString> unescapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype plainFrom = 0;
    for (qsizetype amp = text.indexOf(u'&'); amp >= 0; amp = text.indexOf(u'&', plainFrom)) {
        out += text.sliced(plainFrom, amp - plainFrom);
        const qsizetype semicolon = text.indexOf(u';', amp);
        if (semicolon < 0 || semicolon - amp > 10)
            return std::nullopt;
        const QStringView name = text.sliced(amp + 1, semicolon - amp - 1);
        if (name == u"amp")
            out += u'&';
        else if (name == u"lt")
            out += u'<';
        else if (name == u"gt")
            out += u'>';
        else if (name == u"quot")
            out += u'"';
        else if (name == u"apos")
            out += u'\'';
        else if (name == u"nbsp")
            out += QChar(0xa0);
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            const uint code = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (!ok || code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                return std::nullopt;
            const char32_t codePoint = code;
            out += QString::fromUcs4(&codePoint, 1);
        } else {
            return std::nullopt;
        }
        plainFrom = semicolon + 1;
    }
    out += text.sliced(plainFrom);
    return out;
}

// Reads the start tag whose '<' is at pos and whose name has nameLength characters.
std::optional<StartTag> readStartTag(QStringView html, qsizetype pos, qsizetype nameLength)
{
    StartTag tag;
    qsizetype i = pos + 1 + nameLength;
    const qsizetype size = html.size();
    while (i < size) {
        const QChar c = html[i];
        if (isHtmlSpace(c) || c == u'/') {
            ++i;
            continue;
        }
        if (c == u'>') {
            tag.end = i + 1;
            return tag;
        }
        const qsizetype nameStart = i;
        while (i < size && !isHtmlSpace(html[i]) && html[i] != u'=' && html[i] != u'>' && html[i] != u'/')
            ++i;
        Attribute attribute { html.sliced(nameStart, i - nameStart).toString().toLower(), {} };
        while (i < size && isHtmlSpace(html[i]))
            ++i;
        if (i < size && html[i] == u'=') {
            ++i;
            while (i < size && isHtmlSpace(html[i]))
                ++i;
            if (i >= size)
                return std::nullopt;
            qsizetype valueStart = i;
            qsizetype valueEnd = -1;
            if (html[i] == u'"' || html[i] == u'\'') {
                valueStart = i + 1;
                valueEnd = html.indexOf(html[i], valueStart);
                if (valueEnd < 0)
                    return std::nullopt;
                i = valueEnd + 1;
            } else {
                while (i < size && !isHtmlSpace(html[i]) && html[i] != u'>')
                    ++i;
                valueEnd = i;
            }
            const auto value = unescapeHtml(html.sliced(valueStart, valueEnd - valueStart));
            if (!value)
                return std::nullopt;
            attribute.value = *value;
        }
        tag.attributes.append(std::move(attribute));
    }
    return std::nullopt; // unterminated
}

// The language label of one element: a "language-X"/"lang-X" class, else data-lang/data-language.
QString languageLabel(const StartTag &tag)
{
    const QString classes = tag.attribute(QLatin1String("class"));
    for (const QStringView name : QStringView(classes).split(u' ', Qt::SkipEmptyParts)) {
        for (const QLatin1String prefix : { QLatin1String("language-"), QLatin1String("lang-") }) {
            if (name.size() > prefix.size() && name.startsWith(prefix, Qt::CaseInsensitive))
                return name.sliced(prefix.size()).toString();
        }
    }
    for (const QLatin1String attribute : { QLatin1String("data-lang"), QLatin1String("data-language") }) {
        const QString value = tag.attribute(attribute).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// Labels are looked up as names, MIME types and file extensions; keep them to what those can be.
bool isPlausibleLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 64)
        return false;
    return std::all_of(label.cbegin(), label.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'_' || c == u'+' || c == u'#' || c == u'.'
            || c == u'-' || c == u'/';
    });
}

QString cssColor(QRgb rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xffffff, 6, 16, QLatin1Char('0'));
}

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The colour with the same hue and saturation whose lightness is closest to the original while
// reaching minimumContrast against background (WCAG 2 ratio). Editor themes accept some faint
// colours (Breeze Dark's documentation comments are 2.1:1) that are too faint to read in prose.
QColor legibleOn(const QColor &color, const QColor &background)
{
    constexpr double minimumContrast = 4.6; // WCAG AA for body text is 4.5; a little margin for rounding
    if (contrastRatio(color, background) >= minimumContrast)
        return color;
    const bool darken = relativeLuminance(background) > 0.18;
    const QColor hsl = color.toHsl();
    double near = hsl.lightnessF(); // fails
    double far = darken ? 0.0 : 1.0; // black or white: always enough on the reader's backgrounds
    for (int i = 0; i < 24; ++i) {
        const double middle = (near + far) / 2;
        if (contrastRatio(QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), middle), background) >= minimumContrast)
            far = middle;
        else
            near = middle;
    }
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), far).toRgb();
}

} // namespace

HighlightService::HighlightService() = default;
HighlightService::~HighlightService() = default;

Repository &HighlightService::repository()
{
    if (!m_repository)
        m_repository = std::make_unique<Repository>();
    return *m_repository;
}

QString HighlightService::definitionName(const QString &label)
{
    const auto cached = m_definitionNames.constFind(label);
    if (cached != m_definitionNames.constEnd())
        return *cached;
    QString name;
    if (isPlausibleLabel(label)) {
        // The house order: a definition's own name ("Python", "C++", case-insensitive), a MIME
        // type ("text/x-python"), then the label as a file extension ("py", "js", "rs").
        Repository &repo = repository();
        KSyntaxHighlighting::Definition definition = repo.definitionForName(label);
        if (!definition.isValid())
            definition = repo.definitionForMimeType(label);
        if (!definition.isValid() && !label.contains(u'/'))
            definition = repo.definitionForFileName(QLatin1String("x.") + label);
        name = definition.isValid() ? definition.name() : QString();
    }
    m_definitionNames.insert(label, name);
    return name;
}

QString HighlightService::highlightCodeBlocks(const QString &articleHtml)
{
    const QStringView html(articleHtml);
    qsizetype pre = findStartTag(html, 0, QLatin1String("pre"));
    if (pre < 0)
        return articleHtml; // the common case: one search, no copy

    QString out;
    qsizetype copied = 0; // articleHtml[0, copied) is already in out
    CodeHighlighter highlighter;
    while (pre >= 0) {
        const auto preTag = readStartTag(html, pre, 3);
        if (!preTag)
            break; // unterminated start tag: nothing after it is a block we can trust
        const qsizetype contentStart = preTag->end;
        qsizetype contentEnd = html.indexOf(QLatin1String("</pre"), contentStart, Qt::CaseInsensitive);
        while (contentEnd >= 0 && !tagNameAt(html, contentEnd + 2, QLatin1String("pre")))
            contentEnd = html.indexOf(QLatin1String("</pre"), contentEnd + 1, Qt::CaseInsensitive);
        if (contentEnd < 0)
            break; // unterminated <pre>

        // Either <code ...>TEXT</code> filling the whole <pre>, or TEXT alone.
        qsizetype textStart = contentStart;
        qsizetype textEnd = contentEnd;
        QString label;
        bool usable = true;
        if (html.sliced(contentStart, contentEnd - contentStart).startsWith(QLatin1String("<code"), Qt::CaseInsensitive)
            && tagNameAt(html, contentStart + 1, QLatin1String("code"))) {
            const auto codeTag = readStartTag(html, contentStart, 4);
            const QLatin1String close("</code>");
            usable = codeTag && codeTag->end <= contentEnd - close.size()
                && html.sliced(contentEnd - close.size(), close.size()).compare(close, Qt::CaseInsensitive) == 0;
            if (usable) {
                textStart = codeTag->end;
                textEnd = contentEnd - close.size();
                label = languageLabel(*codeTag);
            }
        }
        if (label.isEmpty())
            label = languageLabel(*preTag);
        const QStringView escaped = html.sliced(textStart, textEnd - textStart);
        usable = usable && !label.isEmpty() && !escaped.contains(u'<');

        const QString definition = usable ? definitionName(label) : QString();
        if (!definition.isEmpty()) {
            const auto code = unescapeHtml(escaped);
            if (code && code->size() <= maxHighlightedLength) {
                highlighter.setDefinition(repository().definitionForName(definition));
                if (out.isEmpty())
                    out.reserve(articleHtml.size() + articleHtml.size() / 2);
                out += html.sliced(copied, textStart - copied);
                out += highlighter.highlight(*code);
                copied = textEnd;
            }
        }
        pre = findStartTag(html, contentEnd, QLatin1String("pre"));
    }
    if (copied == 0)
        return articleHtml;
    out += html.sliced(copied);
    return out;
}

QString HighlightService::themeName(const QString &readerTheme)
{
    // The reader theme is chosen explicitly (it need not follow the desktop palette), so it picks
    // between the repository's default light and dark themes directly; this is the choice
    // themeForPalette() makes for a palette whose base colour is the reader's code background.
    return repository()
        .defaultTheme(readerTheme == QLatin1String("dark") ? Repository::DarkTheme : Repository::LightTheme)
        .name();
}

QString HighlightService::codeBackground(const QString &readerTheme)
{
    // Mirrors --qs-code-bg in resources/web/reader.css; tst_codehighlighter checks they agree.
    if (readerTheme == QLatin1String("dark"))
        return QStringLiteral("#2a2b2f");
    if (readerTheme == QLatin1String("sepia"))
        return QStringLiteral("#ebe0c6");
    return QStringLiteral("#f1efe9");
}

QString HighlightService::styleSheet(const QString &readerTheme)
{
    const QString key = readerTheme == QLatin1String("dark") || readerTheme == QLatin1String("sepia")
        ? readerTheme
        : QStringLiteral("light");
    const auto cached = m_styleSheets.constFind(key);
    if (cached != m_styleSheets.constEnd())
        return *cached;

    const Theme theme = repository().theme(themeName(key));
    const QColor blockBackground(codeBackground(key));
    QString css = QStringLiteral("/* Code highlighting: KSyntaxHighlighting theme \"%1\" */\n").arg(theme.name());
    const QMetaEnum styles = QMetaEnum::fromType<Theme::TextStyle>();
    for (int i = 0; i < styles.keyCount(); ++i) {
        const auto style = Theme::TextStyle(styles.value(i));
        const QString cssClass = CodeHighlighter::cssClass(style);
        if (cssClass.isEmpty())
            continue; // Normal text keeps the reader's colour
        QString rules;
        // Only styles that mark text out (Alert, Error, RegionMarker, ...) carry a background;
        // the rest are drawn on the reader's code background.
        const QRgb ownBackground = theme.backgroundColor(style);
        const QColor background = qAlpha(ownBackground) != 0 ? QColor(ownBackground) : blockBackground;
        if (const QRgb color = theme.textColor(style); qAlpha(color) != 0)
            rules += QLatin1String("color:") + cssColor(legibleOn(QColor(color), background).rgb()) + QLatin1Char(';');
        if (qAlpha(ownBackground) != 0)
            rules += QLatin1String("background-color:") + cssColor(ownBackground) + QLatin1Char(';');
        if (theme.isBold(style))
            rules += QLatin1String("font-weight:bold;");
        if (theme.isItalic(style))
            rules += QLatin1String("font-style:italic;");
        if (theme.isUnderline(style) || theme.isStrikeThrough(style)) {
            rules += QLatin1String("text-decoration-line:");
            rules += theme.isUnderline(style) && theme.isStrikeThrough(style) ? QLatin1String("underline line-through")
                : theme.isUnderline(style)                                    ? QLatin1String("underline")
                                                                              : QLatin1String("line-through");
            rules += QLatin1Char(';');
        }
        if (!rules.isEmpty())
            css += QLatin1Char('.') + cssClass + QLatin1String(" { ") + rules + QLatin1String(" }\n");
    }
    m_styleSheets.insert(key, css);
    return css;
}

} // namespace Quoteshelf::Render
