#include "import/readabilityhelpers.h"

#include "import/domnode.h"

namespace Quoteshelf::Import::ReadabilityHelpers {

namespace {

QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
}

bool isJsSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

const QStringList &divToPElements()
{
    static const QStringList tags{QStringLiteral("blockquote"), QStringLiteral("dl"), QStringLiteral("div"),
                                  QStringLiteral("img"), QStringLiteral("ol"), QStringLiteral("p"),
                                  QStringLiteral("pre"), QStringLiteral("table"), QStringLiteral("ul")};
    return tags;
}

} // namespace

const QRegularExpression &unlikelyCandidates()
{
    static const QRegularExpression re = ci(
        "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|"
        "menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
        "pagination|pager|popup|yom-remote");
    return re;
}

const QRegularExpression &maybeCandidate()
{
    static const QRegularExpression re = ci("and|article|body|column|content|main|mathjax|shadow");
    return re;
}

const QRegularExpression &positive()
{
    static const QRegularExpression re =
        ci("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    return re;
}

const QRegularExpression &negative()
{
    static const QRegularExpression re =
        ci("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
           "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget");
    return re;
}

const QRegularExpression &byline()
{
    static const QRegularExpression re = ci("byline|author|dateline|writtenby|p-author");
    return re;
}

const QRegularExpression &videos()
{
    static const QRegularExpression re = ci(
        R"(\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv))");
    return re;
}

const QRegularExpression &shareElements()
{
    static const QRegularExpression re = ci(R"((\b|_)(share|sharedaddy)(\b|_))");
    return re;
}

QString innerText(const DomNode *node)
{
    const QString raw = node->textContent();
    QString out;
    out.reserve(raw.size());
    bool space = false;
    for (const QChar c : raw) {
        if (isJsSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

qsizetype innerTextLength(const DomNode *node)
{
    return innerText(node).size();
}

int proseParagraphs(const DomNode *node)
{
    int count = 0;
    for (const DomNode *p : node->descendants(u"p")) {
        if (innerTextLength(p) >= 200 && linkDensity(p) < 0.3)
            ++count;
    }
    return count;
}

double linkDensity(const DomNode *node, const std::function<bool(const QString &href)> &counts)
{
    const qsizetype textLength = innerTextLength(node);
    if (textLength == 0)
        return 0;
    double linkLength = 0;
    const QList<DomNode *> links = node->is(u"a") ? QList<DomNode *>{const_cast<DomNode *>(node)}
                                                    : node->descendants(u"a");
    for (const DomNode *a : links) {
        const QString href = a->attribute(u"href");
        if (counts && !counts(href))
            continue;
        const double coefficient = href.size() > 1 && href.startsWith(QLatin1Char('#')) ? 0.3 : 1.0;
        linkLength += double(innerTextLength(a)) * coefficient;
    }
    return linkLength / double(textLength);
}

double textDensity(const DomNode *node, const QStringList &tags)
{
    const qsizetype textLength = innerTextLength(node);
    if (textLength == 0)
        return 0;
    qsizetype childrenLength = 0;
    for (const DomNode *child : node->descendants(tags))
        childrenLength += innerTextLength(child);
    return double(childrenLength) / double(textLength);
}

int classWeight(const DomNode *node, int flags)
{
    if (!(flags & WeightClasses))
        return 0;
    int weight = 0;
    for (QString value : {node->attribute(u"class"), node->attribute(u"id")}) {
        if (value.isEmpty())
            continue;
        // CMS themes mark a field whose *label* is not shown ("field--label-hidden", Drupal's
        // default for body text): the field itself is the story, not hidden furniture.
        static const QRegularExpression hiddenLabel(QStringLiteral(R"(\S*(?:label|title)-(?:visually-)?hidden\b)"),
                                                    QRegularExpression::CaseInsensitiveOption);
        if (value.contains(QLatin1String("hidden"), Qt::CaseInsensitive))
            value.remove(hiddenLabel);
        if (negative().match(value).hasMatch())
            weight -= 25;
        if (positive().match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

qsizetype charCount(const DomNode *node, QChar c)
{
    return innerText(node).count(c);
}

bool isWhitespaceNode(const DomNode *node)
{
    if (node->isText())
        return std::all_of(node->text.cbegin(), node->text.cend(), isJsSpace);
    return node->is(u"br");
}

bool isPhrasingContent(const DomNode *node)
{
    static const QStringList phrasing{
        QStringLiteral("abbr"),  QStringLiteral("audio"),    QStringLiteral("b"),        QStringLiteral("bdo"),
        QStringLiteral("br"),    QStringLiteral("button"),   QStringLiteral("cite"),     QStringLiteral("code"),
        QStringLiteral("data"),  QStringLiteral("datalist"), QStringLiteral("dfn"),      QStringLiteral("em"),
        QStringLiteral("embed"), QStringLiteral("i"),        QStringLiteral("img"),      QStringLiteral("input"),
        QStringLiteral("kbd"),   QStringLiteral("label"),    QStringLiteral("mark"),     QStringLiteral("math"),
        QStringLiteral("meter"), QStringLiteral("noscript"), QStringLiteral("object"),   QStringLiteral("output"),
        QStringLiteral("progress"), QStringLiteral("q"),     QStringLiteral("ruby"),     QStringLiteral("samp"),
        QStringLiteral("script"), QStringLiteral("select"),  QStringLiteral("small"),    QStringLiteral("span"),
        QStringLiteral("strong"), QStringLiteral("sub"),     QStringLiteral("sup"),      QStringLiteral("textarea"),
        QStringLiteral("time"),  QStringLiteral("var"),      QStringLiteral("wbr")};
    if (node->isText())
        return true;
    if (!node->isElement())
        return false;
    if (phrasing.contains(node->tag))
        return true;
    if (node->is(u"a") || node->is(u"del") || node->is(u"ins")) {
        // Iterative over the subtree: every descendant must itself be phrasing content.
        const DomNode *end = node->following(true);
        for (const DomNode *n = node->firstChild; n && n != end; n = n->following()) {
            if (n->isElement() && !phrasing.contains(n->tag) && !n->is(u"a") && !n->is(u"del") && !n->is(u"ins"))
                return false;
        }
        return true;
    }
    return false;
}

bool isElementWithoutContent(const DomNode *node)
{
    if (!node->isElement())
        return false;
    if (!node->textContent().trimmed().isEmpty())
        return false;
    const int children = node->elementChildCount();
    if (children == 0)
        return true;
    return children == node->descendants(u"br").size() + node->descendants(u"hr").size();
}

bool hasSingleTagInside(const DomNode *node, QStringView tag)
{
    const DomNode *only = nullptr;
    for (const DomNode *c = node->firstChild; c; c = c->next) {
        if (c->isElement()) {
            if (only)
                return false;
            only = c;
        } else if (c->isText() && !isWhitespaceNode(c)) {
            return false;
        }
    }
    return only && only->is(tag);
}

bool hasChildBlockElement(const DomNode *node)
{
    const DomNode *end = node->following(true);
    for (const DomNode *n = node->firstChild; n && n != end; n = n->following()) {
        if (n->isElement() && divToPElements().contains(n->tag))
            return true;
    }
    return false;
}

bool isProbablyVisible(const DomNode *node)
{
    const QString style = node->attribute(u"style");
    static const QRegularExpression displayNone(QStringLiteral(R"(display\s*:\s*none)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression visibilityHidden(QStringLiteral(R"(visibility\s*:\s*hidden)"),
                                                     QRegularExpression::CaseInsensitiveOption);
    if (!style.isEmpty() && (displayNone.match(style).hasMatch() || visibilityHidden.match(style).hasMatch()))
        return false;
    if (node->hasAttribute(u"hidden"))
        return false;
    if (node->attribute(u"aria-hidden") == QLatin1String("true")
        && !node->attribute(u"class").contains(QLatin1String("fallback-image")))
        return false;
    return true;
}

DomNode *nextNonWhitespace(DomNode *node)
{
    while (node && !node->isElement() && isWhitespaceNode(node))
        node = node->next;
    return node;
}

int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

double textSimilarity(const QString &a, const QString &b)
{
    // ASCII \W like JavaScript's, not Unicode-aware: the scores must match Readability's.
    static const QRegularExpression separators(QStringLiteral("\\W+"));
    const QStringList tokensA = a.toLower().split(separators, Qt::SkipEmptyParts);
    const QStringList tokensB = b.toLower().split(separators, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList uniqueB;
    for (const QString &token : tokensB) {
        if (!tokensA.contains(token))
            uniqueB.append(token);
    }
    return 1.0 - double(uniqueB.join(QLatin1Char(' ')).size()) / double(tokensB.join(QLatin1Char(' ')).size());
}

bool sameText(const QString &a, const QString &b)
{
    return textSimilarity(a, b) > 0.75 && textSimilarity(b, a) > 0.75;
}

} // namespace Quoteshelf::Import::ReadabilityHelpers
