#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QString>
#include <QStringView>

namespace Quoteshelf::Render {

// Highlights one code string with the definition set through setDefinition() and returns an HTML
// fragment for the inside of a <pre>/<code>: the escaped code with formatted runs wrapped in
// <span class="qs-hl-STYLE">, one class per KSyntaxHighlighting default text style.
//
// Invariant: the fragment's text content equals the input exactly (every character, '\r' and
// '\n' included), because highlights and quotes anchor on the article's stored plain text.
//
// Classes name the theme's text styles rather than the definition's formats, so the fragment is
// the same for every reader theme and one static stylesheet per theme colours it (see
// HighlightService::styleSheet). Colours a definition hard-codes for one format are not used:
// they are picked for one background and are often unreadable on the others.
class CodeHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    CodeHighlighter() = default;
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

    // An invalid definition gives the escaped code with no spans.
    QString highlight(QStringView code);

    // "qs-hl-keyword", "qs-hl-controlflow", ...; empty for Theme::Normal, which gets no span so
    // ordinary code text keeps the reader's colour.
    static QString cssClass(KSyntaxHighlighting::Theme::TextStyle style);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void emitRun(qsizetype from, qsizetype to, const QString &cssClass);
    void flushRun();

    QString m_html;
    QStringView m_line;
    qsizetype m_cursor = 0; // how much of m_line is already written
    QString m_runClass;     // class of the pending run; runs of one class are merged into one span
    QString m_runHtml;      // escaped text of the pending run
};

// Escapes & < > " the way QString::toHtmlEscaped() does, appending to out.
void appendHtmlEscaped(QString &out, QStringView text);

} // namespace Quoteshelf::Render
