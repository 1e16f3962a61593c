#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Import {
struct ReadResult;
}

namespace Quoteshelf::Library {

class ArticleRepository;
class Database;

// What replacing an article with a new version of its file did.
struct ReimportReport
{
    QString file;
    qint64 articleId = 0;
    QString title;
    bool replaced = false; // an article from the same source was updated in place (same id)
    bool duplicate = false; // not replaced: the same text was already in the library as articleId
    // Highlights: still at their offsets / the same text found elsewhere / approximately the same
    // text found / not found (kept, marked orphaned, never deleted).
    int stayed = 0;
    int moved = 0;
    int fuzzy = 0;
    int orphaned = 0;
    int quotesKept = 0; // extracted quotes whose text is still there (ids, tags, corrections kept)
    int quotesDropped = 0; // quotes whose text is gone
    QString error; // names the file and the problem; the library is then unchanged
    // Not replaced because it is not certain which article the file is a new version of: the
    // articles it might be (error says why). The reader chooses, or imports it as new.
    QList<qint64> candidates;
    QStringList warnings; // replaced or imported, but not all as saved (see Import::ReadResult)
    bool ok() const { return error.isEmpty(); }
    int highlights() const { return stayed + moved + fuzzy + orphaned; }
};

// Which article a file is a new version of.
struct SourceMatch
{
    qint64 id = 0;             // certain: this one
    QList<qint64> candidates;  // uncertain: these might be (problem says why)
    QString problem;
};

// `import --replace`: updates the article that came from the same source as the file (the web
// address the page names, else the full path of the file it was imported from) in place. Same id; new content, assets and
// original; quotes, speakers and suggested tags re-extracted, keeping the reader's speaker
// corrections and quote tags for quotes whose text is still there and the reader's own tags;
// every highlight re-anchored (see Anchoring). All in one transaction. With no article from the
// same source, the file is imported as a new article; when it is not certain which article the
// file replaces (several candidates, or only a file of the same name elsewhere), nothing is
// changed and the report names the candidates.
class ReimportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReimportService)

public:
    explicit ReimportService(Database *database, ArticleRepository *articles, QObject *parent = nullptr);

    // What a match by file name alone (no web address, not the same full path) counts for.
    // Refuse: never certain (quoteshelf-cli; the reader names the article with --article).
    // AcceptOnlyLegacy: certain when it is the one article stored with a bare file name (bundled
    // samples, articles imported before full paths were kept). The window's Import New Version
    // refuses too and asks the reader which article it is.
    enum class NameMatch { Refuse, AcceptOnlyLegacy };
    void setNameMatch(NameMatch policy) { m_nameMatch = policy; }

    // targetId > 0: replace that article, the reader's choice among the candidates.
    ReimportReport replaceFile(const QString &path, qint64 targetId = 0);
    // The same for a file already read; sourcePath is its full path, stored in
    // articles.source_file (see Library::sourcePath).
    ReimportReport replace(const Import::ReadResult &read, const QByteArray &original, const QString &sourcePath,
                           qint64 targetId = 0);

    // The article that came from this source: certain by web address or full path, else the
    // uncertain candidates.
    SourceMatch findSource(const QString &sourceUrl, const QString &sourcePath) const;

Q_SIGNALS:
    // Content, quotes, speakers, tags and highlights of the article changed: views reload it.
    void articleReplaced(qint64 articleId);

private:
    Database *m_database = nullptr;
    ArticleRepository *m_articles = nullptr;
    NameMatch m_nameMatch = NameMatch::AcceptOnlyLegacy;
};

} // namespace Quoteshelf::Library
