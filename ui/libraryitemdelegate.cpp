#include "ui/libraryitemdelegate.h"

#include "library/librarymodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace Quoteshelf::Ui {

namespace {

constexpr int Margin = 10;
constexpr int Spacing = 3;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(base.pointSizeF() * 1.05);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

// Lays out text in at most maxLines lines of the given width, eliding the last one.
int drawWrapped(QPainter *painter, const QString &text, const QFont &font, const QRect &rect, int maxLines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    int y = rect.top();
    int lines = 0;
    QStringList out;
    int consumed = 0;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        QString part = text.mid(line.textStart(), line.textLength());
        consumed = line.textStart() + line.textLength();
        if (lines == maxLines - 1 && consumed < text.size())
            part = metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, rect.width());
        out << part.trimmed();
        ++lines;
    }
    layout.endLayout();
    if (painter) {
        painter->setFont(font);
        for (const QString &line : std::as_const(out)) {
            painter->drawText(QRect(rect.left(), y, rect.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += metrics.height();
        }
    }
    return qMax(1, lines) * metrics.height();
}

} // namespace

QString LibraryItemDelegate::detailLine(const QModelIndex &index)
{
    QStringList parts;
    const QString site = index.data(Library::LibraryModel::SiteRole).toString();
    if (!site.isEmpty())
        parts << site;
    // An undated article shows when it was added, never that date as if it were the publication's.
    const QDateTime published
        = QDateTime::fromString(index.data(Library::LibraryModel::PublishedRole).toString(), Qt::ISODate);
    const QDateTime added = index.data(Library::LibraryModel::AddedRole).toDateTime();
    if (published.isValid())
        parts << QLocale().toString(published.toLocalTime().date(), QLocale::ShortFormat);
    else if (added.isValid())
        parts << tr("Added %1").arg(QLocale().toString(added.toLocalTime().date(), QLocale::ShortFormat));
    const int highlights = index.data(Library::LibraryModel::HighlightCountRole).toInt();
    if (highlights > 0)
        parts << tr("%n highlight(s)", nullptr, highlights);
    return parts.join(QStringLiteral(" · "));
}

LibraryItemDelegate::LibraryItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void LibraryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection from the style, text drawn here.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65);
    const bool read = index.data(Library::LibraryModel::ReadRole).toBool();

    QRect area = option.rect.adjusted(Margin, Margin - 2, -Margin, -Margin + 2);
    painter->setPen(read && !selected ? muted : text);
    const int titleHeight = drawWrapped(painter, index.data(Library::LibraryModel::TitleRole).toString(),
                                        titleFont(option.font), area, 2);
    area.setTop(area.top() + titleHeight + Spacing);

    painter->setPen(muted);
    const QFont small = smallFont(option.font);
    painter->setFont(small);
    const QFontMetrics smallMetrics(small);
    painter->drawText(QRect(area.left(), area.top(), area.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detailLine(index), Qt::ElideRight, area.width()));
    area.setTop(area.top() + smallMetrics.height() + Spacing + 1);

    const double progress = index.data(Library::LibraryModel::ProgressRole).toDouble();
    if (progress > 0.0) {
        const QRect track(area.left(), area.top(), qMin(area.width(), 64), 3);
        QColor trackColor = muted;
        trackColor.setAlphaF(0.25);
        painter->fillRect(track, trackColor);
        painter->fillRect(QRect(track.left(), track.top(), int(track.width() * progress), track.height()),
                          selected ? text : option.palette.color(group, QPalette::Highlight));
    }
    painter->restore();
}

QSize LibraryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    // The same height for every entry (room for two title lines): the list uses uniform item
    // sizes so that a library of 100,000 articles lays out without measuring each title.
    const int titleHeight = 2 * QFontMetrics(titleFont(option.font)).height();
    const int smallHeight = QFontMetrics(smallFont(option.font)).height();
    return {200, 2 * Margin + titleHeight + Spacing + smallHeight + Spacing + 4};
}

} // namespace Quoteshelf::Ui
