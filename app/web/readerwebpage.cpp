#include "web/readerwebpage.h"

#include "core/logging.h"
#include "web/urlscheme.h"

namespace Quoteshelf::Web {

ReaderWebPage::ReaderWebPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent) { }

bool ReaderWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1String(SchemeName)) {
        // The article itself, and jumps to its own #anchors.
        if (isMainFrame && !m_articleUrl.isEmpty() && url.adjusted(QUrl::RemoveFragment) == m_articleUrl)
            return true;
        qCInfo(lcWeb) << "refused navigation to" << url << "while showing" << m_articleUrl;
        if (type == NavigationTypeLinkClicked && isMainFrame)
            Q_EMIT internalLinkRefused(url);
        return false;
    }
    if (type == NavigationTypeLinkClicked && isMainFrame
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")
            || url.scheme() == QLatin1String("mailto")))
        Q_EMIT externalLinkClicked(url);
    return false;
}

QWebEnginePage *ReaderWebPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    // Links with target="_blank" never open a second page.
    return nullptr;
}

} // namespace Quoteshelf::Web
