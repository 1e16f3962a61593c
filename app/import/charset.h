#pragma once

#include <QByteArray>
#include <QString>

namespace Quoteshelf::Import::Charset {

// Decodes a saved document to text. Order of evidence: a byte-order mark, then the zero bytes of
// UTF-16 saved without one (no other encoding of text has them), then the charset the
// container declared (MIME header), then, for HTML, <meta charset> or http-equiv in the first
// kilobytes, then valid UTF-8, then uchardet's guess, then Windows-1252 (what browsers assume for
// undeclared legacy pages). ISO-8859-1 and US-ASCII labels mean Windows-1252, as in browsers, so
// curly quotes from Windows editors do not turn into control characters. Bytes invalid in the
// chosen encoding become U+FFFD; decoding never fails. The BOM is not part of the result.
QString decode(const QByteArray &data, const QByteArray &declared = {}, bool isHtml = false);

// The encoding label found in an HTML prescan (<meta charset>, http-equiv), or empty.
QByteArray htmlDeclaredCharset(const QByteArray &data);

// "utf-16le" or "utf-16be" for UTF-16 text without a byte-order mark, else empty.
QByteArray utf16WithoutBom(const QByteArray &data);

// The encoding decode() would use, for diagnostics and tests.
QByteArray detect(const QByteArray &data, const QByteArray &declared = {}, bool isHtml = false);

} // namespace Quoteshelf::Import::Charset
