#include "ui/speakerlistmodel.h"

#include "core/logging.h"
#include "library/database.h"
#include "library/searchengine.h"

#include <QFont>
#include <QSqlError>
#include <QSqlQuery>

namespace Quoteshelf::Ui {

SpeakerListModel::SpeakerListModel(Library::Database *database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    m_rows = readPage(0, PageSize);
    m_atEnd = m_rows.size() < PageSize;
}

int SpeakerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpeakerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeakerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Library::LibrarySpeaker &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case RoleColumn:
            return !s.role.isEmpty() ? s.role : s.isAnonymous() ? tr("anonymous source") : QString();
        case QuotesColumn:
            return s.quoteCount;
        case ArticlesColumn:
            return s.articleCount;
        }
        return {};
    case Qt::ToolTipRole:
        return s.aliases.isEmpty() ? s.name : tr("%1 (also: %2)").arg(s.name, s.aliases.join(QStringLiteral(", ")));
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn || index.column() == ArticlesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        // Roles and descriptions are secondary text.
        if (m_muted.isValid() && (s.isAnonymous() || index.column() == RoleColumn))
            return m_muted;
        return {};
    case Qt::FontRole:
        if (s.isAnonymous() && index.column() == NameColumn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case AnonymousRole:
        return s.isAnonymous();
    case SpeakerIdRole:
        return s.id;
    }
    return {};
}

QVariant SpeakerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case QuotesColumn:
        return tr("Quotes");
    case ArticlesColumn:
        return tr("Articles");
    }
    return {};
}

QString SpeakerListModel::orderBy() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Anonymous sources last whatever the direction; then the column; then the name, for ties.
    QString column;
    switch (m_sortColumn) {
    case RoleColumn:
        column = QStringLiteral("ls.role = '' %1, ls.role COLLATE NOCASE %1").arg(direction);
        break;
    case QuotesColumn:
        column = QStringLiteral("ls.quote_count %1").arg(direction);
        break;
    case ArticlesColumn:
        column = QStringLiteral("ls.article_count %1").arg(direction);
        break;
    default:
        return QStringLiteral("ls.kind = 'anonymous', ls.name_key %1, ls.id").arg(direction);
    }
    return QStringLiteral("ls.kind = 'anonymous', %1, ls.name_key, ls.id").arg(column);
}

QList<Library::LibrarySpeaker> SpeakerListModel::readPage(int offset, int limit) const
{
    QList<Library::LibrarySpeaker> page;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    // orderBy() is made of fixed fragments; the filter is a bound value.
    query.prepare(QStringLiteral("SELECT %1 FROM library_speakers ls WHERE ls.quote_count > 0 %2 "
                                 "ORDER BY %3 LIMIT %4 OFFSET %5")
                      .arg(Library::SpeakerIndex::speakerColumns(),
                           m_filterExpression.isEmpty()
                               ? QString()
                               : QStringLiteral("AND ls.id IN (SELECT rowid FROM library_speakers_fts "
                                                "WHERE library_speakers_fts MATCH ?)"),
                           orderBy())
                      .arg(limit)
                      .arg(offset));
    if (!m_filterExpression.isEmpty())
        query.addBindValue(m_filterExpression);
    if (!query.exec()) {
        qCWarning(lcLibrary) << "speaker list:" << query.lastError().text();
        return page;
    }
    while (query.next())
        page.append(Library::SpeakerIndex::speakerFromQuery(query));
    return page;
}

void SpeakerListModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_rows.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    // The rows shown so far, in the new order (at least a page).
    const int wanted = qMax(int(m_rows.size()), PageSize);
    m_rows = readPage(0, wanted);
    m_atEnd = m_rows.size() < wanted;
    // Persistent indexes (the selection) follow their speaker.
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const qint64 id = index.data(SpeakerIdRole).toLongLong();
        int row = -1;
        for (int r = 0; r < m_rows.size() && row < 0; ++r) {
            if (m_rows.at(r).id == id)
                row = r;
        }
        after << (row >= 0 ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool SpeakerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SpeakerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<Library::LibrarySpeaker> page = readPage(int(m_rows.size()), PageSize);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void SpeakerListModel::setFilterText(const QString &text)
{
    const QString expression = Library::wordPrefixExpression(text);
    if (expression == m_filterExpression && !m_rows.isEmpty())
        return;
    m_filterExpression = expression;
    beginResetModel();
    m_rows = readPage(0, PageSize);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
}

void SpeakerListModel::refresh()
{
    const int wanted = qMax(int(m_rows.size()), PageSize);
    QList<Library::LibrarySpeaker> rows = readPage(0, wanted);
    if (rows == m_rows)
        return; // nothing shown changed: keep the selection and scroll positions
    beginResetModel();
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < wanted;
    endResetModel();
}

int SpeakerListModel::rowOf(qint64 speakerId)
{
    for (int row = 0;; ++row) {
        if (row == m_rows.size()) {
            if (m_atEnd)
                return -1;
            fetchMore({});
            if (row == m_rows.size())
                return -1;
        }
        if (m_rows.at(row).id == speakerId)
            return row;
    }
}

bool SpeakerListModel::isLibraryEmpty() const
{
    QSqlQuery query(m_database->connection());
    return !query.exec(QStringLiteral("SELECT 1 FROM library_speakers WHERE quote_count > 0 LIMIT 1")) || !query.next();
}

} // namespace Quoteshelf::Ui
