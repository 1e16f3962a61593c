#include "import/linksite.h"

#include "import/domnode.h"
#include "import/readabilityhelpers.h"

#include <QHash>

namespace Quoteshelf::Import {

namespace {

// The host of an absolute http(s) or protocol-relative link, lower-case; empty otherwise.
QString hostOf(const QString &href)
{
    const QString trimmed = href.trimmed();
    qsizetype start = -1;
    if (trimmed.startsWith(QLatin1String("//")))
        start = 2;
    else if (trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        start = 7;
    else if (trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        start = 8;
    if (start < 0)
        return {};
    qsizetype end = start;
    while (end < trimmed.size() && trimmed.at(end) != QLatin1Char('/') && trimmed.at(end) != QLatin1Char('?')
           && trimmed.at(end) != QLatin1Char('#') && trimmed.at(end) != QLatin1Char(':'))
        ++end;
    return trimmed.mid(start, end - start).toLower();
}

} // namespace

LinkSite::LinkSite(const QString &key)
    : m_key(key)
{
}

QString LinkSite::siteKey(const QString &host)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    // A short second-level label under a country code ("co.uk", "com.au", "gv.at") belongs to
    // the suffix: keep three labels.
    const QString &second = labels.at(labels.size() - 2);
    const qsizetype keep = second.size() <= 3 && labels.last().size() == 2 ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

LinkSite LinkSite::fromDocument(const DomNode *root, const QUrl &pageUrl)
{
    if (pageUrl.isValid() && !pageUrl.host().isEmpty())
        return LinkSite(siteKey(pageUrl.host()));
    QHash<QString, int> counts;
    const DomNode *end = root ? root->following(true) : nullptr;
    for (const DomNode *n = root; n && n != end; n = n->following()) {
        if (!n->is(u"a"))
            continue;
        const QString host = hostOf(n->attribute(u"href"));
        if (!host.isEmpty())
            ++counts[siteKey(host)];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return LinkSite(best);
}

bool LinkSite::isInternal(const QString &href) const
{
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QString host = hostOf(trimmed);
    if (host.isEmpty()) {
        // Relative paths and in-page anchors stay; other schemes (mailto:, tel:) leave.
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
        return colon < 0 || (slash >= 0 && slash < colon);
    }
    return !m_key.isEmpty() && siteKey(host) == m_key;
}

double LinkSite::internalLinkDensity(const DomNode *node) const
{
    // In-page anchors weigh less, as in Readability: a table of contents is not a teaser list.
    return ReadabilityHelpers::linkDensity(node, [this](const QString &href) { return isInternal(href); });
}

} // namespace Quoteshelf::Import
