#pragma once

#include <QObject>
#include <QRect>

#include <optional>

namespace Quoteshelf::Web {

// The object the reader page's script sees as channel.objects.reader. Small on purpose: every
// value coming from JavaScript is checked before it goes anywhere.
class ReaderBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderBridge)

public:
    explicit ReaderBridge(QObject *parent = nullptr);

    // A reading position the page answered with (progress()), or nullopt when it is not one.
    static std::optional<double> progressFrom(const QVariant &value);

public Q_SLOTS:
    // The reader selected text: code points [start, end) of the article text and the selection's
    // bounding box in page pixels; start = -1 when the selection went away. gesture is "mouse"
    // when the mouse button was let go, "keyboard" for every other change.
    void reportSelection(const QVariant &start, const QVariant &end, const QVariant &rect, const QVariant &gesture);
    // The reader clicked a highlight.
    void reportHighlightClicked(const QVariant &id, const QVariant &rect);

Q_SIGNALS:
    void selectionChanged(qint64 start, qint64 end, const QRect &rect, bool byMouse);
    void highlightClicked(qint64 id, const QRect &rect);
};

} // namespace Quoteshelf::Web
