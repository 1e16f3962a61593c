#pragma once

#include <QStyledItemDelegate>

namespace Quoteshelf::Ui {

// Draws one library entry the way a reading app lists articles: the title in two lines at most,
// the site and date muted below, a thin reading-progress bar and the highlight count.
class LibraryItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryItemDelegate)

public:
    explicit LibraryItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The line under an entry's title: its site, when it was published (or, for an article that
    // gives no date, when it was added, said as such) and its highlights.
    static QString detailLine(const QModelIndex &index);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Quoteshelf::Ui
