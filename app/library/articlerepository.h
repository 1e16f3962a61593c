#pragma once

#include "library/records.h"

#include <QObject>
#include <QSet>
#include <optional>

namespace Quoteshelf::Import {
struct Article;
}
namespace Quoteshelf::Extract {
struct Result;
}

namespace Quoteshelf::Library {

class Database;

// Owns all SQL for articles and what hangs off them (assets, extracted speakers, quotes, tags).
// Every write is one transaction; observers learn about changes through the signals.
class ArticleRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleRepository)

public:
    explicit ArticleRepository(Database *database, QObject *parent = nullptr);

    struct AddResult
    {
        qint64 id = 0;
        bool duplicate = false; // the same content was already in the library: id is that article
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    AddResult addArticle(const Import::Article &article, const Extract::Result &extraction,
                         const QString &sourceFile, const QByteArray &original);

    Database *database() const { return m_database; }
    // Announces an article another connection (an import worker) added, so models show it.
    void notifyArticleAdded(qint64 id) { Q_EMIT articleAdded(id); }
    int count() const;
    QList<ArticleSummary> summaries() const;
    std::optional<ArticleSummary> summary(qint64 id) const;
    std::optional<ArticleRecord> article(qint64 id) const;
    QByteArray asset(qint64 articleId, const QString &name, QString *mimeType = nullptr) const;
    QList<SpeakerRecord> speakers(qint64 articleId) const;
    QList<QuoteRecord> quotes(qint64 articleId) const;
    QList<TagRecord> tags(qint64 articleId) const;

    // Remembers how far the reader got (0..1); reaching the end marks the article read.
    void setProgress(qint64 id, double progress);

    // The reader's correction of who said a quote; kept when the article is extracted again.
    // An empty name removes the correction.
    bool setSpeakerOverride(qint64 quoteId, const QString &name);
    void setRead(qint64 id, bool read);
    void setArchived(qint64 id, bool archived);
    // Deletes the article and everything attached to it (assets, quotes, highlights, notes).
    bool deleteArticle(qint64 id);

    // Article ids for the library's tag and speaker filters.
    QSet<qint64> articlesWithTag(const QString &tag) const;
    QSet<qint64> articlesWithSpeaker(const QString &name) const;

    // The content hash used to recognise an article imported twice.
    static QString contentHash(const Import::Article &article);

Q_SIGNALS:
    void articleAdded(qint64 id);
    void articleChanged(qint64 id);
    void articleRemoved(qint64 id);

private:
    Database *m_database = nullptr;
};

} // namespace Quoteshelf::Library
