#include "ui/exportdialog.h"

#include "export/exportfile.h"
#include "export/highlightadapter.h"
#include "export/markdownexporter.h"
#include "library/articlerepository.h"
#include "library/highlightrepository.h"
#include "render/highlightservice.h"
#include "ui/highlightpopup.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace Quoteshelf::Ui {

namespace {

const QString folderKey = QStringLiteral("export/folder");
const QString templateKey = QStringLiteral("export/template");
const QString fileNameKey = QStringLiteral("export/fileNamePattern");

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// What the reader types into the tag filter: "evidence, #climate" -> {"evidence", "climate"}.
QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString tag = part.trimmed();
        while (tag.startsWith(QLatin1Char('#')))
            tag.remove(0, 1);
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

// The document as Markdown without Quoteshelf's markers: what a reader pastes elsewhere.
QString pasteText(const Export::ExportDocument &document)
{
    if (document.frontMatter.isEmpty())
        return document.body;
    QString frontMatter = document.frontMatter;
    if (!frontMatter.endsWith(QLatin1Char('\n')))
        frontMatter += QLatin1Char('\n');
    return QStringLiteral("---\n%1---\n\n%2").arg(frontMatter, document.body);
}

} // namespace

ExportDialog::ExportDialog(Library::ArticleRepository *articles, Library::HighlightRepository *highlights,
                           Render::HighlightService *highlightService, QList<qint64> articleIds, QWidget *parent)
    : QDialog(parent)
    , m_articles(articles)
    , m_highlights(highlights)
    , m_highlightService(highlightService)
    , m_listIds(std::move(articleIds))
    , m_listLabel(tr("All listed articles"))
    , m_exporter(std::make_unique<Export::MarkdownExporter>())
    , m_previewTimer(new QTimer(this))
    , m_templateWatcher(new QFileSystemWatcher(this))
{
    setWindowTitle(tr("Export Notes"));
    resize(980, 640);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (m_highlightService) {
        KSyntaxHighlighting::Repository &repository = m_highlightService->repository();
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
        highlighter->setDefinition(repository.definitionForName(QStringLiteral("Markdown")));
        highlighter->setTheme(repository.themeForPalette(palette()));
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *previewColumn = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewColumn);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview of the first article:"), previewColumn));
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_error, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(createOptions());
    splitter->addWidget(previewColumn);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the previewed Markdown to the clipboard"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // Typing in the fields re-renders once the reader pauses, not on every key.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    // Editors often save by replacing the file, which ends the watch: watch the new file again.
    connect(m_templateWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (QFileInfo::exists(path) && !m_templateWatcher->files().contains(path))
            m_templateWatcher->addPath(path);
        schedulePreview();
    });

    loadSettings();
    updateScopeLabels();
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::createOptions()
{
    auto *options = new QWidget(this);
    auto *form = new QFormLayout(options);

    m_thisArticle = new QRadioButton(options);
    m_thisArticle->setObjectName(QStringLiteral("scopeThisArticle"));
    m_list = new QRadioButton(options);
    m_list->setObjectName(QStringLiteral("scopeList"));
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_thisArticle);
    scope->addWidget(m_list);
    form->addRow(tr("Export:"), scope);
    connect(m_thisArticle, &QRadioButton::toggled, this, &ExportDialog::schedulePreview);

    m_template = new QLineEdit(options);
    m_template->setObjectName(QStringLiteral("templateFile"));
    m_template->setPlaceholderText(tr("Default template"));
    m_template->setClearButtonEnabled(true);
    auto *chooseTemplate = new QPushButton(tr("Choose…"), options);
    auto *copyTemplate = new QPushButton(tr("Copy Default Template…"), options);
    copyTemplate->setToolTip(tr("Save the default template to a file you can edit, and use that file"));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(chooseTemplate);
    auto *templateColumn = new QVBoxLayout;
    templateColumn->addLayout(templateRow);
    templateColumn->addWidget(copyTemplate, 0, Qt::AlignLeft);
    form->addRow(tr("Template:"), templateColumn);
    connect(m_template, &QLineEdit::textChanged, this, [this] {
        if (!m_templateWatcher->files().isEmpty())
            m_templateWatcher->removePaths(m_templateWatcher->files());
        const QString path = m_template->text().trimmed();
        if (!path.isEmpty() && QFileInfo::exists(path))
            m_templateWatcher->addPath(path);
        schedulePreview();
    });
    connect(chooseTemplate, &QPushButton::clicked, this, &ExportDialog::chooseTemplate);
    connect(copyTemplate, &QPushButton::clicked, this, &ExportDialog::copyDefaultTemplate);

    auto *colours = new QVBoxLayout;
    for (const QString &colour : Library::HighlightRepository::colors()) {
        auto *box = new QCheckBox(HighlightPopup::colourLabel(colour), options);
        box->setObjectName(QStringLiteral("colour-%1").arg(colour));
        box->setIcon(swatch(HighlightPopup::colourSwatch(colour)));
        box->setChecked(true);
        colours->addWidget(box);
        m_colours.insert(colour, box);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    }
    form->addRow(tr("Highlights:"), colours);

    m_tags = new QLineEdit(options);
    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setPlaceholderText(tr("Any tag"));
    m_tags->setToolTip(tr("Keep only highlights with one of these tags, separated by commas"));
    form->addRow(tr("With tags:"), m_tags);
    connect(m_tags, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);

    m_groupBy = new QComboBox(options);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->addItem(tr("None (text order)"), QVariant::fromValue(int(Export::ExportOptions::GroupBy::None)));
    m_groupBy->addItem(tr("Colour"), QVariant::fromValue(int(Export::ExportOptions::GroupBy::Colour)));
    m_groupBy->addItem(tr("Speaker"), QVariant::fromValue(int(Export::ExportOptions::GroupBy::Speaker)));
    form->addRow(tr("Group by:"), m_groupBy);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);

    m_fileName = new QLineEdit(options);
    m_fileName->setObjectName(QStringLiteral("fileNamePattern"));
    m_fileName->setPlaceholderText(QStringLiteral("{{ title }}"));
    m_fileName->setToolTip(tr("The file name, written with the template's variables, for example "
                              "{{ published_date }} {{ title }}; \".md\" is added"));
    form->addRow(tr("File names:"), m_fileName);
    connect(m_fileName, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);

    m_folder = new QLineEdit(options);
    m_folder->setObjectName(QStringLiteral("outputFolder"));
    auto *chooseFolder = new QPushButton(tr("Browse…"), options);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(chooseFolder);
    form->addRow(tr("Folder:"), folderRow);
    connect(chooseFolder, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    return options;
}

void ExportDialog::loadSettings()
{
    const QSettings settings;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(settings.value(folderKey, QDir(documents).filePath(QStringLiteral("Quoteshelf"))).toString());
    m_template->setText(settings.value(templateKey).toString());
    m_fileName->setText(settings.value(fileNameKey).toString());
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(folderKey, m_folder->text().trimmed());
    settings.setValue(templateKey, m_template->text().trimmed());
    settings.setValue(fileNameKey, m_fileName->text().trimmed());
}

void ExportDialog::setCurrentArticle(qint64 id)
{
    m_currentId = id;
    updateScopeLabels();
    updatePreview();
}

void ExportDialog::setListLabel(const QString &label)
{
    m_listLabel = label;
    updateScopeLabels();
}

void ExportDialog::updateScopeLabels()
{
    QString title;
    if (m_currentId != 0) {
        if (const auto summary = m_articles->summary(m_currentId))
            title = summary->title;
    }
    m_thisArticle->setText(tr("This article: %1").arg(fontMetrics().elidedText(title, Qt::ElideRight, 260)));
    m_thisArticle->setToolTip(title);
    m_thisArticle->setVisible(m_currentId != 0);
    m_list->setText(tr("%1 (%n article(s))", nullptr, int(m_listIds.size())).arg(m_listLabel));
    m_list->setEnabled(!m_listIds.isEmpty());
    if (m_currentId != 0)
        m_thisArticle->setChecked(true);
    else
        m_list->setChecked(true);
}

QList<qint64> ExportDialog::scopeIds() const
{
    if (m_currentId != 0 && m_thisArticle->isChecked())
        return { m_currentId };
    return m_listIds;
}

Export::ExportOptions ExportDialog::options() const
{
    Export::ExportOptions options;
    QStringList colours;
    for (const QString &colour : Library::HighlightRepository::colors()) {
        if (m_colours.value(colour)->isChecked())
            colours.append(colour);
    }
    // An empty list keeps every colour: with none ticked, ask for one no highlight has.
    if (colours.size() < m_colours.size())
        options.colours = colours.isEmpty() ? QStringList { QStringLiteral("-") } : colours;
    options.tags = parseTags(m_tags->text());
    options.groupBy = Export::ExportOptions::GroupBy(m_groupBy->currentData().toInt());
    const QString pattern = m_fileName->text().trimmed();
    if (!pattern.isEmpty())
        options.fileNamePattern = pattern;
    return options;
}

bool ExportDialog::prepareExporter()
{
    const QString path = m_template->text().trimmed();
    const bool loaded = path.isEmpty()
        ? m_exporter->setTemplate(Export::MarkdownExporter::defaultTemplateText(), QStringLiteral("default.md"))
        : m_exporter->loadTemplateFile(path);
    return loaded && m_exporter->setOptions(options());
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_preview->setVisible(error.isEmpty());
    m_export->setEnabled(error.isEmpty());
    m_copy->setEnabled(error.isEmpty());
}

void ExportDialog::showTemplateError(const QString &error)
{
    // The engine says "NAME:LINE: message"; the name is in the dialog already, the line is what helps.
    const int line = m_exporter->errorLine();
    const QString marker = QStringLiteral(":%1: ").arg(line);
    const qsizetype at = error.indexOf(marker);
    const QString message = line > 0 && at >= 0 ? error.mid(at + marker.size()) : error;
    showError(line > 0 ? tr("The template has an error on line %1:\n%2").arg(line).arg(message)
                       : tr("The template has an error:\n%1").arg(message));
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    m_copyText.clear();
    if (!prepareExporter()) {
        showTemplateError(m_exporter->errorString());
        return;
    }
    const QList<qint64> ids = scopeIds();
    const auto data
        = ids.isEmpty() ? std::nullopt : Export::exportDataFor(*m_articles, *m_highlights, ids.constFirst());
    if (!data) {
        showError({});
        m_preview->setPlainText({});
        m_preview->setPlaceholderText(tr("No article to export."));
        m_export->setEnabled(false);
        m_copy->setEnabled(false);
        return;
    }
    const Export::ExportDocument document = m_exporter->render(*data);
    if (!document.ok()) {
        showTemplateError(document.error);
        return;
    }
    showError({});
    m_copyText = pasteText(document);
    // Keep the reader's place when an option changes: the preview is re-rendered, not new.
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setPlainText(Export::composeFile(document));
    m_preview->verticalScrollBar()->setValue(scroll);
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::copyPreview()
{
    if (!m_copyText.isEmpty())
        QGuiApplication::clipboard()->setText(m_copyText);
}

void ExportDialog::chooseTemplate()
{
    const QString start = m_template->text().trimmed().isEmpty() ? m_folder->text() : m_template->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Export Template"), start,
                                                      tr("Templates (*.md *.txt *.html);;All files (*)"));
    if (!path.isEmpty())
        m_template->setText(path);
}

void ExportDialog::copyDefaultTemplate()
{
    const QString start = QDir(m_folder->text()).filePath(QStringLiteral("quoteshelf-template.md"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Default Template"), start, tr("Templates (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Export::MarkdownExporter::defaultTemplateText().toUtf8()) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Save Default Template"),
                             tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_template->setText(path); // from now on the preview follows the reader's edits of that file
}

void ExportDialog::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Export To Folder"), m_folder->text());
    if (!path.isEmpty())
        m_folder->setText(path);
}

void ExportDialog::exportNow()
{
    if (!prepareExporter()) {
        updatePreview();
        return;
    }
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        chooseFolder();
        if (m_folder->text().trimmed().isEmpty())
            return;
        exportNow();
        return;
    }
    saveSettings();

    // A whole library takes a while: progress, and a way to stop, once it lasts half a second.
    // The work stays on this thread (the template engine and the library connection live here);
    // the window-modal progress dialog keeps the window painted and answers Stop.
    const QList<qint64> ids = scopeIds();
    QProgressDialog progress(tr("Exporting notes…"), tr("Stop"), 0, int(ids.size()), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Exporting"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    // Each article is read just before its file is written: a whole library in the memory of one.
    const auto load = [this](qint64 id) { return Export::exportDataFor(*m_articles, *m_highlights, id); };
    m_lastOutcomes = Export::exportToFolder(*m_exporter, ids, load, folder, Export::ConflictPolicy::Report,
                                            [&](qsizetype done, qsizetype) {
                                                progress.setValue(int(done));
                                                return !progress.wasCanceled();
                                            });
    const qsizetype notExported = ids.size() - m_lastOutcomes.size();
    progress.close();

    QList<qint64> conflicted;
    QStringList names;
    for (const Export::FileOutcome &outcome : std::as_const(m_lastOutcomes)) {
        if (outcome.status != Export::ExportStatus::Conflict)
            continue;
        names.append(QFileInfo(outcome.path).fileName());
        conflicted.append(outcome.articleId);
    }
    if (!conflicted.isEmpty()) {
        // Asked once for all of them: one question per file would be unbearable for a library.
        QMessageBox ask(
            QMessageBox::Question, tr("Overwrite Your Edits?"),
            tr("%n file(s) were changed by you inside the exported block. Overwrite them?", nullptr, int(names.size())),
            QMessageBox::Yes | QMessageBox::No, this);
        ask.setObjectName(QStringLiteral("exportConflictQuestion"));
        ask.setInformativeText(tr("Text you wrote outside the block is kept either way."));
        ask.setDetailedText(names.join(QLatin1Char('\n')));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() == QMessageBox::Yes) {
            const auto rewritten
                = Export::exportToFolder(*m_exporter, conflicted, load, folder, Export::ConflictPolicy::Overwrite);
            for (const Export::FileOutcome &outcome : rewritten) {
                for (Export::FileOutcome &previous : m_lastOutcomes) {
                    if (previous.articleId == outcome.articleId)
                        previous = outcome;
                }
            }
        }
    }
    showSummary(folder, notExported);
}

void ExportDialog::showSummary(const QString &folder, qsizetype notExported)
{
    // Indexed by ExportStatus, which runs Written, Updated, Unchanged, Conflict, Error.
    static_assert(int(Export::ExportStatus::Error) == 4);
    int counts[5] = {};
    QStringList problems;
    for (const Export::FileOutcome &outcome : std::as_const(m_lastOutcomes)) {
        ++counts[int(outcome.status)];
        if (outcome.status == Export::ExportStatus::Conflict || outcome.status == Export::ExportStatus::Error) {
            const QString name
                = outcome.path.isEmpty() ? tr("Article %1").arg(outcome.articleId) : QFileInfo(outcome.path).fileName();
            problems.append(QStringLiteral("%1: %2").arg(name, outcome.message));
        }
    }
    QStringList lines = {
        tr("Written: %1").arg(counts[int(Export::ExportStatus::Written)]),
        tr("Updated: %1").arg(counts[int(Export::ExportStatus::Updated)]),
        tr("Unchanged: %1").arg(counts[int(Export::ExportStatus::Unchanged)]),
        tr("Conflicts kept: %1").arg(counts[int(Export::ExportStatus::Conflict)]),
        tr("Errors: %1").arg(counts[int(Export::ExportStatus::Error)]),
    };
    if (notExported > 0)
        lines.append(tr("Not exported (stopped): %1").arg(notExported));
    auto *summary = new QMessageBox(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                    tr("Export Finished"), lines.join(QLatin1Char('\n')), QMessageBox::Close, this);
    summary->setObjectName(QStringLiteral("exportSummary"));
    summary->setAttribute(Qt::WA_DeleteOnClose);
    if (!problems.isEmpty())
        summary->setDetailedText(problems.join(QLatin1Char('\n')));
    QPushButton *open = summary->addButton(tr("Open Folder"), QMessageBox::ActionRole);
    connect(open, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(folder).absolutePath())); });
    // Enter closes the summary; starting a file manager takes a deliberate click.
    open->setAutoDefault(false);
    summary->setDefaultButton(QMessageBox::Close);
    summary->setEscapeButton(QMessageBox::Close);
    summary->open(); // not exec(): the reader may keep exporting while it is up
}

} // namespace Quoteshelf::Ui
