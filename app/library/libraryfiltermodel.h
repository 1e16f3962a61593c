#pragma once

#include "library/records.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Quoteshelf::Library {

// Sorting and filtering of the library list on top of LibraryModel. Archived articles are hidden
// unless the Archived view is chosen; tag and speaker filters arrive as a set of article ids.
class LibraryModel;

class LibraryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilterModel)

public:
    enum class SortKey { Added, Published, Title, Site };
    Q_ENUM(SortKey)
    enum class View { All, Unread, WithHighlights, Archived };
    Q_ENUM(View)

    explicit LibraryFilterModel(QObject *parent = nullptr);

    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }
    void setView(View view);
    View view() const { return m_view; }

    // Only these articles (a tag or speaker filter); an empty optional shows all.
    void setRestriction(const QSet<qint64> &ids, const QString &label);
    void clearRestriction();
    // Articles deleted in this session, hidden until the deletion is undone or carried out.
    void setHidden(qint64 id, bool hidden);
    bool isRestricted() const { return m_restricted; }
    void setSourceModel(QAbstractItemModel *model) override;
    QString restrictionLabel() const { return m_restrictionLabel; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool accepts(const ArticleSummary &article) const;
    bool lessThan(const ArticleSummary &left, const ArticleSummary &right) const;

    const LibraryModel *m_library = nullptr; // the source when it is a LibraryModel: rows read directly
    SortKey m_sortKey = SortKey::Added;
    View m_view = View::All;
    bool m_restricted = false;
    QSet<qint64> m_ids;
    QSet<qint64> m_hidden;
    QString m_restrictionLabel;
};

} // namespace Quoteshelf::Library
