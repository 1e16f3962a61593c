#pragma once

// Helpers for tests that drive the real reader web view the way a person does: mouse and key
// events sent to the widget Chromium takes its input from (the view's focus proxy). Script runs
// only to find where things are on screen, never to make a gesture.

#include "webtesting.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMouseEvent>
#include <QWebEngineView>

namespace Quoteshelf::Testing {

// Where an occurrence of a phrase of the article's visible text is on screen, in the view's
// widget coordinates: a point just inside its first character and one just inside its last, on
// the middle of their lines. Scrolls the phrase to the middle of the view first unless told not
// to (to find a second point on the same screen). The phrase may run across elements (a quote's
// underline, a paragraph break).
struct TextSpot
{
    QPoint first;
    QPoint last;
    bool found = false;
};

inline TextSpot locateText(QWebEngineView *view, const QString &phrase, int occurrence = 0, bool scroll = true)
{
    const QString needle = QString::fromUtf8(QJsonDocument(QJsonArray { phrase }).toJson(QJsonDocument::Compact));
    const QString script = QStringLiteral(R"JS((function (needle, occurrence, scroll) {
        var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, null);
        var nodes = [], text = "", node;
        while ((node = walker.nextNode())) { nodes.push([node, text.length]); text += node.data; }
        var at = -1;
        for (var i = 0; i <= occurrence; ++i) { at = text.indexOf(needle, at + 1); if (at < 0) return null; }
        function position(offset) {
            for (var j = nodes.length - 1; j >= 0; --j)
                if (nodes[j][1] <= offset) return [nodes[j][0], offset - nodes[j][1]];
            return null;
        }
        function rectOf(offset) {
            var p = position(offset), range = document.createRange();
            range.setStart(p[0], p[1]); range.setEnd(p[0], p[1] + 1);
            return range.getClientRects()[0];
        }
        var first = position(at);
        if (scroll)
            first[0].parentElement.scrollIntoView({ block: "center" });
        var a = rectOf(at), b = rectOf(at + needle.length - 1);
        return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2];
    })(%1[0], %2, %3))JS")
                               .arg(needle)
                               .arg(occurrence)
                               .arg(scroll ? QStringLiteral("true") : QStringLiteral("false"));
    const QVariantList box = evaluate(view->page(), script).toList();
    if (box.size() != 4)
        return {};
    const double zoom = view->zoomFactor();
    return { QPoint(qRound(box.at(0).toDouble() * zoom), qRound(box.at(1).toDouble() * zoom)),
             QPoint(qRound(box.at(2).toDouble() * zoom), qRound(box.at(3).toDouble() * zoom)), true };
}

// The centre of the first element matching a CSS selector, in widget coordinates (scrolled into
// view first); a null point when there is none.
inline QPoint locateElement(QWebEngineView *view, const QString &selector)
{
    const QString literal = QString::fromUtf8(QJsonDocument(QJsonArray { selector }).toJson(QJsonDocument::Compact));
    const QVariantList box
        = evaluate(view->page(),
                   QStringLiteral(
                       "(function (s) { var e = document.querySelector(s); if (!e) return null; e.scrollIntoView({ "
                       "block: 'center' });"
                       " var r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; })(%1[0])")
                       .arg(literal))
              .toList();
    if (box.size() != 2)
        return {};
    const double zoom = view->zoomFactor();
    return QPoint(qRound(box.at(0).toDouble() * zoom), qRound(box.at(1).toDouble() * zoom));
}

// Presses the left button at from, moves in steps to to and lets go: a drag selection.
inline void dragSelect(QWidget *input, QPoint from, QPoint to)
{
    QTest::mouseMove(input, from);
    QTest::mousePress(input, Qt::LeftButton, {}, from);
    constexpr int steps = 6;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(input, from + (to - from) * i / steps);
    QTest::mouseRelease(input, Qt::LeftButton, {}, to);
}

// count clicks of the left button at pos, 40 ms apart: 2 selects a word, 3 a paragraph.
// (QTest::mouseDClick spaces its events so that Chromium does not count them as one gesture.)
inline void clickRepeatedly(QWidget *input, QPoint pos, int count)
{
    // Far from any earlier event of this process, so Chromium starts counting afresh.
    static ulong timestamp = 1000000;
    timestamp += 10000;
    const QPointF global = input->mapToGlobal(QPointF(pos));
    QTest::mouseMove(input, pos);
    for (int i = 0; i < count; ++i) {
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(pos), global, Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        press.setTimestamp(timestamp += 40);
        QApplication::sendEvent(input, &press);
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(pos), global, Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        release.setTimestamp(timestamp += 40);
        QApplication::sendEvent(input, &release);
    }
}

// The window that takes key presses now: an open popup (the highlight popup, a menu) or the
// focused widget, as the display server would deliver them.
inline QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    return QApplication::focusWidget();
}

} // namespace Quoteshelf::Testing
