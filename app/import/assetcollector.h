#pragma once

#include "import/article.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QString>
#include <QUrl>

namespace Quoteshelf::Import {

// Turns the image references of an article into offline Assets. Sources, in order: data: URIs,
// resources of an MHTML archive (by Content-Location or Content-ID), and files next to a saved
// page ("page_files/..."), and images a URL import fetched beforehand (added as resources under
// their absolute address). Nothing is ever fetched here: a reference none of them can satisfy is
// dropped. Asset names are derived from the content (hash + extension), never from a URL or path,
// so a hostile name ("../../.bashrc") cannot reach the file system; only raster image formats
// recognised by their magic bytes are accepted (SVG can carry script).
class AssetCollector final
{
    Q_DISABLE_COPY_MOVE(AssetCollector)

public:
    static constexpr qsizetype MaxAssetBytes = 32 * 1024 * 1024;
    static constexpr qsizetype MaxMissing = 1000;

    AssetCollector() = default;

    // The folder of the saved page; only files inside it are read.
    void setLocalDirectory(const QString &directory);
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void addResource(const QString &url, const QByteArray &data);
    // The address a page was fetched from (after redirects): relative references and <base href>
    // are resolved against it. Set only for pages fetched from the web.
    void setDocumentUrl(const QUrl &url) { m_documentUrl = url; }
    QUrl documentUrl() const { return m_documentUrl; }

    // An image none of whose candidate sources (src, data-src, srcset...) is available offline:
    // the first web address among them is remembered, absolute, so that a page fetched from the
    // web (documentUrl set) can have its images fetched and be read again with them; at most
    // MaxMissing are remembered.
    void markMissing(const QStringList &candidates);
    QStringList missing() const { return m_missing; }

    // The asset name for an <img src>, or empty when the image is not available offline.
    QString resolve(const QString &src);
    QList<Asset> assets() const { return m_assets; }

    // "image/png" etc. from magic bytes, empty when not an accepted image.
    static QString imageMimeType(const QByteArray &data);

private:
    QString store(const QByteArray &data);
    QByteArray localFile(const QString &src) const;

    QString m_directory; // canonical, empty when none
    QUrl m_baseUrl;
    QUrl m_documentUrl;
    QStringList m_missing; // absolute http(s) addresses, in document order, each once
    QSet<QString> m_missingSet;
    QHash<QString, QByteArray> m_resources;
    QHash<QString, QString> m_resolved; // src -> name (empty: unavailable)
    QList<Asset> m_assets;
};

} // namespace Quoteshelf::Import
