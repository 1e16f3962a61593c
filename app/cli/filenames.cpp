#include "cli/filenames.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Quoteshelf::Cli {

namespace {

// Length of the UTF-8 sequence its lead byte announces, 0 for a byte that cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

} // namespace

QString FileNames::displayName(const QByteArray &bytes)
{
    QString name;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int length = sequenceLength(static_cast<unsigned char>(bytes[i]));
        const QByteArrayView sequence = QByteArrayView(bytes).sliced(i, std::min<qsizetype>(length, bytes.size() - i));
        if (length > 0 && sequence.size() == length && sequence.isValidUtf8()) {
            name += QString::fromUtf8(sequence);
            i += length;
        } else {
            name += QStringLiteral("\\x")
                + QString::number(static_cast<unsigned char>(bytes[i]), 16)
                      .toUpper()
                      .rightJustified(2, QLatin1Char('0'));
            ++i;
        }
    }
    return name;
}

void FileNames::resolve(QStringList &positional, int argc, const char *const *argv)
{
    // The parser's arguments are argv decoded, in order, with options removed: each is matched to
    // the next raw argument that decodes to it.
    int next = 1;
    for (QString &argument : positional) {
        for (int i = next; i < argc; ++i) {
            const QByteArray raw(argv[i]);
            if (QFile::decodeName(raw) != argument)
                continue;
            next = i + 1;
            if (QFile::encodeName(argument) != raw) {
                argument = displayName(raw);
                m_native.insert(argument, raw);
            }
            break;
        }
    }
}

QByteArray FileNames::read(const QByteArray &nativeName, qint64 limit, QString *error)
{
    const int fd = ::open(nativeName.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno == ENOENT ? QCoreApplication::translate("cli", "no such file")
                                 : QCoreApplication::translate("cli", "cannot open the file: %1")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = QCoreApplication::translate("cli", "cannot open the file: %1").arg(file.errorString());
        return {};
    }
    QByteArray data = file.read(limit);
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("cli", "cannot read the file: %1").arg(file.errorString());
        return {};
    }
    return data;
}

} // namespace Quoteshelf::Cli
