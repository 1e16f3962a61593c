#include "export/exportfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export {

namespace {

const QRegularExpression &beginMarker()
{
    static const QRegularExpression re(u"^<!-- quoteshelf:begin id=(\\d+) hash=([0-9a-f]+) -->[ \\t]*$"_s,
                                       QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &endMarker()
{
    static const QRegularExpression re(u"^<!-- quoteshelf:end -->[ \\t]*$"_s, QRegularExpression::MultilineOption);
    return re;
}

QString unixLineEnds(QString text)
{
    return text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
}

QString normalised(const QString &block)
{
    QStringList lines = unixLineEnds(block).split(u'\n');
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    QString joined = lines.join(u'\n');
    while (joined.startsWith(u'\n'))
        joined.remove(0, 1);
    while (joined.endsWith(u'\n'))
        joined.chop(1);
    return joined;
}

QString blockText(const ExportDocument &document)
{
    const QString body = normalised(document.body);
    return u"<!-- quoteshelf:begin id=%1 hash=%2 -->\n\n%3\n\n<!-- quoteshelf:end -->"_s.arg(document.articleId)
        .arg(blockHash(body), body);
}

QString frontMatterText(const QString &yaml)
{
    return u"---\n"_s + yaml + u"\n---\n"_s;
}

// A front matter split into top-level entries: a "key:" line at column 0 with the indented lines,
// list items and blank lines after it. Comment lines stand alone (key empty) so a reader's comment
// is never dropped with the entry above it.
struct Entry
{
    QString key;
    QStringList lines;
};

QList<Entry> entries(const QString &yaml)
{
    static const QRegularExpression keyLine(u"^([^\\s#\\-:][^:]*?)\\s*:(\\s|$)"_s);
    QList<Entry> out;
    if (yaml.isEmpty())
        return out;
    for (const QString &line : yaml.split(u'\n')) {
        const auto match = keyLine.match(line);
        if (match.hasMatch())
            out.append({ match.captured(1), { line } });
        else if (line.startsWith(u'#') || out.isEmpty())
            out.append({ QString(), { line } });
        else
            out.last().lines.append(line);
    }
    return out;
}

QString mergeFrontMatter(const QString &existing, const QString &fresh)
{
    const QList<Entry> ours = entries(fresh);
    QStringList written;
    QStringList lines;
    auto freshEntry = [&](const QString &key) -> const Entry * {
        for (const Entry &e : ours) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    };
    for (const Entry &entry : entries(existing)) {
        const Entry *replacement = entry.key.isEmpty() ? nullptr : freshEntry(entry.key);
        if (!replacement) {
            lines.append(entry.lines);
        } else if (!written.contains(entry.key)) {
            lines.append(replacement->lines);
            written.append(entry.key);
        }
    }
    for (const Entry &entry : ours) {
        if (entry.key.isEmpty() || !written.contains(entry.key))
            lines.append(entry.lines);
    }
    return lines.join(u'\n');
}

struct Parts
{
    bool hasFrontMatter = false;
    QString frontMatter;
    QString rest;
};

Parts split(const QString &text)
{
    Parts parts;
    QStringList lines = text.split(u'\n');
    QString first = lines.constFirst();
    if (first.startsWith(QChar(0xFEFF)))
        first.remove(0, 1);
    if (first.trimmed() == u"---") {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line == u"---" || line == u"...") {
                parts.hasFrontMatter = true;
                parts.frontMatter = lines.mid(1, i - 1).join(u'\n');
                parts.rest = lines.mid(i + 1).join(u'\n');
                return parts;
            }
        }
    }
    parts.rest = text;
    return parts;
}

} // namespace

QString exportStatusName(ExportStatus status)
{
    switch (status) {
    case ExportStatus::Written:
        return u"written"_s;
    case ExportStatus::Updated:
        return u"updated"_s;
    case ExportStatus::Unchanged:
        return u"unchanged"_s;
    case ExportStatus::Conflict:
        return u"conflict"_s;
    case ExportStatus::Error:
        return u"error"_s;
    }
    return {};
}

QString blockHash(const QString &block)
{
    const QByteArray digest = QCryptographicHash::hash(normalised(block).toUtf8(), QCryptographicHash::Sha256);
    // 64 bits tell an edited block from an untouched one; the marker stays short enough to read.
    return QString::fromLatin1(digest.toHex().left(16));
}

QString composeFile(const ExportDocument &document)
{
    const QString block = blockText(document) + u'\n';
    return document.frontMatter.isEmpty() ? block : frontMatterText(document.frontMatter) + u'\n' + block;
}

UpdateResult updateFile(const QString &existingText, const ExportDocument &document, ConflictPolicy policy)
{
    if (!document.ok())
        return { ExportStatus::Error, {}, document.error };
    if (existingText.trimmed().isEmpty())
        return { ExportStatus::Written, composeFile(document), {} };

    // Files are written with "\n" line ends; a file that had "\r\n" comes back converted.
    const QString existing = unixLineEnds(existingText);
    const Parts parts = split(existing);

    QRegularExpressionMatch begin;
    int ours = 0;
    QString otherId;
    for (auto it = beginMarker().globalMatch(parts.rest); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1).toLongLong() == document.articleId) {
            begin = match;
            ++ours;
        } else if (otherId.isEmpty()) {
            otherId = match.captured(1);
        }
    }
    if (ours == 0 && !otherId.isEmpty())
        return { ExportStatus::Conflict,
                 {},
                 QCoreApplication::translate("Export", "the file holds the export of article %1").arg(otherId) };
    if (ours == 0)
        return { ExportStatus::Conflict,
                 {},
                 QCoreApplication::translate("Export", "the file has no Quoteshelf export block") };
    if (ours > 1)
        return { ExportStatus::Error,
                 {},
                 QCoreApplication::translate("Export", "the file has %1 export blocks for article %2")
                     .arg(ours)
                     .arg(document.articleId) };
    const auto end = endMarker().match(parts.rest, begin.capturedEnd());
    if (!end.hasMatch())
        return { ExportStatus::Error,
                 {},
                 QCoreApplication::translate("Export",
                                             "the export block has no end marker (<!-- quoteshelf:end -->)") };

    const QString inside = parts.rest.mid(begin.capturedEnd(), end.capturedStart() - begin.capturedEnd());
    const bool edited = blockHash(inside) != begin.captured(2);

    const QString rest
        = parts.rest.left(begin.capturedStart()) + blockText(document) + parts.rest.mid(end.capturedEnd());
    QString text;
    if (parts.hasFrontMatter)
        text = frontMatterText(mergeFrontMatter(parts.frontMatter, document.frontMatter)) + rest;
    else if (!document.frontMatter.isEmpty())
        text = frontMatterText(document.frontMatter) + u'\n' + rest;
    else
        text = rest;

    if (edited && policy == ConflictPolicy::Report)
        return { ExportStatus::Conflict, text,
                 QCoreApplication::translate("Export", "the export block was edited since the last export") };
    if (text == existingText)
        return { ExportStatus::Unchanged, text, {} };
    return { ExportStatus::Updated, text, {} };
}

std::optional<qint64> exportedArticleId(const QString &text)
{
    const auto match = beginMarker().match(unixLineEnds(text));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

} // namespace Quoteshelf::Export
