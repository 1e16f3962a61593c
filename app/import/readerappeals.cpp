#include "import/readerappeals.h"

#include "import/boilerplatewords.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Quoteshelf::Import::BoilerplateText {

using namespace BoilerplateWords;

namespace {

// The verbs that open a share control: "Share", "Teilen", "Partagez", "Udostępnij".
QString shareVerbs()
{
    return QString::fromUtf8("share|teilen|partager|partagez|compartir|comparte|condividi|udostępnij|delen|dela");
}

} // namespace

bool isShareLine(const QString &text)
{
    const int words = wordCount(text);
    static const QRegularExpression share(caseless(QStringLiteral(R"(^(?:sharing|%1)\b)").arg(shareVerbs())));
    if (words <= 8 && share.match(text).hasMatch())
        return true;
    // An appeal to pass the article on: "Möchten Sie den Artikel teilen?", "Enjoyed it? Share it!".
    static const QRegularExpression appeal(
        caseless(R"(\b(?:artikel|beitrag|post|article|story|seite)\b.{0,30}\b(?:teilen|share|partager|compartir)\b|)"
           R"(\b(?:teilen|share|partagez|comparte)\s+(?:sie\s+)?(?:ihn|es|it|this|den artikel|diesen beitrag)\b|)"
           R"(\bvergiss nicht,? (?:\S+ )?zu teilen\b)"));
    if (words <= 12 && appeal.match(text).hasMatch())
        return true;
    static const QRegularExpression follow(
        caseless(R"(\b(?:follow|folgen sie|folge|suivez|síguenos|seguici|obserwuj|volg)\b.{0,60}\b(?:twitter|facebook|)"
           R"(instagram|linkedin|youtube|tiktok|telegram|social media|x)\b)"));
    return words <= 25 && follow.match(text).hasMatch();
}

bool isShareControl(const QString &text)
{
    if (wordCount(text) > 8)
        return false;
    // "Share on Pinterest", "Share this article": the verb and where to, not a sentence about shares.
    static const QRegularExpression control(caseless(
        QString::fromUtf8(R"(^(?:%1)\b.{0,40})"
                          R"(\b(?:facebook|twitter|pinterest|whatsapp|linkedin|telegram|reddit|e-?mail|x|)"
                          R"(this|article|story|post|)"
                          R"(artikel|beitrag|seite|page|l'article|cet article|el artículo|esta noticia)\s*[.!:]?$)")
            .arg(shareVerbs())));
    return control.match(text.trimmed()).hasMatch();
}

bool isSponsorLine(const QString &text)
{
    if (wordCount(text) > 8)
        return false;
    static const QRegularExpression sponsor(
        caseless(R"(^(?:powered by|sponsored by|presented by|in partnership with|bereitgestellt von|präsentiert von|)"
           R"(gesponsert von|présenté par|sponsorisé par|patrocinado por)\s+\S)"));
    return sponsor.match(text.trimmed()).hasMatch();
}

bool isAdvertLabel(const QString &text)
{
    // The advertiser disclosure a review or deals page opens or closes its story with, a few sentences
    // led by one that says so: "This post contains affiliate links.", "When you buy through links on
    // our site, we may earn a commission.", "This post contains references to products from our
    // advertisers. …". A paragraph that only goes on to speak of commissions is the story's own.
    static const QRegularExpression affiliate(
        caseless(R"(^[\s*\[(]*(?:(?:this|the) (?:post|article|page|story|review|guide) (?:may )?contains? )"
                 R"((?:affiliate links|references to products from (?:one or more of )?our (?:advertisers|partners))|)"
                 R"(when you (?:buy|shop|purchase)(?: something)? (?:through|via|using) (?:the )?(?:retail )?links )"
                 R"((?:on|in) (?:our site|this (?:article|page|post|story))|)"
                 R"(we may (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation) when you|)"
                 R"(as an amazon associate,? (?:we|i) earn)\b)"));
    if (wordCount(text) <= 60 && affiliate.match(text.trimmed()).hasMatch())
        return true;
    if (wordCount(text) > 20)
        return false;
    // The label alone ("- Anzeige -", "ADVERTISEMENT") or opening a line that is an advert or its
    // disclosure ("*Werbung. This post contains advertising", "ANZEIGE - Try our menu").
    static const QRegularExpression label(
        caseless(R"(^[\s*\-–—\[(]*(?:anzeige|werbung|advertisement|advertising|anuncio|publicidad|publicité|reklama|)"
           R"(pubblicità|sponsored|gesponsert)[\s*\-–—\])]*(?:$|[.\-–—*]\s))"));
    if (label.match(text.trimmed()).hasMatch())
        return true;
    // The label and, after a comma, what makes the post one: "Anzeige, enthält Affiliate Links",
    // "Werbung, da Markennennung", "Advertising, contains affiliate links". A few words only: a
    // sentence about advertising and affiliate links goes on.
    static const QRegularExpression disclosure(
        caseless(R"(^[\s*\-–—\[(]*(?:anzeige|werbung|advertisement|advertising|sponsored|gesponsert)\s*,\s*)"
                 R"((?:\S+\s+){0,3}(?:(?:affiliate|partner|provisions|werbe)[-\s]?links?|markennennung(?:en)?)\b)"
                 R"((?:\s+\S+){0,2}\s*[.)\]]?$)"));
    if (disclosure.match(text.trimmed()).hasMatch())
        return true;
    // Where an advert sat in the story: "Story continues below advertisement", "CONTINUA DEPOIS DA
    // PUBLICIDADE", "La suite après cette publicité", "Weiter nach der Anzeige".
    static const QRegularExpression continues(
        caseless(
            R"(^(?:(?:the )?(?:story|article|text) )?(?:continues?|continúa|continua|weiter|la suite|sigue|segue)\s+)"
            R"((?:below|after|under|depois d[aoe]|después de|despues de|nach|après|apres|dopo)\s+)"
            R"((?:(?:the|this|la|las|el|a|o|der|dem|cette|l[ao'’]\s?)\s*)?)"
            R"((?:advertisement|advert|ad|ads|publicidad|publicidade|anuncio|anúncio|anzeige|werbung|publicité|pub|)"
            R"(pubblicità)\s*[.:]?$|^(?:poniżej )?dalsza część (?:artykułu|tekstu)(?: poniżej)?\s*[.:]?$)"));
    if (continues.match(text.trimmed()).hasMatch())
        return true;
    // The stand-in a chain of papers sets in each advert's slot, and the label it repeats around
    // the slots: "This advertisement has not loaded yet, but your article continues below.",
    // "Article content". A paragraph is never those two words alone.
    static const QRegularExpression slot(
        caseless(R"(^(?:this )?(?:advertisement|ad|advert) (?:has not|hasn't|did not|didn't) load(?:ed)?\b|)"
                 R"(^article content$)"));
    return slot.match(text.trimmed()).hasMatch();
}

bool isMoreTeaser(const QString &text)
{
    if (wordCount(text) > 50)
        return false;
    // A teaser cut short with a link to the rest: "The weather of the past… more •••",
    // "Ferry prices rise again... Read more".
    static const QRegularExpression more(
        caseless(
            R"((?:…|\.\.\.)\s*[\[(]?\s*(?:mehr|more|read more|weiterlesen|lire la suite|leer más|leggi tutto|czytaj dalej|)"
            R"(zum artikel|continue reading)\s*[\])]?[\s»›>•.]*$)"));
    return more.match(text).hasMatch();
}

bool isAboutHeading(const QString &text)
{
    if (wordCount(text) > 6)
        return false;
    static const QRegularExpression about(
        caseless(
            R"(^(?:about|über|à propos|a propos|acerca de|informazioni su|o autorze|sobre el autor|sobre a autora|)"
            R"(sobre o autor)\b)"));
    // "Author", "The author": the label of the author's box.
    static const QRegularExpression author(caseless(R"(^(?:the )?(?:author|autor|autorin|auteur|autore)\s*:?$)"));
    return about.match(text.trimmed()).hasMatch() || author.match(text.trimmed()).hasMatch();
}

bool isRelatedHeading(const QString &text)
{
    if (wordCount(text) > 8)
        return false;
    // Phrases that only name a box may run on ("More from Sport"); the bare words "Related" and
    // "Recommended" must be the whole heading ("Related costs" is a section of the story).
    static const QRegularExpression related(
        caseless(R"(^(?:(?:read more|read also|also read|more from|more on|more stories|you (?:may|might) also like|)"
           R"(don't miss|see also|further reading|lesen sie (?:auch|mehr)|auch interessant|)"
           R"(das könnte sie (?:auch )?interessieren|mehr zum thema|weiterführende links?|zum weiterlesen|)"
           R"(weitere artikel|neueste artikel|schon gelesen|à lire aussi|lire aussi|sur le même sujet|)"
           R"(voir aussi|te puede interesar|lee también|leia também|zobacz (?:też|także)|czytaj (?:też|także)|)"
           R"(leggi anche|empfehlungen (?:aus|der|für)|weiterführende(?:r)? (?:links?|artikel|beiträge)|entdecke weitere|)"
           R"(mehr (?:artikel |beiträge |news )?zu(?:m)?|more (?:articles|news|posts) (?:on|about)|)"
           R"(ähnliche (?:artikel|beiträge|themen)|verwandte (?:artikel|beiträge|themen)|similar (?:articles|stories|posts)|)"
           R"((?:recent|latest|popular|trending) (?:posts|articles|stories)|most (?:read|popular|viewed|shared)|)"
           R"(lo más (?:leído|visto|popular)|(?:las |los )?más (?:leídas|leídos|vistas|vistos)|mais (?:lidas|lidos)|)"
           R"((?:les |le )?plus (?:lus|lu|populaires)|(?:i )?più (?:letti|lette|visti)|meistgelesen\p{L}*|)"
           R"(najczęściej (?:czytane|czytany)|más noticias(?: de| sobre)?|mais notícias(?: de| sobre)?|)"
           // Boxes of paid links and the site's picks: "Promoted Stories", "Around the web".
           R"((?:promoted|sponsored|partner) (?:stories|content|links|articles|posts)|(?:more )?from around the web|)"
           R"(around the web|recommended for you|trending now|editor'?s picks|read next|what to read next|up next|)"
           R"(watch next|top stories|in other news|weitere nachrichten|aus dem netz|à découvrir aussi)\b|)"
           // The house's name or a word of praise between "More" and what the box holds: "More Great
           // Harbour Times Stories", "More Harbour Business Stories".
           R"(more (?:[\p{L}'’&-]+ ){1,4}(?:stories|articles|news|reads)\s*:?$|)"
           R"((?:related|recommended)(?: stories| articles| posts| content| news| links| coverage)?)"
           R"(\s*[:!?.]?$))"));
    return related.match(text.trimmed()).hasMatch();
}

bool isPromoLine(const QString &text)
{
    // The notice under a newsletter's sign-up box, longer than an offer: "Privacy Notice: Newsletters
    // may contain info about charities, online ads, and content funded by outside parties. …"
    static const QRegularExpression privacy(caseless(R"(^privacy notice\s*:\s*newsletters? may contain\b)"));
    if (wordCount(text) <= 60 && privacy.match(text).hasMatch())
        return true;
    if (wordCount(text) > 30)
        return false;
    // "Simply pop your email into the box … and get all the latest news direct to you", "Every
    // day we'll send you a roundup email": a newsletter's offer names both the e-mail and sending.
    static const QRegularExpression mail(caseless(R"(\b(?:e-?mail|inbox|newsletter)s?\b)"));
    static const QRegularExpression sending(
        caseless(R"(\b(?:we'?ll send you|we will send you|send you (?:a|our|the)|direct to (?:you|your inbox)|)"
           R"(straight to your inbox|delivered (?:to|into) your inbox|into your inbox|your email (?:address )?(?:in|into)|)"
           R"(enter your e-?mail|pop your e-?mail|sign up (?:now|today|here|below))\b)"));
    if (mail.match(text).hasMatch() && sending.match(text).hasMatch())
        return true;
    static const QRegularExpression promo(
        caseless(
            R"(\b(?:subscribe (?:now|today|to our|for)|please subscribe|already a subscriber|sign up (?:for|to) our|)"
            R"(download (?:our|the \S+(?: \S+){0,3}) (?:free )?apps?|follow us (?:on|@)|)"
            R"(join our (?:telegram|whatsapp|newsletter)|)"
            R"(jetzt abonnieren|abonnieren sie|folgen sie uns|abonnez-vous|suivez-nous|suscríbete|síguenos|)"
            R"(únete (?:a|desde)|hazte (?:miembro|socio)|zapisz się|obserwuj nas|sign up here|)"
            R"(never miss (?:the latest|a story|an? )|nichts mehr (?:verpassen|versäumen)|)"
            // The consent note and the answers under a newsletter's sign-up box: "We use your sign-up to
            // provide content in ways you've consented to …", "Thank you for subscribing".
            R"(we use your sign-?up to provide|thank you for subscribing|we have more newsletters|)"
            R"(^(?:skip past|after) newsletter promotion$|)"
            // The call for letters above or under the letters page: "Submit your letter to the editor via
            // this form."
            R"(submit (?:your|a) letter to the editor|)"
            // A newsletter's box named for what it offers: "Get our daily newsletter".
            R"(^(?:get|receive|sign up for|subscribe to) (?:our|the) (?:[\p{L}'’&-]+ ){0,4}newsletters?\s*[.!:]?$|)"
            R"(you can unsubscribe at any ?time|)"
            R"(cancel any ?time|cancela cuando quieras|jederzeit (?:\S+ )?kündbar|)"
            R"(zapraszamy (?:też |również )?do subskrypcji|werden sie (?:jetzt )?mitglied|werde (?:jetzt )?mitglied|)"
            R"(jetzt mitglied werden|become a member (?:now|today)|devenez membre|)"
            R"((?:erhalten sie|erhalte|get|receive|recevez|recibe|ricevi) (?:\S+ )?ex[ck]lusi\p{L}* )"
            R"((?:angebote|inhalte|vorteile|offers|content|deals|access|offres|contenus|ofertas|offerte))\b)"));
    return promo.match(text).hasMatch();
}

bool isAppealLine(const QString &text)
{
    if (wordCount(text) > 45)
        return false;
    if (isPromoLine(text) || isShareLine(text))
        return true;
    // After the story: what the publisher asks of the reader (subscribe, support, follow, write
    // in, get the app, visit the shop). Only whole short paragraphs at the end of the body are
    // tested, so a story that reports on subscriptions or apps keeps its sentences.
    static const QRegularExpression appeal(
        caseless(
            R"(\b(?:subscri(?:be|ption|bers?)|\p{L}*newsletter|abonnier\p{L}*|abonnez|abonnement|suscr[ií]b\p{L}*|)"
            R"(subskrypc\p{L}*|assine (?:o|a|já|agora)|inscreva-se|)"
            // Membership offers: "you'll get unlimited digital access", "Join now or renew".
            R"(unlimited digital access|unlimited access to (?:our|all (?:of )?our)\b|)"
            R"(join (?:now|today)|renew (?:now|today)|)"
            // "Readers like you are keeping these stories free for everyone.": a plea for contributions.
            R"(readers like you (?:are |make |keep )|keep(?:s|ing)? (?:these|our) (?:stories|journalism) free\b|)"
            // How to reach the reporter: "To reach the reporter behind this story, contact …".
            R"(to reach the (?:reporter|writer|author|editor)s?|contact the (?:reporter|writer|author)s?|)"
            R"(support (?:our|us|independent)|supporting our|unterstützen sie (?:uns|unsere)|soutenez|apoya (?:a|nuestro)|)"
            R"(unterstütze (?:uns|unser\p{L}*|unabhängig\p{L}*)|apóyanos|apoie (?:o|a|nosso|nossa)|sostienici|)"
            R"((?:need|needs) your support|(?:brauchen|benötigen) wir (?:deine|eure|ihre) unterstützung|)"
            R"(nous avons besoin de (?:votre|ton) soutien|necesitamos (?:tu|su) apoyo|precisamos do (?:seu|teu) apoio|)"
            R"(help us (?:continue|keep)|(?:please )?donate (?:now|today|here|to us)|please donate|spenden sie|)"
            R"((?:our|the \S+|unsere[rn]?|der \S+) app\b|(?:with|in|on|via) the \S+ \S+ app\b|in einer app\b|)"
            R"((?:straight|directly) to your (?:phone|inbox|device)|)"
            // A call for readers' stories and tips: "We want to hear from you", "Got a story? Contact
            // our newsdesk", "Email us at …".
            R"(we(?: want|'d (?:love|like)| would (?:love|like)) to hear from you|)"
            R"(^(?:got|have|have you got|do you have) a )"
            R"((?:story|news tip|tip)\b|contact (?:our|the) news ?desk|(?:e-?mail|contact) us at|)"
            R"(send us your (?:story|stories|photos|videos|tips)|share your (?:story|experience|photos) with us|)"
            R"(^submit a (?:news )?tip|get in touch with (?:our|the) (?:news ?team|newsroom|news ?desk)|)"
            // Where to read more of the same: "For more stories like this, check our news page", "Stay
            // updated with the latest news on …", "Track Latest News Live on …".
            R"(^for more (?:stories|news|articles) like this|^(?:stay|keep) (?:updated|up to date|informed) with )"
            R"((?:the |all the )?latest|^track (?:the )?latest news\b|)"
            // Where else to find the publisher: "Find The Irish Times on WhatsApp", "Join us on
            // Telegram", its podcast ("Find the latest episode here"), its coverage of the topic
            // ("Follow AP's coverage of the elections at …", "More of our coverage of …").
            R"((?:find|join|follow|get) (?:us |(?:\S+ ){1,3}?)on (?:whatsapp|telegram|instagram|tiktok|threads|)"
            R"(bluesky|linkedin|facebook|twitter|youtube|google news)\b|)"
            R"((?:find|hear|listen to) the latest episode|)"
            R"(^listen to (?:our|the \S+(?: \S+)?) podcasts?\b|)"
            R"((?:follow|read|see|find) (?:more of |all of |the rest of )?(?:our|\p{L}+['’]s) )"
            R"((?:full |latest |complete |ongoing )?coverage (?:of|on|at)\b|)"
            R"(^more (?:of )?\p{L}+ coverage (?:of|on|at)\b|)"
            R"(alertas? (?:desde|de|en) google news|follow (?:us )?on google news|)"
            R"((?:canal|channel|kanal) (?:de |on |auf )?youtube|youtube[- ](?:channel|kanal)|)"
            R"(besuchen sie (?:unseren|unsere|unser)\b|visit our (?:shop|store)|fan-?shop|)"
            R"(follow (?:us|@|the \S+ on)|folgen sie uns|suivez-nous|síguenos|seguir a .{1,40} en (?:facebook|twitter)|)"
            R"(enjoyed (?:reading )?this|gefällt (?:dir|ihnen) unser|hat (?:dir|ihnen) (?:der|dieser) (?:artikel|beitrag) gefallen|)"
            R"(write to us|schreiben sie uns|escríbenos|puede escribirnos|)"
            // A call to comment: "Let us know in the comments", "Verraten Sie gerne in den Kommentaren".
            R"((?:let (?:us|me) know|tell (?:us|me)) in the comments|)"
            R"((?:leave|drop|write) (?:us |me )?a comment|comment below|in the comments? section|)"
            R"((?:hinterlasse|hinterlass|hinterlassen sie|schreib|schreiben sie)\b.{0,40}\bkommentar|)"
            R"(kommentare zu diesem (?:text|artikel|beitrag)|)"
            R"((?:verraten|schreiben|sagen|erzählen) sie (?:uns |mir )?(?:gerne |doch )?in den kommentaren|)"
            R"((?:verrate|schreib|sag|erzähl)t? (?:uns |mir )?(?:gerne |doch )?in (?:den|die) kommentare|)"
            R"(dites-(?:le-)?nous en commentaires?|cuéntanos en los comentarios|)"
            // A call to click: "Einfach hier klicken und registrieren", "Click here to sign up".
            R"(hier klicken|klicken sie hier|click here|cliquez ici|haga clic aquí|clicca qui)\b)"));
    if (appeal.match(text).hasMatch())
        return true;
    // A call to support journalism ("Apoya el periodismo incómodo", "Support independent
    // journalism") or the plea that it needs the reader ("El periodismo independiente necesita del
    // apoyo de sus lectores"); a sentence that reports on support for journalism does not open so.
    static const QRegularExpression journalism(
        caseless(R"(^(?:please |bitte )?(?:support|apoya|apoye|apoie|soutenez|sostieni|unterstützen sie|unterstütze|)"
           R"(wspieraj|wesprzyj)\b.{0,30}\b(?:journalism|periodismo|jornalismo|journalisme|giornalismo|journalismus|)"
           R"(dziennikarstwo)\b|)"
           R"(\b(?:journalism|periodismo|jornalismo|journalisme|giornalismo|journalismus)(?: \p{L}+)? )"
           R"((?:needs|necesita|precisa|braucht|a besoin|ha bisogno)\b)"));
    if (journalism.match(text.trimmed()).hasMatch())
        return true;
    // The button alone: "Donate", "Jetzt spenden".
    static const QRegularExpression donate(
        caseless(R"(^(?:donate|donate now|spenden|jetzt spenden|faire un don|donar|dona ahora)\s*[.!]?$)"));
    if (donate.match(text.trimmed()).hasMatch())
        return true;
    // A pointer to elsewhere, closing the page: "Hier geht es zur Anmeldung", "Alles über Fähren
    // findest du hier.", "More information at harbour.example".
    static const QRegularExpression pointer(
        caseless(
            R"(^(?:hier geht(?:'s| es) zu[mr]?|weitere infos(?:rmationen)? (?:unter|auf|gibt es)|)"
            R"(more info(?:rmation)? (?:at|on)|)"
            R"(click here|klicken sie hier|hier klicken)\b|)"
            R"(\b(?:findest du|finden sie) (?:hier|unter)\W*(?:\S+://\S+)?\W*$|)"
            R"(^zu[mr] \S+ geht(?:'s| es) hier\b|^más información (?:\S+ ){0,2}en \S+\.\S+$)"));
    return wordCount(text) <= 20 && pointer.match(text).hasMatch();
}

} // namespace Quoteshelf::Import::BoilerplateText
