#pragma once

#include <QWebEnginePage>

namespace Quoteshelf::Web {

// A reader page: stays on quoteshelf:// for good. A click on a link to anywhere else is not
// followed but reported, so the window can ask before opening it in the system browser.
class ReaderWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderWebPage)

public:
    explicit ReaderWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    void externalLinkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Quoteshelf::Web
