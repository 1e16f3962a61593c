#include "import/hiddentext.h"

#include "core/logging.h"
#include "import/classhints.h"
#include "import/domnode.h"
#include "import/readabilityhelpers.h"

#include <QSet>

namespace Quoteshelf::Import::HiddenText {

using ClassHints::Hint;
using ReadabilityHelpers::innerText;
using ReadabilityHelpers::innerTextLength;
using ReadabilityHelpers::linkDensity;
using ReadabilityHelpers::proseParagraphs;

namespace {

// Labels and cards are short.
constexpr qsizetype ShortLine = 200;
// A banner's paragraph of legal text; a story is longer.
constexpr qsizetype BannerLength = 900;

void drop(DomNode *node, const char *reason)
{
    qCDebug(lcImport).noquote() << "pruned [" << reason << "]" << node->tag << innerText(node);
    node->detach();
}

// The capitalised words of a link's text, to recognise a card that repeats its name.
QSet<QString> capitalisedWords(const QString &text)
{
    QSet<QString> words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && word.front().isUpper())
            words.insert(word);
    }
    return words;
}

// Cards are boxes of phrasing or generic containers, never paragraphs or headings.
bool isCardTag(const DomNode *card)
{
    static const QStringList cardTags{QStringLiteral("span"), QStringLiteral("div"), QStringLiteral("aside"),
                                      QStringLiteral("section"), QStringLiteral("small"), QStringLiteral("dl")};
    return cardTags.contains(card->tag);
}

bool repeatsLink(const QString &linkText, const DomNode *card)
{
    if (linkText.size() < 3 || linkText.size() > 80 || !isCardTag(card))
        return false;
    const QString text = innerText(card);
    if (text.size() <= linkText.size() || text.size() > 200 || !text.front().isUpper())
        return false;
    if (text.startsWith(linkText))
        return true;
    const QSet<QString> linkWords = capitalisedWords(linkText);
    for (const QString &word : capitalisedWords(text.left(linkText.size() + 40))) {
        for (const QString &linkWord : linkWords) {
            if (word.startsWith(linkWord))
                return true;
        }
    }
    return false;
}

bool mayBeHidden(const DomNode *node)
{
    if (node->hasAttribute(u"role") && node->attribute(u"role") == QLatin1String("tooltip"))
        return true;
    static const QLatin1String stems[] = {QLatin1String("hid"),     QLatin1String("sr-only"),
                                          QLatin1String("screen"),  QLatin1String("tooltip"),
                                          QLatin1String("hover"),   QLatin1String("popover"),
                                          QLatin1String("invisible"), QLatin1String("offscreen"),
                                          QLatin1String("off-screen"), QLatin1String("d-none"),
                                          QLatin1String("assistive")};
    for (const QStringView attribute : {QStringView(node->attribute(u"class")), QStringView(node->attribute(u"id"))}) {
        for (const QLatin1String &stem : stems) {
            if (attribute.contains(stem, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

// A cookie or consent banner: pages carry it outside the story, but a short post can score lower
// than the banner's paragraph of legal text, which would then be taken for the article.
bool isConsentBanner(const DomNode *node)
{
    for (const QString &attribute : {node->attribute(u"class"), node->attribute(u"id")}) {
        for (const QString &word : ClassHints::words(attribute)) {
            if (word == QLatin1String("cookie") || word == QLatin1String("cookies") || word == QLatin1String("consent")
                || word == QLatin1String("gdpr") || word == QLatin1String("cookiebanner")
                || word == QLatin1String("cookielaw"))
                return true;
        }
    }
    return false;
}

} // namespace

void remove(DomNode *root)
{
    const DomNode *end = root->following(true);
    for (DomNode *n = root->firstChild; n && n != end;) {
        if (!n->isElement()) {
            n = n->following();
            continue;
        }
        // "hidden" also marks tabs and pages of a story that a script unfolds: only short text
        // (labels, cards) or lists of links (folded menus) go.
        if (mayBeHidden(n) && ClassHints::hintOf(n) == Hint::Hidden
            && (innerTextLength(n) <= ShortLine || linkDensity(n) >= 0.5)) {
            DomNode *next = n->following(true);
            drop(n, "hidden");
            n = next;
            continue;
        }
        if (isConsentBanner(n) && innerTextLength(n) <= BannerLength && proseParagraphs(n) <= 1) {
            DomNode *next = n->following(true);
            drop(n, "consent banner");
            n = next;
            continue;
        }
        if (n->is(u"a")) {
            // A card glued to the link (no space between) or inside it, naming the same person.
            DomNode *card = n->next;
            if (card && card->isElement() && !card->is(u"a") && repeatsLink(innerText(n), card)) {
                drop(card, "hover card");
            } else {
                QString before;
                for (DomNode *c = n->firstChild; c; c = c->next) {
                    if (c->isElement() && !before.trimmed().isEmpty() && !ReadabilityHelpers::isPhrasingContent(c)
                        && repeatsLink(before.simplified(), c)) {
                        drop(c, "hover card");
                        break;
                    }
                    before += c->textContent();
                }
            }
        }
        n = n->following();
    }
}

} // namespace Quoteshelf::Import::HiddenText
