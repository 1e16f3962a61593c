#include "ui/readersettingswidget.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSlider>

namespace Quoteshelf::Ui {

namespace {

QSlider *makeSlider(int minimum, int maximum, QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(minimum, maximum);
    slider->setMinimumWidth(160);
    return slider;
}

QWidget *buttonRow(QButtonGroup *group, const QList<std::pair<QString, QString>> &buttons, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    int id = 0;
    for (const auto &[key, label] : buttons) {
        auto *button = new QPushButton(label, row);
        button->setCheckable(true);
        button->setProperty("key", key);
        group->addButton(button, id++);
        layout->addWidget(button);
    }
    group->setExclusive(true);
    return row;
}

QString checkedKey(QButtonGroup *group)
{
    return group->checkedButton() ? group->checkedButton()->property("key").toString() : QString();
}

void checkKey(QButtonGroup *group, const QString &key)
{
    for (QAbstractButton *button : group->buttons())
        button->setChecked(button->property("key").toString() == key);
}

} // namespace

ReaderSettingsWidget::ReaderSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_font(new QButtonGroup(this))
    , m_theme(new QButtonGroup(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(14, 12, 14, 12);
    form->addRow(tr("Typeface"), buttonRow(m_font, {{QStringLiteral("serif"), tr("Serif")}, {QStringLiteral("sans"), tr("Sans")}}, this));
    m_size = makeSlider(14, 30, this);
    m_line = makeSlider(13, 22, this);   // tenths
    m_width = makeSlider(30, 60, this);  // em
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Line spacing"), m_line);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Theme"), buttonRow(m_theme, {{QStringLiteral("light"), tr("Light")}, {QStringLiteral("sepia"), tr("Sepia")},
                                                  {QStringLiteral("dark"), tr("Dark")}}, this));
    for (QSlider *slider : {m_size, m_line, m_width})
        connect(slider, &QSlider::valueChanged, this, &ReaderSettingsWidget::emitStyle);
    connect(m_font, &QButtonGroup::idClicked, this, &ReaderSettingsWidget::emitStyle);
    connect(m_theme, &QButtonGroup::idClicked, this, &ReaderSettingsWidget::emitStyle);
}

void ReaderSettingsWidget::setStyle(const Render::ReaderStyle &style)
{
    m_updating = true;
    checkKey(m_font, style.font);
    checkKey(m_theme, style.theme);
    m_size->setValue(style.fontSizePx);
    m_line->setValue(qRound(style.lineHeight * 10));
    m_width->setValue(qRound(style.widthEm));
    m_updating = false;
}

void ReaderSettingsWidget::emitStyle()
{
    if (m_updating)
        return;
    Render::ReaderStyle style;
    style.font = checkedKey(m_font);
    style.theme = checkedKey(m_theme);
    style.fontSizePx = m_size->value();
    style.lineHeight = m_line->value() / 10.0;
    style.widthEm = m_width->value();
    Q_EMIT styleChanged(style);
}

} // namespace Quoteshelf::Ui
