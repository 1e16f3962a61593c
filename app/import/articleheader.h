#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Import {

// The title and byline a page gives are decorated for the browser tab and the page header, not
// for a library: "Story | Site", "Story - Author", "By Jane Doe March 3, 2024, 9:02 AM". These
// functions take the decoration off so that the library shows the headline and the author's
// name, and the date goes where dates go.
namespace ArticleHeader {

struct Byline
{
    QString name;     // empty when the line names nobody (a date, a sentence, "Follow Author")
    QDateTime date;   // the date the line carried, invalid when none
};

// "by By Erin Cunningham" -> Erin Cunningham; "Associated Press November 19, 2019, 9:02 AM" ->
// Associated Press + that date; "Last Updated: January 7, 2025" -> no name; a sentence -> no name.
Byline parseByline(const QString &raw);

// A date written out in a byline or a date line: "November 19, 2019, 9:02 AM", "19 November
// 2019", "2019-11-19", "19.11.2019". Invalid when the text is not one date.
QDateTime parseWrittenDate(const QString &text);

// Strips a site or author name joined to the headline by a separator ("Story | TheHill",
// "Story - Los Angeles Times", "Story | Eleanor Ainge Roy"). A part is a name to strip when it
// is the site name, the host, the author, or when the page's own headings give the headline
// without it. When the title is only the site's ("Yahoo News - Latest News & Headlines") and
// the page has one main heading, that heading is the title.
QString stripDecoration(const QString &title, const QString &siteName, const QString &byline, const QString &host,
                        const QStringList &headings);

} // namespace ArticleHeader

} // namespace Quoteshelf::Import
