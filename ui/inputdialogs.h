#pragma once

class QInputDialog;

namespace Quoteshelf::Ui {

// A question dialog whose label quotes what it acts on (a quote, a title): the label wraps and
// the dialog is wide enough to read it, instead of QInputDialog's narrow single line.
void fitLabelToContent(QInputDialog &dialog);

} // namespace Quoteshelf::Ui
