#pragma once

#include <QList>
#include <QString>

namespace Quoteshelf::Extract {

class Extractor;

// The PolNeAR evaluation described in ../shared/corpora/README.md, shared by tst_polnear and
// bench_quotes so that both print the same figures.
class QuoteMetrics final
{
public:
    struct GoldQuote
    {
        qsizetype start = 0; // code points
        qsizetype end = 0;
        QString type; // direct, mixed, indirect
        QString speaker;
    };
    struct Article
    {
        QString id;
        QString text;
        QList<GoldQuote> quotes;
    };
    struct Counts
    {
        int matched = 0;
        int predicted = 0;
        int gold = 0;
        double precision() const { return predicted ? double(matched) / predicted : 0.0; }
        double recall() const { return gold ? double(matched) / gold : 0.0; }
        double f1() const;
    };
    struct Figures
    {
        Counts at30; // direct + mixed, 30% coverage
        Counts at80;
        Counts indirect; // indirect, 30% coverage
        int speakerMatched = 0; // matched quotes (at 30%) with a gold speaker
        int speakerCorrect = 0;
        int articles = 0;
        double seconds = 0.0;
        double speakerAccuracy() const { return speakerMatched ? double(speakerCorrect) / speakerMatched : 0.0; }
    };

    static QList<Article> load(const QString &path, QString *error);
    // diagnostics, when set, receives one JSON line per miss (for error analysis on train).
    static Figures evaluate(const QList<Article> &articles, const Extractor &extractor, QString *diagnostics = nullptr);
    static bool sameSpeaker(const QString &predicted, const QString &gold);
    static QString report(const Figures &figures);
};

} // namespace Quoteshelf::Extract
