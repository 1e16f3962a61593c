#pragma once

#include <QIcon>
#include <QString>

namespace Quoteshelf::Ui {

// The icon theme's icon when the desktop has one (Breeze under KDE), else Quoteshelf's own
// drawing of it (resources/icons/NAME-24.png and -48.png), so the toolbar never goes bare.
QIcon themedIcon(const QString &themeName, const QString &bundledName);
// Quoteshelf's own icon in every size it ships.
QIcon applicationIcon();

} // namespace Quoteshelf::Ui
