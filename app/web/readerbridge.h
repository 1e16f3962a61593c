#pragma once

#include <QObject>

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

Q_SIGNALS:
    void initialProgressChanged();
    void progressReported(double progress);

private:
    double m_initialProgress = 0.0;
};

} // namespace Quoteshelf::Web
