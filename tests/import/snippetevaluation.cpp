#include "snippetevaluation.h"

#include "core/textoffsets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

QStringList firstStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &entry : value.toArray()) {
        if (out.size() == SnippetEvaluation::SnippetsPerSide)
            break;
        if (entry.isString())
            out.append(entry.toString());
    }
    return out;
}

double ratio(qint64 a, qint64 b)
{
    return b == 0 ? 0.0 : double(a) / double(b);
}

QString topOf(const QHash<QString, int> &counts, int limit, const QHash<QString, QString> &examples = {})
{
    QList<std::pair<QString, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({ it.key(), it.value() });
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QString out;
    for (qsizetype i = 0; i < sorted.size() && i < limit; ++i) {
        out += QStringLiteral("    %1  %2").arg(sorted[i].second, 5).arg(sorted[i].first);
        if (examples.contains(sorted[i].first))
            out += QStringLiteral("   e.g. \"%1\"").arg(examples.value(sorted[i].first).left(70));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

double SnippetEvaluation::Counts::precision() const
{
    return ratio(truePositives, truePositives + falsePositives);
}

double SnippetEvaluation::Counts::recall() const
{
    return ratio(truePositives, truePositives + falseNegatives);
}

double SnippetEvaluation::Counts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QList<SnippetEvaluation::Page> SnippetEvaluation::load(const QString &evalDataPath)
{
    QFile file(evalDataPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Page> pages;
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject object = entry.toObject();
        pages.append({ object.value(QLatin1String("file")).toString(),
                       firstStrings(object.value(QLatin1String("with"))),
                       firstStrings(object.value(QLatin1String("without"))) });
    }
    return pages;
}

QString SnippetEvaluation::collapse(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QString SnippetEvaluation::snippetKind(const QString &snippet)
{
    // Ordered: the first pattern that matches names the kind. Several languages, because the set
    // has pages in German, French, Polish and more; this only groups errors for a person to read.
    static const QList<std::pair<QString, QRegularExpression>> kinds = [] {
        const auto re = [](const char *pattern) {
            return QRegularExpression(QString::fromUtf8(pattern),
                                      QRegularExpression::CaseInsensitiveOption
                                          | QRegularExpression::UseUnicodePropertiesOption);
        };
        return QList<std::pair<QString, QRegularExpression>> {
            { QStringLiteral("caption/credit"),
              re(R"(\b(photo|foto|image|bild|picture|getty|reuters|afp|dpa|credit|imago|shutterstock|istock)\b)") },
            { QStringLiteral("copyright/legal"),
              re(R"(©|copyright|all rights|rechte|impressum|datenschutz|privacy|terms|cookie|mentions légales)") },
            { QStringLiteral("byline/author"), re(R"(^(by|von|par|por|di|door|av|autor|author|written)\b)") },
            { QStringLiteral("date/time"),
              re(R"(\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|stycz|lut|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud)\w*\.?\s+\d|\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|avr|juil|août|sept|déc)\w*|\b(updated|aktualisiert|published|veröffentlicht|publié|posted)\b)") },
            { QStringLiteral("share/social"),
              re(R"(share|teilen|partager|tweet|facebook|twitter|whatsapp|pinterest|linkedin|instagram|e-?mail|print|drucken|imprimer)") },
            { QStringLiteral("subscribe/newsletter/app"),
              re(R"(subscri|newsletter|sign up|abonn|inscri|register|anmelden|download|app store|google play)") },
            { QStringLiteral("related/teaser"),
              re(R"(read more|related|mehr zum|mehr zu|lesen sie|weiterlesen|see also|more from|also read|recommended|lire aussi|à lire|czytaj|zobacz|more stories|top stories|most popular|empfehl)") },
            { QStringLiteral("comments"), re(R"(comment|kommentar|reply|antwort|répondre|respon|komentarz)") },
            { QStringLiteral("tags/categories"),
              re(R"(^tags?\b|schlagw|categor|kategorie|filed under|topics|themen|rubri|^tag:)") },
            { QStringLiteral("about/bio"),
              re(R"(^about\b|über (uns|den autor|die autorin)|à propos|o nas|\bis a\b.*\b(writer|reporter|journalist|editor|correspondent)\b)") },
        };
    }();
    for (const auto &[name, pattern] : kinds) {
        if (pattern.match(snippet).hasMatch())
            return name;
    }
    const qsizetype words = snippet.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    if (words <= 3)
        return QStringLiteral("short label (1-3 words)");
    if (words <= 12)
        return QStringLiteral("short line (4-12 words)");
    return QStringLiteral("sentence (13+ words)");
}

SnippetEvaluation::SnippetEvaluation(const QString &name) : m_name(name) { }

void SnippetEvaluation::addPage(const Page &page, const QString &text, const QList<Quoteshelf::Import::Block> &blocks,
                                const QString &blockText)
{
    const QString haystack = collapse(text);
    PageResult result;
    result.file = page.file;
    for (const QString &snippet : page.with) {
        if (haystack.contains(collapse(snippet))) {
            ++result.counts.truePositives;
        } else {
            ++result.counts.falseNegatives;
            result.missed.append(snippet);
        }
    }
    QStringList collapsedBlocks;
    for (const auto &block : blocks)
        collapsedBlocks.append(collapse(Quoteshelf::Core::codePointMid(blockText, block.start, block.end)));
    for (const QString &snippet : page.without) {
        const QString needle = collapse(snippet);
        if (!haystack.contains(needle))
            continue;
        ++result.counts.falsePositives;
        result.leaked.append(snippet);
        const QString kind = snippetKind(needle);
        ++m_leakKinds[kind];
        if (!m_leakExamples.contains(kind))
            m_leakExamples.insert(kind, needle);
        qsizetype at = -1;
        for (qsizetype i = 0; i < collapsedBlocks.size() && at < 0; ++i)
            at = collapsedBlocks[i].contains(needle) ? i : -1;
        if (at < 0) {
            ++m_leakBlocks[QStringLiteral("(spans blocks)")];
            ++m_leakPlaces[QStringLiteral("(spans blocks)")];
            continue;
        }
        const QString blockKind = Quoteshelf::Import::blockKindName(blocks[at].kind);
        ++m_leakBlocks[blockKind];
        if (!m_leakExamples.contains(QLatin1Char('#') + blockKind))
            m_leakExamples.insert(QLatin1Char('#') + blockKind, needle);
        const qsizetype n = collapsedBlocks.size();
        const QString place = at < 3 ? QStringLiteral("first three blocks")
            : at >= n - 3            ? QStringLiteral("last three blocks")
                                     : QStringLiteral("middle");
        ++m_leakPlaces[place];
    }
    m_counts.truePositives += result.counts.truePositives;
    m_counts.falseNegatives += result.counts.falseNegatives;
    m_counts.falsePositives += result.counts.falsePositives;
    m_pages.append(result);
}

QString SnippetEvaluation::summary() const
{
    return QStringLiteral("%1: %2 pages, P %3  R %4  F1 %5  (tp %6, fn %7, fp %8)")
        .arg(m_name)
        .arg(m_pages.size())
        .arg(m_counts.precision(), 0, 'f', 3)
        .arg(m_counts.recall(), 0, 'f', 3)
        .arg(m_counts.f1(), 0, 'f', 3)
        .arg(m_counts.truePositives)
        .arg(m_counts.falseNegatives)
        .arg(m_counts.falsePositives);
}

QString SnippetEvaluation::report(int worstPages) const
{
    QList<const PageResult *> sorted;
    for (const PageResult &page : m_pages)
        sorted.append(&page);
    std::stable_sort(sorted.begin(), sorted.end(), [](const PageResult *a, const PageResult *b) {
        return a->counts.falseNegatives + a->counts.falsePositives
            > b->counts.falseNegatives + b->counts.falsePositives;
    });
    QString out = summary() + QLatin1Char('\n');
    out += QStringLiteral("  worst pages (missed + leaked snippets):\n");
    for (qsizetype i = 0; i < sorted.size() && i < worstPages; ++i) {
        const PageResult *page = sorted[i];
        out += QStringLiteral("    %1  missed %2, leaked %3\n")
                   .arg(page->file)
                   .arg(page->counts.falseNegatives)
                   .arg(page->counts.falsePositives);
        for (const QString &s : page->missed)
            out += QStringLiteral("      - missed \"%1\"\n").arg(collapse(s).left(90));
        for (const QString &s : page->leaked)
            out += QStringLiteral("      + leaked \"%1\"\n").arg(collapse(s).left(90));
    }
    QHash<QString, QString> blockExamples;
    for (auto it = m_leakExamples.cbegin(); it != m_leakExamples.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('#')))
            blockExamples.insert(it.key().mid(1), it.value());
    }
    out += QStringLiteral("  \"without\" snippets found, by what they look like:\n")
        + topOf(m_leakKinds, 12, m_leakExamples);
    out += QStringLiteral("  ... by the kind of block holding them:\n") + topOf(m_leakBlocks, 12, blockExamples);
    out += QStringLiteral("  ... by their place in the text:\n") + topOf(m_leakPlaces, 5);
    return out;
}
