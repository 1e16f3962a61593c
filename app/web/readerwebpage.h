#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Quoteshelf::Web {

// A reader page. It shows exactly the article its owner opened (setArticleUrl) and nothing else:
// the panels, the underlines and every new highlight belong to that article, so no link, history
// step or drop may put another page in the view behind the window's back.
//
// A click on a link to the web is not followed but reported, so the window can ask before
// opening it in the system browser. A link that resolves to another quoteshelf:// page (a
// relative link of the saved page, "../1/", read against the reader's own address) is refused
// and reported too.
class ReaderWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderWebPage)

public:
    explicit ReaderWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // The only page this view may show; set before loading it.
    void setArticleUrl(const QUrl &url) { m_articleUrl = url.adjusted(QUrl::RemoveFragment); }
    QUrl articleUrl() const { return m_articleUrl; }

Q_SIGNALS:
    void externalLinkClicked(const QUrl &url);
    // A link inside the article led to a reader address other than the article's own.
    void internalLinkRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_articleUrl;
};

} // namespace Quoteshelf::Web
