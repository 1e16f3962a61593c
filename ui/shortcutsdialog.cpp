#include "ui/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

void addMenu(QTreeWidget *tree, const QMenu *menu, const QString &path)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" › ") + plain(action->text());
        if (action->menu()) {
            addMenu(tree, action->menu(), name);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(tree, {name, keys.join(QStringLiteral(", "))});
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Find a command or a key"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Find a shortcut"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Command"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QAction *top : menus->actions()) {
        if (top->menu())
            addMenu(tree, top->menu(), plain(top->text()));
    }
    // Keys that belong to the reader and its popup rather than to a menu command.
    const QList<std::pair<QString, QString>> more = {
        {tr("Selection › Highlight in colour 1–5 (Important, Evidence, Context, Question, Quote)"), QStringLiteral("1 … 5")},
        {tr("Selection › Extend it (caret browsing or popup open)"), tr("Shift+Arrows")},
        {tr("Highlight popup › Close"), tr("Esc")},
        {tr("Distraction-Free Reading › Leave"), tr("Esc")},
    };
    for (const auto &[name, keys] : more)
        new QTreeWidgetItem(tree, {name, keys});
    connect(filter, &QLineEdit::textChanged, tree, [tree](const QString &text) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive)
                            && !item->text(1).contains(text, Qt::CaseInsensitive));
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(filter);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace Quoteshelf::Ui
