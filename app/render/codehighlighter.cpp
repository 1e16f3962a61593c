#include "render/codehighlighter.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QMetaEnum>

#include <array>
#include <utility>

namespace Quoteshelf::Render {

using KSyntaxHighlighting::Theme;

void appendHtmlEscaped(QString &out, QStringView text)
{
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QLatin1String entity;
        switch (text[i].unicode()) {
        case u'&':
            entity = QLatin1String("&amp;");
            break;
        case u'<':
            entity = QLatin1String("&lt;");
            break;
        case u'>':
            entity = QLatin1String("&gt;");
            break;
        case u'"':
            entity = QLatin1String("&quot;");
            break;
        default:
            continue;
        }
        out += text.sliced(plainFrom, i - plainFrom);
        out += entity;
        plainFrom = i + 1;
    }
    out += text.sliced(plainFrom);
}

QString CodeHighlighter::cssClass(Theme::TextStyle style)
{
    // Built once: the class is looked up for every formatted run of every line.
    static const auto classes = [] {
        std::array<QString, 64> names;
        const QMetaEnum styles = QMetaEnum::fromType<Theme::TextStyle>();
        for (int i = 0; i < styles.keyCount(); ++i) {
            const int value = styles.value(i);
            if (value > 0 && value < int(names.size())) // 0 is Normal: no class
                names[value] = QLatin1String("qs-hl-") + QString::fromLatin1(styles.key(i)).toLower();
        }
        return names;
    }();
    const int index = int(style);
    return index >= 0 && index < int(classes.size()) ? classes[index] : QString();
}

QString CodeHighlighter::highlight(QStringView code)
{
    m_html.clear();
    m_html.reserve(code.size() + code.size() / 2);
    const bool highlighting = definition().isValid();
    KSyntaxHighlighting::State state;
    qsizetype lineStart = 0;
    while (lineStart <= code.size()) {
        qsizetype lineEnd = code.indexOf(u'\n', lineStart);
        const bool lastLine = lineEnd < 0;
        if (lastLine)
            lineEnd = code.size();
        // A '\r' before the newline is written back as plain text, not handed to the definition,
        // so CRLF code highlights like LF code and still round-trips.
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && code[contentEnd - 1] == u'\r')
            --contentEnd;
        m_line = code.sliced(lineStart, contentEnd - lineStart);
        m_cursor = 0;
        if (highlighting)
            state = highlightLine(m_line, state);
        emitRun(m_cursor, m_line.size(), QString()); // whatever the definition left unformatted
        flushRun();
        m_html += code.sliced(contentEnd, lineEnd - contentEnd);
        if (lastLine)
            break;
        m_html += QLatin1Char('\n');
        lineStart = lineEnd + 1;
    }
    m_line = {};
    return std::exchange(m_html, QString());
}

void CodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    // The engine reports runs left to right; anything it skipped is written unformatted, anything
    // it reports twice is written once, so the text stays exact whatever the definition does.
    const qsizetype from = qBound(qsizetype(0), qsizetype(offset), m_line.size());
    const qsizetype to = qBound(from, qsizetype(offset) + length, m_line.size());
    if (to <= m_cursor)
        return;
    if (from > m_cursor)
        emitRun(m_cursor, from, QString());
    emitRun(qMax(from, m_cursor), to, cssClass(format.textStyle()));
}

void CodeHighlighter::emitRun(qsizetype from, qsizetype to, const QString &cssClass)
{
    if (to <= from)
        return;
    if (cssClass != m_runClass)
        flushRun();
    m_runClass = cssClass;
    appendHtmlEscaped(m_runHtml, m_line.sliced(from, to - from));
    m_cursor = to;
}

void CodeHighlighter::flushRun()
{
    if (m_runHtml.isEmpty())
        return;
    if (m_runClass.isEmpty()) {
        m_html += m_runHtml;
    } else {
        m_html += QLatin1String("<span class=\"") + m_runClass + QLatin1String("\">") + m_runHtml
            + QLatin1String("</span>");
    }
    m_runHtml.clear();
}

} // namespace Quoteshelf::Render
