#pragma once

#include <QFrame>

class QCompleter;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Quoteshelf::Ui {

// The small popup next to a selection or a clicked highlight: five colours (keys 1-5, Ctrl+H for
// the first), a note button and a tag field; for an existing highlight also Delete. Esc or a
// click elsewhere closes it; keys that move through the text close it and go to the article.
class HighlightPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightPopup)

public:
    explicit HighlightPopup(QWidget *parent = nullptr);

    // For a new selection (no highlight yet) or an existing highlight.
    void showForSelection(const QPoint &globalBelow);
    void showForHighlight(qint64 id, const QString &color, const QStringList &tags, const QPoint &globalBelow);
    void setTagCompletions(const QStringList &tags);

    qint64 highlightId() const { return m_highlightId; }
    QLineEdit *tagField() const { return m_tags; }

    // The names the reader sees for each colour.
    static QStringList colourNames();
    static QString colourLabel(const QString &colour);
    static QColor colourSwatch(const QString &colour);
    // A round swatch of the colour, as the popup's buttons show it.
    static QIcon swatchIcon(const QColor &colour);

Q_SIGNALS:
    void colourChosen(const QString &colour);
    void noteRequested();
    void tagsEntered(const QStringList &tags);
    void deleteRequested();
    // A key the popup does not use (arrows, Home/End, Page Up/Down, Copy, Select All): the
    // popup closed and the key belongs to the article (a keyboard selection goes on growing).
    void keyForwarded(int key, Qt::KeyboardModifiers modifiers, const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void place(const QPoint &globalBelow);

    QList<QToolButton *> m_colourButtons;
    QPushButton *m_note = nullptr;
    QLineEdit *m_tags = nullptr;
    QCompleter *m_completer = nullptr;
    QPushButton *m_delete = nullptr;
    qint64 m_highlightId = 0;
};

} // namespace Quoteshelf::Ui
