#pragma once

#include "library/speakerindex.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Quoteshelf::Library {
class Database;
}

namespace Quoteshelf::Ui {

// Everyone quoted in the library, a page at a time, straight from the speaker directory: sorting
// and the filter are SQL over its indexes, so a library of a hundred thousand articles opens as
// fast as a small one and only the rows scrolled to are in memory. Anonymous sources come after
// the named speakers in every order.
class SpeakerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerListModel)

public:
    enum Column { NameColumn, RoleColumn, QuotesColumn, ArticlesColumn, ColumnCount };
    enum Role { AnonymousRole = Qt::UserRole + 1, SpeakerIdRole };
    static constexpr int PageSize = 200;

    explicit SpeakerListModel(Library::Database *database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Words that begin a word of a speaker's names, aliases or role; empty for everyone.
    void setFilterText(const QString &text);
    // Reads the rows shown again (the library changed).
    void refresh();
    // The row of the speaker with this id, reading further pages if needed; -1 when the filter
    // hides them or they are not listed.
    int rowOf(qint64 speakerId);

    const Library::LibrarySpeaker &speakerAt(int row) const { return m_rows.at(row); }
    // Speakers that have quotes in the whole library, whatever the filter.
    bool isLibraryEmpty() const;
    void setMutedColour(const QColor &colour) { m_muted = colour; }

private:
    QList<Library::LibrarySpeaker> readPage(int offset, int limit) const;
    QString orderBy() const;

    Library::Database *m_database = nullptr;
    QList<Library::LibrarySpeaker> m_rows;
    bool m_atEnd = false;
    int m_sortColumn = QuotesColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_filterExpression;
    QColor m_muted;
};

} // namespace Quoteshelf::Ui
