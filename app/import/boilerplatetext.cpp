#include "import/boilerplatetext.h"

#include "import/boilerplatewords.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Quoteshelf::Import::BoilerplateText {

using namespace BoilerplateWords;

namespace {

// Month and weekday names and their usual abbreviations (English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish), lower-case.
const QSet<QString> &calendarWords()
{
    static const QSet<QString> words = wordSet(
        {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
         "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "mär", "okt", "dez",
         "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
         "décembre", "janv", "févr", "avr", "juil", "déc", "enero", "febrero", "marzo", "abril", "mayo", "junio",
         "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "dic", "gennaio",
         "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "gen", "mag", "giu",
         "lug", "ago", "set", "ott", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
         "outubro", "novembro", "dezembro", "fev", "out", "januari", "februari", "maart", "mei", "augustus",
         "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
         "października", "listopada", "grudnia", "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec",
         "sierpień", "wrzesień", "październik", "listopad", "grudzień",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
         "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
         "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi",
         "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
         "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "domenica", "segunda", "terça", "quarta", "quinta",
         "sexta", "feira", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"});
    return words;
}

// Words that go with a date in a date line: "Updated", "Published on", "am", "um ... Uhr", time
// zones, "3 hours ago".
const QSet<QString> &dateCompanions()
{
    static const QSet<QString> words = wordSet(
        {"updated", "update", "published", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m", "the",
         "of", "st", "nd", "rd", "th", "ago", "hour", "hours", "minute", "minutes", "min", "day", "days", "week",
         "weeks", "month", "months", "year", "years", "yesterday", "today", "utc", "gmt", "est", "edt", "cst", "cdt",
         "pst", "pdt", "bst", "cet", "cest", "aest", "ist", "et", "pt", "aktualisiert", "veröffentlicht", "stand",
         "um", "uhr", "vom", "vor", "stunden", "stunde", "minuten", "tagen", "heute", "gestern", "publié", "publiée",
         "mis", "à", "jour", "le", "h", "il", "y", "a", "heures", "heure", "hier", "aujourd'hui", "actualizado",
         "publicado", "de", "del", "las", "la", "hace", "horas", "hoy", "ayer", "aggiornato", "pubblicato", "alle",
         "ore", "opublikowano", "aktualizacja", "zaktualizowano", "godz", "dnia", "r", "atualizado", "às", "em",
         "bijgewerkt", "gepubliceerd", "om", "asked", "answered", "edited", "erstellt", "hr", "hrs", "mins",
         "jours", "hora", "minuto", "minutos", "días", "dias"});
    return words;
}

} // namespace

bool isDateLine(const QString &text, bool withLabel)
{
    // Every form below has a number in it (a day, a year, a time, "3 hours ago").
    if (text.size() > 100 || !hasDigit(text))
        return false;
    // "Label: date" (any short label: "Publikacja:", "Veröffentlichung:").
    static const QRegularExpression label(QStringLiteral(R"(^[^:\d]{1,25}:\s*(.+)$)"));
    if (const auto match = label.match(text); match.hasMatch())
        return withLabel && isDateLine(match.captured(1), false);
    static const QRegularExpression numericDate(
        QStringLiteral(R"(\b(?:[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d\d)|\d{4}[./-][01]?\d[./-][0-3]?\d)\b|)"
                       R"(\b[0-2]?\d:[0-5]\d\b|\b[0-3]?\d\.\s*\p{L}+\s+\d{4}\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "Posted 4h ago, updated 2h ago", "vor 3 Stunden", "il y a 2 heures", "hace 3 horas": a time
    // counted back from now, which the page shows instead of the date.
    static const QRegularExpression relative(
        caseless(R"(\b\d+\s*(?:h|hr|hrs|hours?|m|mins?|minutes?|d|days?|weeks?)\s+ago\b|)"
           R"(\bvor\s+\d+\s+(?:stunden?|minuten?|tagen?)\b|\bil y a\s+\d+\s+(?:heures?|minutes?|jours?)\b|)"
           R"(\bhace\s+\d+\s+(?:horas?|minutos?|días?)\b)"));
    // A month or weekday name only counts beside a number: "Set out" and "May I" are no dates.
    bool anchored = numericDate.match(text).hasMatch() || relative.match(text).hasMatch();
    bool digit = false;
    bool calendar = false;
    int others = 0;
    for (const QString &token : tokens(text)) {
        QString word = token;
        word.remove(QLatin1Char('.'));
        if (word.front().isDigit()) {
            digit = true; // "19th", "3rd", "2020"
            continue;
        }
        if (calendarWords().contains(word)) {
            calendar = true;
            continue;
        }
        if (!dateCompanions().contains(word))
            ++others;
    }
    return (anchored || (calendar && digit)) && others == 0;
}

bool isBylineLine(const QString &text)
{
    if (text.size() > 160 || wordCount(text) > 16)
        return false;
    // The name must follow the word: "by the way" is not a byline. (The capital is checked apart:
    // caseless matching would let \p{Lu} match any letter.)
    static const QRegularExpression byWord(caseless(R"(^(?:(?:by|von|par|por|door|av|przez|af|)"
                                              R"((?:written|posted|published|reported) by:?|)"
                                              R"(geschrieben von|écrit par|escrito por|autor(?:in)?:?|author:?|)"
                                              R"(text:|texte:|texto:)\s+)+)"));
    if (const auto match = byWord.match(text); match.hasMatch() && match.capturedEnd() < text.size()
                                               && text.at(match.capturedEnd()).isUpper()
                                               && !text.contains(QLatin1String(". ")))
        return true;
    // "Written by on November 7, 2023": the line of a byline and a date whose name, a link to the
    // author's page, was taken out as the article's byline.
    static const QRegularExpression nameless(caseless(R"(^(?:written|posted|published|reported) by\s+(?:on\s+)?)"));
    if (const auto match = nameless.match(text); match.hasMatch() && isDateLine(text.mid(match.capturedEnd()), false))
        return true;
    // "Jane Doe | March 3, 2024": names and dates between separators.
    static const QRegularExpression separators(QStringLiteral(R"(\s+[|•·—–-]\s+|\s*\|\s*)"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2) {
        // "Agencia EFE 04.05.2022", "Jane Doe 3. März 2024, 10:31": the names, then the date.
        const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Two names at least: one capitalised word before a date is a heading ("Dekret vom 22. Mai").
        for (qsizetype k = 1; k <= 6 && k + 2 <= words.size(); ++k) {
            const QString prefix = words.first(words.size() - k).join(QLatin1Char(' '));
            const QStringList date = words.last(k);
            if (prefix.back().isLetter() && date.front().front().isDigit() && isNameLike(prefix)
                && isDateLine(date.join(QLatin1Char(' ')), false))
                return true;
        }
        return false;
    }
    bool date = false;
    for (const QString &part : parts) {
        if (isDateLine(part))
            date = true;
        else if (!isNameLike(part.trimmed()))
            return false;
    }
    return date;
}

bool isReportingCredit(const QString &text)
{
    if (wordCount(text) > 40)
        return false;
    static const QRegularExpression credit(
        caseless(R"(^[(\[]?\s*(?:additional\s+)?(?:reporting|editing|writing|compiled|edited|produced|research|)"
           R"(graphics|photography|translated|translation|mitarbeit|recherche|redaktion|mit material|)"
           R"(reporte|reportaje|reportagem|reportage|reporter|editado|edición|edição|redigiert|version française|)"
           R"(versión en español|texto en español)\b)"));
    // Wire services' credits in their other editions: "(Reporte de Ana Ruiz; Editado por Bo Li)".
    static const QRegularExpression by(caseless(R"(\b(?:by|von|de|por|par|da|di|:)\s*)"));
    // "Jane Doe contributed to this report", "(Con información de AFP y EFE)", "With agencies":
    // who else the story was written with, closing it.
    static const QRegularExpression contributed(
        caseless(R"(^[(\[]?\s*(?:\S+\s+){1,12}?(?:also\s+)?contributed(?:\s+reporting)?\s+(?:to|for)\s+)"
           R"((?:this|the)\s+(?:report|story|article)\b)"));
    if (contributed.match(text).hasMatch() && (text.front().isUpper() || !text.front().isLetter()))
        return true;
    // "With files from The Canadian Press", "With reporting from Reuters", "(With inputs from PTI)",
    // "(With PTI inputs)": the sources the story drew on, as the broadcasters and wires set them under it.
    static const QRegularExpression files(
        caseless(R"(^[(\[]?\s*(?:[–—-]\s*)?with (?:(?:files|reporting|additional reporting|information|inputs) )"
                 R"(from\s+\S|(?:\S+ ){1,3}inputs\s*[)\]]?\.?$))"));
    if (wordCount(text) <= 20 && files.match(text).hasMatch())
        return true;
    static const QRegularExpression sources(
        caseless(R"(^([(\[]?)\s*(con informaci[oó]n de|com informações d[aeo]s?|avec|with)\s+)"
           R"((.{2,80}?)\s*[)\]]?\s*\.?$)"));
    if (const auto match = sources.match(text.trimmed()); match.hasMatch()) {
        // Agencies and names joined by commas and "and": "AFP, EFE y Reuters", "agencies". After a
        // bare "With" only agencies' initials count ("With love" or "With Friends" close letters).
        static const QSet<QString> joins = wordSet({"y", "e", "et", "and", "&", "las", "les", "the", "os", "as"});
        const bool named = match.capturedLength(1) > 0 || match.captured(2).size() > 5;
        const QStringList words = match.captured(3).split(QRegularExpression(QStringLiteral(R"([\s,]+)")),
                                                          Qt::SkipEmptyParts);
        const auto source = [named](const QString &w) {
            return w.startsWith(QLatin1String("agen"), Qt::CaseInsensitive)
                   || (w.front().isUpper() && (named || (w.size() >= 2 && w.toUpper() == w)));
        };
        const auto join = [](const QString &w) { return joins.contains(w.toLower()); };
        const auto sourceOrJoin = [&](const QString &w) { return source(w) || join(w); };
        if (words.size() <= 8 && std::all_of(words.cbegin(), words.cend(), sourceOrJoin)
            && std::any_of(words.cbegin(), words.cend(), source))
            return true;
    }
    if (!credit.match(text).hasMatch())
        return false;
    auto it = by.globalMatch(text);
    while (it.hasNext()) {
        const qsizetype end = it.next().capturedEnd();
        if (end < text.size() && text.at(end).isUpper())
            return true;
    }
    return false;
}

bool isRoleLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80 || hasDigit(trimmed) || wordCount(trimmed) > 8
        || QStringLiteral(".!?:;\"”»").contains(trimmed.back()))
        return false;
    // The role closes its part ("Chief political correspondent") or opens a place or a desk
    // ("Correspondent in Paris", "Editor of The Harbour Times").
    static const QRegularExpression role(
        caseless(R"(^(?:[\p{L}'’&-]+\s+){0,3}?(?:correspondent|editor|reporter|writer|columnist|journalist|)"
           R"(contributor|critic|producer|presenter|analyst|reporters|correspondents|editors|)"
           R"(korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|autor(?:in)?|kolumnist(?:in)?|journalist(?:in)?|)"
           R"(correspondante?|rédact(?:eur|rice)(?: en chef)?|journaliste|envoyée? spéciale?|chroniqueu(?:r|se)|)"
           R"(corresponsal|periodista|redactora?|enviada? especial|columnista|giornalista|corrispondente|inviat[oa]|)"
           R"(redattore|redattrice|correspondente|jornalista|redaktor(?:ka)?|dziennikar(?:z|ka)|korespondent(?:ka)?|)"
           R"(verslaggever|redacteur)(?:\s+(?:in|at|for|of|à|en|pour|für|aus)\s+.+)?$)"));
    // The publication beside the role, each set apart: "Health correspondent, BBC News".
    static const QRegularExpression separators(QStringLiteral(R"(\s*[,|•·—–]\s*|\s+-\s+)"));
    const QStringList parts = trimmed.split(separators, Qt::SkipEmptyParts);
    bool named = false;
    for (const QString &part : parts) {
        // "Letters to the editor" is the name of a section, not of a job.
        if (role.match(part).hasMatch() && !part.contains(QLatin1String(" to the "), Qt::CaseInsensitive))
            named = true;
        else if (!isNameLike(part))
            return false;
    }
    return named;
}

bool isNameList(const QString &text)
{
    // A greeting ("Dear Jane Doe,") ends with a comma; a label with a colon.
    if (text.size() > 120 || hasDigit(text) || wordCount(text) < 2 || text.endsWith(QLatin1Char(','))
        || text.endsWith(QLatin1Char(':')))
        return false;
    // "Jane Doe, Bo Li", "Jane Doe und Bo Li": the authors' names set above the story.
    static const QRegularExpression separators(caseless(R"(\s*,\s*|\s+(?:and|und|et|y|i|e|en|&)\s+)"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.size() > 4)
        return false;
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Title-case headings start with an article; capitals only are a label or an agency.
        static const QSet<QString> articles = wordSet({"The", "A", "An", "Der", "Die", "Das", "Ein", "Eine", "Le",
                                                       "La", "Les", "Un", "Une", "El", "Los", "Las", "Il", "Lo"});
        static const QRegularExpression nameWord(QStringLiteral(R"(^(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|der|den|da|di|du|la|le|bin|al|el)$)"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
        return words.size() >= 2 && words.size() <= 4 && isNameLike(part)
               && std::all_of(words.cbegin(), words.cend(),
                              [](const QString &w) { return nameWord.match(w).hasMatch(); })
               && std::none_of(words.cbegin(), words.cend(), [](const QString &w) {
                      return (w.size() > 1 && w.toUpper() == w) || articles.contains(w);
                  });
    });
}

bool isAuthorBio(const QString &text)
{
    if (wordCount(text) > 80)
        return false;
    // "Jane Doe is a freelance journalist in Oslo.", "Jane Doe ist Professorin für Medienrecht":
    // a name, then what the author does for a living.
    static const QRegularExpression bio(
        caseless(R"(^(?:\p{Lu}[\p{L}.'’\-]+\s+){1,3}(?:\([^)]{1,20}\)\s+)?(?:is|ist|est|es|è|jest)\s+(?:\S+\s+){0,6}?)"
           R"((?:founder|co-founder|journalist|writer|author|reporter|editor|correspondent|columnist|consultant|)"
           R"(fellow|lecturer|researcher|scholar|economist|historian|doctoral|phd|)"
           R"(professor|freelance|blogger|gründer(?:in)?|journalistin|autor(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|)"
           R"(professor(?:in)?|kolumnist(?:in)?|journaliste|rédact(?:eur|rice)|periodista|dziennikar(?:z|ka))\b)"));
    const QRegularExpressionMatch match = bio.match(text);
    // The name must be capitalised: caseless matching lets \p{Lu} match any letter.
    return match.hasMatch() && text.front().isUpper();
}

bool isContactLine(const QString &text)
{
    if (wordCount(text) > 25 || (!hasDigit(text) && !text.contains(QLatin1Char('@'))))
        return false;
    // The parts of an address block between separators: names, a street and a postcode, a phone
    // number, an e-mail or web address.
    static const QRegularExpression separators(QStringLiteral(R"(\s*[|*•·;,]\s*)"));
    static const QRegularExpression phone(
        caseless(R"(^(?:tel(?:efon|ephone)?|phone|fon|fax|mobil|mobile|mob|tél(?:éphone)?|teléfono|t|f|m)\.?\s*:?\s*)"
                 R"(\+?\(?\d[\d\s()/.\-–]{5,}$)"));
    static const QRegularExpression mail(caseless(R"(^(?:e-?mail\s*:?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$)"));
    static const QRegularExpression web(
        caseless(R"(^(?:(?:internet|web|website|homepage)\s*:?\s*)?(?:https?://|www\.)\S+$)"));
    static const QRegularExpression postcode(QStringLiteral(R"(^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L}.\- ]+$)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression street(
        QStringLiteral(R"(^\p{Lu}[\p{L}.\-]+(?:\s\p{L}[\p{L}.\-]*){0,3}\s\d{1,4}[a-z]?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // An e-mail address alone is the one a story asks its readers to write to.
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    bool reach = false;
    bool hasPostcode = false;
    bool hasStreet = false;
    for (const QString &part : parts) {
        if (phone.match(part).hasMatch() || (parts.size() >= 2 && mail.match(part).hasMatch()))
            reach = true;
        else if (postcode.match(part).hasMatch())
            hasPostcode = true;
        else if (street.match(part).hasMatch())
            hasStreet = true;
        else if (!web.match(part).hasMatch() && !isNameLike(part.trimmed()))
            return false;
    }
    return reach || (hasPostcode && hasStreet);
}

bool isPostMetaLine(const QString &text)
{
    if (wordCount(text) > 60 || !hasDigit(text))
        return false;
    // A blog's "posted ... filed under" line: when and where the post was filed, then links.
    static const QRegularExpression filed(
        caseless(R"(\b(?:abgelegt unter|veröffentlicht und wurde unter|filed under|is filed|posted in|kategorisiert|)"
           R"(publié dans|classé dans|this entry was posted|dieser eintrag wurde)\b)"));
    if (!filed.match(text).hasMatch())
        return false;
    static const QRegularExpression date(
        caseless(
            R"(\b(?:[0-3]?\d[./-][01]?\d[./-](?:\d{4}|\d\d)|\d{4}[./-][01]?\d[./-][0-3]?\d|[0-3]?\d\.?\s+\p{L}+\s+\d{4}|)"
            R"(\p{L}+\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+\d{4})\b)"));
    return date.match(text).hasMatch();
}

bool isMetaFieldsLine(const QString &text)
{
    if (wordCount(text) > 20 || !hasDigit(text))
        return false;
    // The fields are set apart by separators, or follow each other ("11:38 Kategorie: News"): a
    // field's label starts a new part.
    static const QRegularExpression field(caseless(
        R"(\b(?:kategorie|kategorien|category|categories|catégorie|categoría|rubrik|rubrique|sección|section|)"
        R"(tags?|schlagw(?:orte|örter)|autor(?:in)?|author|posted by|hinzugefügt von|added by|aufrufe|views|)"
        R"(hits|gelesen|rating|bewertung|kommentare|comments|news date|release date|datum|date|fecha)\s*:)"));
    static const QRegularExpression separators(QStringLiteral(R"(\s+[|•·]\s+|\s*\|\s*)"));
    QStringList parts;
    for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
        qsizetype from = 0;
        for (auto it = field.globalMatch(piece); it.hasNext();) {
            const qsizetype at = it.next().capturedStart();
            if (at > from)
                parts.append(piece.mid(from, at - from).trimmed());
            from = at;
        }
        parts.append(piece.mid(from).trimmed());
    }
    int fields = 0;
    bool date = false;
    for (const QString &part : std::as_const(parts)) {
        if (part.isEmpty())
            continue;
        if (isDateLine(part)) {
            date = true;
            continue;
        }
        const QRegularExpressionMatch match = field.match(part);
        // A field's value is short: a name, a number, a few words.
        if (!match.hasMatch() || match.capturedStart() != 0 || wordCount(part.mid(match.capturedEnd())) > 4)
            return false;
        ++fields;
    }
    return fields >= 1 && (date || fields >= 2);
}

bool isCopyrightLine(const QString &text)
{
    if (wordCount(text) > 60)
        return false;
    // "copyright" alone is a word of the story ("the copyright of the plans"): only the notice's
    // forms count.
    static const QRegularExpression copyright(
        caseless(R"(©|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s*(?:\d{4}|\(c\))|all rights reserved|)"
           R"(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|)"
           R"(wszelkie prawa zastrzeżone)"));
    return copyright.match(text).hasMatch();
}

bool isPieceNote(const QString &text)
{
    if (wordCount(text) > 45)
        return false;
    static const QRegularExpression note(
        caseless(
            // Where the piece ran in print: "A version of this article appears in print on …", "This
            // article appeared in the March 2024 issue of …", "Dieser Beitrag stammt aus Ausgabe 12/2024".
            R"(\ba version of this (?:article|story) appears? in print\b|)"
            R"(\bthis (?:article|story|piece|essay|column|interview) (?:appeared|appears|was published|is published) )"
            R"(in (?:the |our )?(?:[\p{L}\d,]+ ){0,4}?(?:print )?(?:issue|edition|magazine)\b|)"
            R"(\b(?:dieser|der) (?:beitrag|artikel|text) (?:stammt|ist) aus (?:der |dem )?(?:\S+ )?)"
            R"((?:print)?(?:ausgabe|heft)\b|\b(?:dieser|der) (?:beitrag|artikel|text) erschien (?:in der|im) )"
            R"((?:\S+ )?(?:print)?(?:ausgabe|heft)\b|)"
            R"(\bcet (?:article|entretien) (?:est paru|a paru|a été publié) dans (?:le |la |l['’]\s?)?)"
            R"((?:\S+ ){0,3}?(?:numéro|édition|magazine)\b|)"
            R"(\beste art[ií]culo (?:se public[oó]|fue publicado|apareci[oó]) en )"
            R"((?:la edici[oó]n impresa|el n[uú]mero)\b|)"
            // A wire story run as it came: "… has not been edited by NDTV staff and is published from a
            // syndicated feed."
            R"(\b(?:auto-generated|published|generated) from a syndicated (?:news )?feed\b|)"
            // What kind of piece it is: "Bei diesem Beitrag handelt es sich um ein Blog aus der Community".
            R"(\bbei (?:diesem|dem) (?:beitrag|text|artikel) handelt es sich um (?:ein|eine|einen)\b)"));
    return note.match(text).hasMatch();
}

bool isClosingNotice(const QString &text)
{
    if (wordCount(text) > 45)
        return false;
    // What the publisher says about every page, set under the story: the cookie notice, the
    // licence, the disclaimer that the piece is the author's opinion.
    static const QRegularExpression notice(
        caseless(R"(\b(?:wir verwenden cookies|we use cookies|this (?:site|website) uses cookies|)"
           R"(diese (?:website|seite|webseite) (?:verwendet|nutzt) cookies|nous utilisons des cookies|utilizamos cookies|)"
           R"(verwendung von cookies zu|use of cookies|)"
           R"(meinung des autors|meinung der autorin|opinions? expressed|views expressed|)"
           R"((?:do(?:es)?|does) not necessarily (?:reflect|represent)|nicht (?:notwendigerweise|unbedingt) die (?:meinung|der redaktion)|)"
           R"(is not responsible for the (?:opinions|content)|no se hace responsable|)"
           R"((?:comments|conversations) are (?:the )?opinions of (?:our )?readers|)"
           R"((?:this|the) (?:article|story|piece|column|essay) (?:was )?(?:first|originally) (?:appeared|published)|)"
           R"((?:first|originally) (?:appeared|published) (?:in|on|by|as)|a version of this (?:article|story) )"
           R"((?:appeared|was published)|(?:dieser|der) (?:artikel|beitrag|text) (?:ist|erschien) (?:zuerst|erstmals)|)"
           R"(erschien zuerst (?:in|im|auf|bei)|cet article a (?:d'abord|initialement) été publié|)"
           R"(este art[ií]culo (?:fue publicado|apareci[oó]) (?:originalmente|primero))\b|)"
           // How to cite the piece: "Suggested citation: Doe, Jane: Harbour Plans, Blog, 2020".
           R"(^(?:suggested citation|cite (?:this|as)|zitiervorschlag|zitierhinweis|empfohlene zitierweise|)"
           R"(citation suggérée|cómo citar|come citare)\b|)"
           R"(\b(?:lizenz|licen[cs]ed?|licencia|licence|unter|under|sous)\b.{0,60}\b(?:cc[- ]by\b|creative commons))"));
    return isPieceNote(text) || notice.match(text).hasMatch();
}

bool isTagLine(const QString &text)
{
    if (wordCount(text) > 40)
        return false;
    static const QRegularExpression tags(
        caseless(R"(^(?:tags?|tagged|tagged with|schlagw\p{L}*|stichw\p{L}*|themen|topics?|mots[- ]clés|étiquettes|)"
           R"(etiquetas|tagi|categor\p{L}*|kategorie\p{L}*|rubri\p{L}*|filed under|posted in|keywords)\s*:)"));
    return tags.match(text).hasMatch();
}

bool isCounter(const QString &text)
{
    if (text.size() > 30)
        return false;
    // "3 / 12", and the same with the word for a picture before it ("Bild 1 von 9", "Foto 1 de 1").
    static const QRegularExpression counter(
        caseless(R"(^(?:(?:bild|foto|photo|image|picture|slide|zdjęcie|imagen|immagine)\s+)?)"
           R"(\d{1,3}\s*(?:/|of|von|de|sur|z|di|van|af|из)\s*\d{1,3}$)"));
    // The control of a slideshow's button, which counts its pictures: "Show all 50", "View all 12 photos",
    // "12 Photos", "Alle 24 Bilder"; a number alone is no counter.
    static const QRegularExpression pictures(
        caseless(R"(^(?:(?:show|view|see) all \d{1,3}(?:\s+(?:photos|pictures|images|slides))?|)"
           R"((?:alle |voir les )?\d{1,3}\s+(?:photos|pictures|images|slides|bilder|fotos))$)"));
    const QString trimmed = text.trimmed();
    return counter.match(trimmed).hasMatch() || pictures.match(trimmed).hasMatch();
}

bool isReadingTime(const QString &text)
{
    if (wordCount(text) > 8 || !hasDigit(text))
        return false;
    static const QRegularExpression time(
        caseless(R"(^\d+\s*(?:min|mins|minute|minutes|minuten|minutos|minuti|minut)\.?\s*(?:read|reading|lesezeit|)"
           R"(lesen|de lecture|de lectura|di lettura|czytania|$)|(?:lesezeit|reading time|read time|)"
           R"(temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)\s*:?\s*\d+)"));
    return time.match(text.trimmed()).hasMatch();
}

bool isKicker(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 3 || wordCount(trimmed) > 4)
        return false;
    const QChar last = trimmed.back();
    return (last == QChar(0x2014) || last == QChar(0x2013)) && trimmed.at(trimmed.size() - 2).isSpace();
}

bool isLabel(const QString &text)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && wordCount(trimmed) <= 6
           && (trimmed.endsWith(QLatin1Char(':')) || trimmed.endsWith(QChar(0xFF1A)));
}

} // namespace Quoteshelf::Import::BoilerplateText
