#pragma once

#include <QString>
#include <QStringList>

namespace Quoteshelf::Library {

class ArticleRepository;

// Reads, extracts and stores one file: the whole import pipeline for one user action, stored in
// one transaction (a file that fails leaves the library as it was).
struct ImportOutcome
{
    QString file;
    qint64 id = 0;
    QString title;
    bool duplicate = false;
    QString error;        // names the file and the problem
    bool ok() const { return error.isEmpty(); }
};

ImportOutcome importFile(ArticleRepository &repository, const QString &path);

// On first start an empty library receives the bundled sample articles (resources/samples).
QList<ImportOutcome> importSamples(ArticleRepository &repository);

} // namespace Quoteshelf::Library
