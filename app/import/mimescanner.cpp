#include "import/mimescanner.h"

#include <QCoreApplication>

#include <vector>

namespace Quoteshelf::Import {

namespace {

struct Entity
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int depth = 0;
    bool truncated = false;
};

struct ContentType
{
    QByteArray mimeType;
    QByteArray boundary;
};

// The end of the line that starts at `from` (the index after its '\n'), or `end`.
qsizetype nextLine(QByteArrayView data, qsizetype from, qsizetype end)
{
    const qsizetype lf = data.sliced(from, end - from).indexOf('\n');
    return lf < 0 ? end : from + lf + 1;
}

bool isBlankLine(QByteArrayView line)
{
    return line == "\n" || line == "\r\n" || line == "\r";
}

// The value of a parameter such as boundary="abc" or boundary=abc; quotes and backslash
// escapes removed.
QByteArray parameterValue(QByteArrayView raw)
{
    raw = raw.trimmed();
    if (!raw.startsWith('"'))
        return raw.toByteArray();
    QByteArray value;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size())
            value += raw[++i];
        else if (raw[i] == '"')
            break;
        else
            value += raw[i];
    }
    return value;
}

ContentType parseContentType(QByteArrayView value)
{
    ContentType type;
    // Split on ';' outside quotes.
    QList<QByteArrayView> fields;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '"' && (i == 0 || value[i - 1] != '\\'))
            quoted = !quoted;
        else if (value[i] == ';' && !quoted) {
            fields.append(value.sliced(start, i - start));
            start = i + 1;
        }
    }
    fields.append(value.sliced(start));
    type.mimeType = fields.takeFirst().trimmed().toByteArray().toLower();
    for (QByteArrayView field : std::as_const(fields)) {
        const qsizetype eq = field.indexOf('=');
        if (eq > 0 && field.first(eq).trimmed().compare("boundary", Qt::CaseInsensitive) == 0)
            type.boundary = parameterValue(field.sliced(eq + 1));
    }
    return type;
}

// The Content-Type of the header lines in [begin, end), continuation lines unfolded.
ContentType contentType(QByteArrayView data, qsizetype begin, qsizetype end)
{
    static constexpr QByteArrayView name = "content-type:";
    QByteArray value;
    bool inside = false;
    for (qsizetype line = begin; line < end;) {
        const qsizetype next = nextLine(data, line, end);
        const QByteArrayView text = data.sliced(line, next - line);
        if (inside && !text.isEmpty() && (text[0] == ' ' || text[0] == '\t')) {
            value += text.trimmed().toByteArray() + ' ';
        } else if (inside) {
            break;
        } else if (text.size() >= name.size() && text.first(name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            value = text.sliced(name.size()).trimmed().toByteArray() + ' ';
            inside = true;
        }
        line = next;
    }
    return parseContentType(value);
}

} // namespace

MimeScanner::Result MimeScanner::scan(const QByteArray &bytes)
{
    const QByteArrayView data(bytes);
    Result result;
    int containers = 0;
    std::vector<Entity> stack { { 0, data.size(), 0, false } };
    while (!stack.empty()) {
        const Entity entity = stack.back();
        stack.pop_back();

        // Header lines up to the first blank line; an entity without one is all header.
        qsizetype bodyBegin = entity.end;
        qsizetype headEnd = entity.end;
        for (qsizetype line = entity.begin; line < entity.end;) {
            const qsizetype next = nextLine(data, line, entity.end);
            if (isBlankLine(data.sliced(line, next - line))) {
                headEnd = line;
                bodyBegin = next;
                break;
            }
            if (next - entity.begin > MaxHeadBytes) {
                result.error = QCoreApplication::translate(
                                   "Import", "not a readable MHTML archive: a part's header is longer than %1 KB")
                                   .arg(MaxHeadBytes / 1024);
                return result;
            }
            line = next;
        }
        const ContentType type = contentType(data, entity.begin, headEnd);
        if (!type.mimeType.startsWith("multipart/") || type.boundary.isEmpty()) {
            if (result.leaves.size() + containers >= MaxParts) {
                result.error = QCoreApplication::translate(
                                   "Import", "the archive has more than %1 parts; no saved page has that many")
                                   .arg(MaxParts);
                return result;
            }
            result.leaves.append({ entity.begin, entity.end, type.mimeType, entity.truncated });
            continue;
        }
        if (entity.depth >= MaxDepth) {
            result.error = QCoreApplication::translate(
                               "Import", "the archive's parts are nested more than %1 levels deep; no saved page is")
                               .arg(MaxDepth);
            return result;
        }
        ++containers;

        // Parts lie between lines that start with "--boundary"; "--boundary--" closes the
        // container. The line break before a delimiter belongs to the delimiter.
        const QByteArray delimiter = "--" + type.boundary;
        std::vector<Entity> parts;
        qsizetype partBegin = -1;
        bool closed = false;
        qsizetype from = bodyBegin;
        while (from < entity.end) {
            const qsizetype hit = data.sliced(from, entity.end - from).indexOf(delimiter);
            if (hit < 0)
                break;
            const qsizetype at = from + hit;
            if (at != bodyBegin && data[at - 1] != '\n') {
                from = at + 1;
                continue;
            }
            const qsizetype afterDelimiter = at + delimiter.size();
            // "--b" is not the delimiter of a line "--b1": only "--", blanks or the line end may follow.
            if (afterDelimiter < entity.end
                && !data.sliced(afterDelimiter, entity.end - afterDelimiter).startsWith("--")
                && !QByteArrayView(" \t\r\n").contains(data[afterDelimiter])) {
                from = at + 1;
                continue;
            }
            if (partBegin >= 0) {
                qsizetype partEnd = at;
                if (partEnd > partBegin && data[partEnd - 1] == '\n')
                    --partEnd;
                if (partEnd > partBegin && data[partEnd - 1] == '\r')
                    --partEnd;
                parts.push_back({ partBegin, partEnd, entity.depth + 1, false });
            }
            if (data.sliced(afterDelimiter, entity.end - afterDelimiter).startsWith("--")) {
                closed = true;
                break;
            }
            partBegin = nextLine(data, afterDelimiter, entity.end);
            from = partBegin;
        }
        if (!closed) {
            result.truncated = true;
            if (partBegin >= 0 && partBegin < entity.end)
                parts.push_back({ partBegin, entity.end, entity.depth + 1, true });
        }
        if (result.leaves.size() + containers + qsizetype(parts.size()) > MaxParts) {
            result.error = QCoreApplication::translate(
                               "Import", "the archive has more than %1 parts; no saved page has that many")
                               .arg(MaxParts);
            return result;
        }
        for (auto it = parts.rbegin(); it != parts.rend(); ++it)
            stack.push_back(*it);
    }
    return result;
}

} // namespace Quoteshelf::Import
