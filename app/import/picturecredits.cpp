#include "import/picturecredits.h"

#include "import/boilerplatewords.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Quoteshelf::Import::BoilerplateText {

using namespace BoilerplateWords;

namespace {

// The labels that open a picture's credit inside its caption: "Photo:", "Foto:", "Quelle:", "Fuente:".
QString creditLabels()
{
    return QString::fromUtf8("photo|photos|photograph|foto|fotos|fotó|bild|image|imagen|picture|credit|crédit|crédito|"
                             "quelle|source|fuente|zdjęcie|fot");
}

// Whether text names a picture agency or stock library ("Reuters", "Getty Images", "dpa"; "Getty"
// alone, as many credits shorten it: "(Getty/Jane Doe)").
bool namesAgency(const QString &text)
{
    static const QRegularExpression agency(
        caseless(R"(\b(?:getty(?: images)?|gettyimages|shutterstock|istock(?:photo)?|unsplash|pixabay|pexels|)"
           R"(adobe stock|)"
           R"(alamy|reuters|afp|ap photo|associated press|epa|dpa|imago|keystone|picture[- ]alliance|sipa|)"
           R"(anadolu|xinhua|efe|ansa|pap|tass|wikimedia commons|depositphotos|dreamstime)\b)"));
    return agency.match(text).hasMatch();
}

} // namespace

bool isCreditLine(const QString &text)
{
    if (wordCount(text) > 15)
        return false;
    // The label may follow a separator that sets the credit apart: "+++ Credits: Jane Doe", "— Foto: dpa".
    static const QRegularExpression credit(
        caseless(R"(^(?:[+*#~=•·|–—-]{1,5}\s*)?[(\[]?\s*(?:(?:photo|photos|photograph|photography|foto|fotos|fotó|)"
           R"(image|images|bild|bilder|)"
           R"(beitragsbild|titelbild|picture|pictures|pic|credit|credits|crédit|crédits|crédito|créditos|)"
           R"(photocredits?|fotocredits?|bildnachweis|bildquellen?|fotonachweis|)"
           R"(illustration|zdjęcie|zdjęcia|fot|źródło|source|quelle|video|grafik|graphic|imagen|imágenes|)"
           R"(immagine|copyright)\b\s*){1,2}(?:[:…]|\.\.\.|/|©|by\b|via\b|courtesy\b|credit\b|von\b|de\b|par\b|$))"));
    if (credit.match(text.trimmed()).hasMatch())
        return true;
    // The credit of a picture or a piece lent by its owner, alone on its line: "Courtesy of the Doe
    // family", "Courtesy Harbour Museum" ("Courtesy of the council, the ferry runs on Sundays" goes on).
    static const QRegularExpression courtesy(caseless(R"(^[(\[]?\s*courtesy(?: of)?\s+[^,.;:!?()]{2,60}[)\]]?$)"));
    if (wordCount(text) <= 8 && courtesy.match(text.trimmed()).hasMatch())
        return true;
    // The label a broadcaster sets before the source, with a comma: "Image source, Getty Images".
    static const QRegularExpression source(caseless(R"(^(?:image|picture|photo|video|media) source\s*,\s*\S)"));
    return source.match(text.trimmed()).hasMatch();
}

bool isAgencyCredit(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || wordCount(trimmed) > 6 || trimmed.endsWith(QLatin1Char('.')))
        return false;
    // The picture agencies and stock libraries whose names stand alone under photographs.
    if (namesAgency(trimmed))
        return true;
    // "Jane Doe/Agency", "Doe/Agency/Other": names joined by slashes, nothing else.
    static const QRegularExpression slashed(
        QStringLiteral(R"(^\(?[\p{Lu}][\p{L}.'’\- ]{1,40}(?:\s?/\s?[\p{L}][\p{L}.'’\- ]{1,40}){1,3}\)?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return slashed.match(trimmed).hasMatch();
}

bool isJoinedAgencyCredit(const QString &text)
{
    static const QRegularExpression via(caseless(R"(\S\s+via\s+\S)"));
    return isAgencyCredit(text) && namesAgency(text)
           && (text.contains(QLatin1Char('/')) || via.match(text).hasMatch());
}

bool isCaptionText(const QString &text)
{
    if (wordCount(text) > 60)
        return false;
    // The control that enlarges the picture, read before its caption: "Vergrößern Eine kleine runde
    // Aussparung für die Kamera.", "Enlarge The old quay at dawn."
    static const QRegularExpression enlarge(
        caseless(R"(^(?:bild )?(?:vergrößern|enlarge|agrandir|ampliar|ingrandisci|powiększ)\s+(?=\S))"));
    if (const QRegularExpressionMatch match = enlarge.match(text);
        match.hasMatch() && text.at(match.capturedEnd()).isUpper())
        return true;
    // The label a broadcaster sets before a caption, with a comma: "Image caption, The pier at dawn",
    // "Media caption, The harbour master on the vote".
    static const QRegularExpression labelled(caseless(R"(^(?:image|picture|photo|video|media) caption\s*,\s*\S)"));
    if (labelled.match(text).hasMatch())
        return true;
    // A credit has a colon, a copyright sign or a slash; a figure label a number or a colon.
    if (wordCount(text) > 60
        || !std::any_of(text.cbegin(), text.cend(), [](QChar c) {
               return c == QLatin1Char(':') || c == QLatin1Char('/') || c == QChar(0x00A9) || c.isDigit();
           }))
        return false;
    // The credit closes the caption: a label and a name, a copyright sign, or agency/photographer
    // names joined by a slash in parentheses.
    static const QRegularExpression endCredit(caseless(
        QString::fromUtf8(R"((?:\b(?:%1)\s*:\s*[^.:]{2,80}|©[^.]{2,80}|\([^()]{0,40}\S/\s?\S[^()]{0,40}\))\s*\.?$)")
            .arg(creditLabels())));
    static const QRegularExpression figureLabel(
        caseless(R"(^(?:abbildung|abb\.|figure|fig\.|grafik|tabelle|table|illustration|graphique|gráfico|rycina|ryc\.))"
           R"(\s*(?:\d+[a-z]?\s*[:.]|:\s*\p{Lu}))"));
    return endCredit.match(text).hasMatch() || figureLabel.match(text).hasMatch();
}

bool isCaptionParagraph(const QString &text)
{
    if (!isCaptionText(text))
        return false;
    // "(Whitelist/Blacklist).", "(Israel/France).": words joined by a slash in parentheses close
    // sentences of prose too; away from a picture they make a credit only with an agency's name.
    static const QRegularExpression slashed(QStringLiteral(R"(\(([^()]{0,40}\S/\s?\S[^()]{0,40})\)\s*\.?$)"));
    const QRegularExpressionMatch match = slashed.match(text);
    if (!match.hasMatch())
        return true;
    static const QRegularExpression labelled(caseless(
        QString::fromUtf8(R"((?:\b(?:%1)\s*:|©))").arg(creditLabels())));
    return namesAgency(match.captured(1)) || labelled.match(match.captured(1)).hasMatch();
}

qsizetype captionCreditStart(const QString &text)
{
    // The credit closes the caption: a label and a name, a copyright sign, or names joined by a
    // slash (or an agency's name) in parentheses. Credits are short and hold no sentence.
    static const QRegularExpression credit(caseless(
        QString::fromUtf8(R"((?<![\p{L}\p{N}])(?:[(\[]?\s*(?:%1)\s*:\s*[^:]{2,80}|[(\[]?\s*(?:©|\(c\))[^©]{2,80}|)"
                          R"(\([^()]{0,40}\S\s?/\s?\S[^()]{0,40}\)|)"
                          R"(\((?:reuters|afp|ap|dpa|efe|epa|ansa|pap|getty images|imago|keystone)\b)"
                          R"([^()]{0,40}\))\s*\.?\s*$)")
            .arg(creditLabels())));
    QRegularExpressionMatch match = credit.match(text);
    if (!match.hasMatch()) {
        // The photographer and the agency after the caption's last sentence, no label nor
        // parentheses: "Boats at dawn. JANE DOE / AFP", "… harbour. Jane Doe/Reuters via Getty Images".
        // What follows the last sentence's end is read, or the whole caption when it has none.
        static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?»”"]\s)"));
        static const QRegularExpression joined(
            QStringLiteral(R"(\p{Lu}[\p{L}.'’\- ]{1,40}\s?/\s?[\p{L}][\p{L}.'’\- ]{1,40}\s*$)"),
            QRegularExpression::UseUnicodePropertiesOption);
        const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
        qsizetype from = 0;
        for (auto it = sentenceEnd.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch end = it.next();
            if (end.capturedEnd() < slash)
                from = end.capturedEnd();
        }
        match = joined.matchView(QStringView(text).mid(from), 0, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption);
        if (slash < 0 || !match.hasMatch() || !isJoinedAgencyCredit(match.captured(0)))
            return -1;
        const QStringView before = QStringView(text).left(from);
        return std::any_of(before.cbegin(), before.cend(), [](QChar c) { return c.isLetterOrNumber(); }) ? from : 0;
    }
    const QString found = match.captured(0);
    if (wordCount(found) > 12)
        return -1;
    // "Foto: dpa. The minister at the rally": what follows a full stop is a caption, not a name.
    const qsizetype stop = found.indexOf(QLatin1String(". "));
    if (stop >= 0 && wordCount(found.mid(stop + 2)) > 2)
        return -1;
    const QStringView before = QStringView(text).left(match.capturedStart(0));
    const bool captionLeft = std::any_of(before.cbegin(), before.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return captionLeft ? match.capturedStart(0) : 0;
}

} // namespace Quoteshelf::Import::BoilerplateText
