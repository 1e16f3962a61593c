#pragma once

#include <QString>

namespace Quoteshelf::Import {

// The lines that speak to the reader instead of telling the story: share and follow controls,
// newsletter and subscription offers, advert labels, the headings of boxes of other stories or
// about the publisher. Each test reads one block's text (white space collapsed) and accepts short
// lines only; the words they know are those of the languages the importer meets.
namespace BoilerplateText {

// "Share this article", "Teilen", "Follow us on Twitter".
bool isShareLine(const QString &text);
// The control that shares the page, set anywhere: "Share on Pinterest", "Share this article".
bool isShareControl(const QString &text);
// A sponsor's line: "Powered by SmartAsset.com", "Presented by Acme", "Präsentiert von Acme".
bool isSponsorLine(const QString &text);
// An advertising label, alone or opening an advert or its disclosure: "- Anzeige -",
// "ADVERTISEMENT", "*Werbung. Dieser Beitrag enthält Werbung für Acme."
bool isAdvertLabel(const QString &text);
// A teaser cut short with a link to the rest: "The weather of the past… more •••".
bool isMoreTeaser(const QString &text);
// A heading of a box about the publisher or author: "About Acme", "Über den Autor", "À propos".
bool isAboutHeading(const QString &text);
// The heading of a box of other stories: "Read more", "You might also like", "Lesen Sie auch",
// "Das könnte Sie auch interessieren", "À lire aussi", "Te puede interesar".
bool isRelatedHeading(const QString &text);
// A short appeal to the reader rather than the story: "Subscribe now to our e-edition for the full
// story.", "Download our app", "Follow us on Twitter", "Already a subscriber? Log in", "Jetzt
// abonnieren", "Abonnez-vous", "Suscríbete", "Únete a nuestro canal de Telegram".
bool isPromoLine(const QString &text);
// Broader than isPromoLine, for the end of the body only: a paragraph asking the reader to
// subscribe, support the publisher, follow it, get its app or visit its shop ("Enjoyed this?
// Support our work", "Besuchen Sie unseren Shop!", "¡Mira nuestro canal de YouTube!").
bool isAppealLine(const QString &text);

} // namespace BoilerplateText

} // namespace Quoteshelf::Import
