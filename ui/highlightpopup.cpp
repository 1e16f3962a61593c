#include "ui/highlightpopup.h"

#include "library/highlightcolours.h"

#include <QCompleter>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStringListModel>
#include <QToolButton>

namespace Quoteshelf::Ui {

namespace {

const QStringList &colourKeys()
{
    static const QStringList keys = Library::HighlightColours::keys();
    return keys;
}

} // namespace

QIcon HighlightPopup::swatchIcon(const QColor &colour)
{
    QPixmap pixmap(36, 36);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(QPen(colour.darker(130), 2));
    painter.drawEllipse(QRectF(3, 3, 30, 30));
    return QIcon(pixmap);
}

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

} // namespace

QStringList HighlightPopup::colourNames()
{
    return colourKeys();
}

QString HighlightPopup::colourLabel(const QString &colour)
{
    return Library::HighlightColours::name(colour);
}

QColor HighlightPopup::colourSwatch(const QString &colour)
{
    if (colour == QLatin1String("green"))
        return QColor(0x5c, 0xc2, 0x7f);
    if (colour == QLatin1String("blue"))
        return QColor(0x5d, 0x9c, 0xf5);
    if (colour == QLatin1String("pink"))
        return QColor(0xf2, 0x7a, 0xb0);
    if (colour == QLatin1String("purple"))
        return QColor(0xa9, 0x82, 0xf0);
    return QColor(0xf5, 0xcd, 0x2f);
}

HighlightPopup::HighlightPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("highlightPopup"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    int number = 1;
    for (const QString &colour : colourKeys()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("colour-") + colour);
        button->setIcon(swatchIcon(colourSwatch(colour)));
        button->setIconSize(QSize(20, 20));
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setToolTip(tr("%1 (%2)").arg(colourLabel(colour)).arg(number++));
        connect(button, &QToolButton::clicked, this, [this, colour] { Q_EMIT colourChosen(colour); });
        m_colourButtons << button;
        layout->addWidget(button);
    }
    m_note = new QPushButton(tr("Note…"), this);
    m_note->setToolTip(tr("Write a note on this highlight (N)"));
    m_note->setFlat(true);
    connect(m_note, &QPushButton::clicked, this, &HighlightPopup::noteRequested);
    layout->addWidget(m_note);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("highlightTags"));
    m_tags->setPlaceholderText(tr("Tags, comma separated"));
    m_tags->setMinimumWidth(170);
    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(m_completer);
    connect(m_tags, &QLineEdit::returnPressed, this, [this] { Q_EMIT tagsEntered(splitTags(m_tags->text())); });
    layout->addWidget(m_tags);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setFlat(true);
    m_delete->setToolTip(tr("Delete this highlight (Del); Edit › Undo brings it back"));
    connect(m_delete, &QPushButton::clicked, this, &HighlightPopup::deleteRequested);
    layout->addWidget(m_delete);
}

void HighlightPopup::setTagCompletions(const QStringList &tags)
{
    static_cast<QStringListModel *>(m_completer->model())->setStringList(tags);
}

void HighlightPopup::place(const QPoint &globalBelow)
{
    adjustSize();
    QPoint topLeft(globalBelow.x() - width() / 2, globalBelow.y() + 6);
    if (const QScreen *screen = QGuiApplication::screenAt(globalBelow)) {
        const QRect area = screen->availableGeometry();
        topLeft.setX(qBound(area.left(), topLeft.x(), area.right() - width()));
        topLeft.setY(qBound(area.top(), topLeft.y(), area.bottom() - height()));
    }
    move(topLeft);
    show();
    setFocus();
}

void HighlightPopup::showForSelection(const QPoint &globalBelow)
{
    m_highlightId = 0;
    for (QToolButton *button : std::as_const(m_colourButtons))
        button->setChecked(false);
    m_tags->clear();
    m_delete->hide();
    place(globalBelow);
}

void HighlightPopup::showForHighlight(qint64 id, const QString &color, const QStringList &tags, const QPoint &globalBelow)
{
    m_highlightId = id;
    for (int i = 0; i < m_colourButtons.size(); ++i)
        m_colourButtons.at(i)->setChecked(colourKeys().at(i) == color);
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_delete->show();
    place(globalBelow);
}

void HighlightPopup::keyPressEvent(QKeyEvent *event)
{
    if (!m_tags->hasFocus()) {
        const int key = event->key();
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if (key == Qt::Key_H && modifiers == Qt::ControlModifier) {
            Q_EMIT colourChosen(colourKeys().constFirst());
            return;
        }
        static const QList<int> textKeys = {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down,
                                            Qt::Key_Home, Qt::Key_End, Qt::Key_PageUp, Qt::Key_PageDown};
        if (textKeys.contains(key) || event->matches(QKeySequence::Copy) || event->matches(QKeySequence::SelectAll)) {
            hide();
            Q_EMIT keyForwarded(key, event->modifiers(), event->text());
            return;
        }
        // Digits may need Shift (AZERTY); with Ctrl, Alt or Meta a key is a shortcut.
        if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            QFrame::keyPressEvent(event);
            return;
        }
        if (key >= Qt::Key_1 && key <= Qt::Key_5) {
            Q_EMIT colourChosen(colourKeys().at(key - Qt::Key_1));
            return;
        }
        if (key == Qt::Key_N) {
            Q_EMIT noteRequested();
            return;
        }
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_highlightId > 0) {
            Q_EMIT deleteRequested();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Quoteshelf::Ui
