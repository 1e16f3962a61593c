#include "web/requestinterceptor.h"

#include "core/logging.h"
#include "web/urlscheme.h"

namespace Quoteshelf::Web {

RequestInterceptor::RequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool RequestInterceptor::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String(SchemeName) || scheme == QLatin1String("data") || scheme == QLatin1String("blob");
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl()))
        return;
    // Called on Chromium's IO thread: only atomics and logging here.
    m_blocked.fetchAndAddRelaxed(1);
    qCDebug(lcWeb) << "blocked" << info.requestUrl().scheme() << "request";
    info.block(true);
}

} // namespace Quoteshelf::Web
