#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Import {

// One highlight of an Omnivore article: the quoted words and the reader's note on them.
struct OmnivoreHighlight
{
    QString quote;
    QString note;
};

// One saved article of an Omnivore export.
struct OmnivoreItem
{
    QString slug;
    QString title;
    QString author;
    QString url;
    QStringList labels;
    QDateTime savedAt;
    QDateTime publishedAt;
    bool archived = false;
    QByteArray content; // content/<slug>.html; empty when the export has none for it
    QList<OmnivoreHighlight> highlights;
};

struct OmnivoreExport
{
    QString name; // the zip or folder, as messages name it
    QList<OmnivoreItem> items;
    QString error; // names the file and the problem; nothing is imported then
    bool ok() const { return error.isEmpty(); }
};

// Omnivore's export (2024), zipped or unzipped: metadata_*.json (a list of the saved articles),
// content/<slug>.html for the articles whose content was exported and highlights/<slug>.md with
// each highlight as a Markdown blockquote, its note after it. Pure: nothing is fetched here.
namespace Omnivore {

// A zip whose entries include metadata_*.json, or a folder that holds one.
bool isExport(const QString &path);
OmnivoreExport read(const QString &path);
// The highlights of one highlights/<slug>.md.
QList<OmnivoreHighlight> parseHighlights(const QString &markdown);

} // namespace Omnivore

} // namespace Quoteshelf::Import
