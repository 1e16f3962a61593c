#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// Pure text helpers behind the template filters. They live apart from the filter classes so the
// engine, the clipboard functions and the tests use exactly the code the templates use, and so the
// template plugin (a separate shared object) can compile them without pulling in the rest.
namespace Quoteshelf::Export::MarkdownText {

// A YAML value that parses back to the same data: plain when that is unambiguous, otherwise a
// double-quoted scalar. Lists become flow sequences, numbers and booleans stay typed, ISO dates
// stay plain so note apps recognise them as dates.
QString yaml(const QVariant &value);
QString yamlString(const QString &text);

// Prefixes every line with "> " (blank lines with ">") so paragraphs stay inside one quote.
QString blockquote(const QString &text);

// Escapes plain article text so Markdown shows it as written: line starts that would open a
// heading, list, quote or rule, a backslash, and "<" where it would start raw HTML.
QString escape(const QString &text);

// "#tag" for one tag or a space-separated run for a list; whitespace becomes "-", characters that
// end a tag in common note apps are dropped.
QString hashtag(const QString &tag);
QString hashtags(const QStringList &tags);

// Collapses line breaks and runs of whitespace into single spaces (headings, list items).
QString oneLine(const QString &text);

// A file name safe on Linux, macOS and Windows: no separators or reserved characters, no control
// characters, no trailing dots or spaces, not a reserved device name, at most maxLength UTF-8 bytes
// before the extension. Empty input gives fallback.
QString fileName(const QString &text, const QString &fallback, int maxLength = 120);

// Collapses runs of blank lines into one and empties whitespace-only lines, outside fenced code
// blocks. Lines that hold only a template tag leave blank lines behind; in Markdown one blank line
// means the same as several, so templates can be laid out for reading.
QString tidyBlankLines(const QString &text);

} // namespace Quoteshelf::Export::MarkdownText
