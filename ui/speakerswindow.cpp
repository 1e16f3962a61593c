#include "ui/speakerswindow.h"

#include "library/articlerepository.h"
#include "ui/panelitemdelegate.h"
#include "ui/speakercolours.h"
#include "ui/speakerlistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

namespace {

constexpr int QuoteArticleRole = Qt::UserRole + 1;
constexpr int QuoteStartRole = Qt::UserRole + 2;

// Rows with room to breathe: this is a list to read, not a spreadsheet.
class RoomyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 10);
    }
};

} // namespace

SpeakersWindow::SpeakersWindow(Library::ArticleRepository *articles, QWidget *parent)
    : QWidget(parent, Qt::Window), m_index(articles->database())
{
    setObjectName(QStringLiteral("speakersWindow"));
    setWindowTitle(tr("Speakers"));

    m_model = new SpeakerListModel(articles->database(), this);
    m_model->setMutedColour(palette().color(QPalette::PlaceholderText));

    auto *leftPane = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(12, 10, 6, 0);
    leftLayout->setSpacing(8);
    m_filter = new QLineEdit(leftPane);
    m_filter->setObjectName(QStringLiteral("speakersFilter"));
    m_filter->setPlaceholderText(tr("Find a speaker or role (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_model, &SpeakerListModel::setFilterText);
    leftLayout->addWidget(m_filter);
    m_table = new QTreeView(leftPane);
    m_table->setObjectName(QStringLiteral("speakersTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RoomyDelegate(m_table));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    for (const int column : { QuotesColumn, ArticlesColumn })
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->sortByColumn(QuotesColumn, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SpeakersWindow::showSelectedSpeaker);
    // Down from the filter field goes to the speakers, Enter there goes to their quotes.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, NameColumn));
        m_table->setFocus();
    });
    connect(m_table, &QTreeView::activated, this, [this] {
        if (m_quotes->count() > 0) {
            m_quotes->setFocus();
            if (!m_quotes->currentItem())
                m_quotes->setCurrentRow(0);
        }
    });
    m_noSpeakers = new QLabel(tr("No one is quoted in your library yet.\n\nImport articles with File › Import: the "
                                 "people they quote gather here, with everything they said."),
                              leftPane);
    m_left = new QStackedWidget(leftPane);
    m_left->addWidget(m_table);
    m_left->addWidget(m_noSpeakers);
    m_left->setCurrentWidget(m_noSpeakers); // until reload() finds someone
    m_filter->setEnabled(false);
    leftLayout->addWidget(m_left, 1);

    auto *rightPane = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightPane);
    rightLayout->setContentsMargins(6, 10, 12, 0);
    rightLayout->setSpacing(2);
    m_heading = new QLabel(rightPane);
    m_heading->setObjectName(QStringLiteral("speakerHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading = new QLabel(rightPane);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setWordWrap(true);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_subheading);
    rightLayout->addSpacing(8);
    m_quotes = new QListWidget(rightPane);
    m_quotes->setObjectName(QStringLiteral("speakerQuotes"));
    m_quotes->setFrameShape(QFrame::NoFrame);
    m_quotes->setItemDelegate(new PanelItemDelegate(5, true, m_quotes));
    m_quotes->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_quotes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_quotes->setResizeMode(QListView::Adjust);
    m_quotes->setWordWrap(true);
    m_quotes->setToolTip(tr("Double-click or press Enter to read the quote in its article"));
    // A speaker quoted thousands of times: their quotes come a page at a time as the list scrolls.
    connect(m_quotes->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_quotes->verticalScrollBar()->maximum() - m_quotes->verticalScrollBar()->pageStep())
            showMoreQuotes();
    });
    connect(m_quotes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(QuoteArticleRole).toLongLong(), item->data(QuoteStartRole).toLongLong());
    });
    m_noSelection = new QLabel(tr("Select a speaker to read everything they said across your library.\n\n"
                                  "Double-click a quote to open its article at that passage."),
                               rightPane);
    m_right = new QStackedWidget(rightPane);
    m_right->addWidget(m_quotes);
    m_right->addWidget(m_noSelection);
    rightLayout->addWidget(m_right, 1);
    for (QLabel *label : { m_noSpeakers, m_noSelection }) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setMargin(32);
        label->setForegroundRole(QPalette::PlaceholderText);
    }

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("speakersSplitter"));
    m_splitter->addWidget(leftPane);
    m_splitter->addWidget(rightPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_splitter);

    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QWidget::close);

    // Imports arrive in bursts: one reload after the burst.
    m_reloadDelay = new QTimer(this);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(150);
    // Reading moves articles' progress, which arrives as articleChanged too: a hidden window
    // catches up when shown instead of scanning the library on every scroll.
    connect(m_reloadDelay, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    for (const auto signal : { &Library::ArticleRepository::articleAdded, &Library::ArticleRepository::articleChanged,
                               &Library::ArticleRepository::articleRemoved })
        connect(articles, signal, m_reloadDelay, qOverload<>(&QTimer::start));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("speakers/geometry")).toByteArray()))
        resize(960, 640);
    m_splitter->restoreState(settings.value(QStringLiteral("speakers/splitter")).toByteArray());
    if (settings.contains(QStringLiteral("speakers/sortColumn")))
        m_table->sortByColumn(settings.value(QStringLiteral("speakers/sortColumn")).toInt(),
                              Qt::SortOrder(settings.value(QStringLiteral("speakers/sortOrder")).toInt()));
    reload();
    m_filter->setFocus();
}

void SpeakersWindow::reload()
{
    m_stale = false;
    const qint64 selected = selectedId();
    const int shownQuotes = m_shown.quoteCount;
    m_model->refresh();
    const bool empty = m_model->rowCount() == 0 && m_filter->text().isEmpty() && m_model->isLibraryEmpty();
    m_left->setCurrentWidget(empty ? static_cast<QWidget *>(m_noSpeakers) : m_table);
    m_filter->setEnabled(!empty);
    const int row = selected != 0 ? m_model->rowOf(selected) : -1;
    if (row >= 0) {
        const bool moved = !m_table->currentIndex().isValid() || m_table->currentIndex().row() != row;
        if (moved)
            selectRow(row);
        else if (m_model->speakerAt(row).quoteCount != shownQuotes || m_model->speakerAt(row).id != m_shown.id)
            showSelectedSpeaker();
    } else {
        showSelectedSpeaker();
    }
}

bool SpeakersWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_model->index(row, NameColumn);
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showSelectedSpeaker();
    return true;
}

bool SpeakersWindow::selectSpeaker(const QString &name)
{
    const std::optional<Library::LibrarySpeaker> speaker = m_index.speaker(name);
    if (!speaker)
        return false;
    int row = m_model->rowOf(speaker->id);
    if (row < 0 && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the filter hid them
        row = m_model->rowOf(speaker->id);
    }
    return selectRow(row);
}

qint64 SpeakersWindow::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SpeakerListModel::SpeakerIdRole).toLongLong() : 0;
}

void SpeakersWindow::showSelectedSpeaker()
{
    const QModelIndex current = m_table->currentIndex();
    m_quotes->clear();
    m_quotesShown = 0;
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_shown = {};
        m_heading->clear();
        m_subheading->clear();
        m_right->setCurrentWidget(m_noSelection);
        return;
    }
    m_shown = m_model->speakerAt(current.row());
    const Library::LibrarySpeaker &s = m_shown;
    m_heading->setText(s.name);
    QStringList about;
    if (!s.role.isEmpty())
        about << s.role;
    else if (s.isAnonymous())
        about << tr("Anonymous source");
    about << tr("%n quotes", nullptr, s.quoteCount) + QLatin1Char(' ') + tr("in %n articles", nullptr, s.articleCount);
    if (!s.aliases.isEmpty())
        about << tr("also “%1”").arg(s.aliases.join(QStringLiteral("”, “")));
    m_subheading->setText(about.join(QStringLiteral(" · ")));
    showMoreQuotes();
    m_right->setCurrentWidget(m_quotes);
}

void SpeakersWindow::showMoreQuotes()
{
    if (m_shown.id == 0 || m_quotesShown >= m_shown.quoteCount)
        return;
    const QColor accent = speakerColour(m_shown.name);
    const QList<Library::LibraryQuote> quotes = m_index.quotes(m_shown, QuotePageSize, m_quotesShown);
    m_quotesShown += int(quotes.size());
    if (quotes.isEmpty())
        m_quotesShown = m_shown.quoteCount; // the library changed under us: nothing more to read
    for (const Library::LibraryQuote &q : quotes) {
        const QString text = q.kind == QLatin1String("indirect") ? q.text.simplified()
                                                                 : QStringLiteral("“%1”").arg(q.text.simplified());
        auto *item = new QListWidgetItem(text, m_quotes);
        QString source = q.articleTitle.isEmpty() ? tr("Untitled article") : q.articleTitle;
        if (q.kind == QLatin1String("indirect"))
            source = tr("paraphrased · %1").arg(source);
        item->setData(PanelItemDelegate::SecondaryRole, source);
        item->setData(PanelItemDelegate::AccentRole, accent);
        item->setData(QuoteArticleRole, q.articleId);
        item->setData(QuoteStartRole, qint64(q.start));
        item->setToolTip(q.text);
    }
}

void SpeakersWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

bool SpeakersWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, NameColumn));
        m_table->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SpeakersWindow::hideEvent(QHideEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("speakers/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("speakers/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("speakers/sortColumn"), m_table->header()->sortIndicatorSection());
    settings.setValue(QStringLiteral("speakers/sortOrder"), int(m_table->header()->sortIndicatorOrder()));
    QWidget::hideEvent(event);
}

} // namespace Quoteshelf::Ui
