#include "ui/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace Quoteshelf::Ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in article"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaximumWidth(320);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setMinimumWidth(90);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setAutoRaise(true);
    next->setToolTip(tr("Next match (Enter)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Esc)"));
    m_edit->setAccessibleName(tr("Find in article"));
    previous->setAccessibleName(tr("Previous match"));
    next->setAccessibleName(tr("Next match"));
    closeButton->setAccessibleName(tr("Close the find bar"));
    layout->addWidget(m_edit);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(closeButton);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(previous, &QToolButton::clicked, this, [this] { find(true); });
    connect(next, &QToolButton::clicked, this, [this] { find(false); });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::setPage(QWebEnginePage *page)
{
    m_page = page;
    connect(page, &QWebEnginePage::findTextFinished, this, [this](const QWebEngineFindTextResult &result) {
        if (m_edit->text().isEmpty())
            m_count->clear();
        else if (result.numberOfMatches() == 0)
            m_count->setText(tr("No matches"));
        else
            m_count->setText(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
    });
}

QString FindBar::matchText() const
{
    return m_count->text();
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        find(false);
}

void FindBar::close()
{
    hide();
    if (m_page)
        m_page->findText(QString());
    m_count->clear();
}

void FindBar::find(bool backward)
{
    if (!m_page)
        return;
    m_page->findText(m_edit->text(), backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ShiftModifier)) {
        find(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Quoteshelf::Ui
