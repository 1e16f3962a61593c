#include "import/classhints.h"

#include "import/domnode.h"

#include <QSet>
#include <QStringList>

namespace Quoteshelf::Import::ClassHints {

namespace {

using WordSet = QSet<QString>;

WordSet makeSet(std::initializer_list<const char *> names)
{
    WordSet set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

// Whole class names that mean "not shown": frameworks' utility classes. Matched whole because
// "hidden-xs" (hidden on small screens only) is shown elsewhere.
bool isHiddenName(const QString &name)
{
    static const WordSet names = makeSet({"hidden", "hide", "is-hidden", "u-hidden", "visually-hidden",
                                          "visuallyhidden", "sr-only", "sr-only-focusable", "screen-reader-text",
                                          "screen-reader-only", "screenreader-only", "screenreader", "element-invisible",
                                          "invisible", "offscreen", "off-screen", "a11y-hidden", "visually-hidden-focusable",
                                          "d-none", "u-visually-hidden", "is-visually-hidden", "assistive-text"});
    return names.contains(name);
}

// The hint one list of words gives; words[i] are lower-case.
Hint hintOfWords(const QStringList &w)
{
    const auto has = [&w](QLatin1String word) { return w.contains(word); };
    const auto startsWith = [&w](QLatin1String stem) {
        return std::any_of(w.cbegin(), w.cend(), [stem](const QString &x) { return x.startsWith(stem); });
    };
    // WordPress puts "tag-foo category-bar" on the article itself: "tag" and "category" only count
    // as a box of tags when they are the whole name, follow another word or name a list.
    const auto listWord = [&w](QLatin1String word) {
        const qsizetype i = w.indexOf(word);
        if (i < 0)
            return false;
        if (w.size() == 1 || i > 0)
            return true;
        static const WordSet lists = makeSet({"links", "list", "cloud", "box", "container", "wrapper", "wrap",
                                              "area", "section", "block", "items"});
        return lists.contains(w.at(1));
    };
    // A media player, not a sports player's card ("player-name" inside a match report).
    const auto playerWord = [&has] {
        return has(QLatin1String("video")) || has(QLatin1String("audio")) || has(QLatin1String("media"))
               || has(QLatin1String("overlay")) || has(QLatin1String("holder")) || has(QLatin1String("embed"))
               || has(QLatin1String("podcast")) || has(QLatin1String("wrapper")) || has(QLatin1String("container"));
    };
    // "non-paywall", "no-share": the name says what the box is not.
    if (has(QLatin1String("non")) || has(QLatin1String("no")) || has(QLatin1String("not")))
        return Hint::None;
    if (has(QLatin1String("tooltip")) || has(QLatin1String("hovercard")) || has(QLatin1String("popover"))
        || (has(QLatin1String("hover")) && has(QLatin1String("card"))))
        return Hint::Hidden;
    if (startsWith(QLatin1String("breadcrumb")) || has(QLatin1String("crumbs")) || has(QLatin1String("pagination"))
        || has(QLatin1String("pager")) || has(QLatin1String("navigation")) || has(QLatin1String("nav"))
        || has(QLatin1String("menu")))
        return Hint::Navigation;
    if (startsWith(QLatin1String("share")) || startsWith(QLatin1String("sharing")) || has(QLatin1String("social"))
        || has(QLatin1String("socials")) || has(QLatin1String("addthis")) || has(QLatin1String("addtoany"))
        || has(QLatin1String("shariff")) || startsWith(QLatin1String("compartir")) || has(QLatin1String("partage"))
        || has(QLatin1String("condividi")))
        return Hint::Share;
    if (startsWith(QLatin1String("newsletter")) || startsWith(QLatin1String("subscri")) || has(QLatin1String("signup"))
        || (has(QLatin1String("sign")) && has(QLatin1String("up"))) || has(QLatin1String("promo"))
        || has(QLatin1String("optin")) || has(QLatin1String("paywall")) || has(QLatin1String("cta"))
        || startsWith(QLatin1String("suscri")) || startsWith(QLatin1String("boletin"))
        || has(QLatin1String("abonnement")))
        return Hint::Newsletter;
    // "read more" is left out: themes use it for text that unfolds.
    if (startsWith(QLatin1String("related")) || startsWith(QLatin1String("recommend")) || has(QLatin1String("morestories"))
        || (has(QLatin1String("more")) && has(QLatin1String("stories"))) || has(QLatin1String("seealso"))
        || (has(QLatin1String("see")) && has(QLatin1String("also"))) || has(QLatin1String("outbrain"))
        || has(QLatin1String("taboola")) || (has(QLatin1String("also")) && has(QLatin1String("read")))
        // "noticias-relacionadas", "articoli-correlati", "lire-aussi", "leia-tambem", "lee-tambien".
        || startsWith(QLatin1String("relacionad")) || startsWith(QLatin1String("correlat"))
        || (has(QLatin1String("lire")) && has(QLatin1String("aussi")))
        || ((has(QLatin1String("leia")) || has(QLatin1String("lee"))) && startsWith(QLatin1String("tambi"))))
        return Hint::Related;
    if (has(QLatin1String("bio")) || has(QLatin1String("biography")) || startsWith(QLatin1String("saboxplugin"))
        || has(QLatin1String("authorbox")) || has(QLatin1String("authorbio"))
        || (has(QLatin1String("author"))
            && (has(QLatin1String("box")) || has(QLatin1String("info")) || has(QLatin1String("description"))
                || has(QLatin1String("about")) || has(QLatin1String("details")) || has(QLatin1String("profile"))
                || has(QLatin1String("card")))))
        return Hint::AuthorBio;
    if (has(QLatin1String("tags")) || listWord(QLatin1String("tag")) || has(QLatin1String("tagcloud"))
        || has(QLatin1String("keywords")) || has(QLatin1String("categories")) || listWord(QLatin1String("category")))
        return Hint::Tags;
    if (has(QLatin1String("copyright")) || has(QLatin1String("disclaimer")) || has(QLatin1String("licence"))
        || has(QLatin1String("license")) || has(QLatin1String("legal")))
        return Hint::Copyright;
    // Comments are pruned by Readability's own class weights; live tickers name their entries so.
    if (has(QLatin1String("comment")) || has(QLatin1String("comments")) || has(QLatin1String("disqus"))
        || has(QLatin1String("respond")))
        return Hint::Comments;
    if (has(QLatin1String("rating")) || has(QLatin1String("ratings")) || has(QLatin1String("vote"))
        || has(QLatin1String("votes")))
        return Hint::Rating;
    if (has(QLatin1String("ad")) || has(QLatin1String("ads")) || has(QLatin1String("advert"))
        || startsWith(QLatin1String("advertis")) || has(QLatin1String("sponsor")) || has(QLatin1String("sponsored"))
        || has(QLatin1String("affiliate")) || has(QLatin1String("anzeige")) || has(QLatin1String("werbung"))
        || has(QLatin1String("publicidad")) || has(QLatin1String("publicidade")) || has(QLatin1String("pubblicita")))
        return Hint::Advert;
    if (has(QLatin1String("gallery")) || has(QLatin1String("slideshow")) || has(QLatin1String("carousel"))
        || has(QLatin1String("slider")) || has(QLatin1String("swiper")))
        return Hint::Gallery;
    // "fotocredit", "imagecredits": the credit is often glued to what it credits.
    const auto credit = [](const QString &x) {
        return x.endsWith(QLatin1String("credit")) || x.endsWith(QLatin1String("credits"));
    };
    if (std::any_of(w.cbegin(), w.cend(), credit)
        || has(QLatin1String("bildnachweis")) || has(QLatin1String("fotonachweis")) || has(QLatin1String("bildquelle")))
        return Hint::Credit;
    // A video player's own text is the title of the video, set like a caption under it.
    if (startsWith(QLatin1String("caption")) || has(QLatin1String("figcaption")) || has(QLatin1String("subcaption"))
        || has(QLatin1String("jwplayer")) || has(QLatin1String("videoplayer")) || has(QLatin1String("audioplayer"))
        || (has(QLatin1String("player")) && playerWord())
        || has(QLatin1String("legend")) || has(QLatin1String("legende")) || has(QLatin1String("bildunterschrift"))
        // The caption in other languages: "bildtext", "didascalia", "legenda", "onderschrift", "pie de foto".
        || has(QLatin1String("bildtext")) || has(QLatin1String("didascalia")) || has(QLatin1String("legenda"))
        || has(QLatin1String("onderschrift"))
        || (has(QLatin1String("pie")) && (has(QLatin1String("foto")) || has(QLatin1String("imagen"))))
        || has(QLatin1String("piefoto")))
        return Hint::Caption;
    if (has(QLatin1String("byline")) || has(QLatin1String("dateline")) || has(QLatin1String("author"))
        || has(QLatin1String("meta")) || startsWith(QLatin1String("postmeta")) || has(QLatin1String("metadata"))
        || has(QLatin1String("date")) || has(QLatin1String("timestamp")) || has(QLatin1String("pubdate"))
        || has(QLatin1String("published")) || has(QLatin1String("updated")) || has(QLatin1String("posted"))
        || (has(QLatin1String("entry")) && has(QLatin1String("utility"))))
        return Hint::Meta;
    return Hint::None;
}

} // namespace

QStringList words(const QString &name)
{
    QStringList out;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            out.append(current.toLower());
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // camelCase boundary: a capital after a lower-case letter starts a word.
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower())
            flush();
        current += c;
    }
    flush();
    return out;
}

Hint hintOf(const DomNode *node)
{
    if (!node->isElement())
        return Hint::None;
    const QString role = node->attribute(u"role");
    if (role == QLatin1String("tooltip"))
        return Hint::Hidden;
    Hint found = Hint::None;
    // data-qs-wrapper: the names of a wrapper Readability replaced by this element.
    for (const QString &attribute :
         {node->attribute(u"class"), node->attribute(u"id"), node->attribute(u"data-qs-wrapper")}) {
        if (attribute.isEmpty())
            continue;
        for (const QString &name : attribute.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (isHiddenName(name.toLower()))
                return Hint::Hidden;
            const Hint hint = hintOfWords(words(name));
            if (hint == Hint::Hidden)
                return hint;
            if (found == Hint::None)
                found = hint;
        }
    }
    return found;
}

bool isStandfirst(const DomNode *node)
{
    if (!node->isElement())
        return false;
    for (const QString &attribute :
         {node->attribute(u"class"), node->attribute(u"id"), node->attribute(u"data-qs-wrapper")}) {
        for (const QString &name : attribute.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList w = words(name);
            const auto has = [&w](QLatin1String word) { return w.contains(word); };
            if (has(QLatin1String("standfirst")) || has(QLatin1String("dek")) || has(QLatin1String("deck"))
                || has(QLatin1String("strapline")) || has(QLatin1String("subheadline"))
                || has(QLatin1String("subtitle"))
                || (has(QLatin1String("sub")) && (has(QLatin1String("headline")) || has(QLatin1String("title")))))
                return true;
        }
    }
    return false;
}

bool isLead(const DomNode *node)
{
    if (!node->isElement())
        return false;
    static const QSet<QString> leads{QStringLiteral("lead"),   QStringLiteral("intro"),   QStringLiteral("teaser"),
                                     QStringLiteral("chapo"),  QStringLiteral("chapeau"), QStringLiteral("bajada"),
                                     QStringLiteral("leadtext"), QStringLiteral("leader"), QStringLiteral("vorspann"),
                                     QStringLiteral("anriss"), QStringLiteral("entradilla")};
    for (const QString &attribute :
         {node->attribute(u"class"), node->attribute(u"id"), node->attribute(u"data-qs-wrapper")}) {
        for (const QString &name : attribute.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList w = words(name);
            if (std::any_of(w.cbegin(), w.cend(), [](const QString &word) { return leads.contains(word); }))
                return true;
        }
    }
    return false;
}

QString hintName(Hint hint)
{
    switch (hint) {
    case Hint::None: return QStringLiteral("none");
    case Hint::Hidden: return QStringLiteral("hidden");
    case Hint::Share: return QStringLiteral("share");
    case Hint::Related: return QStringLiteral("related");
    case Hint::Newsletter: return QStringLiteral("newsletter");
    case Hint::Tags: return QStringLiteral("tags");
    case Hint::AuthorBio: return QStringLiteral("author-bio");
    case Hint::Meta: return QStringLiteral("meta");
    case Hint::Copyright: return QStringLiteral("copyright");
    case Hint::Comments: return QStringLiteral("comments");
    case Hint::Rating: return QStringLiteral("rating");
    case Hint::Advert: return QStringLiteral("advert");
    case Hint::Caption: return QStringLiteral("caption");
    case Hint::Credit: return QStringLiteral("credit");
    case Hint::Gallery: return QStringLiteral("gallery");
    case Hint::Navigation: return QStringLiteral("navigation");
    }
    return {};
}

} // namespace Quoteshelf::Import::ClassHints
