// Omnivore's export read from its zip (through KArchive) or from the folder it unzips to.
#include "import/omnivoreexport.h"

#include "import/reader.h"

#include <KZip>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>

namespace Quoteshelf::Import::Omnivore {

namespace {

const QRegularExpression &metadataName()
{
    static const QRegularExpression pattern(QStringLiteral("^metadata_.*\\.json$"));
    return pattern;
}

// The export's files by their path under its top folder, from a zip or from disk.
struct Files
{
    std::function<QStringList()> metadata;
    // data, or nothing when the file is absent; error set when it is there but unreadable
    std::function<QByteArray(const QString &path, QString *error)> read;
};

const KArchiveDirectory *topOfZip(const KArchiveDirectory *root)
{
    // Some tools zip the export inside one folder; the metadata tells where its top is.
    const auto holdsMetadata = [](const KArchiveDirectory *dir) {
        for (const QString &name : dir->entries()) {
            if (metadataName().match(name).hasMatch() && dir->entry(name)->isFile())
                return true;
        }
        return false;
    };
    if (holdsMetadata(root))
        return root;
    for (const QString &name : root->entries()) {
        const KArchiveEntry *entry = root->entry(name);
        if (entry->isDirectory() && holdsMetadata(static_cast<const KArchiveDirectory *>(entry)))
            return static_cast<const KArchiveDirectory *>(entry);
    }
    return nullptr;
}

QDir topOfFolder(const QString &path)
{
    const QDir dir(path);
    if (!dir.entryList({ QStringLiteral("metadata_*.json") }, QDir::Files).isEmpty())
        return dir;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir inner(dir.filePath(sub));
        if (!inner.entryList({ QStringLiteral("metadata_*.json") }, QDir::Files).isEmpty())
            return inner;
    }
    return QDir();
}

bool isZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

QDateTime parseTime(const QJsonValue &value)
{
    if (value.isDouble()) // milliseconds since the epoch in some exports
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::UTC);
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QStringList labelsOf(const QJsonValue &value)
{
    QStringList labels;
    for (const QJsonValue &label : value.toArray()) {
        // Plain names, or {name, color} objects in some versions.
        const QString name
            = label.isObject() ? label.toObject().value(QStringLiteral("name")).toString() : label.toString();
        if (!name.trimmed().isEmpty())
            labels.append(name.trimmed());
    }
    return labels;
}

// A slug names a file in the export; one that climbs out of its folder names nothing.
bool safeSlug(const QString &slug)
{
    return !slug.isEmpty() && !slug.contains(QLatin1Char('/')) && !slug.contains(QLatin1Char('\\'))
        && slug != QLatin1String("..") && slug != QLatin1String(".");
}

OmnivoreExport readFrom(const Files &files, const QString &name)
{
    OmnivoreExport result;
    result.name = name;
    QStringList metadataFiles = files.metadata();
    if (metadataFiles.isEmpty()) {
        result.error
            = QCoreApplication::translate("Import", "%1: not an Omnivore export (no metadata_*.json in it)").arg(name);
        return result;
    }
    // metadata_0_to_19.json, metadata_20_to_39.json, ...: in the order Omnivore wrote them.
    std::sort(metadataFiles.begin(), metadataFiles.end(), [](const QString &a, const QString &b) {
        const auto first = [](const QString &n) { return n.section(QLatin1Char('_'), 1, 1).toLongLong(); };
        return first(a) != first(b) ? first(a) < first(b) : a < b;
    });
    for (const QString &metadataFile : std::as_const(metadataFiles)) {
        QString error;
        const QByteArray data = files.read(metadataFile, &error);
        if (!error.isEmpty()) {
            result.error = QCoreApplication::translate("Import", "%1: %2: %3").arg(name, metadataFile, error);
            return result;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
            result.error = parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("Import", "%1: %2 is not valid JSON (%3)")
                      .arg(name, metadataFile, parseError.errorString())
                : QCoreApplication::translate("Import", "%1: %2 is not a list of articles").arg(name, metadataFile);
            return result;
        }
        for (const QJsonValue &value : document.array()) {
            const QJsonObject object = value.toObject();
            OmnivoreItem item;
            item.slug = object.value(QStringLiteral("slug")).toString();
            item.title = object.value(QStringLiteral("title")).toString().trimmed();
            item.author = object.value(QStringLiteral("author")).toString().trimmed();
            item.url = object.value(QStringLiteral("url")).toString().trimmed();
            item.labels = labelsOf(object.value(QStringLiteral("labels")));
            item.savedAt = parseTime(object.value(QStringLiteral("savedAt")));
            item.publishedAt = parseTime(object.value(QStringLiteral("publishedAt")));
            const QString state = object.value(QStringLiteral("state")).toString();
            item.archived = state.compare(QLatin1String("Archived"), Qt::CaseInsensitive) == 0
                || parseTime(object.value(QStringLiteral("archivedAt"))).isValid();
            if (item.url.isEmpty() && item.slug.isEmpty()) {
                result.error = QCoreApplication::translate("Import", "%1: %2: an entry has neither a slug nor a URL")
                                   .arg(name, metadataFile);
                return result;
            }
            if (safeSlug(item.slug)) {
                item.content = files.read(QStringLiteral("content/%1.html").arg(item.slug), &error);
                const QByteArray highlights = files.read(QStringLiteral("highlights/%1.md").arg(item.slug), &error);
                if (!error.isEmpty()) {
                    result.error
                        = QCoreApplication::translate("Import", "%1: the files of %2: %3").arg(name, item.slug, error);
                    return result;
                }
                item.highlights = parseHighlights(QString::fromUtf8(highlights));
            }
            result.items.append(item);
        }
    }
    return result;
}

} // namespace

bool isExport(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return topOfFolder(path).exists() && !topOfFolder(path).path().isEmpty();
    if (!isZip(path))
        return false;
    KZip zip(path);
    return zip.open(QIODevice::ReadOnly) && topOfZip(zip.directory()) != nullptr;
}

OmnivoreExport read(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return { name, {}, QCoreApplication::translate("Import", "%1: no such file or folder").arg(name) };
    if (info.isDir()) {
        const QDir top = topOfFolder(path);
        Files files;
        files.metadata = [top] {
            return top.path().isEmpty() ? QStringList()
                                        : top.entryList({ QStringLiteral("metadata_*.json") }, QDir::Files);
        };
        files.read = [top](const QString &relative, QString *error) {
            QFile file(top.filePath(relative));
            if (!file.exists())
                return QByteArray();
            if (!file.open(QIODevice::ReadOnly)) {
                *error = file.errorString();
                return QByteArray();
            }
            return file.read(MaxFileSize);
        };
        return readFrom(files, name);
    }
    auto zip = std::make_shared<KZip>(path);
    if (!isZip(path) || !zip->open(QIODevice::ReadOnly))
        return {
            name,
            {},
            QCoreApplication::translate("Import", "%1: not a readable zip archive (damaged or truncated?)").arg(name)
        };
    const KArchiveDirectory *top = topOfZip(zip->directory());
    Files files;
    files.metadata = [top] {
        QStringList names;
        if (top) {
            for (const QString &entry : top->entries()) {
                if (metadataName().match(entry).hasMatch() && top->entry(entry)->isFile())
                    names.append(entry);
            }
        }
        return names;
    };
    files.read = [top, zip](const QString &relative, QString *error) {
        const KArchiveFile *file = top ? top->file(relative) : nullptr;
        if (!file)
            return QByteArray();
        if (file->size() > MaxFileSize) {
            *error = QCoreApplication::translate("Import", "%1 is too large").arg(relative);
            return QByteArray();
        }
        std::unique_ptr<QIODevice> device(file->createDevice());
        const QByteArray data = device ? device->readAll() : QByteArray();
        // A truncated archive gives short data for an entry it lists.
        if (!device || data.size() != file->size())
            *error = QCoreApplication::translate("Import", "%1 is damaged or truncated in the archive").arg(relative);
        return data;
    };
    return readFrom(files, name);
}

QList<OmnivoreHighlight> parseHighlights(const QString &markdown)
{
    // Each highlight: "> quoted words" (a line or several), then its note, if any, up to the
    // next blockquote. Omnivore writes the quote on one line; lines of a longer one are joined.
    QList<OmnivoreHighlight> highlights;
    QStringList note;
    const auto finishNote = [&] {
        if (!highlights.isEmpty() && !note.isEmpty())
            highlights.last().note = note.join(QLatin1Char('\n')).trimmed();
        note.clear();
    };
    bool inQuote = false;
    const QStringList lines
        = QString(markdown).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('>'))) {
            const QString words = trimmed.mid(1).trimmed();
            if (!inQuote) {
                finishNote();
                highlights.append(OmnivoreHighlight());
                inQuote = true;
            }
            OmnivoreHighlight &current = highlights.last();
            if (!words.isEmpty())
                current.quote += (current.quote.isEmpty() ? QString() : QStringLiteral(" ")) + words;
            continue;
        }
        inQuote = false;
        if (!highlights.isEmpty() && (!trimmed.isEmpty() || !note.isEmpty()))
            note.append(line.trimmed());
    }
    finishNote();
    highlights.removeIf([](const OmnivoreHighlight &h) { return h.quote.isEmpty(); });
    return highlights;
}

} // namespace Quoteshelf::Import::Omnivore
