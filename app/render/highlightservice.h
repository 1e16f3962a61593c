#pragma once

#include <QHash>
#include <QString>

#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Quoteshelf::Render {

// Syntax highlighting for the reader: owns the process's one KSyntaxHighlighting::Repository
// (the composition root creates one HighlightService and hands it to whatever renders pages;
// tests make their own). The Repository is created on first use, so articles without code never
// pay for loading the definition index.
//
// Not thread-safe: definitions load lazily inside the Repository. Use it from one thread (the GUI
// thread, where the scheme handler renders pages).
class HighlightService final
{
public:
    HighlightService();
    ~HighlightService();
    Q_DISABLE_COPY_MOVE(HighlightService)

    // Highlights the code blocks of sanitised article HTML (as the importer stores it) and returns
    // the new HTML; the HTML itself, shared not copied, when there is nothing to highlight.
    // A block is <pre ...><code ...>TEXT</code></pre> or <pre ...>TEXT</pre> where TEXT is escaped
    // text with no tags. The language comes from a "language-X"/"lang-X" class or a
    // data-lang/data-language attribute on <code>, then on <pre>. Only TEXT changes: tags and
    // attributes (data-qs-start/-end included) are kept byte for byte, and the highlighted text
    // reads exactly as before. Unknown or missing languages, blocks holding other markup and
    // oversized blocks are left as they are.
    //
    // The output does not depend on the reader theme: spans carry classes that styleSheet()
    // colours, so switching themes needs only another stylesheet.
    QString highlightCodeBlocks(const QString &articleHtml);

    // CSS for the span classes (".qs-hl-keyword { color:#...; font-weight:bold; }" ...), from the
    // KSyntaxHighlighting theme matching the reader theme ("light", "sepia", "dark"; anything else
    // is light). It styles only the spans: code blocks keep the reader's --qs-code-bg, so a code
    // block looks like part of the page in every theme, and a theme colour too faint on that
    // background (under 4.5:1) is made darker or lighter, keeping its hue, until it reads.
    QString styleSheet(const QString &readerTheme);

    // The code-block background of a reader theme, as reader.css sets it ("#2a2b2f" for dark).
    static QString codeBackground(const QString &readerTheme);

    // The KSyntaxHighlighting theme styleSheet() uses for a reader theme, e.g. "Breeze Dark".
    QString themeName(const QString &readerTheme);

    // The definition a fence label or class suffix selects ("py" -> "Python"); empty for none.
    QString definitionName(const QString &label);

    // Code longer than this (in UTF-16 units) is shown plain: highlighting cost grows with it and
    // nobody reads a megabyte of code in an article for its colours.
    static constexpr qsizetype maxHighlightedLength = 256 * 1024;

    // The process's one Repository, for the note editor's Markdown highlighting too.
    KSyntaxHighlighting::Repository &repository();

private:

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QHash<QString, QString> m_definitionNames; // label -> definition name, "" when none
    QHash<QString, QString> m_styleSheets;     // reader theme -> CSS
};

} // namespace Quoteshelf::Render
