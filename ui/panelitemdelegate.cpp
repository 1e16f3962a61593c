#include "ui/panelitemdelegate.h"

#include "ui/textlines.h"

#include <QApplication>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace Quoteshelf::Ui {

namespace {

constexpr int Margin = 8;
constexpr int AccentWidth = 3;

} // namespace

PanelItemDelegate::PanelItemDelegate(int primaryLines, bool serif, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_primaryLines(primaryLines)
    , m_serif(serif)
{
}

QFont PanelItemDelegate::primaryFont(const QFont &base) const
{
    QFont font = base;
    if (m_serif) {
        font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
        font.setPointSizeF(base.pointSizeF() * 1.05);
    } else {
        font.setWeight(QFont::Medium);
    }
    return font;
}

QFont PanelItemDelegate::smallFont(const QFont &base)
{
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    return small;
}

int PanelItemDelegate::layoutNote(QTextDocument &document, const QString &markdown, const QFont &font, int width)
{
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // GitHub's dialect as Obsidian reads it: _x_ is emphasis, not an underline (md4c's 0x4000),
    // and HTML in a note stays text.
    constexpr int Underline = 0x4000;
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub & ~Underline)
                                                                   | QTextDocument::MarkdownNoHTML));
    document.setTextWidth(width);
    return std::min(int(std::ceil(document.size().height())), NoteLines * QFontMetrics(font).lineSpacing());
}

void PanelItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
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

    QRect area = option.rect.adjusted(Margin, Margin - 2, -Margin, -Margin + 2);
    const QColor accent = index.data(AccentRole).value<QColor>();
    if (accent.isValid()) {
        painter->fillRect(QRect(area.left(), area.top(), AccentWidth, area.height()), accent);
        area.setLeft(area.left() + AccentWidth + Margin);
    }
    const QString trailing = index.data(TrailingRole).toString();
    if (!trailing.isEmpty()) {
        painter->setPen(muted);
        painter->setFont(option.font);
        const int w = QFontMetrics(option.font).horizontalAdvance(trailing);
        painter->drawText(QRect(area.right() - w, area.top(), w, QFontMetrics(option.font).height()), Qt::AlignRight, trailing);
        area.setRight(area.right() - w - Margin);
    }
    const QFont primary = primaryFont(option.font);
    const QFontMetrics primaryMetrics(primary);
    painter->setPen(text);
    painter->setFont(primary);
    int y = area.top();
    for (const QString &line : elidedLines(index.data(Qt::DisplayRole).toString(), primary, area.width(), m_primaryLines)) {
        painter->drawText(QRect(area.left(), y, area.width(), primaryMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += primaryMetrics.height();
    }
    const QString note = index.data(NoteRole).toString();
    if (!note.isEmpty()) {
        // The note as the reader wrote it: emphasis, lists and links formatted, not raw Markdown.
        QTextDocument document;
        const int height = layoutNote(document, note, smallFont(option.font), area.width());
        painter->save();
        painter->translate(area.left(), y + 2);
        const QRectF clip(0, 0, area.width(), height);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, text);
        context.clip = clip;
        document.documentLayout()->draw(painter, context);
        painter->restore();
        y += height + 2;
    }
    const QString secondary = index.data(SecondaryRole).toString();
    if (!secondary.isEmpty()) {
        const QFont small = smallFont(option.font);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(QRect(area.left(), y + 2, area.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(secondary, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize PanelItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = (option.rect.width() > 0 ? option.rect.width() : 300) - 2 * Margin;
    if (index.data(AccentRole).value<QColor>().isValid())
        width -= AccentWidth + Margin;
    const QString trailing = index.data(TrailingRole).toString();
    if (!trailing.isEmpty())
        width -= QFontMetrics(option.font).horizontalAdvance(trailing) + Margin;
    const QFont primary = primaryFont(option.font);
    const int lines = qMax<int>(1, elidedLines(index.data(Qt::DisplayRole).toString(), primary, qMax(60, width), m_primaryLines).size());
    int height = 2 * Margin + lines * QFontMetrics(primary).height();
    if (const QString note = index.data(NoteRole).toString(); !note.isEmpty()) {
        QTextDocument document;
        height += layoutNote(document, note, smallFont(option.font), qMax(60, width)) + 2;
    }
    if (!index.data(SecondaryRole).toString().isEmpty())
        height += QFontMetrics(smallFont(option.font)).height() + 2;
    return {width, height};
}

} // namespace Quoteshelf::Ui
