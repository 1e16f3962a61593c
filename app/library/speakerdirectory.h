#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Quoteshelf::Library {

// Keeps library_speakers (everyone quoted across the library) in step with the per-article
// speakers and quotes. Writers call placeArticle() inside the transaction that wrote an article's
// speakers or quotes, or changed a quote's speaker; the counts then follow by triggers
// (schema step 5). No state besides the connection: make one where it is needed.
//
// Rows are one library speaker when their names are equal case-insensitively or when one row's
// name is an alias of another's; anonymous descriptions are grouped by description and never with
// a named speaker. Two library speakers that a new row links are merged.
class SpeakerDirectory final
{
    Q_DISABLE_COPY_MOVE(SpeakerDirectory)

public:
    explicit SpeakerDirectory(QSqlDatabase database);

    // Places the article's speaker rows that have no library speaker yet and points each of its
    // quotes at its library speaker (the reader's correction first). False on a database error;
    // the caller's transaction should then be rolled back.
    bool placeArticle(qint64 articleId);
    // Every article, oldest first: the schema step that made the directory.
    bool placeAll();

    QString errorString() const { return m_error; }

    // The case-folded key of a spelling; descriptions have a key space of their own.
    static QString key(const QString &spelling, bool anonymous);

private:
    qint64 placeRow(const QString &name, const QString &kind, const QStringList &aliases);
    qint64 speakerForCorrection(const QString &name, qint64 articleId);
    qint64 createSpeaker(const QString &name, const QString &kind);
    bool addSpelling(qint64 speakerId, const QString &spelling, bool anonymous, bool alias);
    bool merge(qint64 from, qint64 into);
    bool offerName(qint64 speakerId, const QString &name);
    bool refreshSearchEntry(qint64 speakerId);
    bool fail(const class QSqlQuery &query);

    QSqlDatabase m_database;
    QString m_error;
};

} // namespace Quoteshelf::Library
