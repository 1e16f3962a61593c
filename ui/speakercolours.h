#pragma once

#include <QColor>
#include <QString>

namespace Quoteshelf::Ui {

// A stable colour per speaker, used for the panel accents and the underline of their quotes in
// the text. Mid lightness and saturation so it reads on the light, sepia and dark themes alike.
inline QColor speakerColour(const QString &name)
{
    const int hue = int(qHash(name.toCaseFolded(), 7) % 360);
    return QColor::fromHsl(hue, 150, 128);
}

} // namespace Quoteshelf::Ui
