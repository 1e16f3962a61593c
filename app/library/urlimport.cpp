#include "library/urlimport.h"

#include "import/urlfetcher.h"

#include <QCoreApplication>

namespace Quoteshelf::Library {

WebPage fetchWebPage(const QString &address, const FetchControl &control)
{
    WebPage page;
    page.address = address;
    page.source = address;
    const auto fail = [&page](const QString &problem) {
        page.error = QCoreApplication::translate("Library", "%1: %2").arg(page.address, problem);
        return page;
    };
    Import::UrlFetcher fetcher;
    fetcher.setCancelled(control.cancelled);
    fetcher.setProgress(control.progress);
    const Import::FetchedPage fetched = fetcher.fetchPage(QUrl(address.trimmed()));
    if (!fetched.ok())
        return fail(fetched.error);
    page.source = fetched.url.toString();

    QStringList missing;
    page.read = Import::readWebPage(fetched.body, fetched.url, fetched.charset, {}, &missing);
    if (!page.read.ok())
        return fail(page.read.error);
    if (!missing.isEmpty()) {
        // The article is read a second time with its images: which images it uses is only known
        // once it is extracted, and the reader's output names each stored image.
        const Import::FetchedImages images = fetcher.fetchImages(missing, fetched.url);
        if (fetcher.wasCancelled())
            return fail(QCoreApplication::translate("Import", "cancelled"));
        if (!images.images.isEmpty()) {
            page.read = Import::readWebPage(fetched.body, fetched.url, fetched.charset, images.images);
            if (!page.read.ok())
                return fail(page.read.error);
        }
        if (images.failed > 0)
            page.read.warnings << QCoreApplication::translate("Library", "%n image(s) could not be fetched", nullptr, images.failed);
        if (missing.size() > Import::UrlFetcher::MaxImages)
            page.read.warnings << QCoreApplication::translate("Library", "only the first %1 of its %2 images were fetched")
                                      .arg(Import::UrlFetcher::MaxImages)
                                      .arg(missing.size());
    }
    // The address the page was found at, not the one the page names for itself: that is where
    // `import --replace` fetches the new version from.
    page.read.article.sourceUrl = page.source;
    page.original = fetched.body;
    return page;
}

} // namespace Quoteshelf::Library
