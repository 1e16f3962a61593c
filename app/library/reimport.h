#pragma once

#include <QObject>
#include <QString>

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
    bool ok() const { return error.isEmpty(); }
    int highlights() const { return stayed + moved + fuzzy + orphaned; }
};

// `import --replace`: updates the article that came from the same source as the file (its URL
// when the page names one, else its file name) in place. Same id; new content, assets and
// original; quotes, speakers and suggested tags re-extracted, keeping the reader's speaker
// corrections and quote tags for quotes whose text is still there and the reader's own tags;
// every highlight re-anchored (see Anchoring). All in one transaction. With no article from the
// same source, the file is imported as a new article.
class ReimportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReimportService)

public:
    explicit ReimportService(Database *database, ArticleRepository *articles, QObject *parent = nullptr);

    ReimportReport replaceFile(const QString &path);
    // The same for a file already read; sourceFile is the file name stored in articles.source_file.
    ReimportReport replace(const Import::ReadResult &read, const QByteArray &original, const QString &sourceFile);

    // The id of the article that came from this source, 0 when none.
    qint64 findSource(const QString &sourceUrl, const QString &sourceFile) const;

Q_SIGNALS:
    // Content, quotes, speakers, tags and highlights of the article changed: views reload it.
    void articleReplaced(qint64 articleId);

private:
    Database *m_database = nullptr;
    ArticleRepository *m_articles = nullptr;
};

} // namespace Quoteshelf::Library
