#pragma once

// Damages a library file the way a failing disk would, for the tests of the damaged state.

#include "library/database.h"

#include <QFile>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace Quoteshelf::Testing {

// Overwrites the leaf pages of one table (all but its first) with noise, as a failing disk
// would; the schema stays readable.
inline bool damageTable(const QString &path, const QString &table)
{
    QList<qint64> pages;
    {
        Library::Database db;
        if (!db.open(path))
            return false;
        QSqlQuery rootPage(db.connection());
        rootPage.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"));
        rootPage.addBindValue(table);
        if (!rootPage.exec() || !rootPage.next())
            return false;
        // The table is small: its root page points straight at its leaves. Read their numbers
        // from the interior page (or damage the root itself when it is the only page).
        pages << rootPage.value(0).toLongLong();
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    constexpr qint64 PageSize = 4096;
    const qint64 root = pages.constFirst();
    file.seek((root - 1) * PageSize);
    const QByteArray header = file.read(12);
    if (header.size() < 12)
        return false;
    QList<qint64> leaves;
    if (quint8(header.at(0)) == 0x05) { // interior table page: cell pointers follow a 12-byte header
        const int cells = (quint8(header.at(3)) << 8) | quint8(header.at(4));
        file.seek((root - 1) * PageSize + 12);
        const QByteArray pointers = file.read(cells * 2);
        for (int c = 0; c < cells; ++c) {
            const int offset = (quint8(pointers.at(2 * c)) << 8) | quint8(pointers.at(2 * c + 1));
            file.seek((root - 1) * PageSize + offset);
            const QByteArray child = file.read(4);
            leaves << ((qint64(quint8(child.at(0))) << 24) | (quint8(child.at(1)) << 16) | (quint8(child.at(2)) << 8)
                       | quint8(child.at(3)));
        }
    } else {
        leaves << root;
    }
    QByteArray noise(PageSize - 16, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    for (qsizetype i = leaves.size() > 1 ? 1 : 0; i < leaves.size(); ++i) {
        file.seek((leaves.at(i) - 1) * PageSize + 8);
        file.write(noise);
    }
    return true;
}

} // namespace Quoteshelf::Testing
