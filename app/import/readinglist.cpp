#include "import/readinglist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Quoteshelf::Import {

namespace {

bool isWeb(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// The few entities an exporter writes in attribute values and link text.
QString unescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QStringList splitTags(const QString &value, QChar separator)
{
    QStringList tags;
    for (QString tag : value.split(separator, Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

ReadingList parsePocketHtml(const QString &html)
{
    ReadingList list;
    list.format = QStringLiteral("Pocket");
    static const QRegularExpression token(
        QStringLiteral(R"(<h1[^>]*>(.*?)</h1>|<a\s([^>]*)>(.*?)</a>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression attribute(QStringLiteral(R"re(([\w-]+)\s*=\s*"([^"]*)")re"));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
    bool archived = false;
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0).startsWith(QLatin1String("<h1"), Qt::CaseInsensitive)) {
            // "Unread", then "Read Archive".
            archived = match.captured(1).contains(QLatin1String("archive"), Qt::CaseInsensitive);
            continue;
        }
        ReadingListEntry entry;
        for (auto attr = attribute.globalMatch(match.captured(2)); attr.hasNext();) {
            const auto a = attr.next();
            const QString name = a.captured(1).toLower();
            if (name == QLatin1String("href"))
                entry.url = unescape(a.captured(2)).trimmed();
            else if (name == QLatin1String("tags"))
                entry.tags = splitTags(unescape(a.captured(2)), QLatin1Char(','));
        }
        entry.title = unescape(QString(match.captured(3)).remove(markup)).simplified();
        entry.archived = archived;
        if (isWeb(entry.url))
            list.entries << entry;
    }
    return list;
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

ReadingList parseCsvList(const QString &text)
{
    ReadingList list;
    const QList<QStringList> rows = parseCsv(text);
    if (rows.isEmpty())
        return list;
    QStringList header;
    for (const QString &name : rows.constFirst())
        header << name.trimmed().toLower();
    const qsizetype url = header.indexOf(QLatin1String("url"));
    const qsizetype title = header.indexOf(QLatin1String("title"));
    const qsizetype tags = header.indexOf(QLatin1String("tags"));
    const qsizetype status = header.indexOf(QLatin1String("status"));
    const qsizetype folder = header.indexOf(QLatin1String("folder"));
    if (url < 0) {
        list.error = QCoreApplication::translate("Import", "a CSV file without a URL column");
        return list;
    }
    list.format = folder >= 0 || header.contains(QLatin1String("selection")) ? QStringLiteral("Instapaper") : QStringLiteral("Pocket");
    const bool instapaper = list.format == QLatin1String("Instapaper");
    for (const QStringList &row : rows.mid(1)) {
        ReadingListEntry entry;
        entry.url = row.value(url).trimmed();
        if (!isWeb(entry.url))
            continue;
        entry.title = row.value(title).simplified();
        QString tagField = row.value(tags).trimmed();
        if (instapaper) {
            // Newer exports write the tags as a JSON-style list: ["a","b"].
            if (tagField.startsWith(QLatin1Char('[')) && tagField.endsWith(QLatin1Char(']')))
                tagField = tagField.mid(1, tagField.size() - 2).remove(QLatin1Char('"'));
            entry.tags = splitTags(tagField, QLatin1Char(','));
            const QString place = row.value(folder).trimmed();
            entry.archived = place.compare(QLatin1String("Archive"), Qt::CaseInsensitive) == 0;
            if (!place.isEmpty() && !entry.archived && place.compare(QLatin1String("Unread"), Qt::CaseInsensitive) != 0
                && !entry.tags.contains(place, Qt::CaseInsensitive))
                entry.tags << place;
        } else {
            entry.tags = splitTags(tagField, QLatin1Char('|'));
            entry.archived = row.value(status).trimmed().compare(QLatin1String("archive"), Qt::CaseInsensitive) == 0;
        }
        list.entries << entry;
    }
    return list;
}

} // namespace

ReadingList parseReadingList(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString start = text.left(4096).trimmed();
    ReadingList list;
    if (start.startsWith(QLatin1Char('<')))
        list = parsePocketHtml(text);
    else
        list = parseCsvList(text);
    if (list.ok() && list.entries.isEmpty())
        list.error = QCoreApplication::translate("Import", "no web addresses found (expected a Pocket or Instapaper export)");
    return list;
}

} // namespace Quoteshelf::Import
