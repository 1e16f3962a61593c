#include "ui/inputdialogs.h"

#include <QInputDialog>
#include <QLabel>

namespace Quoteshelf::Ui {

void fitLabelToContent(QInputDialog &dialog)
{
    if (auto *label = dialog.findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setMinimumWidth(480);
    }
}

} // namespace Quoteshelf::Ui
