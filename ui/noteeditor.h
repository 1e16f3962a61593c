#pragma once

#include <QDialog>
#include <functional>

class QPlainTextEdit;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Quoteshelf::Ui {

// A Markdown note (on a highlight or an article) in a plain-text editor with KSyntaxHighlighting's
// Markdown definition. Saves by itself a moment after typing stops, and when it closes: nothing
// depends on pressing a button.
class NoteEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    using Saver = std::function<void(const QString &)>;

    // repository may be null (no highlighting).
    NoteEditor(const QString &title, const QString &context, const QString &text, Saver saver,
               KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    void saveNow();

protected:
    void done(int result) override;

private:
    QPlainTextEdit *m_editor = nullptr;
    QTimer *m_autosave = nullptr;
    Saver m_saver;
    QString m_saved;
};

} // namespace Quoteshelf::Ui
