#pragma once

#include <QDialog>

class QMenuBar;

namespace Quoteshelf::Ui {

// Help › Keyboard Shortcuts: every menu command with its keys, read from the menus themselves
// (so it never disagrees with them), plus the keys that work without a menu command.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace Quoteshelf::Ui
