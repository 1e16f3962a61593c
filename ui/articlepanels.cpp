#include "ui/articlepanels.h"

#include "ui/panelitemdelegate.h"
#include "ui/speakercolours.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

namespace {

constexpr int QuoteIdRole = Qt::UserRole + 1;

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
    setObjectName(QStringLiteral("articlePanels"));
    m_speakers = makeList(1, false, this);
    m_quotes = makeList(4, true, this);
    m_tags = makeList(1, false, this);
    m_highlights = makeList(3, true, this);
    addTab(page(m_speakers, tr("No one is quoted in this article.")), tr("Speakers"));
    addTab(page(m_quotes, tr("No quotes were found in this article.")), tr("Quotes"));
    addTab(page(m_tags, tr("No tags yet.")), tr("Tags"));
    addTab(page(m_highlights, tr("Select text in the article to highlight it.")), tr("Highlights"));
    connect(m_quotes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT quoteActivated(item->data(QuoteIdRole).toLongLong());
    });
    connect(m_quotes, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT quoteActivated(item->data(QuoteIdRole).toLongLong());
    });
    updateEmptyStates();
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
    for (const Library::QuoteRecord &q : quotes) {
        auto *item = new QListWidgetItem(QStringLiteral("“%1”").arg(q.text), m_quotes);
        item->setData(PanelItemDelegate::SecondaryRole,
                      q.speaker.isEmpty() ? tr("Unattributed") : QStringLiteral("— %1").arg(q.speaker));
        item->setData(PanelItemDelegate::AccentRole, q.speaker.isEmpty() ? QColor() : speakerColour(q.speaker));
        item->setData(QuoteIdRole, q.id);
    }
    for (const Library::TagRecord &t : tags) {
        auto *item = new QListWidgetItem(t.name, m_tags);
        item->setData(PanelItemDelegate::SecondaryRole, t.suggested ? tr("suggested · %1").arg(t.kind) : t.kind);
        item->setData(PanelItemDelegate::TrailingRole, QString::number(t.mentions));
    }
    updateEmptyStates();
}

} // namespace Quoteshelf::Ui
