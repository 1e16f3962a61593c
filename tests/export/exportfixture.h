#pragma once

#include "export/exportdata.h"
#include "export/highlightdata.h"
#include "library/records.h"

// Real export data for the tests: the seed article read and extracted by the import and extract
// libraries (so quotes and speakers are what a reader would see), stored as the repositories would
// return it, with three highlights and fixed dates so the output is deterministic.
namespace ExportFixture {

struct Seed
{
    Quoteshelf::Library::ArticleRecord article;
    QList<Quoteshelf::Library::QuoteRecord> quotes;
    QList<Quoteshelf::Library::SpeakerRecord> speakers;
    QList<Quoteshelf::Library::TagRecord> tags;
    QList<Quoteshelf::Export::HighlightData> highlights;
    QString note;
    QString error; // set when the seed article could not be read or a passage was not found
};

Seed seed();
Quoteshelf::Export::ExportData seedData();

// The reviewed golden file's path, and the update switch (QUOTESHELF_UPDATE_GOLDEN=1).
QString goldenPath(const QString &name);
bool updateGolden();

} // namespace ExportFixture
