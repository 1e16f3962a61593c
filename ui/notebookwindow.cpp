#include "ui/notebookwindow.h"

#include "export/exportcontext.h"
#include "export/markdowntext.h"
#include "library/highlightrepository.h"
#include "ui/highlightpopup.h"
#include "ui/speakercolours.h"
#include "ui/textlines.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Quoteshelf::Ui {

namespace {

using Library::NotebookEntry;
using Library::NotebookModel;

constexpr int Margin = 10;
constexpr int BarWidth = 4;
const QDate AnyDate(2000, 1, 1); // the date edits' minimum, shown as "Any"

// A notebook entry: a colour bar (the speaker's colour for a quote), the passage in the reader's
// serif, the note, the tags, and "— speaker · Article · date" muted.
class EntryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Part
    {
        QFont font;
        QStringList lines;
        int tone = 0; // 0 text, 1 link colour, 2 muted
        int gapBefore = 0;
    };

    static QList<Part> parts(const QStyleOptionViewItem &option, const QModelIndex &index, int width)
    {
        QFont serif = option.font;
        serif.setFamilies({ QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif") });
        serif.setPointSizeF(option.font.pointSizeF() * 1.1);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
        QList<Part> parts { { serif, elidedLines(index.data(Qt::DisplayRole).toString(), serif, width, 4), 0, 0 } };
        // An excerpt to recognise the note by, without its Markdown marks.
        QString note = index.data(NotebookModel::NoteRole).toString().simplified();
        for (const QString &mark : { QStringLiteral("**"), QStringLiteral("__"), QStringLiteral("`") })
            note.remove(mark);
        if (!note.isEmpty())
            parts.append({ option.font, elidedLines(note, option.font, width, 2), 0, 4 });
        QStringList tags;
        for (const QString &tag : index.data(NotebookModel::TagsRole).toStringList())
            tags << QLatin1Char('#') + tag;
        if (!tags.isEmpty())
            parts.append({ small,
                           { QFontMetrics(small).elidedText(tags.join(QLatin1Char(' ')), Qt::ElideRight, width) },
                           1,
                           4 });
        QStringList meta;
        const QString speaker = index.data(NotebookModel::SpeakerRole).toString();
        if (!speaker.isEmpty())
            meta << QStringLiteral("— %1").arg(speaker);
        meta << index.data(NotebookModel::ArticleTitleRole).toString();
        const QDateTime created = index.data(NotebookModel::CreatedRole).toDateTime();
        if (created.isValid())
            meta << QLocale().toString(created.toLocalTime().date(), NotebookWindow::tr("d MMM yyyy"));
        if (index.data(NotebookModel::OrphanedRole).toBool())
            meta << NotebookWindow::tr("no longer found in the article");
        parts.append({ small,
                       { QFontMetrics(small).elidedText(meta.join(QStringLiteral(" · ")), Qt::ElideRight, width) },
                       2,
                       4 });
        return parts;
    }

    // The view's width, not option.rect's: QListView asks for size hints with an empty rect, and
    // paint and sizeHint must wrap the text at the same width.
    static int rowWidth(const QStyleOptionViewItem &option)
    {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            return view->viewport()->width();
        return option.rect.width() > 0 ? option.rect.width() : 480;
    }
    static int textWidth(const QStyleOptionViewItem &option)
    {
        return qMax(120, rowWidth(option) - 3 * Margin - BarWidth);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);

        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.62);
        const QColor link = selected ? text : option.palette.color(QPalette::Link);

        const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
        const bool quote = index.data(NotebookModel::KindRole).toInt() == int(NotebookEntry::Kind::Quote);
        const QColor bar = quote ? speakerColour(index.data(NotebookModel::SpeakerRole).toString())
                                 : HighlightPopup::colourSwatch(index.data(NotebookModel::ColorRole).toString());
        painter->fillRect(QRect(area.left(), area.top(), BarWidth, area.height()), bar);

        const int left = area.left() + BarWidth + Margin;
        const int width = textWidth(option);
        int y = area.top();
        for (const Part &part : parts(option, index, width)) {
            y += part.gapBefore;
            painter->setFont(part.font);
            painter->setPen(part.tone == 0 ? text : part.tone == 1 ? link : muted);
            const int lineHeight = QFontMetrics(part.font).lineSpacing();
            for (const QString &line : part.lines) {
                painter->drawText(QRect(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
                y += lineHeight;
            }
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int height = 2 * Margin;
        for (const Part &part : parts(option, index, textWidth(option)))
            height += part.gapBefore + int(part.lines.size()) * QFontMetrics(part.font).lineSpacing();
        return { rowWidth(option), height };
    }
};

QDateEdit *makeDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(AnyDate);
    edit->setSpecialValueText(NotebookWindow::tr("Any"));
    edit->setDate(AnyDate);
    edit->setDisplayFormat(NotebookWindow::tr("d MMM yyyy"));
    return edit;
}

QLabel *makeLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

NotebookWindow::NotebookWindow(Library::HighlightRepository *highlights, Library::ArticleRepository *articles,
                               QWidget *parent)
    : QWidget(parent, Qt::Window), m_model(new Library::NotebookModel(highlights, articles, this))
{
    setObjectName(QStringLiteral("notebookWindow"));
    setWindowTitle(tr("Notebook"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeFilterBar());

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("notebookList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new EntryDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QListView::activated, this, &NotebookWindow::openEntry);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("notebookEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(48);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(12, 6, 12, 8);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("notebookStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(m_status, 1);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the selected entries (or all) as a Markdown file"));
    connect(exportButton, &QPushButton::clicked, this, &NotebookWindow::exportSelection);
    footer->addWidget(exportButton);
    auto *copyButton = new QPushButton(tr("Copy as Markdown"), this);
    copyButton->setObjectName(QStringLiteral("copyMarkdown"));
    copyButton->setToolTip(tr("Copy the selected entries (or all) as Markdown (Ctrl+C)"));
    connect(copyButton, &QPushButton::clicked, this, &NotebookWindow::copySelection);
    footer->addWidget(copyButton);
    layout->addLayout(footer);

    auto *open = new QAction(tr("Open in Article"), m_view);
    connect(open, &QAction::triggered, this, [this] { openEntry(m_view->currentIndex()); });
    auto *copy = new QAction(tr("Copy as Markdown"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &NotebookWindow::copySelection);
    auto *save = new QAction(tr("Export as Markdown…"), m_view);
    connect(save, &QAction::triggered, this, &NotebookWindow::exportSelection);
    m_view->addActions({ open, copy, save });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QWidget::close);

    connect(m_model, &NotebookModel::facetsChanged, this,
            [this] { QTimer::singleShot(0, this, &NotebookWindow::refreshFacets); });
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &NotebookWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotebookWindow::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotebookWindow::updateStatus);

    QSettings settings;
    m_sort->setCurrentIndex(qBound(0, settings.value(QStringLiteral("notebook/sort")).toInt(), m_sort->count() - 1));
    if (!restoreGeometry(settings.value(QStringLiteral("notebook/geometry")).toByteArray()))
        resize(880, 680);
    refreshFacets();
    updateStatus();
    m_view->setFocus();
}

QWidget *NotebookWindow::makeFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("notebookFilters"));
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(12, 10, 12, 8);
    rows->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("notebookSearch"));
    m_search->setPlaceholderText(tr("Search highlights, notes and quotes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &NotebookWindow::applyFilter);
    top->addWidget(m_search, 1);
    m_sort = new QComboBox(bar);
    m_sort->setObjectName(QStringLiteral("notebookSort"));
    m_sort->addItem(tr("Newest first"), int(NotebookModel::Sort::Newest));
    m_sort->addItem(tr("Oldest first"), int(NotebookModel::Sort::Oldest));
    m_sort->addItem(tr("By article"), int(NotebookModel::Sort::Article));
    m_sort->addItem(tr("By colour"), int(NotebookModel::Sort::Color));
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSort(NotebookModel::Sort(m_sort->currentData().toInt()));
        QSettings().setValue(QStringLiteral("notebook/sort"), m_sort->currentIndex());
    });
    top->addWidget(makeLabel(tr("S&ort:"), m_sort, bar));
    top->addWidget(m_sort);
    rows->addLayout(top);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    for (const QString &colour : Library::HighlightRepository::colors()) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QStringLiteral("colour-%1").arg(colour));
        QPixmap swatch(14, 14);
        swatch.fill(HighlightPopup::colourSwatch(colour));
        button->setIcon(swatch);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("Only “%1” highlights").arg(HighlightPopup::colourLabel(colour)));
        button->setProperty("colour", colour);
        connect(button, &QToolButton::toggled, this, &NotebookWindow::applyFilter);
        m_colours << button;
        filters->addWidget(button);
    }
    filters->addSpacing(10);

    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("notebookTag"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->lineEdit()->setPlaceholderText(tr("Any tag"));
    m_tag->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_tag->completer()->setFilterMode(Qt::MatchContains);
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_tag->setMinimumContentsLength(10);
    // A tag applies once picked or confirmed, not at every keystroke of a half-typed name.
    connect(m_tag, &QComboBox::activated, this, &NotebookWindow::applyFilter);
    connect(m_tag->lineEdit(), &QLineEdit::editingFinished, this, &NotebookWindow::applyFilter);
    connect(m_tag->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    filters->addWidget(makeLabel(tr("&Tag:"), m_tag, bar));
    filters->addWidget(m_tag);

    m_speaker = new QComboBox(bar);
    m_speaker->setObjectName(QStringLiteral("notebookSpeaker"));
    m_speaker->setMinimumContentsLength(9);
    m_speaker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(makeLabel(tr("S&peaker:"), m_speaker, bar));
    filters->addWidget(m_speaker);
    m_article = new QComboBox(bar);
    m_article->setObjectName(QStringLiteral("notebookArticle"));
    m_article->setMinimumContentsLength(10);
    m_article->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(makeLabel(tr("&Article:"), m_article, bar));
    filters->addWidget(m_article, 1);
    for (QComboBox *combo : { m_speaker, m_article })
        connect(combo, &QComboBox::currentIndexChanged, this, &NotebookWindow::applyFilter);

    m_from = makeDateEdit(QStringLiteral("notebookFrom"), bar);
    m_to = makeDateEdit(QStringLiteral("notebookTo"), bar);
    filters->addWidget(makeLabel(tr("&From:"), m_from, bar));
    filters->addWidget(m_from);
    filters->addWidget(makeLabel(tr("T&o:"), m_to, bar));
    filters->addWidget(m_to);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &NotebookWindow::applyFilter);
    rows->addLayout(filters);
    return bar;
}

void NotebookWindow::applyFilter()
{
    if (m_filling)
        return;
    Library::HighlightFilter filter;
    for (const QToolButton *button : std::as_const(m_colours)) {
        if (button->isChecked())
            filter.colors << button->property("colour").toString();
    }
    filter.tag = m_tag->currentText().trimmed();
    filter.speaker = m_speaker->currentData().toString();
    filter.articleId = m_article->currentData().toLongLong();
    if (m_from->date() != AnyDate)
        filter.createdFrom = m_from->date().startOfDay();
    if (m_to->date() != AnyDate)
        filter.createdTo = m_to->date().addDays(1).startOfDay(); // the "to" day is included
    filter.text = m_search->text().trimmed();
    const Library::HighlightFilter current = m_model->filter();
    if (filter.colors == current.colors && filter.tag == current.tag && filter.speaker == current.speaker
        && filter.articleId == current.articleId && filter.createdFrom == current.createdFrom
        && filter.createdTo == current.createdTo && filter.text == current.text)
        return;
    m_model->setFilter(filter);
}

void NotebookWindow::clearFilters()
{
    m_filling = true;
    for (QToolButton *button : std::as_const(m_colours))
        button->setChecked(false);
    m_tag->setCurrentIndex(0);
    m_tag->setEditText({});
    m_speaker->setCurrentIndex(0);
    m_article->setCurrentIndex(0);
    m_from->setDate(AnyDate);
    m_to->setDate(AnyDate);
    m_search->clear();
    m_filling = false;
    m_searchDelay->stop();
    applyFilter();
}

void NotebookWindow::reload()
{
    m_model->reload();
    refreshFacets();
}

void NotebookWindow::refreshFacets()
{
    // Refilled keeping the reader's choices; a choice that has gone (its last entry deleted) is
    // still applied until changed, so the list does not jump under the reader.
    const NotebookModel::Facets facets = m_model->facets();
    m_filling = true;
    const QString tag = m_tag->currentText();
    m_tag->clear();
    m_tag->addItem(QString());
    m_tag->addItems(facets.tags);
    m_tag->setEditText(tag);
    const QString speaker = m_speaker->currentData().toString();
    m_speaker->clear();
    m_speaker->addItem(tr("Anyone"), QString());
    for (const QString &name : facets.speakers)
        m_speaker->addItem(name, name);
    m_speaker->setCurrentIndex(qMax(0, m_speaker->findData(speaker)));
    const qint64 article = m_article->currentData().toLongLong();
    m_article->clear();
    m_article->addItem(tr("All articles"), qint64(0));
    for (const auto &[id, title] : facets.articles)
        m_article->addItem(title, id);
    m_article->setCurrentIndex(qMax(0, m_article->findData(article)));
    m_filling = false;
    updateStatus();
}

void NotebookWindow::updateStatus()
{
    const int count = m_model->rowCount();
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    QString status = tr("%n entries", nullptr, count);
    if (selected > 0)
        status += QStringLiteral(" · ") + tr("%n selected", nullptr, int(selected));
    m_status->setText(status);
    if (count > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    // Nothing in the notebook at all, or nothing that passes the filters: say which, and what to do.
    const bool filtered = m_article->count() > 1 || m_tag->count() > 1 || m_speaker->count() > 1;
    m_empty->setText(filtered
                         ? tr("Nothing matches these filters.\n\nClear the search or pick “Any” to see more.")
                         : tr("Your notebook is empty.\n\nSelect text in an article to highlight it (keys 1–5 pick "
                              "a colour), or tag a quote in the Quotes panel: every highlight, note and tagged "
                              "quote of your library gathers here."));
    m_stack->setCurrentWidget(m_empty);
}

void NotebookWindow::openEntry(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const bool quote = index.data(NotebookModel::KindRole).toInt() == int(NotebookEntry::Kind::Quote);
    Q_EMIT openRequested(index.data(NotebookModel::ArticleIdRole).toLongLong(),
                         index.data(NotebookModel::StartRole).toLongLong(),
                         quote ? 0 : index.data(NotebookModel::IdRole).toLongLong());
}

QList<NotebookEntry> NotebookWindow::selectedEntries() const
{
    QList<NotebookEntry> entries;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            entries.append(m_model->entry(row));
        return entries;
    }
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows))
        entries.append(m_model->entry(index.row()));
    return entries;
}

QString NotebookWindow::selectionMarkdown() const
{
    return markdown(selectedEntries());
}

QString NotebookWindow::markdown(QList<NotebookEntry> entries)
{
    using namespace Export;
    // Articles in the order the reader sees them; the passages of one article in text order.
    QList<qint64> articleOrder;
    for (const NotebookEntry &e : std::as_const(entries)) {
        if (!articleOrder.contains(e.articleId))
            articleOrder.append(e.articleId);
    }
    std::stable_sort(entries.begin(), entries.end(), [&articleOrder](const NotebookEntry &a, const NotebookEntry &b) {
        if (a.articleId != b.articleId)
            return articleOrder.indexOf(a.articleId) < articleOrder.indexOf(b.articleId);
        return a.start < b.start;
    });
    QStringList parts;
    qint64 article = 0;
    for (const NotebookEntry &e : std::as_const(entries)) {
        if (e.articleId != article) {
            article = e.articleId;
            parts << QStringLiteral("## [%1](%2)")
                         .arg(MarkdownText::escape(MarkdownText::oneLine(e.articleTitle))
                                  .replace(QLatin1Char('['), QStringLiteral("\\["))
                                  .replace(QLatin1Char(']'), QStringLiteral("\\]")),
                              articleLink(e.articleId));
        }
        QString quote = MarkdownText::escape(e.text.trimmed());
        if (!e.speaker.isEmpty())
            quote += QStringLiteral("\n\n— ") + MarkdownText::oneLine(e.speaker);
        parts << MarkdownText::blockquote(quote);
        if (!e.note.trimmed().isEmpty())
            parts << e.note.trimmed();
        QStringList footer;
        if (!e.tags.isEmpty())
            footer << MarkdownText::hashtags(e.tags);
        const bool highlight = e.kind == NotebookEntry::Kind::Highlight;
        footer << QStringLiteral("[%1](%2)")
                      .arg(tr("open in Quoteshelf"),
                           highlight ? highlightLink(e.articleId, e.id) : articleLink(e.articleId));
        parts << footer.join(QStringLiteral(" · "));
    }
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

void NotebookWindow::copySelection()
{
    const QString text = selectionMarkdown();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    const qsizetype count = m_view->selectionModel()->selectedRows().size();
    m_status->setText(count > 0 ? tr("Copied %n entries as Markdown", nullptr, int(count))
                                : tr("Copied every entry shown as Markdown"));
}

void NotebookWindow::exportSelection()
{
    const QString text = selectionMarkdown();
    if (text.isEmpty())
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("notebook/exportDir")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Notebook"),
                                                      QDir(dir).filePath(tr("Notebook.md")), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export Notebook"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    settings.setValue(QStringLiteral("notebook/exportDir"), QFileInfo(path).absolutePath());
}

void NotebookWindow::hideEvent(QHideEvent *event)
{
    QSettings().setValue(QStringLiteral("notebook/geometry"), saveGeometry());
    QWidget::hideEvent(event);
}

} // namespace Quoteshelf::Ui
