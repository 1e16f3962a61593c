#include "export/exportcontext.h"

#include "library/highlightcolours.h"

#include <QCoreApplication>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export {

namespace {

bool containsAny(const QStringList &values, const QStringList &wanted)
{
    for (const QString &value : values) {
        if (wanted.contains(value.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// KTextTemplate treats a QStringList of two or more items as false in {% if %}; a QVariantList
// behaves as templates expect.
QVariantList list(const QStringList &strings)
{
    QVariantList out;
    for (const QString &s : strings)
        out.append(s);
    return out;
}

QVariantHash highlightVariables(const ExportHighlight &h, qint64 articleId)
{
    return {
        { u"id"_s, h.id },
        { u"color"_s, h.color },
        { u"label"_s, Library::HighlightColours::name(h.color) },
        { u"text"_s, h.text },
        { u"note"_s, h.note },
        { u"tags"_s, list(h.tags) },
        { u"start"_s, h.start },
        { u"end"_s, h.end },
        { u"orphaned"_s, h.orphaned },
        { u"quote_id"_s, h.quoteId },
        { u"speaker"_s, h.speaker },
        { u"speaker_role"_s, h.speakerRole },
        { u"link"_s, highlightLink(articleId, h.id) },
    };
}

QVariantList groupHighlights(const QList<ExportHighlight> &highlights, const ExportOptions &options, qint64 articleId)
{
    // Groups keep the order in which their first highlight appears in the text.
    QStringList names;
    QList<QVariantList> members;
    QVariantList unattributed;
    for (const ExportHighlight &h : highlights) {
        QString name;
        if (options.groupBy == ExportOptions::GroupBy::Colour)
            name = Library::HighlightColours::name(h.color);
        else if (options.groupBy == ExportOptions::GroupBy::Speaker)
            name = h.speaker;
        if (options.groupBy == ExportOptions::GroupBy::Speaker && name.isEmpty()) {
            unattributed.append(highlightVariables(h, articleId));
            continue;
        }
        qsizetype index = -1;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).compare(name, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0) {
            names.append(name);
            members.append(QVariantList());
            index = names.size() - 1;
        }
        members[index].append(highlightVariables(h, articleId));
    }
    QVariantList groups;
    for (qsizetype i = 0; i < names.size(); ++i)
        groups.append(QVariantHash { { u"name"_s, names.at(i) }, { u"highlights"_s, members.at(i) } });
    if (!unattributed.isEmpty()) {
        groups.append(QVariantHash { { u"name"_s, QCoreApplication::translate("Export", "Other highlights") },
                                     { u"highlights"_s, unattributed } });
    }
    return groups;
}

} // namespace

QString articleLink(qint64 articleId)
{
    return u"quoteshelf://article/%1"_s.arg(articleId);
}

QString highlightLink(qint64 articleId, qint64 highlightId)
{
    return u"quoteshelf://article/%1#h-%2"_s.arg(articleId).arg(highlightId);
}

QList<ExportHighlight> selectHighlights(const QList<ExportHighlight> &highlights, const ExportOptions &options)
{
    QList<ExportHighlight> kept;
    for (const ExportHighlight &h : highlights) {
        if (!options.colours.isEmpty() && !options.colours.contains(h.color, Qt::CaseInsensitive))
            continue;
        if (!options.tags.isEmpty() && !containsAny(h.tags, options.tags))
            continue;
        kept.append(h);
    }
    return kept;
}

QVariantHash exportContext(const ExportData &data, const ExportOptions &options)
{
    const ExportArticle &a = data.article;
    const QDateTime saved = a.saved.toUTC();
    // A stored "published" may be a date or a date-time with an offset; the date part is the same.
    const QString publishedDate
        = QDate::fromString(a.published.left(10), Qt::ISODate).isValid() ? a.published.left(10) : QString();

    const QList<ExportHighlight> highlights = selectHighlights(data.highlights, options);
    QVariantList highlightList;
    for (const ExportHighlight &h : highlights)
        highlightList.append(highlightVariables(h, a.id));

    QVariantList speakers;
    QStringList speakerNames;
    if (options.includeQuotes) {
        for (const ExportSpeaker &s : data.speakers) {
            QVariantList quotes;
            for (const ExportQuote &q : s.quotes) {
                quotes.append(QVariantHash { { u"id"_s, q.id },
                                             { u"text"_s, q.text },
                                             { u"kind"_s, q.kind },
                                             { u"start"_s, q.start },
                                             { u"end"_s, q.end } });
            }
            speakers.append(QVariantHash { { u"name"_s, s.name },
                                           { u"role"_s, s.role },
                                           { u"kind"_s, s.kind },
                                           { u"unattributed"_s, s.name.isEmpty() },
                                           { u"quotes"_s, quotes } });
            if (!s.name.isEmpty())
                speakerNames.append(s.name);
        }
    }

    return {
        { u"id"_s, a.id },
        { u"title"_s, a.title },
        { u"author"_s, a.author },
        { u"site"_s, a.site },
        { u"url"_s, a.url },
        { u"published"_s, a.published },
        { u"published_date"_s, publishedDate },
        { u"saved"_s, saved.isValid() ? saved.toString(Qt::ISODate) : QString() },
        { u"saved_date"_s, saved.isValid() ? saved.date().toString(Qt::ISODate) : QString() },
        { u"lang"_s, a.lang },
        { u"tags"_s, list(a.tags) },
        { u"note"_s, a.note.trimmed() },
        { u"link"_s, articleLink(a.id) },
        { u"highlights"_s, highlightList },
        { u"highlight_groups"_s, groupHighlights(highlights, options, a.id) },
        { u"grouped"_s, options.groupBy != ExportOptions::GroupBy::None },
        { u"speakers"_s, speakers },
        { u"speaker_names"_s, list(speakerNames) },
    };
}

} // namespace Quoteshelf::Export
