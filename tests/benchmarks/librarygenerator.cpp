#include "librarygenerator.h"

#include "extract/extractor.h"
#include "import/reader.h"
#include "library/articlefields.h"
#include "library/articlerepository.h"
#include "library/highlightrepository.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

namespace Quoteshelf::Benchmarks {

namespace {

constexpr int VocabularySize = 40000;
constexpr double ZipfExponent = 1.05;
constexpr int WordsPerArticle = 860;

// Pronounceable made-up words: consonant-vowel syllables, so the text tokenises like prose.
QString makeWord(std::uint64_t n, int syllables)
{
    static const char *const onsets[] = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
                                         "v", "w", "br", "st", "tr", "pl", "gr", "sh", "ch", "th"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
    QString word;
    for (int i = 0; i < syllables; ++i) {
        word += QLatin1String(onsets[n % std::size(onsets)]);
        n /= std::size(onsets);
        word += QLatin1String(vowels[n % std::size(vowels)]);
        n /= std::size(vowels);
    }
    if (n % 3 == 0)
        word += QLatin1Char('n');
    return word;
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

} // namespace

LibraryGenerator::LibraryGenerator(std::uint64_t seed)
    : m_random(seed)
{
    // Short words are the frequent ones, as in any language.
    QSet<QString> seen;
    for (std::uint64_t n = 0; m_vocabulary.size() < VocabularySize; ++n) {
        const int syllables = m_vocabulary.size() < 60 ? 1 : m_vocabulary.size() < 3000 ? 2 : 3;
        const QString word = makeWord(n * 2654435761u + 12345, syllables);
        if (!seen.contains(word)) {
            seen.insert(word);
            m_vocabulary << word;
        }
    }
    double total = 0;
    for (int rank = 1; rank <= VocabularySize; ++rank) {
        total += 1.0 / std::pow(double(rank), ZipfExponent);
        m_cumulative << total;
    }
    for (double &c : m_cumulative)
        c /= total;
    for (int i = 0; i < 400; ++i)
        m_firstNames << capitalised(makeWord(std::uint64_t(i) * 7919 + 3, 2));
    for (int i = 0; i < 3000; ++i)
        m_lastNames << capitalised(makeWord(std::uint64_t(i) * 104729 + 11, 3));
    for (int i = 0; i < 300; ++i)
        m_sites << QStringLiteral("The %1 %2").arg(capitalised(makeWord(std::uint64_t(i) * 31 + 7, 2)),
                                                   i % 3 == 0 ? QStringLiteral("Herald") : i % 3 == 1 ? QStringLiteral("Courier") : QStringLiteral("Times"));
    m_verbs = {QStringLiteral("said"), QStringLiteral("told reporters"), QStringLiteral("added"),
               QStringLiteral("explained"), QStringLiteral("warned"), QStringLiteral("noted")};
    for (int i = 0; i < 200; ++i)
        m_tags << makeWord(std::uint64_t(i) * 977 + 5, 2);
}

QString LibraryGenerator::word()
{
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), u);
    return m_vocabulary.at(qMin(qsizetype(it - m_cumulative.cbegin()), m_vocabulary.size() - 1));
}

QString LibraryGenerator::name()
{
    // A few people are quoted everywhere, most rarely: Zipf over 20,000 people.
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    const int person = int(std::pow(20000.0, u)) - 1;
    return m_firstNames.at(person % m_firstNames.size()) + QLatin1Char(' ')
        + m_lastNames.at((person * 7) % m_lastNames.size());
}

QString LibraryGenerator::sentence(int minWords, int maxWords)
{
    const int count = std::uniform_int_distribution<int>(minWords, maxWords)(m_random);
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << word();
    words[0] = capitalised(words.at(0));
    return words.join(QLatin1Char(' '));
}

QByteArray LibraryGenerator::article(int i)
{
    // Each article from its own stream: article i is the same whatever was generated before it.
    m_random.seed(std::uint64_t(i) * 0x9E3779B97F4A7C15ull + 1);
    QString text = sentence(6, 12) + QStringLiteral("\n\n");
    int words = 0;
    const int speakers = std::uniform_int_distribution<int>(2, 6)(m_random);
    QStringList quoted;
    for (int s = 0; s < speakers; ++s)
        quoted << name();
    int paragraph = 0;
    while (words < WordsPerArticle) {
        QString p;
        if (paragraph % 3 == 1) {
            const QString &who = quoted.at((paragraph / 3) % quoted.size());
            const QString verb = m_verbs.at(std::uniform_int_distribution<int>(0, int(m_verbs.size()) - 1)(m_random));
            const QString said = sentence(8, 20);
            p = QStringLiteral("“%1,” %2 %3. %4.").arg(said, verb, who, sentence(10, 25));
            words += int(said.count(QLatin1Char(' '))) + 30;
        } else {
            const int sentences = std::uniform_int_distribution<int>(3, 5)(m_random);
            QStringList parts;
            for (int k = 0; k < sentences; ++k)
                parts << sentence(8, 22) + QLatin1Char('.');
            p = parts.join(QLatin1Char(' '));
            words += int(p.count(QLatin1Char(' '))) + 1;
        }
        text += p + QStringLiteral("\n\n");
        ++paragraph;
    }
    return text.toUtf8();
}

bool LibraryGenerator::fill(Library::ArticleRepository &articles, Library::HighlightRepository &highlights, int from,
                            int to, int progressEvery)
{
    const Extract::Extractor extractor;
    QElapsedTimer timer;
    timer.start();
    for (int i = from; i < to; ++i) {
        const QByteArray data = article(i);
        Import::ReadResult read = Import::readData(data, QStringLiteral("article-%1.txt").arg(i));
        if (!read.ok()) {
            std::fprintf(stderr, "librarygenerator: article %d: %s\n", i, qPrintable(read.error));
            return false;
        }
        read.article.siteName = m_sites.at(i % m_sites.size());
        read.article.sourceUrl = QStringLiteral("https://news%1.example/story/%2").arg(i % m_sites.size()).arg(i);
        read.article.byline = name();
        read.article.published = QDateTime(QDate(2016, 1, 1).addDays(i % 3000), QTime(9, 0), QTimeZone::UTC);
        const Extract::Result extraction = extractor.extract(read.article.text, Library::bodySegments(read.article));
        const auto added = articles.addArticle(read.article, extraction, QStringLiteral("article-%1.txt").arg(i), data);
        if (!added.ok()) {
            std::fprintf(stderr, "librarygenerator: article %d not stored: %s\n", i, qPrintable(added.error));
            return false;
        }
        if (i % 20 == 0) {
            // A highlight of the first quoted stretch's words, tagged, sometimes with a note.
            const QString &body = read.article.text;
            const qsizetype at = body.indexOf(QChar(0x201C));
            if (at > 0) {
                const QStringList tags{m_tags.at(i % 37), m_tags.at((i / 7) % m_tags.size())};
                highlights.create(added.id, at + 1, at + 40, QStringLiteral("yellow"), 0,
                                  i % 60 == 0 ? QStringLiteral("Compare with article %1.").arg(i / 2) : QString(), tags);
            }
        }
        if (progressEvery > 0 && (i + 1 - from) % progressEvery == 0)
            std::fprintf(stderr, "  %d articles, %.0f s\n", i + 1, double(timer.elapsed()) / 1000.0);
    }
    return true;
}

QString LibraryGenerator::wordInShare(double share) const
{
    // P(word in an article of n words) = 1 - (1 - p)^n for a word of probability p.
    double previous = 0.0;
    for (int rank = 0; rank < m_vocabulary.size(); ++rank) {
        const double p = m_cumulative.at(rank) - previous;
        previous = m_cumulative.at(rank);
        if (1.0 - std::pow(1.0 - p, double(WordsPerArticle)) <= share)
            return m_vocabulary.at(rank);
    }
    return m_vocabulary.constLast();
}

QString LibraryGenerator::frequentSpeaker() const
{
    return m_firstNames.at(0) + QLatin1Char(' ') + m_lastNames.at(0);
}

QString LibraryGenerator::site() const
{
    return m_sites.at(0);
}

QString LibraryGenerator::frequentTag() const
{
    return m_tags.at(0);
}

} // namespace Quoteshelf::Benchmarks
