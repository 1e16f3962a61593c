#include "ui/noteeditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

NoteEditor::NoteEditor(const QString &title, const QString &context, const QString &text, Saver saver,
                       KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_autosave(new QTimer(this))
    , m_saver(std::move(saver))
    , m_saved(text)
{
    setWindowTitle(title);
    resize(560, 380);
    auto *layout = new QVBoxLayout(this);
    if (!context.isEmpty()) {
        auto *quote = new QLabel(context, this);
        quote->setWordWrap(true);
        quote->setForegroundRole(QPalette::PlaceholderText);
        QFont serif = quote->font();
        serif.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("serif")});
        serif.setItalic(true);
        quote->setFont(serif);
        layout->addWidget(quote);
    }
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setPlainText(text);
    m_editor->setPlaceholderText(tr("Write in Markdown: **bold**, _italic_, lists, links…"));
    m_editor->setTabChangesFocus(false);
    layout->addWidget(m_editor, 1);
    if (repository) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
        highlighter->setDefinition(repository->definitionForName(QStringLiteral("Markdown")));
        highlighter->setTheme(repository->themeForPalette(palette()));
    }
    auto *hint = new QLabel(tr("Saved as you type."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(400);
    connect(m_editor, &QPlainTextEdit::textChanged, m_autosave, qOverload<>(&QTimer::start));
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::saveNow);
    m_editor->setFocus();
}

void NoteEditor::saveNow()
{
    const QString text = m_editor->toPlainText();
    if (text == m_saved)
        return;
    m_saved = text;
    m_saver(text);
}

void NoteEditor::done(int result)
{
    m_autosave->stop();
    saveNow();
    QDialog::done(result);
}

} // namespace Quoteshelf::Ui
