#include "web/urlscheme.h"

#include <QWebEngineUrlScheme>

namespace Quoteshelf::Web {

void registerUrlScheme()
{
    QWebEngineUrlScheme scheme(SchemeName);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure + local: the page may load its own images and styles, but not be reached from, or
    // reach, anything on the network.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed | QWebEngineUrlScheme::ContentSecurityPolicyIgnored);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace Quoteshelf::Web
