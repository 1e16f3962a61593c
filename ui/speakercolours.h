#pragma once

#include <QColor>
#include <QString>

namespace Quoteshelf::Ui {

// A stable colour per speaker, used for the panel accents and the underline of their quotes in
// the text. Mid lightness and saturation so it reads on the light, sepia and dark themes alike.
inline QColor speakerColour(const QString &name)
{
    // FNV-1a over the folded name: the same colour in every session (qHash is seeded per process).
    quint32 hash = 2166136261u;
    for (const QChar c : name.toCaseFolded()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromHsl(int(hash % 360), 150, 128);
}

} // namespace Quoteshelf::Ui
