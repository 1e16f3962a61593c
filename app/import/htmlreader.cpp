#include "import/htmlreader.h"

#include "core/logging.h"
#include "core/textoffsets.h"
#include "import/articleheader.h"
#include "import/assetcollector.h"
#include "import/boilerplatepruner.h"
#include "import/hiddentext.h"
#include "import/htmldocument.h"
#include "import/htmlserializer.h"
#include "import/linksite.h"
#include "import/metadata.h"
#include "import/readability.h"
#include "import/structuredbody.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace Quoteshelf::Import {

HtmlReader::HtmlReader(AssetCollector &assets)
    : m_assets(assets)
{
}

QString HtmlReader::cleanByline(const QString &byline)
{
    // Runs of white space (line breaks from the page's markup) become one space: the byline is
    // shown in lists and headers, not only in HTML. Readability keeps them, so a few corpus
    // bylines differ from its output in white space only.
    return byline.simplified();
}

ReadResult HtmlReader::read(const QString &html, const QString &format) const
{
    return readUtf8(html.toUtf8(), format);
}

ReadResult HtmlReader::readUtf8(const QByteArray &utf8, const QString &format) const
{
    ReadResult result;
    HtmlDocument document(utf8);
    if (!document.error().isEmpty()) {
        result.error = document.error();
        return result;
    }
    result.warnings = document.warnings();
    const Metadata meta = Metadata::fromDocument(document);

    QUrl base(meta.baseHref);
    if (const QUrl document = m_assets.documentUrl(); document.isValid()) {
        // Fetched from the web: the page's own address (after redirects) is what its relative
        // references mean, as in a browser.
        base = document.resolved(base);
        m_assets.setBaseUrl(base);
    } else if (!base.isValid() || base.isRelative()) {
        base = QUrl(meta.canonicalUrl);
    }
    if (!m_assets.baseUrl().isValid() && base.isValid() && !base.isRelative())
        m_assets.setBaseUrl(base);

    if (DomNode *body = document.body())
        HiddenText::remove(body);
    Readability readability(document);
    readability.setArticleTitle(meta.title);
    DomNode *content = readability.extract();
    BoilerplatePruner pruner;
    pruner.setTitle(meta.title);
    pruner.setDescription(meta.excerpt);
    pruner.setDocument(&document);
    pruner.setSite(LinkSite::fromDocument(document.body(), base));
    pruner.prune(content);

    const auto serialized = [&](const DomNode *root) {
        auto serializer = std::make_unique<HtmlSerializer>(m_assets);
        serializer->setLinkBase(base.isRelative() ? QUrl() : base);
        serializer->serialize(root);
        return serializer;
    };
    std::unique_ptr<HtmlSerializer> serializer = serialized(content);
    if (!meta.articleBody.isEmpty() && StructuredBody::replacesExtracted(serializer->text(), meta.articleBody)) {
        // The markup holds a teaser (the rest filled in by script, or behind a paywall); the
        // structured data holds the article.
        qCDebug(lcImport) << "the structured data's text replaces" << serializer->text().size()
                          << "characters read from the markup";
        const HtmlDocument structured(StructuredBody::toHtml(meta.articleBody, meta.excerpt));
        serializer = serialized(structured.body());
    }

    Article &article = result.article;
    article.format = format;
    article.title = meta.title;
    // The head's author first, then the page's author line; the date a byline carries stands in
    // for a publication date the head does not give.
    ArticleHeader::Byline byline = ArticleHeader::parseByline(meta.byline);
    if (byline.name.isEmpty())
        byline = ArticleHeader::parseByline(cleanByline(readability.byline()));
    article.byline = byline.name;
    article.siteName = meta.siteName;
    article.sourceUrl = meta.canonicalUrl;
    article.published = meta.published.isValid() ? meta.published : byline.date;
    article.lang = meta.lang;
    article.text = serializer->text();
    article.html = serializer->html();
    article.blocks = serializer->blocks();
    if (!meta.image.isEmpty())
        article.leadImage = m_assets.resolve(meta.image);
    if (article.leadImage.isEmpty())
        article.leadImage = serializer->firstImage();
    article.assets = m_assets.assets();
    article.excerpt = meta.excerpt;
    if (article.excerpt.isEmpty()) {
        for (const Block &block : std::as_const(article.blocks)) {
            if (block.kind == Block::Kind::Paragraph) {
                article.excerpt = Core::codePointMid(article.text, block.start, block.end).left(300);
                break;
            }
        }
    }
    if (article.text.trimmed().isEmpty()) {
        // A title alone is no article: its text was boilerplate only, or filled in by scripts
        // that a saved page does not run.
        result.error = article.title.isEmpty()
            ? QCoreApplication::translate("Import", "the page contains no readable text")
            : QCoreApplication::translate("Import",
                                          "the page “%1” contains no readable text besides its title (a page that "
                                          "loads its text with scripts is saved without it)")
                  .arg(article.title);
        return result;
    }
    return result;
}

} // namespace Quoteshelf::Import
