#pragma once

#include <QUndoCommand>

#include <functional>

namespace Quoteshelf::Ui {

// An undo step made of two functions; cheap undo for archive and delete.
class FunctionCommand final : public QUndoCommand
{
public:
    FunctionCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

} // namespace Quoteshelf::Ui
