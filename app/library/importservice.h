#pragma once

#include "library/urlimport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Quoteshelf::Library {

class ArticleRepository;

// Reads, extracts and stores one file: the whole import pipeline for one user action, stored in
// one transaction (a file that fails leaves the library as it was).
struct ImportOutcome
{
    QString file;
    qint64 id = 0;
    QString title;        // as stored; for a duplicate, the title of the article already there
    bool duplicate = false;
    QString error;        // names the file and the problem
    QStringList warnings = {}; // stored, but not all as saved (a truncated archive's missing images)
    bool ok() const { return error.isEmpty(); }
};

ImportOutcome importFile(ArticleRepository &repository, const QString &path);

// The same for a file the caller has read already (one whose name Qt cannot spell); sourcePath is
// what the library keeps as its origin.
ImportOutcome importData(ArticleRepository &repository, const QByteArray &data, const QString &sourcePath);

// A web page (http or https): fetched with the images its article uses (see fetchWebPage) and
// stored like a saved page, its address after redirects as its source; nothing is stored when
// the fetch fails. outcome.file is the address as given.
ImportOutcome importUrl(ArticleRepository &repository, const QString &address, const FetchControl &control = {});

// An article another program read already (an export's page): extracted and stored under
// `source`, its origin; `name` is how messages call it.
ImportOutcome importRead(ArticleRepository &repository, Import::ReadResult read, const QByteArray &original,
                         const QString &source, const QString &name);

// What the library keeps as the file an article came from, and what `import --replace` matches:
// the file's full path (symbolic links resolved), so two index.html in different folders are
// two sources.
QString sourcePath(const QString &path);

// Imports many files on every core: each file is read once, parsed and its quotes extracted on a
// pool of worker threads, a few files ahead of the writer, while the calling thread stores them
// one at a time through `repository` (SQLite has one writer; each file is its own transaction).
// Outcomes are reported in the order of `files`. Once `cancelled` answers true no further file
// is stored; the files already stored stay. `threads` <= 0 means one per core.
void importFiles(ArticleRepository &repository, const QStringList &files,
                 const std::function<void(int index, const ImportOutcome &outcome)> &report,
                 const std::function<bool()> &cancelled = {}, int threads = 0);

// On first start an empty library receives the bundled sample articles (resources/samples).
QList<ImportOutcome> importSamples(ArticleRepository &repository);

} // namespace Quoteshelf::Library
