#include "web/readerwebpage.h"

#include "web/urlscheme.h"

namespace Quoteshelf::Web {

ReaderWebPage::ReaderWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool ReaderWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1String(SchemeName))
        return true;
    if (type == NavigationTypeLinkClicked && isMainFrame
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("mailto")))
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
