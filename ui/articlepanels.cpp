#include "ui/articlepanels.h"

#include <QTabBar>

#include "ui/highlightpopup.h"
#include "ui/panelitemdelegate.h"
#include "ui/speakercolours.h"

#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

namespace {

constexpr int QuoteIdRole = Qt::UserRole + 1;
constexpr int HighlightIdRole = Qt::UserRole + 2;

QListWidget *makeList(int primaryLines, bool serif, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFrameShape(QFrame::NoFrame);
    list->setItemDelegate(new PanelItemDelegate(primaryLines, serif, list));
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setUniformItemSizes(false);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

} // namespace

ArticlePanels::ArticlePanels(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    // Every tab stays in view in a narrow panel or a longer language: names shorten with "…"
    // (the tooltip has the whole) rather than hiding the last tab behind scroll arrows.
    tabBar()->setUsesScrollButtons(false);
    tabBar()->setElideMode(Qt::ElideRight);
    setObjectName(QStringLiteral("articlePanels"));
    m_speakers = makeList(1, false, this);
    m_quotes = makeList(4, true, this);
    m_tags = makeList(1, false, this);
    m_highlights = makeList(3, true, this);
    // Names for screen readers: what each list holds.
    setAccessibleName(tr("Article panels"));
    m_speakers->setAccessibleName(tr("Speakers in this article"));
    m_quotes->setAccessibleName(tr("Quotes in this article"));
    m_tags->setAccessibleName(tr("Tags of this article"));
    m_highlights->setAccessibleName(tr("Your highlights in this article"));
    addTab(page(m_speakers, tr("No one is quoted in this article.")), tr("Speakers"));
    addTab(page(m_quotes, tr("No quotes were found in this article.")), tr("Quotes"));
    addTab(page(m_tags, tr("No tags yet.")), tr("Tags"));
    // The Highlights tab has the article note button above its list.
    auto *highlightsTab = new QWidget(this);
    auto *highlightsLayout = new QVBoxLayout(highlightsTab);
    highlightsLayout->setContentsMargins(0, 4, 0, 0);
    highlightsLayout->setSpacing(2);
    auto *noteButton = new QPushButton(tr("Article Note…"), highlightsTab);
    noteButton->setObjectName(QStringLiteral("articleNoteButton"));
    noteButton->setFlat(true);
    noteButton->setToolTip(tr("Your notes on the whole article, in Markdown"));
    connect(noteButton, &QPushButton::clicked, this, &ArticlePanels::articleNoteRequested);
    auto *colourFilter = new QComboBox(highlightsTab);
    m_colourFilterBox = colourFilter;
    colourFilter->setObjectName(QStringLiteral("highlightColourFilter"));
    colourFilter->addItem(tr("All colours"), QString());
    for (const QString &colour : HighlightPopup::colourNames())
        colourFilter->addItem(HighlightPopup::colourLabel(colour), colour);
    connect(colourFilter, &QComboBox::currentIndexChanged, this, [this, colourFilter] {
        m_colourFilter = colourFilter->currentData().toString();
        fillHighlights();
    });
    auto *row = new QHBoxLayout;
    row->setContentsMargins(4, 0, 4, 0);
    row->addWidget(noteButton);
    row->addStretch(1);
    row->addWidget(colourFilter);
    highlightsLayout->addLayout(row);
    highlightsLayout->addWidget(page(m_highlights, tr("Select text in the article to highlight it.\n\nKeys 1–5 pick a colour.")), 1);
    addTab(highlightsTab, tr("Highlights"));
    for (int i = 0; i < count(); ++i)
        setTabToolTip(i, tabText(i).remove(QLatin1Char('&')));
    connect(m_quotes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT quoteActivated(item->data(QuoteIdRole).toLongLong());
    });
    connect(m_quotes, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT quoteActivated(item->data(QuoteIdRole).toLongLong());
    });
    connect(m_speakers, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_speakers->selectedItems();
        const QString name = selected.isEmpty() ? QString() : selected.constFirst()->text();
        fillQuotes(name);
        Q_EMIT speakerSelected(name);
    });
    connect(m_tags, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT tagActivated(item->text()); });
    connect(m_tags, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { Q_EMIT tagActivated(item->text()); });
    m_quotes->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_quotes, &QWidget::customContextMenuRequested, this, &ArticlePanels::quoteContextMenu);
    m_speakers->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_speakers, &QWidget::customContextMenuRequested, this, &ArticlePanels::speakerContextMenu);
    m_tags->setToolTip(tr("Click a tag to list the articles that have it"));
    m_tags->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tags, &QWidget::customContextMenuRequested, this, &ArticlePanels::tagContextMenu);
    m_highlights->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_highlights, &QWidget::customContextMenuRequested, this, &ArticlePanels::highlightContextMenu);
    connect(m_highlights, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(HighlightIdRole).toLongLong();
        if (id > 0)
            Q_EMIT highlightActivated(id);
    });
    updateEmptyStates();
}

void ArticlePanels::fillQuotes(const QString &speaker)
{
    m_speakerFilter = speaker;
    m_quotes->clear();
    for (const Library::QuoteRecord &q : std::as_const(m_quoteRecords)) {
        if (!speaker.isEmpty() && q.speaker != speaker)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("“%1”").arg(q.text), m_quotes);
        QString secondary = q.speaker.isEmpty() ? tr("Unattributed") : QStringLiteral("— %1").arg(q.speaker);
        if (q.kind == QLatin1String("indirect"))
            secondary += tr(" · reported");
        item->setData(PanelItemDelegate::SecondaryRole, secondary);
        item->setData(PanelItemDelegate::AccentRole, q.speaker.isEmpty() ? QColor() : speakerColour(q.speaker));
        item->setData(QuoteIdRole, q.id);
        item->setToolTip(q.cue.isEmpty() ? q.speaker : tr("%1 (%2)").arg(q.speaker, q.cue));
    }
    updateEmptyStates();
}

void ArticlePanels::quoteContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_quotes->itemAt(pos);
    if (!item)
        return;
    const qint64 id = item->data(QuoteIdRole).toLongLong();
    const auto it = std::find_if(m_quoteRecords.cbegin(), m_quoteRecords.cend(), [id](const auto &q) { return q.id == id; });
    if (it == m_quoteRecords.cend())
        return;
    const Library::QuoteRecord quote = *it;
    QMenu menu(this);
    menu.addAction(tr("&Copy as Markdown"), this, [quote] {
        QString markdown = QStringLiteral("> %1").arg(quote.text.simplified());
        if (!quote.speaker.isEmpty())
            markdown += QStringLiteral("\n>\n> — %1").arg(quote.speaker);
        QGuiApplication::clipboard()->setText(markdown + QLatin1Char('\n'));
    });
    menu.addAction(tr("&Show in Article"), this, [this, id] { Q_EMIT quoteActivated(id); });
    menu.addAction(tr("&Highlight"), this, [this, id] { Q_EMIT quoteHighlightRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("&Wrong Speaker…"), this, [this, quote] { Q_EMIT speakerCorrectionRequested(quote.id, quote.speaker); });
    menu.exec(m_quotes->viewport()->mapToGlobal(pos));
}

void ArticlePanels::speakerContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_speakers->itemAt(pos);
    if (!item)
        return;
    const QString name = item->text();
    QMenu menu(this);
    menu.addAction(tr("Articles Quoting %1").arg(name), this, [this, name] { Q_EMIT showArticlesBySpeaker(name); });
    menu.addAction(tr("Everything %1 Said…").arg(name), this, [this, name] { Q_EMIT showSpeakerEverywhere(name); });
    menu.exec(m_speakers->viewport()->mapToGlobal(pos));
}

void ArticlePanels::showHighlights(const QList<Library::HighlightRecord> &highlights)
{
    m_highlightRecords = highlights;
    fillHighlights();
}

void ArticlePanels::fillHighlights()
{
    // The colours' names may have changed in Settings.
    for (int i = 1; i < m_colourFilterBox->count(); ++i)
        m_colourFilterBox->setItemText(i, HighlightPopup::colourLabel(m_colourFilterBox->itemData(i).toString()));
    m_highlights->clear();
    bool orphanHeader = false;
    for (const Library::HighlightRecord &h : std::as_const(m_highlightRecords)) {
        if (!m_colourFilter.isEmpty() && h.color != m_colourFilter)
            continue;
        if (h.orphaned && !orphanHeader) {
            orphanHeader = true;
            auto *header = new QListWidgetItem(tr("Orphaned highlights"), m_highlights);
            header->setFlags(Qt::NoItemFlags);
            header->setData(PanelItemDelegate::SecondaryRole,
                            tr("Their text is no longer in this version of the article. Select new text, then "
                               "right-click one and choose Re-attach."));
        }
        auto *item = new QListWidgetItem(h.exact.simplified(), m_highlights);
        QStringList secondary;
        item->setData(PanelItemDelegate::NoteRole, h.note.trimmed());
        if (!h.speaker.isEmpty())
            secondary << QStringLiteral("— %1").arg(h.speaker);
        for (const QString &tag : h.tags)
            secondary << QLatin1Char('#') + tag;
        item->setData(PanelItemDelegate::SecondaryRole, secondary.join(QStringLiteral("  ")));
        item->setData(PanelItemDelegate::AccentRole, HighlightPopup::colourSwatch(h.color));
        item->setData(HighlightIdRole, h.id);
        item->setToolTip(HighlightPopup::colourLabel(h.color));
    }
    updateEmptyStates();
}

qint64 ArticlePanels::selectQuoteAt(qint64 start, qint64 end)
{
    for (int row = 0; row < m_quotes->count(); ++row) {
        QListWidgetItem *item = m_quotes->item(row);
        const qint64 id = item->data(QuoteIdRole).toLongLong();
        const auto it = std::find_if(m_quoteRecords.cbegin(), m_quoteRecords.cend(), [id](const auto &q) { return q.id == id; });
        if (it != m_quoteRecords.cend() && it->start < end && start < it->end) {
            const QSignalBlocker blocker(m_quotes);
            m_quotes->setCurrentItem(item);
            m_quotes->scrollToItem(item);
            return id;
        }
    }
    return 0;
}

void ArticlePanels::highlightContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_highlights->itemAt(pos);
    const qint64 id = item ? item->data(HighlightIdRole).toLongLong() : 0;
    if (id <= 0)
        return;
    const auto it = std::find_if(m_highlightRecords.cbegin(), m_highlightRecords.cend(), [id](const auto &h) { return h.id == id; });
    if (it == m_highlightRecords.cend())
        return;
    const Library::HighlightRecord highlight = *it;
    QMenu menu(this);
    if (highlight.orphaned)
        menu.addAction(tr("Re-attach to Selection"), this, [this, id] { Q_EMIT highlightReattachRequested(id); });
    else
        menu.addAction(tr("Show in Article"), this, [this, id] { Q_EMIT highlightActivated(id); });
    menu.addAction(tr("Note…"), this, [this, id] { Q_EMIT highlightNoteRequested(id); });
    menu.addAction(tr("Copy as Markdown"), this, [highlight] {
        QString markdown;
        for (const QString &line : highlight.exact.split(QLatin1Char('\n')))
            markdown += QStringLiteral("> %1\n").arg(line);
        if (!highlight.note.trimmed().isEmpty())
            markdown += QLatin1Char('\n') + highlight.note.trimmed() + QLatin1Char('\n');
        QGuiApplication::clipboard()->setText(markdown);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, id] { Q_EMIT highlightDeleteRequested(id); });
    menu.exec(m_highlights->viewport()->mapToGlobal(pos));
}

void ArticlePanels::tagContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_tags->itemAt(pos);
    QMenu menu(this);
    if (item) {
        const QString tag = item->text();
        menu.addAction(tr("Articles Tagged “%1”").arg(tag), this, [this, tag] { Q_EMIT tagActivated(tag); });
        menu.addAction(tr("Rename Tag…"), this, [this, tag] { Q_EMIT tagRenameRequested(tag); });
        menu.addSeparator();
    }
    menu.addAction(tr("Edit Article Tags…"), this, &ArticlePanels::articleTagsRequested);
    menu.exec(m_tags->viewport()->mapToGlobal(pos));
}

QWidget *ArticlePanels::page(QListWidget *list, const QString &emptyText)
{
    auto *stack = new QStackedWidget(this);
    auto *empty = new QLabel(emptyText, stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(24);
    empty->setForegroundRole(QPalette::PlaceholderText);
    stack->addWidget(list);
    stack->addWidget(empty);
    return stack;
}

void ArticlePanels::updateEmptyStates()
{
    for (QListWidget *list : {m_speakers, m_quotes, m_tags, m_highlights}) {
        auto *stack = qobject_cast<QStackedWidget *>(list->parentWidget());
        if (stack)
            stack->setCurrentIndex(list->count() == 0 ? 1 : 0);
    }
}

void ArticlePanels::clear()
{
    m_quoteRecords.clear();
    m_highlightRecords.clear();
    m_speakerFilter.clear();
    m_speakers->clear();
    m_quotes->clear();
    m_tags->clear();
    m_highlights->clear();
    updateEmptyStates();
}

void ArticlePanels::showArticle(const QList<Library::SpeakerRecord> &speakers, const QList<Library::QuoteRecord> &quotes,
                                const QList<Library::TagRecord> &tags)
{
    clear();
    for (const Library::SpeakerRecord &s : speakers) {
        auto *item = new QListWidgetItem(s.name, m_speakers);
        QString secondary = s.role;
        if (s.kind == QLatin1String("anonymous") && secondary.isEmpty())
            secondary = tr("Anonymous source");
        item->setData(PanelItemDelegate::SecondaryRole, secondary);
        item->setData(PanelItemDelegate::TrailingRole, QString::number(s.quoteCount));
        item->setData(PanelItemDelegate::AccentRole, speakerColour(s.name));
        item->setToolTip(s.aliases.isEmpty() ? s.name : tr("%1 (also: %2)").arg(s.name, s.aliases.join(QStringLiteral(", "))));
    }
    m_quoteRecords = quotes;
    fillQuotes(QString());
    for (const Library::TagRecord &t : tags) {
        auto *item = new QListWidgetItem(t.name, m_tags);
        item->setData(PanelItemDelegate::SecondaryRole, t.suggested ? tr("suggested · %1").arg(t.kind) : t.kind);
        item->setData(PanelItemDelegate::TrailingRole, QString::number(t.mentions));
    }
    updateEmptyStates();
}

} // namespace Quoteshelf::Ui
