#pragma once

#include "render/readerpage.h"

#include <QWebEngineUrlSchemeHandler>

namespace Quoteshelf::Library {
class ArticleRepository;
}

namespace Quoteshelf::Web {

// Serves everything the reader shows:
//   quoteshelf://article/ID/             the reader page for article ID
//   quoteshelf://article/ID/assets/NAME  an image stored with the article
//   quoteshelf://app/FILE                the reader's stylesheet and script (resources/web)
// Runs on the GUI thread; each reply is a buffer parented to the job.
class SchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeHandler)

public:
    explicit SchemeHandler(Library::ArticleRepository *repository, Render::HighlightService *highlighter = nullptr,
                           QObject *parent = nullptr);

    void setStyle(const Render::ReaderStyle &style) { m_style = style; }
    Render::ReaderStyle style() const { return m_style; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void reply(QWebEngineUrlRequestJob *job, const QByteArray &mimeType, const QByteArray &data);

    Library::ArticleRepository *m_repository = nullptr;
    Render::HighlightService *m_highlighter = nullptr;
    Render::ReaderStyle m_style;
};

} // namespace Quoteshelf::Web
