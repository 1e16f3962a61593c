#pragma once

#include "render/readerpage.h"

#include <QWidget>

class QButtonGroup;
class QSlider;

namespace Quoteshelf::Ui {

// The "Aa" popup: typeface, size, line spacing, width and theme of the reader.
class ReaderSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderSettingsWidget)

public:
    explicit ReaderSettingsWidget(QWidget *parent = nullptr);

    void setStyle(const Render::ReaderStyle &style);

Q_SIGNALS:
    void styleChanged(const Quoteshelf::Render::ReaderStyle &style);

private:
    void emitStyle();

    QButtonGroup *m_font = nullptr;
    QButtonGroup *m_theme = nullptr;
    QSlider *m_size = nullptr;
    QSlider *m_line = nullptr;
    QSlider *m_width = nullptr;
    bool m_updating = false;
};

} // namespace Quoteshelf::Ui
