#include "import/interfacetext.h"

#include "import/boilerplatewords.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Quoteshelf::Import::BoilerplateText {

using namespace BoilerplateWords;

bool isEmbedConsent(const QString &text)
{
    if (wordCount(text) > 45)
        return false;
    // The button alone: "Twitter freischalten", "YouTube-Inhalte laden", "Externen Inhalt anzeigen".
    static const QRegularExpression button(
        caseless(R"(^(?:\S+\s)?(?:twitter|x|youtube|instagram|facebook|tiktok|vimeo|spotify|soundcloud|podcast|video|)"
                 R"(inhalte?|content|contenu|contenido)(?:[- ]inhalte?| content| embed)?\s+(?:freischalten|aktivieren|)"
                 R"(laden|nachladen|anzeigen|zulassen|erlauben|load|show|enable|allow|afficher|charger|activer|)"
                 R"(mostrar|cargar)\s*[.!]?$)"));
    if (button.match(text.trimmed()).hasMatch())
        return true;
    // The notice: content of another service, and the reader's consent to load it.
    static const QRegularExpression external(
        caseless(R"(\b(?:externe[rn]? (?:inhalte?|dienste?s?|medien)|external (?:content|media|service)|)"
                 R"(third[- ]party (?:content|provider|service|platform)|inhalte? von drittanbietern|drittanbieter|)"
                 R"(contenus? externes?|contenido externo|contenuto esterno)\b)"));
    static const QRegularExpression consent(
        caseless(R"(\b(?:einverstanden|einverständnis|zustimm\p{L}*|einwillig\p{L}*|consent|agree|)"
                 R"(consentement|consentimiento|consenso)\b)"));
    if (external.match(text).hasMatch() && consent.match(text).hasMatch())
        return true;
    // "… ohne dein Einverständnis keine Verbindung zu Twitter her", "data will be transferred to YouTube".
    static const QRegularExpression connection(
        caseless(R"(\bohne (?:dein|ihr|euer)\p{L}* (?:einverständnis|zustimmung|einwilligung) keine verbindung\b|)"
                 R"(\b(?:daten|data|données|datos) (?:an|to|à|a) .{1,40}? (?:übermittelt|übertragen|gesendet|)"
                 R"(transferred|transmitted|sent|transmises|transferidos|enviados)\b)"));
    return connection.match(text).hasMatch();
}

bool isInterfaceText(const QString &text)
{
    if (isEmbedConsent(text))
        return true;
    const int words = wordCount(text);
    if (words > 30)
        return false;
    // The notices of comment systems and embeds are whole sentences, but say only what the page's
    // machinery does: they may run longer than the controls.
    static const QRegularExpression notices(
        caseless(R"(^(?:this site uses akismet|diese website verwendet akismet|ce site utilise akismet|)"
           R"(you must be (?:logged in|registered)|du musst (?:eingeloggt|angemeldet) sein|)"
           R"(keine kommentare\b|no comments yet|be the first to comment|sei die erste|sei der erste|)"
           R"(klicken sie auf den (?:unteren |folgenden )?button|mit diesem button\b)|)"
           R"(\b(?:müssen sie (?:eingeloggt|angemeldet) sein|zu schreiben, musst du|)"
           R"(kommentare erscheinen erst|comments are moderated)\b|)"
           // What a player says when it cannot play: "To play this video you need to enable
           // JavaScript in your browser.", "This video can not be played".
           R"(^(?:to (?:play|view|watch) this (?:video|audio|media|content),? you (?:need|will need) to enable )"
           R"(javascript|this (?:video|audio|media|content) (?:can ?not|cannot|could not) be )"
           R"((?:played|loaded|displayed)(?: in your browser)?\s*[.!]?$|)"
           R"(your browser does(?: not|n't) support (?:the )?(?:video|audio|html5|iframe)|)"
           R"(please use (?:the )?\S+ browser for a more accessible|)"
           // What an embedded post shows until it loads: "View this post on Instagram", "A post
           // shared by Jane Doe (@janedoe)".
           R"(view this (?:post|photo|video|profile) on (?:instagram|facebook|tiktok|twitter|x|threads)\s*$|)"
           R"(a (?:post|photo|video) shared by .{1,60}\(@[\w.]+\))|)"
           R"(^(?:no responses? (?:yet|so far)|noch keine (?:kommentare|antworten))\s*[.!»›]?$|)"
           // The fields of a comment form: "Name *", "E-mail (required, hidden to public)".
           R"(^(?:name|e-?mail|website|webseite|homepage|url|uri|nom|nombre|correo(?: electrónico)?)\s*)"
           R"((?:\*|\((?:required|erforderlich|obligatoire|obligatorio|pflichtfeld)\b[^)]*\))$)"));
    if (notices.match(text).hasMatch())
        return true;
    // A row of controls: "Comments feed | Comments closed | Trackback URL".
    if (text.contains(QLatin1String(" | "))) {
        const QStringList parts = text.split(QLatin1String(" | "), Qt::SkipEmptyParts);
        return parts.size() >= 2 && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
                   static const QRegularExpression feed(caseless(R"(^(?:kommentarfeed|comments? feed|comments? rss|)"
                                                          R"(rss(?:-feed)?|trackback(?:-url| url)?)$)"));
                   return feed.match(part.trimmed()).hasMatch() || isInterfaceText(part);
               });
    }
    if (words > 12)
        return false;
    static const QRegularExpression controls(
        caseless(R"(^(?:print|drucken|imprimer|imprimir|stampa|drukuj|(?:rezept|artikel|seite|recipe|article) )"
           R"((?:drucken|print)|print (?:this )?(?:article|recipe|page)|leave a (?:comment|reply)|)"
           R"(comments? (?:are )?closed|(?:schreibe|hinterlasse|schreiben sie|hinterlassen sie) einen kommentar|)"
           R"(write a comment|laisser un commentaire|deja un comentario|lascia un commento|napisz komentarz|kommentare? (?:schreiben|geschlossen)|kommentar verfassen|)"
           R"((?:(?:bild|bilder|foto|fotos|image) (?:anzeigen|vergrößern|schließen|öffnen)\s*)+|zum vergrößern\b.*|)"
           R"(click (?:to|here to) (?:enlarge|expand|zoom)|(?:permalink|permalien|enlace permanente)\s*:?\s*(?:\S+://\S+)?|)"
           // Where to click: "Für Details auf Produkt klicken", "Click here to watch the video".
           R"((?:\S+ ){0,4}(?:klicken|anklicken)|)"
           R"((?:click|tap)(?: here)? (?:for|on the (?:image|picture|photo|product|button)|)"
           R"(to (?:see|view|read|watch|play|open|load|learn))\b.*|)"
           R"((?:\S+ ){0,3}(?:als pdf herunterladen|(?:as|als) pdf)|(?:download|herunterladen)(?: als)? pdf|)"
           R"(zurück|zurück zur übersicht|back to top|nach oben|retour|this site uses akismet\b.*|)"
           // A link to the rest of a teaser, its teaser gone: "Read more", "Weiterlesen ›".
           R"((?:read more|weiterlesen|mehr lesen|lire la suite|leer más|ler mais|continua a leggere|czytaj dalej))"
           R"(\s*(?:[›»→>]+|…|\.\.\.)?|)"
           // The control that opens the story's pictures: "Open this photo in gallery:".
           R"(open this (?:photo|image|picture) in (?:the )?gallery|)"
           // The picture's own buttons: "Enlarge this image", "toggle caption", "View larger image".
           R"((?:enlarge|expand) (?:this )?(?:image|photo|picture)|(?:toggle|hide|show) caption|)"
           R"(view (?:larger|full[- ]size) (?:image|photo|picture)|)"
           // The control that unfolds a box cut short: "mehr anzeigen", "Show more".
           R"((?:mehr|weniger) anzeigen|show (?:more|less)|afficher (?:plus|moins)|(?:ver|mostrar) (?:más|menos)|)"
           R"(mostra (?:di più|meno)|pokaż (?:więcej|mniej)|)"
           R"(diese website verwendet akismet\b.*|ce site utilise akismet\b.*|)"
           R"(sie sind (?:aktuell )?nicht eingeloggt|you must be logged in\b.*|log in to (?:comment|reply)|)"
           R"(externer inhalt|quellen (?:anzeigen|ausblenden)|show sources|hide sources|)"
           // The page's feedback widget and its counter of visits: "War dieser Artikel hilfreich?",
           // "(Visited 215 times, 55 visits today)".
           R"(was this (?:article|page|story|post|information) (?:helpful|useful)|)"
           R"((?:war|ist) (?:dieser|der) (?:artikel|beitrag|text) hilfreich|)"
           R"(fandest du (?:den|diesen) (?:artikel|beitrag) hilfreich|)"
           R"(¿?(?:te|le) (?:resultó|ha resultado|fue) útil (?:este|esta) (?:artículo|nota|noticia|información)|)"
           R"(cet article (?:vous )?a-t-il été utile|)"
           R"(\(?visited \d+ times?(?:, \d+ visits? today)?\)?|)"
           // The story's own audio player and reading tools: "Listen to this article 4 min", "Artikel
           // anhören", "Text size", "Gift this article", "Save article".
           R"((?:listen to (?:this |the )?(?:article|story)|artikel (?:vor)?anhören|beitrag anhören|)"
           R"(écouter (?:cet |l['’])article|escuchar (?:este |el )?art[ií]culo|ascolta l['’]articolo|)"
           R"(posłuchaj artykułu)(?:\s*[(:•·|–-]?\s*(?:\d{1,2}:\d\d|\d+\s*(?:min(?:ute)?s?|minuten?))\.?\)?)?|)"
           R"((?:text|font) size|schriftgröße|taille du texte|tamaño (?:de(?:l)? )?(?:letra|texto)|)"
           R"(gift (?:this |the )?(?:article|story)|save (?:this |the )?(?:article|story)|)"
           // What stands in a player or an embed until it loads: "Duration 2:03", "Loading...".
           R"((?:duration|dauer|durée|duración|durata|länge|length)\s*:?\s*(?:\d{1,2}:)?\d{1,2}:\d\d|)"
           R"((?:loading|wird geladen|lädt|chargement|cargando|caricamento)\s*(?:\.+|…)?)\s*[.!:?]?$)"));
    return controls.match(text.trimmed()).hasMatch();
}

bool isCommentsHeading(const QString &text)
{
    if (wordCount(text) > 4)
        return false;
    static const QRegularExpression head(
        caseless(R"(^(?:\d+\s+)?(?:(?:neue|weitere|alle|reader|leser)\s*)?)"
           R"((?:kommentare?|comments?|commentaires?|comentarios?|komentarze?|reacties|lesermeinungen|)"
           R"(leserkommentare|leserbriefe)\s*(?:\(\d+\))?\s*[.:!…]*$)"));
    return head.match(text.trimmed()).hasMatch();
}

bool isCommentSectionLine(const QString &text)
{
    if (wordCount(text) > 30)
        return false;
    static const QRegularExpression count(
        caseless(R"(^(?:dieser (?:artikel|beitrag)|this (?:article|post|story)) ha(?:t|s) \d+ )"
           R"((?:kommentare?|comments?)\b)"));
    if (isCommentsHeading(text) || count.match(text.trimmed()).hasMatch())
        return true;
    // The comment form's notice: to comment, log in.
    static const QRegularExpression login(
        caseless(R"(\b(?:kommentar\p{L}*|comment\p{L}*|comentar\p{L}*|commenter|kommentier\p{L}*)\b.{0,60})"
           R"(\b(?:einloggen|loggen sie sich|logge dich|log in|logged in|sign in|anmelden|registrieren|)"
           R"(iniciar sesión|inicia sesión|connectez-vous|être connecté)\b|)"
           R"(\b(?:einloggen|log in|sign in|anmelden|connectez-vous|inicia sesión)\b.{0,30})"
           R"(\b(?:to comment|um zu kommentieren|pour commenter|para comentar)\b|)"
           // The invitation to the comments: "Join our commenting forum", "Join thought-provoking
           // conversations, follow other readers and see their replies".
           R"(^join (?:our|the) comment(?:ing|s)? (?:forum|section|community)|^join thought-provoking conversations)"));
    return login.match(text).hasMatch();
}

} // namespace Quoteshelf::Import::BoilerplateText
