#pragma once

#include <QString>

namespace Quoteshelf::Import {

// What the words of one short block say it is, when it is page furniture rather than article:
// a date line, a byline, a copyright notice, a tag list... Each test looks at one block's
// text (white space collapsed) and only ever accepts short lines, so running prose never matches.
// The words they know are closed classes of the languages the importer meets (month and weekday
// names, the prepositions that introduce an author, the labels of credits and tag lists).
// The lines about pictures are in picturecredits.h, the lines that address the reader (share,
// subscribe, read more) in readerappeals.h, the page's controls in interfacetext.h.
namespace BoilerplateText {

// "March 3, 2024", "03.04.2020 19:49", "Updated: Tue 5 May 2020 10:02 BST", "7. oktober 2020",
// "Publikacja: 04.05.2021" (a label before the date only when withLabel).
bool isDateLine(const QString &text, bool withLabel = true);
// "By Jane Doe", "VON Sina Giebel", "by By Erin Cunningham", "Jane Doe | March 3, 2024".
bool isBylineLine(const QString &text);
// "Reporting by Jane Doe; Editing by Bo Li", "Additional reporting by ...".
bool isReportingCredit(const QString &text);
// The author's job set under the byline: "Health correspondent, BBC News", "Senior Editor",
// "Political reporter · NZ Herald", "Korrespondentin in Paris". The names of the newsroom's
// roles only, beside the publication's name: a sentence about a reporter is longer or ends.
bool isRoleLine(const QString &text);
// Only the names of people, as set above a story for its authors: "Jane Doe, Bo Li".
bool isNameList(const QString &text);
// An author's biography in one paragraph: "Jane Doe is a freelance journalist in Oslo.", "Jane Doe is a
// senior lecturer in maritime history …" (the scholars who write comment pieces name their posts).
bool isAuthorBio(const QString &text);
// A line of an address block, as set under a press release or a shop's page: "Tel.: 0471 80 60 745
// * info@example.de", "Harbour Office | Quay Street 4 | 27580 Bremerhaven". Its parts are names, a
// phone number or an e-mail address, or a street and a postcode.
bool isContactLine(const QString &text);
// A blog's line of post metadata: "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter
// Linux", "This entry was posted on May 3, 2020 and is filed under News."
bool isPostMetaLine(const QString &text);
// A line of the page's fields about the post, each a date, a time or a field's label and short
// value: "24.01.2022 11:38 Kategorie: News", "Aufrufe: 1120 | Hinzugefügt von: Posh | Rating: 0.0/0".
bool isMetaFieldsLine(const QString &text);
// "© 2020 Acme Inc. All Rights Reserved.", "Alle Rechte vorbehalten".
bool isCopyrightLine(const QString &text);
// A notice the publisher sets under every page: cookies, the licence ("Dieser Text steht unter
// CC-BY"), the disclaimer that a piece is its author's opinion.
bool isClosingNotice(const QString &text);
// A note on the piece itself, true wherever it stands: where it ran in print ("Dieser Beitrag stammt
// aus Ausgabe 7/2019 der …", "A version of this article appears in print on …"), that it came from a
// syndicated feed, what kind of piece it is ("Bei diesem Beitrag handelt es sich um ein Blog …").
bool isPieceNote(const QString &text);
// "Tags: a, b, c", "Schlagworte: ...", "Filed under: ...".
bool isTagLine(const QString &text);
// Slideshow counters: "1 / 5", "3 of 12", and the count on a slideshow's button ("Show all 50").
bool isCounter(const QString &text);
// "5 min read", "Lesezeit: 3 Minuten".
bool isReadingTime(const QString &text);
// A section name set above the story and joined to it by a dash: "Biz & IT —", "Politik –".
bool isKicker(const QString &text);
// A short label that announces what follows: "Read more:", "Lesen Sie auch:", "Related".
bool isLabel(const QString &text);

} // namespace BoilerplateText

} // namespace Quoteshelf::Import
