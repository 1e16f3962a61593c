#pragma once

#include <QString>

// Helpers shared by the corpus test and the import benchmark: the metrics of
// ../shared/corpora/README.md.
namespace CorpusMetrics {

// Plain text of an HTML fragment or page (its body's text content).
QString htmlToText(const QString &html);
// Word-level F1: lower-cased, punctuation split off, bag of words with counts.
double wordF1(const QString &predicted, const QString &expected);

} // namespace CorpusMetrics
