#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

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
        NoteRole,         // the reader's note, Markdown, shown formatted under the text (up to four lines)
    };

    explicit PanelItemDelegate(int primaryLines, bool serif, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QFont primaryFont(const QFont &base) const;
    static QFont smallFont(const QFont &base);
    // The note laid out for width, and the height it gets (at most NoteLines lines).
    static int layoutNote(QTextDocument &document, const QString &markdown, const QFont &font, int width);
    static constexpr int NoteLines = 4;
    int m_primaryLines = 1;
    bool m_serif = false;
};

} // namespace Quoteshelf::Ui
