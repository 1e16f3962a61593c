#pragma once

#include <QStringList>

class QFont;

namespace Quoteshelf::Ui {

// Breaks text into at most maxLines lines of the given width for a delegate to draw, the last
// line elided when the text does not fit.
QStringList elidedLines(const QString &text, const QFont &font, int width, int maxLines);

} // namespace Quoteshelf::Ui
