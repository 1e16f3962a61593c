#pragma once

#include "export/exportoptions.h"
#include "export/folderexporter.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace Quoteshelf::Library {
class ArticleRepository;
class HighlightRepository;
} // namespace Quoteshelf::Library
namespace Quoteshelf::Render {
class HighlightService;
}
namespace Quoteshelf::Export {
class MarkdownExporter;
}

namespace Quoteshelf::Ui {

// File › Export: the reader's notes, highlights and quotes as Markdown files in a folder, through
// the default template or one of their own, with a live preview of the first article. Re-exporting
// keeps what the reader wrote outside the exported block; a block they edited is only replaced
// after asking. The output folder, template and file-name pattern are remembered in QSettings.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // articleIds is the list the reader may export at once (search results, the whole library);
    // highlightService may be null (the preview is then plain text). The repositories must outlive
    // the dialog.
    ExportDialog(Library::ArticleRepository *articles, Library::HighlightRepository *highlights,
                 Render::HighlightService *highlightService, QList<qint64> articleIds, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Offers "This article" (and selects it) next to the list; 0 offers only the list.
    void setCurrentArticle(qint64 id);
    // What the list is, e.g. "Search results"; the default is "All listed articles".
    void setListLabel(const QString &label);

    // The ids the current scope exports.
    QList<qint64> scopeIds() const;
    QString previewText() const;
    QString errorText() const; // the template or pattern error shown instead of the preview
    QList<Export::FileOutcome> lastOutcomes() const { return m_lastOutcomes; }

public Q_SLOTS:
    void updatePreview(); // now, without waiting for the debounce
    void exportNow();
    void copyPreview();

private:
    QWidget *createOptions();
    void loadSettings();
    void saveSettings() const;
    void schedulePreview();
    void updateScopeLabels();
    // Loads the template and options into m_exporter; false with m_error set when either is broken.
    bool prepareExporter();
    Export::ExportOptions options() const;
    void showError(const QString &error); // empty shows the preview again
    void showTemplateError(const QString &error);
    void chooseTemplate();
    void copyDefaultTemplate();
    void chooseFolder();
    // notExported: articles left out because the reader stopped the export.
    void showSummary(const QString &folder, qsizetype notExported);

    Library::ArticleRepository *m_articles = nullptr;
    Library::HighlightRepository *m_highlights = nullptr;
    Render::HighlightService *m_highlightService = nullptr;
    QList<qint64> m_listIds;
    qint64 m_currentId = 0;
    QString m_listLabel;
    std::unique_ptr<Export::MarkdownExporter> m_exporter;

    QRadioButton *m_thisArticle = nullptr;
    QRadioButton *m_list = nullptr;
    QLineEdit *m_template = nullptr;
    QHash<QString, QCheckBox *> m_colours; // colour name -> its box
    QLineEdit *m_tags = nullptr;
    QComboBox *m_groupBy = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLineEdit *m_folder = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    QTimer *m_previewTimer = nullptr;
    QFileSystemWatcher *m_templateWatcher = nullptr;
    QString m_copyText; // the preview without the markers, for the clipboard
    QList<Export::FileOutcome> m_lastOutcomes;
};

} // namespace Quoteshelf::Ui
