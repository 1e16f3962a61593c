#include "ui/textlines.h"

#include <QFontMetrics>
#include <QTextLayout>

namespace Quoteshelf::Ui {

QStringList elidedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QStringList lines;
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool last = lines.size() == maxLines - 1;
        const qsizetype end = line.textStart() + line.textLength();
        lines << (last && end < text.size() ? metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width)
                                            : text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace Quoteshelf::Ui
