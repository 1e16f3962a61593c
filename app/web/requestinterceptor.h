#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace Quoteshelf::Web {

// Refuses every request that is not quoteshelf://, data: or blob:. Saved pages are read offline
// and privately: nothing a page contains may reach the network. Counts what it blocked.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked.loadRelaxed(); }
    static bool isAllowed(const QUrl &url);

private:
    QAtomicInt m_blocked;
};

} // namespace Quoteshelf::Web
