#include "ui/speakerswindow.h"

#include "library/articlerepository.h"
#include "ui/panelitemdelegate.h"
#include "ui/speakercolours.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

namespace {

enum ItemRole {
    AnonymousRole = Qt::UserRole + 1, // on every cell of an anonymous source's row
    SearchRole, // name, aliases and role: what the filter field matches
    SpeakerRowRole, // the row in m_speakers
    SortRole,
};
constexpr int QuoteArticleRole = Qt::UserRole + 1;
constexpr int QuoteStartRole = Qt::UserRole + 2;

// Sorts on any column, but anonymous sources stay below the named speakers in either direction:
// they are descriptions ("a senior official"), not people to rank among the others.
class SpeakerSortModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftAnonymous = left.data(AnonymousRole).toBool();
        const bool rightAnonymous = right.data(AnonymousRole).toBool();
        if (leftAnonymous != rightAnonymous)
            return sortOrder() == Qt::AscendingOrder ? rightAnonymous : leftAnonymous;
        const QVariant a = left.data(SortRole);
        const QVariant b = right.data(SortRole);
        if (a.typeId() == QMetaType::QString)
            return a.toString().localeAwareCompare(b.toString()) < 0;
        return a.toInt() < b.toInt();
    }
};

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

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("Quotes"), tr("Articles") });
    m_proxy = new SpeakerSortModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterKeyColumn(NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *leftPane = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftPane);
    leftLayout->setContentsMargins(12, 10, 6, 0);
    leftLayout->setSpacing(8);
    m_filter = new QLineEdit(leftPane);
    m_filter->setObjectName(QStringLiteral("speakersFilter"));
    m_filter->setPlaceholderText(tr("Find a speaker or role (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    leftLayout->addWidget(m_filter);
    m_table = new QTreeView(leftPane);
    m_table->setObjectName(QStringLiteral("speakersTable"));
    m_table->setModel(m_proxy);
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
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, NameColumn));
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
    QList<Library::LibrarySpeaker> speakers = m_index.speakers();
    if (speakers == m_speakers)
        return; // nothing the window shows changed: keep the selection and scroll positions
    const QString selected = selectedName();
    m_model->removeRows(0, m_model->rowCount());
    m_speakers = std::move(speakers);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int row = 0; row < m_speakers.size(); ++row) {
        const Library::LibrarySpeaker &s = m_speakers.at(row);
        const QString role = !s.role.isEmpty() ? s.role : s.isAnonymous() ? tr("anonymous source") : QString();
        QList<QStandardItem *> items { new QStandardItem(s.name), new QStandardItem(role),
                                       new QStandardItem(QString::number(s.quoteCount)),
                                       new QStandardItem(QString::number(s.articleCount)) };
        items[NameColumn]->setData(s.name, SortRole);
        items[RoleColumn]->setData(role, SortRole);
        items[QuotesColumn]->setData(s.quoteCount, SortRole);
        items[ArticlesColumn]->setData(s.articleCount, SortRole);
        items[NameColumn]->setData(
            QStringList({ s.name, s.role, s.aliases.join(QLatin1Char(' ')) }).join(QLatin1Char('\n')), SearchRole);
        const QString tip
            = s.aliases.isEmpty() ? s.name : tr("%1 (also: %2)").arg(s.name, s.aliases.join(QStringLiteral(", ")));
        for (QStandardItem *item : items) {
            item->setEditable(false);
            item->setData(s.isAnonymous(), AnonymousRole);
            item->setData(row, SpeakerRowRole);
            item->setToolTip(tip);
            if (s.isAnonymous())
                item->setForeground(muted);
        }
        if (s.isAnonymous()) {
            QFont italic = font();
            italic.setItalic(true);
            items[NameColumn]->setFont(italic);
        }
        items[RoleColumn]->setForeground(muted);
        items[QuotesColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items[ArticlesColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(items);
    }
    m_left->setCurrentWidget(m_speakers.isEmpty() ? static_cast<QWidget *>(m_noSpeakers) : m_table);
    m_filter->setEnabled(!m_speakers.isEmpty());
    if (selected.isEmpty() || !selectSpeaker(selected))
        showSelectedSpeaker();
}

bool SpeakersWindow::selectSpeaker(const QString &name)
{
    const QString wanted = name.simplified();
    for (const bool byAlias : { false, true }) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, NameColumn);
            const Library::LibrarySpeaker &s = m_speakers.at(index.data(SpeakerRowRole).toInt());
            if (byAlias ? s.aliases.contains(wanted, Qt::CaseInsensitive)
                        : s.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                m_table->setCurrentIndex(index);
                m_table->scrollTo(index);
                showSelectedSpeaker();
                return true;
            }
        }
    }
    return false;
}

QString SpeakersWindow::selectedName() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->index(current.row(), NameColumn).data().toString() : QString();
}

void SpeakersWindow::showSelectedSpeaker()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.data(SpeakerRowRole).toInt() : -1;
    m_quotes->clear();
    if (row < 0 || row >= m_speakers.size()) {
        m_heading->clear();
        m_subheading->clear();
        m_right->setCurrentWidget(m_noSelection);
        return;
    }
    const Library::LibrarySpeaker &s = m_speakers.at(row);
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
    const QColor accent = speakerColour(s.name);
    const QList<Library::LibraryQuote> quotes = m_index.quotes(s);
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
    m_right->setCurrentWidget(m_quotes);
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
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, NameColumn));
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
