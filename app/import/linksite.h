#pragma once

#include <QString>
#include <QUrl>

namespace Quoteshelf::Import {

struct DomNode;

// Which links of a page stay on its own site. Teasers, related stories and breadcrumbs link to
// the site's other pages; the links an article cites (sources, documents, bug reports) mostly
// leave it. The site is the host of the page's URL when it names one, otherwise the host most of
// the page's absolute links point to; hosts compare by their registrable part, so
// "edition.example.com" and "www.example.com" are the same site.
class LinkSite final
{
public:
    LinkSite() = default;
    // pageUrl may be empty or relative: the links of root then decide.
    static LinkSite fromDocument(const DomNode *root, const QUrl &pageUrl);

    QString key() const { return m_key; }
    bool isInternal(const QString &href) const;
    // Like ReadabilityHelpers::linkDensity, counting only links that stay on the site.
    double internalLinkDensity(const DomNode *node) const;
    // "news.example.co.uk" -> "example.co.uk", "www.example.com" -> "example.com".
    static QString siteKey(const QString &host);

private:
    explicit LinkSite(const QString &key);

    QString m_key;
};

} // namespace Quoteshelf::Import
