#pragma once

#include <QObject>
#include <QRect>

namespace Quoteshelf::Web {

// The object the reader page's script sees as channel.objects.reader. Small on purpose: every
// value coming from JavaScript is checked before it goes anywhere.
class ReaderBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderBridge)
    Q_PROPERTY(double initialProgress READ initialProgress NOTIFY initialProgressChanged)

public:
    explicit ReaderBridge(QObject *parent = nullptr);

    double initialProgress() const { return m_initialProgress; }
    void setInitialProgress(double progress);

public Q_SLOTS:
    // Called by the page when the reader scrolled; progress is 0..1.
    void reportProgress(const QVariant &progress);
    // The reader selected text: code points [start, end) of the article text and the selection's
    // bounding box in page pixels; start = -1 when the selection went away.
    void reportSelection(const QVariant &start, const QVariant &end, const QVariant &rect);
    // The reader clicked a highlight.
    void reportHighlightClicked(const QVariant &id, const QVariant &rect);

Q_SIGNALS:
    void selectionChanged(qint64 start, qint64 end, const QRect &rect);
    void highlightClicked(qint64 id, const QRect &rect);
    void initialProgressChanged();
    void progressReported(double progress);

private:
    double m_initialProgress = 0.0;
};

} // namespace Quoteshelf::Web
