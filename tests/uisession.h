#pragma once

// What the composition root makes, on one library file, for the tests that drive the windows.

#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarymodel.h"
#include "web/readerprofile.h"

#include <QString>
#include <QtGlobal>

namespace Quoteshelf::Testing {

// The database opens first: the model reads the library as it is constructed.
struct OpenDatabase
{
    explicit OpenDatabase(const QString &path)
    {
        if (!db.open(path))
            qFatal("cannot open %s", qPrintable(path));
    }
    Library::Database db;
};

struct Session : OpenDatabase
{
    explicit Session(const QString &path) : OpenDatabase(path) { }
    Library::ArticleRepository repository { &db };
    Library::HighlightRepository highlights { &db };
    Library::LibraryModel model { &repository };
    Web::ReaderProfile profile { &repository };
};

// The seed sample, "US Efforts to Secure Hostage Release…", or 0 when the library lacks it.
inline qint64 seedId(const Library::ArticleRepository &repository)
{
    for (const auto &summary : repository.summaries()) {
        if (summary.title.startsWith(QStringLiteral("US Efforts to Secure Hostage Release")))
            return summary.id;
    }
    return 0;
}

} // namespace Quoteshelf::Testing
