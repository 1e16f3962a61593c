#include "import/assetcollector.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Quoteshelf::Import {

namespace {

QByteArray decodeDataUri(const QString &uri)
{
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0)
        return {};
    const QString header = uri.mid(5, comma - 5).toLower();
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (header.endsWith(QLatin1String(";base64"))) {
        QByteArray compact = payload;
        compact.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromPercentEncoding(compact));
        return decoded ? *decoded : QByteArray();
    }
    return QByteArray::fromPercentEncoding(payload);
}

QString extensionFor(const QString &mime)
{
    if (mime == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    return mime.mid(6); // png, gif, webp, avif, bmp
}

} // namespace

void AssetCollector::setLocalDirectory(const QString &directory)
{
    const QFileInfo info(directory);
    m_directory = info.isDir() ? info.canonicalFilePath() : QString();
}

void AssetCollector::addResource(const QString &url, const QByteArray &data)
{
    if (!url.isEmpty())
        m_resources.insert(url, data);
}

QString AssetCollector::imageMimeType(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (data.mid(4, 8) == "ftypavif")
        return QStringLiteral("image/avif");
    if (data.startsWith("BM") && data.size() > 26)
        return QStringLiteral("image/bmp");
    return {};
}

QString AssetCollector::store(const QByteArray &data)
{
    const QString mime = imageMimeType(data);
    if (mime.isEmpty() || data.size() > MaxAssetBytes)
        return {};
    const QString name = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(16))
                         + QLatin1Char('.') + extensionFor(mime);
    for (const Asset &asset : std::as_const(m_assets)) {
        if (asset.name == name)
            return name;
    }
    m_assets.append({name, mime, data});
    return name;
}

QByteArray AssetCollector::localFile(const QString &src) const
{
    if (m_directory.isEmpty())
        return {};
    const QUrl url(src);
    if (!url.scheme().isEmpty() && url.scheme() != QLatin1String("file"))
        return {};
    const QString path = url.scheme() == QLatin1String("file") ? url.toLocalFile() : url.path();
    if (path.isEmpty())
        return {};
    const QFileInfo info(QDir(m_directory).absoluteFilePath(path));
    const QString canonical = info.canonicalFilePath();
    // The saved page's folder and below, nothing else: a page must not pull in ~/.ssh/id_rsa.
    if (canonical.isEmpty() || !canonical.startsWith(m_directory + QLatin1Char('/')) || !info.isFile()
        || info.size() > MaxAssetBytes)
        return {};
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(MaxAssetBytes + 1);
}

void AssetCollector::markMissing(const QStringList &candidates)
{
    // Only a page fetched from the web has its images fetched; a hostile page's hundred thousand
    // images are not all remembered.
    if (!m_documentUrl.isValid() || m_missing.size() >= MaxMissing)
        return;
    for (const QString &candidate : candidates) {
        const QString src = candidate.trimmed();
        if (src.isEmpty() || src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
            continue;
        QUrl url(src);
        if (url.isRelative() && m_baseUrl.isValid())
            url = m_baseUrl.resolved(url);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            continue;
        // The key resolve() looks the fetched bytes up by.
        const QString key = m_baseUrl.isValid() ? m_baseUrl.resolved(QUrl(src)).toString() : url.toString();
        if (!m_missingSet.contains(key)) {
            m_missingSet.insert(key);
            m_missing.append(key);
        }
        return;
    }
}

QString AssetCollector::resolve(const QString &rawSrc)
{
    const QString src = rawSrc.trimmed();
    if (src.isEmpty())
        return {};
    const auto cached = m_resolved.constFind(src);
    if (cached != m_resolved.constEnd())
        return *cached;
    QString name;
    if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        name = store(decodeDataUri(src));
    } else {
        QByteArray data = m_resources.value(src);
        if (data.isEmpty() && src.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
            data = m_resources.value(QLatin1Char('<') + src.mid(4) + QLatin1Char('>'));
        if (data.isEmpty() && m_baseUrl.isValid())
            data = m_resources.value(m_baseUrl.resolved(QUrl(src)).toString());
        if (data.isEmpty())
            data = localFile(src);
        if (!data.isEmpty())
            name = store(data);
    }
    m_resolved.insert(src, name);
    return name;
}

} // namespace Quoteshelf::Import
