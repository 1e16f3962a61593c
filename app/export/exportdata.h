#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Everything one article's export needs, as plain values: no database, no Qt objects. Built by
// buildExportData() from library records, or by hand in tests and for the clipboard.
namespace Quoteshelf::Export {

struct ExportArticle
{
    qint64 id = 0;
    QString title;
    QString author; // the byline
    QString site;
    QString url;
    QString published; // ISO 8601 as stored, empty when unknown
    QDateTime saved; // when the article was added to the library
    QString lang;
    QStringList tags; // accepted tags (and suggested ones when the options ask for them)
    QString note; // the reader's article note, Markdown
};

struct ExportHighlight
{
    qint64 id = 0;
    QString color;
    QString text; // the exact highlighted text; paragraphs separated by blank lines
    QString note; // Markdown
    QStringList tags;
    qsizetype start = 0; // code points into the article text; highlights are sorted by it
    qsizetype end = 0;
    bool orphaned = false;
    qint64 quoteId = 0; // the extracted quote it lies on, 0 when none
    QString speaker; // who said it, when it lies on an attributed quote
    QString speakerRole;
};

struct ExportQuote
{
    qint64 id = 0;
    QString text;
    QString kind; // direct, mixed, indirect
    qsizetype start = 0;
    qsizetype end = 0;
};

struct ExportSpeaker
{
    QString name; // empty for the group of unattributed quotes
    QString role;
    QString kind; // person, organisation, anonymous
    QList<ExportQuote> quotes; // in text order
};

struct ExportData
{
    ExportArticle article;
    QList<ExportHighlight> highlights; // in text order
    QList<ExportSpeaker> speakers; // in order of their first quote; unattributed last
};

} // namespace Quoteshelf::Export
