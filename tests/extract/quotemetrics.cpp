#include "quotemetrics.h"

#include "extract/extractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Quoteshelf::Extract {

using namespace Qt::StringLiterals;

namespace {

struct Interval
{
    qsizetype start = 0;
    qsizetype end = 0;
    int index = 0;
    int group = -1; // predictions: the utterance (Quote::group)
    const QList<std::pair<qsizetype, qsizetype>> *content = nullptr; // gold: its quoted words
};

double coverage(const Interval &predicted, const Interval &gold)
{
    const qsizetype overlap = std::min(predicted.end, gold.end) - std::max(predicted.start, gold.start);
    const qsizetype length = std::max<qsizetype>(1, gold.end - gold.start);
    return overlap <= 0 ? 0.0 : double(overlap) / double(length);
}

// How much of the gold quote's quoted words (its span less an attribution inside it) the
// prediction covers.
double contentCoverage(const Interval &predicted, const Interval &gold)
{
    if (!gold.content || gold.content->isEmpty())
        return coverage(predicted, gold);
    qsizetype overlap = 0;
    qsizetype length = 0;
    for (const auto &[start, end] : *gold.content) {
        length += end - start;
        overlap += std::max<qsizetype>(0, std::min(predicted.end, end) - std::max(predicted.start, start));
    }
    return double(overlap) / double(std::max<qsizetype>(1, length));
}

// Greedy one-to-one matching: each gold quote, in text order, takes the unused prediction that
// covers most of it, if that covers at least `threshold`. Returns gold index -> prediction index.
QList<int> match(const QList<Interval> &predicted, const QList<Interval> &gold, double threshold)
{
    QList<int> result(gold.size(), -1);
    QList<bool> used(predicted.size(), false);
    for (int g = 0; g < gold.size(); ++g) {
        double best = threshold;
        for (int p = 0; p < predicted.size(); ++p) {
            const double c = coverage(predicted.at(p), gold.at(g));
            if (!used.at(p) && c >= best) {
                best = c;
                result[g] = p;
            }
        }
        if (result.at(g) >= 0)
            used[result.at(g)] = true;
    }
    return result;
}

// The extractor gives each quoted stretch its own quote and marks the stretches of one utterance
// with a group; PolNeAR annotates an utterance interrupted by its attribution ("“A,” Vale said.
// “B.”") as one span. So a gold quote is also matched by the unused stretches of one group that
// overlap it when together they cover its quoted words (PolNeAR's content spans, which leave out
// the attribution, as the stretches do); they then count as one prediction, not as one right
// and one wrong. A single quote is judged as in match(), against the whole span. Greedy and
// one-to-one like match(). Returns, per gold quote, the predictions matching it.
QList<QList<int>> matchUtterances(const QList<Interval> &predicted, const QList<Interval> &gold, double threshold)
{
    QList<QList<int>> result(gold.size());
    QList<bool> used(predicted.size(), false);
    for (int g = 0; g < gold.size(); ++g) {
        double best = threshold;
        QList<int> chosen;
        QHash<int, std::pair<double, QList<int>>> groups;
        for (int p = 0; p < predicted.size(); ++p) {
            if (used.at(p))
                continue;
            const double c = coverage(predicted.at(p), gold.at(g));
            if (c >= best) {
                best = c;
                chosen = { p };
            }
            if (c > 0 && predicted.at(p).group >= 0) {
                auto &together = groups[predicted.at(p).group];
                together.first += contentCoverage(predicted.at(p), gold.at(g));
                together.second.append(p);
            }
        }
        for (const auto &[c, members] : std::as_const(groups)) {
            if (members.size() > 1 && c >= best && (c > best || members.size() > chosen.size())) {
                best = c;
                chosen = members;
            }
        }
        for (const int p : std::as_const(chosen))
            used[p] = true;
        result[g] = chosen;
    }
    return result;
}

int countMatched(const QList<int> &matches)
{
    return int(std::count_if(matches.cbegin(), matches.cend(), [](int p) { return p >= 0; }));
}

// Counts by utterance: each group of stretches is one prediction, right when any of its
// stretches matched a gold quote.
void countUtterances(const QList<Interval> &predicted, const QList<QList<int>> &matches, QuoteMetrics::Counts *counts)
{
    // A quote without a group is an utterance of its own.
    const auto unit = [&](qsizetype p) { return predicted.at(p).group >= 0 ? predicted.at(p).group : int(-1 - p); };
    QHash<int, bool> right; // utterance -> matched
    for (qsizetype p = 0; p < predicted.size(); ++p)
        right.insert(unit(p), false);
    for (const QList<int> &m : matches) {
        for (const int p : m)
            right[unit(p)] = true;
    }
    counts->predicted += int(right.size());
    counts->correct += int(std::count(right.cbegin(), right.cend(), true));
    counts->matched
        += int(std::count_if(matches.cbegin(), matches.cend(), [](const QList<int> &m) { return !m.isEmpty(); }));
}

QStringList speakerWords(const QString &name)
{
    static const QStringList titles
        = { u"mr"_s,   u"mrs"_s,       u"ms"_s,        u"dr"_s,          u"sen"_s,       u"rep"_s,    u"gov"_s,
            u"gen"_s,  u"president"_s, u"senator"_s,   u"governor"_s,    u"secretary"_s, u"former"_s, u"vice"_s,
            u"the"_s,  u"a"_s,         u"an"_s,        u"'s"_s,          u"s"_s,         u"-lrb-"_s,  u"-rrb-"_s,
            u"u.s."_s, u"state"_s,     u"candidate"_s, u"presidential"_s,
            // "Cruz himself said": the emphatic pronoun names no one else.
            u"himself"_s, u"herself"_s, u"itself"_s, u"themselves"_s };
    QString n = name.toLower();
    n.replace(u'\u2019', u'\'');
    n.replace(QRegularExpression(u"-lrb-.*?-rrb-"_s), u" "_s);
    n.replace(QRegularExpression(u"'s\\b"_s), u""_s);
    n.replace(QRegularExpression(u"[^\\w'\\- ]"_s), u" "_s);
    QStringList words;
    const QStringList all = n.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : all) {
        bool number = false;
        w.toInt(&number);
        if (!titles.contains(w) && !number)
            words.append(w);
    }
    // "the president" is all title: compare it as written.
    return words.isEmpty() ? all : words;
}

} // namespace

double QuoteMetrics::Counts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QList<QuoteMetrics::Article> QuoteMetrics::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return {};
    }
    QList<Article> articles;
    for (const QJsonValue &a : doc.array()) {
        const QJsonObject o = a.toObject();
        Article article;
        article.id = o.value(u"id").toString();
        article.text = o.value(u"text").toString();
        for (const QJsonValue &q : o.value(u"quotes").toArray()) {
            const QJsonObject qo = q.toObject();
            GoldQuote gold { qo.value(u"start").toInteger(),
                             qo.value(u"end").toInteger(),
                             qo.value(u"type").toString(),
                             qo.value(u"speaker").toString(),
                             qo.value(u"speaker_mention").toString(),
                             {} };
            for (const QJsonValue &span : qo.value(u"content_spans").toArray())
                gold.content.append({ span.toArray().at(0).toInteger(), span.toArray().at(1).toInteger() });
            article.quotes.append(gold);
        }
        articles.append(article);
    }
    return articles;
}

bool QuoteMetrics::sameSpeaker(const QString &predicted, const QString &gold)
{
    const QStringList p = speakerWords(predicted);
    const QStringList g = speakerWords(gold);
    if (p.isEmpty() || g.isEmpty())
        return false;
    const QString pj = p.join(u' ');
    const QString gj = g.join(u' ');
    const QString pw = u' ' + pj + u' ';
    const QString gw = u' ' + gj + u' ';
    if (pw.contains(gw) || gw.contains(pw))
        return true;
    // Last names: PolNeAR's resolved names sometimes keep an appositive ("Perry, strategic
    // partnership manager for ..."); the name is what precedes the first comma.
    const QStringList gName = speakerWords(gold.section(u',', 0, 0));
    const QStringList pName = speakerWords(predicted.section(u',', 0, 0));
    return p.last() == g.last() || (!gName.isEmpty() && !pName.isEmpty() && pName.last() == gName.last());
}

QuoteMetrics::Figures QuoteMetrics::evaluate(const QList<Article> &articles, const Extractor &extractor,
                                             QString *diagnostics)
{
    Figures f;
    QList<Result> results;
    results.reserve(articles.size());
    QElapsedTimer timer;
    timer.start();
    for (const Article &a : articles)
        results.append(extractor.extract(a.text));
    f.seconds = timer.nsecsElapsed() / 1e9;
    f.articles = int(articles.size());

    for (int i = 0; i < articles.size(); ++i) {
        const Article &a = articles.at(i);
        const Result &r = results.at(i);
        QList<Interval> pred, predIndirect, gold, goldIndirect;
        for (int q = 0; q < r.quotes.size(); ++q) {
            const Quote &quote = r.quotes.at(q);
            (quote.kind == Quote::Kind::Indirect ? predIndirect : pred)
                .append({ quote.start, quote.end, q, quote.group });
        }
        for (int q = 0; q < a.quotes.size(); ++q) {
            const GoldQuote &g = a.quotes.at(q);
            (g.type == u"indirect" ? goldIndirect : gold).append({ g.start, g.end, q, -1, &g.content });
        }
        const QList<QList<int>> m30 = matchUtterances(pred, gold, 0.3);
        const QList<QList<int>> m80 = matchUtterances(pred, gold, 0.8);
        countUtterances(pred, m30, &f.at30);
        countUtterances(pred, m80, &f.at80);
        f.at30.gold += int(gold.size());
        f.at80.gold += int(gold.size());
        const auto countOneToOne = [](const QList<int> &m, qsizetype predicted, qsizetype gold, Counts *c) {
            c->matched += countMatched(m);
            c->correct += countMatched(m);
            c->predicted += int(predicted);
            c->gold += int(gold);
        };
        countOneToOne(match(predIndirect, goldIndirect, 0.3), predIndirect.size(), goldIndirect.size(), &f.indirect);
        countOneToOne(match(pred, gold, 0.3), pred.size(), gold.size(), &f.at30Stretches);
        countOneToOne(match(pred, gold, 0.8), pred.size(), gold.size(), &f.at80Stretches);

        QList<bool> predMatched(pred.size(), false);
        for (int g = 0; g < gold.size(); ++g) {
            const GoldQuote &gq = a.quotes.at(gold.at(g).index);
            if (m30.at(g).isEmpty()) {
                if (diagnostics)
                    *diagnostics += QString::fromUtf8(QJsonDocument(QJsonObject { { u"miss"_s, u"fn"_s },
                                                                                  { u"id"_s, a.id },
                                                                                  { u"start"_s, gq.start },
                                                                                  { u"end"_s, gq.end },
                                                                                  { u"type"_s, gq.type },
                                                                                  { u"gold_speaker"_s, gq.speaker } })
                                                          .toJson(QJsonDocument::Compact))
                        + u'\n';
                continue;
            }
            for (const int p : m30.at(g))
                predMatched[p] = true;
            const Quote &pq = r.quotes.at(pred.at(m30.at(g).first()).index);
            if (gq.speaker.isEmpty())
                continue;
            ++f.speakerMatched;
            const bool ok = sameSpeaker(pq.speaker, gq.speaker);
            f.speakerCorrect += ok ? 1 : 0;
            if (!ok && diagnostics)
                *diagnostics += QString::fromUtf8(QJsonDocument(QJsonObject { { u"miss"_s, u"speaker"_s },
                                                                              { u"id"_s, a.id },
                                                                              { u"start"_s, pq.start },
                                                                              { u"end"_s, pq.end },
                                                                              { u"mention"_s, pq.mention },
                                                                              { u"speaker"_s, pq.speaker },
                                                                              { u"gold_speaker"_s, gq.speaker },
                                                                              { u"gold_mention"_s, gq.mention },
                                                                              { u"cue"_s, pq.cue } })
                                                      .toJson(QJsonDocument::Compact))
                    + u'\n';
        }
        for (int p = 0; p < pred.size() && diagnostics; ++p) {
            if (predMatched.at(p))
                continue;
            const Quote &pq = r.quotes.at(pred.at(p).index);
            *diagnostics += QString::fromUtf8(QJsonDocument(QJsonObject { { u"miss"_s, u"fp"_s },
                                                                          { u"id"_s, a.id },
                                                                          { u"start"_s, pq.start },
                                                                          { u"end"_s, pq.end },
                                                                          { u"kind"_s, quoteKindName(pq.kind) },
                                                                          { u"speaker"_s, pq.speaker },
                                                                          { u"cue"_s, pq.cue } })
                                                  .toJson(QJsonDocument::Compact))
                + u'\n';
        }
    }
    return f;
}

QString QuoteMetrics::report(const Figures &f)
{
    const auto line = [](const char *label, const Counts &c) {
        return QString::asprintf("%-28s P %.3f  R %.3f  F1 %.3f  (%d of %d predicted right, %d of %d gold matched)\n",
                                 label, c.precision(), c.recall(), c.f1(), c.correct, c.predicted, c.matched, c.gold);
    };
    return line("direct+mixed @30% coverage", f.at30) + line("direct+mixed @80% coverage", f.at80)
        + line("  by stretch (old way) @30%", f.at30Stretches) + line("  by stretch (old way) @80%", f.at80Stretches)
        + QString::asprintf("%-28s %.3f  (%d of %d matched quotes)\n", "speaker accuracy", f.speakerAccuracy(),
                            f.speakerCorrect, f.speakerMatched)
        + line("indirect @30% coverage", f.indirect)
        + QString::asprintf("%-28s %.1f articles/s (%d articles, %.3f s)\n", "speed",
                            f.seconds > 0 ? f.articles / f.seconds : 0.0, f.articles, f.seconds);
}

} // namespace Quoteshelf::Extract
