#include "import/reader.h"

#include "core/logging.h"

#include "import/assetcollector.h"
#include "import/charset.h"
#include "import/formatsniffer.h"
#include "import/htmlreader.h"
#include "import/markdownreader.h"
#include "import/mhtmlreader.h"
#include "import/plaintextreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Quoteshelf::Import {

namespace {

QString tooLarge(qint64 size)
{
    return QCoreApplication::translate("Import", "the file is too large to import (%1 MB; the limit is %2 MB)")
        .arg(size / (1024 * 1024))
        .arg(MaxFileSize / (1024 * 1024));
}

} // namespace

QString blockKindName(Block::Kind kind)
{
    switch (kind) {
    case Block::Kind::Title: return QStringLiteral("title");
    case Block::Kind::Byline: return QStringLiteral("byline");
    case Block::Kind::Heading: return QStringLiteral("heading");
    case Block::Kind::Paragraph: return QStringLiteral("paragraph");
    case Block::Kind::Caption: return QStringLiteral("caption");
    case Block::Kind::Quote: return QStringLiteral("quote");
    case Block::Kind::List: return QStringLiteral("list");
    case Block::Kind::Code: return QStringLiteral("code");
    case Block::Kind::Related: return QStringLiteral("related");
    }
    return {};
}

ReadResult readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {{}, QCoreApplication::translate("Import", "this is a folder, not a file")};
    // Checked before reading: a 2 GB file must not be pulled into memory to be refused.
    if (info.exists() && info.size() > MaxFileSize)
        return {{}, tooLarge(info.size())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("Import", "cannot open the file: %1").arg(file.errorString())};
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize)
        return {{}, tooLarge(data.size())};
    return readData(data, path);
}

namespace {

ReadResult readFormat(const QByteArray &data, const QString &fileName);

} // namespace

ReadResult readData(const QByteArray &data, const QString &fileName)
{
    ReadResult result = readFormat(data, fileName);
    // The page's DOM is gone by now.
    if (data.size() >= TrimAfterBytes)
        releaseFreedMemory();
    return result;
}

ReadResult readWebPage(const QByteArray &data, const QUrl &url, const QByteArray &declaredCharset,
                       const QHash<QString, QByteArray> &images, QStringList *missingImages)
{
    if (data.size() > MaxFileSize)
        return {{}, tooLarge(data.size())};
    const FormatSniffer::Format format = FormatSniffer::sniff(data, url.fileName());
    if (format == FormatSniffer::Format::Empty)
        return {{}, QCoreApplication::translate("Import", "the page is empty")};
    if (format != FormatSniffer::Format::Html)
        return {{}, QCoreApplication::translate("Import", "not an HTML page")};
    AssetCollector assets;
    assets.setDocumentUrl(url);
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        assets.addResource(it.key(), it.value());
    const QByteArray encoding = Charset::detect(data, declaredCharset, true);
    qCDebug(lcImport) << "reading" << url << data.size() << "bytes, declared" << declaredCharset << "charset" << encoding;
    ReadResult result;
    if (encoding == "utf-8" && !data.startsWith("\xEF\xBB\xBF") && QByteArrayView(data).isValidUtf8())
        result = HtmlReader(assets).readUtf8(data, QStringLiteral("html"));
    else
        result = HtmlReader(assets).readUtf8(Charset::decode(data, declaredCharset, true).toUtf8(), QStringLiteral("html"));
    if (missingImages)
        *missingImages = assets.missing();
    if (data.size() >= TrimAfterBytes)
        releaseFreedMemory();
    return result;
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

namespace {

ReadResult readFormat(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxFileSize)
        return {{}, tooLarge(data.size())};
    AssetCollector assets;
    const QFileInfo info(fileName);
    if (!fileName.isEmpty() && info.isFile())
        assets.setLocalDirectory(info.absolutePath());

    const FormatSniffer::Format format = FormatSniffer::sniff(data, fileName);
    qCDebug(lcImport) << "reading" << fileName << data.size() << "bytes as format" << int(format);
    switch (format) {
    case FormatSniffer::Format::Empty:
        return {{}, QCoreApplication::translate("Import", "the file is empty")};
    case FormatSniffer::Format::Binary:
        return {{}, QCoreApplication::translate("Import", "not a text or HTML document: the file is binary data")};
    case FormatSniffer::Format::Mhtml:
        return MhtmlReader().read(data);
    case FormatSniffer::Format::Markdown:
        return MarkdownReader(assets).read(data, fileName);
    case FormatSniffer::Format::Html: {
        const QByteArray encoding = Charset::detect(data, {}, true);
        qCDebug(lcImport) << "charset" << encoding;
        // UTF-8 pages (most) are parsed from the file's own bytes; others are decoded, and the
        // decoded text is dropped before parsing.
        if (encoding == "utf-8" && !data.startsWith("\xEF\xBB\xBF") && QByteArrayView(data).isValidUtf8())
            return HtmlReader(assets).readUtf8(data, QStringLiteral("html"));
        const QByteArray utf8 = Charset::decode(data, {}, true).toUtf8();
        return HtmlReader(assets).readUtf8(utf8, QStringLiteral("html"));
    }
    case FormatSniffer::Format::Text:
        break;
    }
    ReadResult result = PlainTextReader().read(data);
    // A text that starts with its first paragraph has no title line: the file's name is its title.
    if (result.article.title.isEmpty() && !fileName.isEmpty())
        result.article.title = info.completeBaseName();
    return result;
}

} // namespace

} // namespace Quoteshelf::Import
