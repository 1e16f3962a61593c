#pragma once

#include <QStyledItemDelegate>

namespace Quoteshelf::Ui {

// Two-line entries for the side panels: a primary line (optionally in the reader's serif and
// wrapped over several lines), a muted secondary line, and a count on the right.
class PanelItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelItemDelegate)

public:
    enum Role {
        SecondaryRole = Qt::UserRole + 100,
        TrailingRole,
        AccentRole,       // QColor drawn as a bar on the left
    };

    explicit PanelItemDelegate(int primaryLines, bool serif, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QFont primaryFont(const QFont &base) const;
    int m_primaryLines = 1;
    bool m_serif = false;
};

} // namespace Quoteshelf::Ui
