#pragma once

#include <QString>

namespace Quoteshelf::Import {

// The words of the page's own machinery set between the paragraphs of a story: its controls
// (print, enlarge, back to top), the strings of its comment system and the stand-ins of content
// embedded from other services. Each test reads one block's text (white space collapsed) and
// accepts short lines only.
namespace BoilerplateText {

// The page's controls and the strings of its comment system, which sit between the paragraphs
// of a story when the theme puts them there: "Print", "Rezept drucken", "Leave a reply", "Comments
// are closed", "Click to enlarge", "This site uses Akismet to reduce spam.", "Permalien".
bool isInterfaceText(const QString &text);
// The stand-in for content embedded from another service until the reader consents: "Twitter
// freischalten", "Externer Inhalt: Ich bin damit einverstanden, dass mir externe Inhalte angezeigt
// werden", "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine
// Verbindung zu Twitter her." (part of isInterfaceText).
bool isEmbedConsent(const QString &text);
// The head of the comment section under a story and its notices: "Comments", "3 Kommentare",
// "Kommentare (0)", "Lesermeinungen", "Dieser Artikel hat 32 Kommentare.", "Um einen Kommentar zu
// hinterlassen, loggen Sie sich bitte ein." Read at the end of the body only: "Kommentar" alone
// names an opinion piece above it, and a story may report that a forum asks its users to log in.
bool isCommentSectionLine(const QString &text);
// The head of the comment section alone: "Comments", "3 Kommentare", "Kommentare (0)",
// "Lesermeinungen".
bool isCommentsHeading(const QString &text);

} // namespace BoilerplateText

} // namespace Quoteshelf::Import
