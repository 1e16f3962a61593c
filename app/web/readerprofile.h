#pragma once

#include <QObject>

class QWebEnginePage;
class QWebEngineProfile;

namespace Quoteshelf::Library {
class ArticleRepository;
}

namespace Quoteshelf::Render {
class HighlightService;
}

namespace Quoteshelf::Web {

class RequestInterceptor;
class SchemeHandler;

// The dedicated web profile every reader page lives in: off the record (no cookies or cache on
// disk), the quoteshelf:// handler, an interceptor that refuses the network, page JavaScript off,
// and Quoteshelf's own script (with qwebchannel.js) injected into the isolated ApplicationWorld.
class ReaderProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderProfile)

public:
    // highlighter (optional, owned by the caller) colours code blocks.
    explicit ReaderProfile(Library::ArticleRepository *repository, Render::HighlightService *highlighter = nullptr,
                           QObject *parent = nullptr);
    ~ReaderProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    SchemeHandler *schemeHandler() const { return m_schemeHandler; }
    RequestInterceptor *interceptor() const { return m_interceptor; }

    // A page with the reader's settings applied.
    QWebEnginePage *createPage(QObject *parent) const;

private:
    void installScripts();

    QWebEngineProfile *m_profile = nullptr;
    SchemeHandler *m_schemeHandler = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
};

} // namespace Quoteshelf::Web
