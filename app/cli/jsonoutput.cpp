#include "cli/jsonoutput.h"

#include "extract/resultjson.h"
#include "import/article.h"
#include "import/articlebody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>

namespace Quoteshelf::Cli {

namespace {

// A JSON string (RFC 8259 §7), written in pieces: runs that need no escape go out as views.
void writeString(QTextStream &out, QStringView text)
{
    static const char16_t hex[] = u"0123456789abcdef";
    out << '"';
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out << text.mid(plain, i - plain);
        plain = i + 1;
        switch (c) {
        case u'"': out << "\\\""; break;
        case u'\\': out << "\\\\"; break;
        case u'\n': out << "\\n"; break;
        case u'\r': out << "\\r"; break;
        case u'\t': out << "\\t"; break;
        case u'\b': out << "\\b"; break;
        case u'\f': out << "\\f"; break;
        default: {
            const char16_t escaped[] = { u'\\', u'u', u'0', u'0', hex[(c >> 4) & 0xf], hex[c & 0xf] };
            out << QStringView(escaped, 6);
        }
        }
    }
    out << text.mid(plain);
    out << '"';
}

// Each element of a list as its own small document: a page with 100,000 paragraphs never has its
// whole list in JSON form at once.
void writeArray(QTextStream &out, qsizetype count, const std::function<QJsonObject(qsizetype)> &element)
{
    if (count == 0) {
        out << "[\n    ]";
        return;
    }
    out << "[\n";
    for (qsizetype i = 0; i < count; ++i) {
        const QString json = QString::fromUtf8(QJsonDocument(element(i)).toJson(QJsonDocument::Indented)).trimmed();
        bool first = true;
        for (const QStringView line : QStringView(json).tokenize(u'\n')) {
            out << (first ? "        " : "\n        ") << line;
            first = false;
        }
        out << (i + 1 < count ? ",\n" : "\n");
    }
    out << "    ]";
}

} // namespace

void writeArticleJson(QTextStream &out, const Import::Article &article, const Extract::Result &extraction)
{
    const QJsonObject found = Extract::resultJson(extraction);
    const QJsonArray quotes = found.value(QStringLiteral("quotes")).toArray();
    bool first = true;
    const auto member = [&](const char *name) {
        out << (first ? "{\n    \"" : ",\n    \"") << name << "\": ";
        first = false;
    };
    // In the order of their names, as QJsonObject keeps them.
    member("blocks");
    writeArray(out, article.blocks.size(), [&](qsizetype i) {
        const Import::Block &block = article.blocks.at(i);
        return QJsonObject { { QStringLiteral("kind"), Import::blockKindName(block.kind) },
                             { QStringLiteral("start"), block.start },
                             { QStringLiteral("end"), block.end } };
    });
    member("body");
    writeString(out, Import::articleBody(article));
    member("byline");
    writeString(out, article.byline);
    member("excerpt");
    writeString(out, article.excerpt);
    member("format");
    writeString(out, article.format);
    member("html");
    writeString(out, article.html);
    member("lang");
    writeString(out, article.lang);
    member("leadImage");
    writeString(out, article.leadImage);
    member("published");
    writeString(out, article.published.isValid() ? article.published.toString(Qt::ISODate) : QString());
    member("quotes");
    writeArray(out, quotes.size(), [&](qsizetype i) { return quotes.at(i).toObject(); });
    member("siteName");
    writeString(out, article.siteName);
    const QJsonArray speakers = found.value(QStringLiteral("speakers")).toArray();
    member("speakers");
    writeArray(out, speakers.size(), [&](qsizetype i) { return speakers.at(i).toObject(); });
    const QJsonArray tags = found.value(QStringLiteral("tags")).toArray();
    member("tags");
    writeArray(out, tags.size(), [&](qsizetype i) { return tags.at(i).toObject(); });
    member("text");
    writeString(out, article.text);
    member("title");
    writeString(out, article.title);
    member("url");
    writeString(out, article.sourceUrl);
    out << "\n}\n";
}

} // namespace Quoteshelf::Cli
