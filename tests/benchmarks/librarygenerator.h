#pragma once

// A large library for the benchmarks: deterministic synthetic news (a seeded generator, Zipf
// vocabulary, named speakers quoted with reporting verbs, sites, highlights with tags and notes),
// imported through the same reader, extractor and repositories as real pages.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace Quoteshelf::Library {
class ArticleRepository;
class HighlightRepository;
}

namespace Quoteshelf::Benchmarks {

class LibraryGenerator final
{
public:
    explicit LibraryGenerator(std::uint64_t seed = 20261205);

    // The plain-text file of article number i (0-based): title, dateline-free paragraphs of ~860
    // words in all, two to six quoted speakers.
    QByteArray article(int i);

    // Adds articles [from, to) to the library, and highlights (with tags and notes) to about one
    // article in twenty. Prints progress to stderr every progressEvery articles. Returns false
    // (after saying why) when an article could not be stored.
    bool fill(Library::ArticleRepository &articles, Library::HighlightRepository &highlights, int from, int to,
              int progressEvery = 5000);

    // A word that occurs in about the given share of articles (0..1), for search measurements.
    QString wordInShare(double share) const;
    // One of the most quoted speakers, and one of the most used highlight tags.
    QString frequentSpeaker() const;
    QString frequentTag() const;
    // The site of article 0 (one article in three hundred comes from each site).
    QString site() const;

private:
    QString word();
    QString name();
    QString sentence(int minWords, int maxWords);

    std::mt19937_64 m_random;
    QStringList m_vocabulary; // rank order: the first is the most frequent
    QList<double> m_cumulative; // Zipf weights, cumulative
    QStringList m_firstNames;
    QStringList m_lastNames;
    QStringList m_sites;
    QStringList m_verbs;
    QStringList m_tags;
};

} // namespace Quoteshelf::Benchmarks
