#pragma once

#include "import/article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// The boilerplate/completeness measure of ../shared/corpora/README.md over trafilatura's evaluation
// set: per page at most the first six hand-picked snippets of each side; a "with" snippet found in
// the extracted text (white space collapsed on both sides) is a true positive, one missed a false
// negative; a "without" snippet found is a false positive. P, R and F1 are summed over all pages.
// Besides the figures it keeps what a person needs to see where the errors come from: the worst
// pages and, for every "without" snippet found, what it looks like and which block holds it.
class SnippetEvaluation final
{
    Q_DISABLE_COPY_MOVE(SnippetEvaluation)

public:
    static constexpr int SnippetsPerSide = 6;

    struct Page
    {
        QString file;
        QStringList with;
        QStringList without;
    };

    struct Counts
    {
        qint64 truePositives = 0;
        qint64 falseNegatives = 0;
        qint64 falsePositives = 0;
        double precision() const;
        double recall() const;
        double f1() const;
    };

    // The pages of evaldata.json, snippets already cut to SnippetsPerSide; empty when unreadable.
    static QList<Page> load(const QString &evalDataPath);
    // White space runs (Unicode) become one space, ends trimmed.
    static QString collapse(const QString &text);
    // A rough class of boilerplate a snippet looks like ("date", "caption/credit", ...), from its
    // words alone, to group the false positives.
    static QString snippetKind(const QString &snippet);

    explicit SnippetEvaluation(const QString &name);

    // text is what is matched; blocks (offsets into blockText) say where a found snippet sits.
    void addPage(const Page &page, const QString &text, const QList<Quoteshelf::Import::Block> &blocks,
                 const QString &blockText);
    const Counts &counts() const { return m_counts; }
    QString summary() const;
    // The ten pages with most errors, the most frequent kinds of "without" snippets found (by
    // their look, by the block kind holding them and by their place in the text).
    QString report(int worstPages = 10) const;

private:
    struct PageResult
    {
        QString file;
        Counts counts;
        QStringList missed;
        QStringList leaked;
    };

    QString m_name;
    Counts m_counts;
    QList<PageResult> m_pages;
    QHash<QString, int> m_leakKinds;
    QHash<QString, int> m_leakBlocks;
    QHash<QString, int> m_leakPlaces;
    QHash<QString, QString> m_leakExamples;
};
