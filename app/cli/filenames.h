#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Cli {

// File names on the command line whose bytes are not UTF-8. Qt spells every file name in UTF-8,
// so such a name (a Latin-1 "café" from an old disk or archive) has no QString that opens it:
// decoding turns its odd bytes into U+FFFD and the file is "not found". Those arguments are
// replaced by a readable form with the odd bytes written as \xE9, and their bytes are kept so the
// file can still be opened.
class FileNames final
{
public:
    // Rewrites the parser's (decoded) positional arguments in place, matching them to argv.
    void resolve(QStringList &positional, int argc, const char *const *argv);

    // The bytes that name `path` when `path` itself cannot open the file, else empty.
    QByteArray nativeName(const QString &path) const { return m_native.value(path); }

    // Reads a file named by bytes, at most `limit` bytes; on failure, error says why in words.
    static QByteArray read(const QByteArray &nativeName, qint64 limit, QString *error);

    // The bytes as text: UTF-8 where they are, \xNN for every other byte.
    static QString displayName(const QByteArray &bytes);

private:
    QHash<QString, QByteArray> m_native;
};

} // namespace Quoteshelf::Cli
