#include "ui/icons.h"

#include <QFile>

namespace Quoteshelf::Ui {

QIcon themedIcon(const QString &themeName, const QString &bundledName)
{
    QIcon bundled;
    for (const int size : {24, 48}) {
        const QString file = QStringLiteral(":/icons/%1-%2.png").arg(bundledName).arg(size);
        if (QFile::exists(file))
            bundled.addFile(file, QSize(size, size));
    }
    return QIcon::fromTheme(themeName, bundled);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/org.quoteshelf.Quoteshelf-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("org.quoteshelf.Quoteshelf"), icon);
}

} // namespace Quoteshelf::Ui
