#include "web/readerprofile.h"

#include "core/logging.h"
#include "web/readerwebpage.h"
#include "web/requestinterceptor.h"
#include "web/schemehandler.h"
#include "web/urlscheme.h"

#include <QFile>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

namespace Quoteshelf::Web {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcWeb) << "missing resource" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

ReaderProfile::ReaderProfile(Library::ArticleRepository *repository, Render::HighlightService *highlighter, QObject *parent)
    : QObject(parent)
    // A profile without a storage name is off the record: nothing is written to disk.
    , m_profile(new QWebEngineProfile(this))
    , m_schemeHandler(new SchemeHandler(repository, highlighter, this))
    , m_interceptor(new RequestInterceptor(this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(SchemeName, m_schemeHandler);

    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    installScripts();
}

ReaderProfile::~ReaderProfile()
{
    // Pages must go before their profile; owners delete views first (see MainWindow).
    m_profile->removeUrlSchemeHandler(m_schemeHandler);
}

void ReaderProfile::installScripts()
{
    QWebEngineScript script;
    script.setName(QStringLiteral("quoteshelf-reader"));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js")) + QLatin1Char('\n')
                         + readResource(QStringLiteral(":/web/reader.js")));
    m_profile->scripts()->insert(script);
}

QWebEnginePage *ReaderProfile::createPage(QObject *parent) const
{
    return new ReaderWebPage(m_profile, parent);
}

} // namespace Quoteshelf::Web
