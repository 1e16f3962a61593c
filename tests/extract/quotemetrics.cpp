#include "quotemetrics.h"

#include "extract/extractor.h"

#include <QElapsedTimer>
#include <QFile>
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
};

double coverage(const Interval &predicted, const Interval &gold)
{
    const qsizetype overlap = std::min(predicted.end, gold.end) - std::max(predicted.start, gold.start);
    const qsizetype length = std::max<qsizetype>(1, gold.end - gold.start);
    return overlap <= 0 ? 0.0 : double(overlap) / double(length);
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

QStringList speakerWords(const QString &name)
{
    static const QStringList titles
        = { u"mr"_s,   u"mrs"_s,       u"ms"_s,        u"dr"_s,          u"sen"_s,       u"rep"_s,    u"gov"_s,
            u"gen"_s,  u"president"_s, u"senator"_s,   u"governor"_s,    u"secretary"_s, u"former"_s, u"vice"_s,
            u"the"_s,  u"a"_s,         u"an"_s,        u"'s"_s,          u"s"_s,         u"-lrb-"_s,  u"-rrb-"_s,
            u"u.s."_s, u"state"_s,     u"candidate"_s, u"presidential"_s };
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
            article.quotes.append({ qo.value(u"start").toInteger(), qo.value(u"end").toInteger(),
                                    qo.value(u"type").toString(), qo.value(u"speaker").toString() });
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
            (quote.kind == Quote::Kind::Indirect ? predIndirect : pred).append({ quote.start, quote.end, q });
        }
        for (int q = 0; q < a.quotes.size(); ++q) {
            const GoldQuote &g = a.quotes.at(q);
            (g.type == u"indirect" ? goldIndirect : gold).append({ g.start, g.end, q });
        }
        const QList<int> m30 = match(pred, gold, 0.3);
        const QList<int> m80 = match(pred, gold, 0.8);
        const QList<int> mi = match(predIndirect, goldIndirect, 0.3);
        f.at30.predicted += int(pred.size());
        f.at80.predicted += int(pred.size());
        f.at30.gold += int(gold.size());
        f.at80.gold += int(gold.size());
        f.indirect.predicted += int(predIndirect.size());
        f.indirect.gold += int(goldIndirect.size());
        f.at30.matched += int(std::count_if(m30.cbegin(), m30.cend(), [](int p) { return p >= 0; }));
        f.at80.matched += int(std::count_if(m80.cbegin(), m80.cend(), [](int p) { return p >= 0; }));
        f.indirect.matched += int(std::count_if(mi.cbegin(), mi.cend(), [](int p) { return p >= 0; }));

        QList<bool> predMatched(pred.size(), false);
        for (int g = 0; g < gold.size(); ++g) {
            const GoldQuote &gq = a.quotes.at(gold.at(g).index);
            if (m30.at(g) < 0) {
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
            predMatched[m30.at(g)] = true;
            const Quote &pq = r.quotes.at(pred.at(m30.at(g)).index);
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
        return QString::asprintf("%-28s P %.3f  R %.3f  F1 %.3f  (%d matched, %d predicted, %d gold)\n", label,
                                 c.precision(), c.recall(), c.f1(), c.matched, c.predicted, c.gold);
    };
    return line("direct+mixed @30% coverage", f.at30) + line("direct+mixed @80% coverage", f.at80)
        + QString::asprintf("%-28s %.3f  (%d of %d matched quotes)\n", "speaker accuracy", f.speakerAccuracy(),
                            f.speakerCorrect, f.speakerMatched)
        + line("indirect @30% coverage", f.indirect)
        + QString::asprintf("%-28s %.1f articles/s (%d articles, %.3f s)\n", "speed",
                            f.seconds > 0 ? f.articles / f.seconds : 0.0, f.articles, f.seconds);
}

} // namespace Quoteshelf::Extract
