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
        QString mention; // the words naming the speaker in the text ("he", "a spokesman")
        // The quoted words (PolNeAR's content_spans): the span without an attribution inside it.
        QList<std::pair<qsizetype, qsizetype>> content;
    };
    struct Article
    {
        QString id;
        QString text;
        QList<GoldQuote> quotes;
    };
    struct Counts
    {
        int matched = 0; // gold quotes matched
        int correct = 0; // predictions that match (with one-to-one matching, the same number)
        int predicted = 0;
        int gold = 0;
        double precision() const { return predicted ? double(correct) / predicted : 0.0; }
        double recall() const { return gold ? double(matched) / gold : 0.0; }
        double f1() const;
    };
    struct Figures
    {
        // Direct + mixed at 30% and 80% coverage, counted by utterance. The extractor gives each
        // quoted stretch its own quote and the stretches of one utterance a group (Quote::group),
        // where PolNeAR annotates "“A,” Vale said. “B.”" as one span and often leaves out a
        // stretch that goes on quoting. So a gold span is matched by one quote or by the stretches
        // of one group that cover its quoted words together (recall), and a prediction is an
        // utterance, right when any of its stretches matches a gold quote (precision).
        Counts at30;
        Counts at80;
        // The earlier way of counting: each stretch a prediction, matched on its own.
        Counts at30Stretches;
        Counts at80Stretches;
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
