#include "export/exportdatabuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export {

namespace {

const Library::SpeakerRecord *findSpeaker(const QList<Library::SpeakerRecord> &speakers, qint64 id, const QString &name)
{
    // The quote's name wins over its speaker id: it carries the reader's correction when there is one.
    for (const auto &speaker : speakers) {
        if (speaker.id == id && speaker.name.compare(name, Qt::CaseInsensitive) == 0)
            return &speaker;
    }
    for (const auto &speaker : speakers) {
        if (speaker.name.compare(name, Qt::CaseInsensitive) == 0)
            return &speaker;
    }
    for (const auto &speaker : speakers) {
        if (speaker.aliases.contains(name, Qt::CaseInsensitive))
            return &speaker;
    }
    return nullptr;
}

const Library::QuoteRecord *quoteFor(const QList<Library::QuoteRecord> &quotes, const HighlightData &highlight)
{
    if (highlight.quoteId != 0) {
        for (const auto &quote : quotes) {
            if (quote.id == highlight.quoteId)
                return &quote;
        }
    }
    for (const auto &quote : quotes) {
        if (!quote.speaker.isEmpty() && quote.start <= highlight.start && highlight.end <= quote.end
            && highlight.start < highlight.end)
            return &quote;
    }
    return nullptr;
}

QStringList uniqueTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed, Qt::CaseInsensitive))
            out.append(trimmed);
    }
    return out;
}

} // namespace

ExportData buildExportData(const Library::ArticleRecord &article, const QList<Library::QuoteRecord> &quotes,
                           const QList<Library::SpeakerRecord> &speakers, const QList<Library::TagRecord> &tags,
                           const QList<HighlightData> &highlights, const QString &articleNote,
                           bool includeSuggestedTags)
{
    ExportData data;
    ExportArticle &a = data.article;
    a.id = article.summary.id;
    a.title = article.summary.title;
    a.author = article.summary.byline;
    a.site = article.summary.siteName;
    a.url = article.sourceUrl;
    a.published = article.summary.published;
    a.saved = article.summary.addedAt;
    a.lang = article.lang;
    a.note = articleNote;
    QStringList tagNames;
    for (const auto &tag : tags) {
        if (!tag.suggested || includeSuggestedTags)
            tagNames.append(tag.name);
    }
    a.tags = uniqueTags(tagNames);

    for (const HighlightData &h : highlights) {
        ExportHighlight e;
        e.id = h.id;
        e.color = h.color;
        e.text = h.exact;
        e.note = h.note;
        e.tags = uniqueTags(h.tags);
        e.start = h.start;
        e.end = h.end;
        e.orphaned = h.orphaned;
        e.quoteId = h.quoteId;
        e.speaker = h.speaker;
        if (const auto *quote = quoteFor(quotes, h)) {
            e.quoteId = quote->id;
            if (e.speaker.isEmpty())
                e.speaker = quote->speaker;
        }
        if (!e.speaker.isEmpty()) {
            const auto *quote = quoteFor(quotes, h);
            if (const auto *speaker = findSpeaker(speakers, quote ? quote->speakerId : 0, e.speaker))
                e.speakerRole = speaker->role;
        }
        data.highlights.append(e);
    }
    std::stable_sort(data.highlights.begin(), data.highlights.end(), [](const auto &l, const auto &r) {
        return std::tie(l.start, l.end, l.id) < std::tie(r.start, r.end, r.id);
    });

    QList<Library::QuoteRecord> sorted = quotes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &l, const auto &r) { return std::tie(l.start, l.end) < std::tie(r.start, r.end); });
    ExportSpeaker unattributed;
    for (const auto &quote : sorted) {
        const ExportQuote q { quote.id, quote.text, quote.kind, quote.start, quote.end };
        const QString name = quote.speaker.trimmed();
        if (name.isEmpty()) {
            unattributed.quotes.append(q);
            continue;
        }
        auto group = std::find_if(data.speakers.begin(), data.speakers.end(), [&](const ExportSpeaker &s) {
            return s.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (group == data.speakers.end()) {
            ExportSpeaker speaker;
            speaker.name = name;
            if (const auto *record = findSpeaker(speakers, quote.speakerId, name)) {
                speaker.role = record->role;
                speaker.kind = record->kind;
            }
            data.speakers.append(speaker);
            group = data.speakers.end() - 1;
        }
        group->quotes.append(q);
    }
    if (!unattributed.quotes.isEmpty())
        data.speakers.append(unattributed);
    return data;
}

} // namespace Quoteshelf::Export
