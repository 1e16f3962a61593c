#include "ui/windowtheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

#include <utility>

namespace Quoteshelf::Ui {

namespace {

QPalette darkPalette()
{
    // Calm greys with enough contrast for long reading sessions; the accent matches the light theme's.
    const QColor window(0x23, 0x26, 0x29);
    const QColor base(0x1b, 0x1d, 0x20);
    const QColor text(0xe8, 0xe6, 0xe3);
    const QColor disabledText(0x7a, 0x7d, 0x80);
    const QColor button(0x2d, 0x30, 0x34);
    const QColor highlight(0x3d, 0x7e, 0xc6);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe6));
    palette.setColor(QPalette::Light, button.lighter(130));
    palette.setColor(QPalette::Midlight, button.lighter(115));
    palette.setColor(QPalette::Mid, button.darker(120));
    palette.setColor(QPalette::Dark, base.darker(130));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button.lighter(120));
    return palette;
}

bool looksDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

void applyWindowTheme(bool dark)
{
    // Every change of the reader's style comes here; only a change of theme repaints the window.
    static int applied = -1;
    if (std::exchange(applied, dark ? 1 : 0) == (dark ? 1 : 0))
        return;
    QGuiApplication::styleHints()->setColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
    const QPalette standard = QApplication::style()->standardPalette();
    if (looksDark(standard) == dark)
        QApplication::setPalette(standard);
    else
        QApplication::setPalette(dark ? darkPalette() : QPalette());
}

} // namespace Quoteshelf::Ui
