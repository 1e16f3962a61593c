#pragma once

#include <QString>

namespace Quoteshelf::Import {

// What the words of one short block say it is, when it is page furniture rather than article:
// a date line, a byline, an image credit, a copyright notice... Each test looks at one block's
// text (white space collapsed) and only ever accepts short lines, so running prose never matches.
// The words they know are closed classes of the languages the importer meets (month and weekday
// names, the prepositions that introduce an author, the labels of credits and tag lists).
namespace BoilerplateText {

// "March 3, 2024", "03.04.2020 19:49", "Updated: Tue 5 May 2020 10:02 BST", "7. oktober 2020",
// "Publikacja: 04.05.2021" (a label before the date only when withLabel).
bool isDateLine(const QString &text, bool withLabel = true);
// "By Jane Doe", "VON Sina Giebel", "by By Erin Cunningham", "Jane Doe | March 3, 2024".
bool isBylineLine(const QString &text);
// "Reporting by Jane Doe; Editing by Bo Li", "Additional reporting by ...".
bool isReportingCredit(const QString &text);
// "Photo: Jane Doe/Agency", "Credit…", "Foto: dpa", "Image via Wikimedia".
bool isCreditLine(const QString &text);
// The page's controls and the strings of its comment system, which sit between the paragraphs
// of a story when the theme puts them there: "Print", "Rezept drucken", "Leave a reply", "Comments
// are closed", "Click to enlarge", "This site uses Akismet to reduce spam.", "Permalien".
bool isInterfaceText(const QString &text);
// A credit without a label, as set under pictures: "Getty Images", "Jane Doe/Agency",
// "REUTERS/Jane Doe", "dpa-infocom". Only short lines with an agency's name or a slash between
// names, so a caption's own words never match.
bool isAgencyCredit(const QString &text);
// A picture's caption set as a paragraph: it ends with the credit ("... Photograph: Jane
// Doe/Agency", "... (Quelle: Doe/Agency)", "... © Doe") or starts with a figure label
// ("Abbildung 4: ...", "Figure 2.").
bool isCaptionText(const QString &text);
// Where the credit at the end of a caption starts ("Boats at dawn. Photo: Jane Doe/Agency",
// "Boats at dawn (Doe/Agency)", "Boats at dawn | © Agency"): its index in text, 0 when the whole
// text is a credit, -1 when there is none.
qsizetype captionCreditStart(const QString &text);
// An advertising label, alone or opening an advert or its disclosure: "- Anzeige -",
// "ADVERTISEMENT", "*Werbung. Dieser Beitrag enthält Werbung für Acme."
bool isAdvertLabel(const QString &text);
// A teaser cut short with a link to the rest: "The weather of the past… more •••".
bool isMoreTeaser(const QString &text);
// A notice the publisher sets under every page: cookies, the licence ("Dieser Text steht unter
// CC-BY"), the disclaimer that a piece is its author's opinion.
bool isClosingNotice(const QString &text);
// An author's biography in one paragraph: "Jane Doe is a freelance journalist in Oslo."
bool isAuthorBio(const QString &text);
// Only the names of people, as set above a story for its authors: "Jane Doe, Bo Li".
bool isNameList(const QString &text);
// A blog's line of post metadata: "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter
// Linux", "This entry was posted on May 3, 2020 and is filed under News."
bool isPostMetaLine(const QString &text);
// "© 2020 Acme Inc. All Rights Reserved.", "Alle Rechte vorbehalten".
bool isCopyrightLine(const QString &text);
// "Share this article", "Teilen", "Follow us on Twitter".
bool isShareLine(const QString &text);
// "Tags: a, b, c", "Schlagworte: ...", "Filed under: ...".
// The control that shares the page, set anywhere: "Share on Pinterest", "Share this article".
bool isShareControl(const QString &text);
bool isTagLine(const QString &text);
// Slideshow counters: "1 / 5", "3 of 12".
bool isCounter(const QString &text);
// "5 min read", "Lesezeit: 3 Minuten".
bool isReadingTime(const QString &text);
// A sponsor's line: "Powered by SmartAsset.com", "Presented by Acme", "Präsentiert von Acme".
bool isSponsorLine(const QString &text);
// A section name set above the story and joined to it by a dash: "Biz & IT —", "Politik –".
bool isKicker(const QString &text);
// A short label that announces what follows: "Read more:", "Lesen Sie auch:", "Related".
bool isLabel(const QString &text);
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
