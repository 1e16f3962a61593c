#include "exportfixture.h"

#include "core/textoffsets.h"
#include "export/exportdatabuilder.h"
#include "extract/extractor.h"
#include "import/reader.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Quoteshelf;

namespace ExportFixture {

namespace {

QList<Extract::Segment> bodySegments(const Import::Article &article)
{
    // The same body spans the import service hands the extractor.
    QList<Extract::Segment> segments;
    for (const Import::Block &block : article.blocks) {
        if (block.kind == Import::Block::Kind::Paragraph || block.kind == Import::Block::Kind::Quote
            || block.kind == Import::Block::Kind::List)
            segments.append({ block.start, block.end });
    }
    return segments;
}

// A highlight on the passage from `from` to the end of `to` (both searched in the text).
bool addHighlight(Seed &seed, qint64 id, const QString &color, const QString &from, const QString &to,
                  const QString &note, const QStringList &tags)
{
    const QString &text = seed.article.text;
    const qsizetype begin = text.indexOf(from);
    const qsizetype last = begin < 0 ? -1 : text.indexOf(to, begin);
    if (begin < 0 || last < 0) {
        seed.error = u"passage not found in the seed article: %1"_s.arg(from);
        return false;
    }
    const qsizetype endUtf16 = last + to.size();
    const Core::TextOffsets offsets(text);
    Export::HighlightData h;
    h.id = id;
    h.articleId = seed.article.summary.id;
    h.color = color;
    h.exact = text.mid(begin, endUtf16 - begin);
    h.prefix = text.mid(qMax<qsizetype>(0, begin - 32), qMin<qsizetype>(32, begin));
    h.suffix = text.mid(endUtf16, 32);
    h.start = offsets.toCodePoint(begin);
    h.end = offsets.toCodePoint(endUtf16);
    h.note = note;
    h.tags = tags;
    h.createdAt = QDateTime(QDate(2024, 3, 2), QTime(11, 0), QTimeZone::UTC);
    h.updatedAt = h.createdAt;
    seed.highlights.append(h);
    return true;
}

} // namespace

Seed seed()
{
    Seed seed;
    const auto read
        = Import::readFile(QStringLiteral(QUOTESHELF_SOURCE_DIR "/resources/samples/01-gaza-hostage-talks.txt"));
    if (!read.ok()) {
        seed.error = read.error;
        return seed;
    }
    const Import::Article &article = read.article;
    const Extract::Result extraction = Extract::Extractor().extract(article.text, bodySegments(article));

    auto &summary = seed.article.summary;
    summary.id = 7;
    summary.title = article.title;
    summary.byline = article.byline;
    summary.siteName = article.siteName;
    summary.published = article.published.isValid() ? article.published.toString(Qt::ISODate) : QString();
    summary.addedAt = QDateTime(QDate(2024, 3, 2), QTime(10, 15), QTimeZone::UTC);
    seed.article.sourceUrl = article.sourceUrl;
    seed.article.format = article.format;
    seed.article.lang = article.lang;
    seed.article.text = article.text;
    seed.article.html = article.html;

    for (qsizetype i = 0; i < extraction.speakers.size(); ++i) {
        const Extract::Speaker &s = extraction.speakers.at(i);
        seed.speakers.append(
            { i + 1, summary.id, s.name, s.role, Extract::speakerKindName(s.kind), s.aliases, s.quoteCount });
    }
    for (qsizetype i = 0; i < extraction.quotes.size(); ++i) {
        const Extract::Quote &q = extraction.quotes.at(i);
        seed.quotes.append({ 100 + i, summary.id, q.speakerIndex < 0 ? 0 : q.speakerIndex + 1, q.speaker, q.text,
                             q.start, q.end, Extract::quoteKindName(q.kind), q.cue, q.confidence });
    }
    for (qsizetype i = 0; i < extraction.tags.size(); ++i) {
        const Extract::Tag &t = extraction.tags.at(i);
        // The reader accepted the first three suggestions; the rest stay suggested (and unexported).
        seed.tags.append({ i + 1, t.name, Extract::tagKindName(t.kind), t.count, i >= 3 });
    }

    seed.note
        = u"Background for the *hostage diplomacy* piece.\n\nCompare with the Qatari briefing: who sets the pace?"_s;
    addHighlight(seed, 11, u"yellow"_s, u"In a rapidly-evolving situation in Gaza"_s, u"held by Hamas."_s,
                 u"The framing: **US officials** first, Israel second.\nWorth checking against the CNN piece."_s,
                 { u"hostage talks"_s, u"US policy"_s });
    addHighlight(seed, 12, u"blue"_s, u"Even though we’ve started"_s, u"keep working at"_s, {}, {});
    addHighlight(seed, 13, u"green"_s, u"Furthermore, part of the negotiations"_s, u"towards all civilian hostages,”"_s,
                 {}, { u"negotiations"_s });
    return seed;
}

Export::ExportData seedData()
{
    const Seed s = seed();
    return Export::buildExportData(s.article, s.quotes, s.speakers, s.tags, s.highlights, s.note);
}

QString goldenPath(const QString &name)
{
    return QStringLiteral(QUOTESHELF_TEST_DATA "/export/") + name;
}

bool updateGolden()
{
    return qEnvironmentVariableIntValue("QUOTESHELF_UPDATE_GOLDEN") == 1;
}

} // namespace ExportFixture
