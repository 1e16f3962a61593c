#pragma once

// A library of its own for the annotation tests: real SQLite files in a temporary folder, articles
// imported from saved pages the tests write (invented news), highlights made as the reader makes
// them.

#include "core/textoffsets.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Quoteshelf::Testing {

// A saved news page: title, paragraphs and (when given) the address it names as canonical.
inline QByteArray newsPage(const QString &title, const QStringList &paragraphs, const QString &url = {})
{
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>").arg(title);
    if (!url.isEmpty())
        html += QStringLiteral("<link rel=\"canonical\" href=\"%1\">").arg(url);
    html += QStringLiteral("</head><body><article><h1>%1</h1>").arg(title);
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph);
    html += QStringLiteral("</article></body></html>");
    return html.toUtf8();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct Shelf
{
    QTemporaryDir dir;
    Library::Database db;
    std::unique_ptr<Library::ArticleRepository> articles;
    std::unique_ptr<Library::HighlightRepository> highlights;

    bool open()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("library.sqlite"))))
            return false;
        articles = std::make_unique<Library::ArticleRepository>(&db);
        highlights = std::make_unique<Library::HighlightRepository>(&db);
        return true;
    }

    // Imports the file through the ordinary import; 0 when it failed.
    qint64 import(const QString &path)
    {
        const Library::ImportOutcome outcome = Library::importFile(*articles, path);
        return outcome.ok() ? outcome.id : 0;
    }

    // Highlights the first occurrence of words in the article, as a selection in the reader does.
    qint64 highlight(qint64 articleId, const QString &words, const QString &color, const QString &note = {},
                     const QStringList &tags = {})
    {
        const auto article = articles->article(articleId);
        if (!article)
            return 0;
        const qsizetype at = article->text.indexOf(words);
        if (at < 0)
            return 0;
        const Core::TextOffsets offsets(article->text);
        const auto record = highlights->create(articleId, offsets.toCodePoint(at), offsets.toCodePoint(at + words.size()),
                                               color, 0, note, tags);
        return record ? record->id : 0;
    }

    // Every highlight of the library, one line each, named by its article's source (web address,
    // else file name) rather than by ids, which differ between libraries. Sorted.
    QStringList dump() const
    {
        QStringList lines;
        for (const Library::ArticleSummary &summary : articles->summaries()) {
            const auto article = articles->article(summary.id);
            const QString source
                = article->sourceUrl.isEmpty() ? QFileInfo(article->sourceFile).fileName() : article->sourceUrl;
            for (const Library::HighlightRecord &h : highlights->highlights(summary.id)) {
                lines << QStringList{ source,
                                      QString::number(h.start),
                                      QString::number(h.end),
                                      h.exact,
                                      h.prefix,
                                      h.suffix,
                                      h.orphaned ? QStringLiteral("orphan") : QStringLiteral("anchored"),
                                      h.color,
                                      h.note,
                                      h.tags.join(QLatin1Char(',')),
                                      h.createdAt.toUTC().toString(Qt::ISODateWithMs),
                                      h.updatedAt.toUTC().toString(Qt::ISODateWithMs) }
                             .join(QLatin1Char('|'));
            }
        }
        lines.sort();
        return lines;
    }

    // The highlight counts the library list shows, per article source.
    QStringList counts() const
    {
        QStringList lines;
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT source_url, source_file, highlight_count FROM articles ORDER BY id"));
        while (query.next())
            lines << QStringLiteral("%1 %2 %3")
                         .arg(query.value(0).toString(), QFileInfo(query.value(1).toString()).fileName())
                         .arg(query.value(2).toInt());
        return lines;
    }
};

// Three invented articles: two web pages (one with a character outside the BMP before its
// highlight, so code points and UTF-16 units differ) and a text file with no web address.
struct Pages
{
    QString harbour;
    QString orchard;
    QString library;
};

inline const QString HarbourUrl = QStringLiteral("https://coast.example/news/harbour-vote");
inline const QString OrchardUrl = QStringLiteral("https://valley.example/stories/orchard-frost");

inline QStringList harbourParagraphs()
{
    return { QStringLiteral("The town council of Lowmere voted on Tuesday to rebuild the northern pier, which a winter "
                            "storm left unusable for most of the year."),
             QStringLiteral("\u201cThe ferry would run every hour by June if the money arrives on time,\u201d said "
                            "Ines Paddock, who chairs the harbour committee."),
             QStringLiteral("Fishermen were less certain. \u201cWe have heard promises about the pier since my "
                            "father's day,\u201d said Tomas Greer, who keeps two boats at the quay."),
             QStringLiteral("The council will publish the builder's timetable next month, a spokesman said.") };
}

inline QStringList orchardParagraphs()
{
    return { QStringLiteral("A late frost \U0001F976 damaged blossom across the valley's apple orchards last week, "
                            "growers said on Friday."),
             QStringLiteral("\u201cWe lost perhaps a third of the early varieties in a single night,\u201d said Marta "
                            "Ilves, whose family has farmed the slope above Kerrow for four generations."),
             QStringLiteral("The growers' cooperative asked the regional office for an emergency loan to replace the "
                            "frost fans that failed.") };
}

inline QString libraryText()
{
    return QStringLiteral("Branch Library Extends Its Hours\n\n"
                          "The branch library on Mill Street announced that the library will open on Sundays from "
                          "March, after a petition signed by four hundred residents.\n\n"
                          "\u201cPeople asked for a quiet place at the weekend, and we listened,\u201d the head "
                          "librarian, Odile Marsh, said in a statement.\n");
}

inline Pages writePages(const QString &folder)
{
    Pages pages{ QDir(folder).filePath(QStringLiteral("harbour.html")), QDir(folder).filePath(QStringLiteral("orchard.html")),
                 QDir(folder).filePath(QStringLiteral("library.txt")) };
    writeFile(pages.harbour, newsPage(QStringLiteral("Lowmere Votes to Rebuild Its Pier"), harbourParagraphs(), HarbourUrl));
    writeFile(pages.orchard, newsPage(QStringLiteral("Frost Hits the Valley's Orchards"), orchardParagraphs(), OrchardUrl));
    writeFile(pages.library, libraryText().toUtf8());
    return pages;
}

} // namespace Quoteshelf::Testing
