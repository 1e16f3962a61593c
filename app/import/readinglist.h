#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Import {

// One saved link of another read-later app's export.
struct ReadingListEntry
{
    QString url;
    QString title;
    QStringList tags;
    bool archived = false; // read / archived there
};

struct ReadingList
{
    QString format; // "Pocket" or "Instapaper"
    QList<ReadingListEntry> entries;
    QString error;  // not a list this reads
    bool ok() const { return error.isEmpty(); }
};

// The exports people carry away from other read-later apps: Pocket's HTML (ril_export.html:
// links under "Unread" and "Read Archive" headings, tags="a,b" on each) and CSV (title, url,
// time_added, tags separated by "|", status), Instapaper's CSV (URL, Title, Selection, Folder,
// Timestamp, and in newer exports Tags). A folder other than Unread/Archive becomes a tag. Only
// http and https links are kept. Pure: nothing is fetched here.
ReadingList parseReadingList(const QByteArray &data);

} // namespace Quoteshelf::Import
