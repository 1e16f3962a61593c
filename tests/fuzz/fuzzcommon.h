#pragma once

// Shared set-up of the fuzz targets: a QCoreApplication (the exporter finds its template plugin
// beside the executable), Qt's logging kept quiet so the fuzzer's own output stays readable.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Quoteshelf::Fuzz {

inline void initialise(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) { });
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input into fields at a separator byte that seeds do not use elsewhere (0x1e, the
// ASCII record separator), so one input can carry several texts.
inline QList<QString> fields(const std::uint8_t *data, std::size_t size, qsizetype count)
{
    const QList<QByteArray> parts = bytes(data, size).split('\x1e');
    QList<QString> out;
    for (qsizetype i = 0; i < count; ++i)
        out.append(i < parts.size() ? QString::fromUtf8(parts.at(i)) : QString());
    return out;
}

} // namespace Quoteshelf::Fuzz
