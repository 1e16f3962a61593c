#pragma once

#include <QString>

namespace Quoteshelf::Import {

// The lines set under pictures: credits, captions set as paragraphs, the credit that closes a
// caption. Each test reads one block's text (white space collapsed) and accepts short lines only.
namespace BoilerplateText {

// "Photo: Jane Doe/Agency", "Credit…", "Foto: dpa", "Image via Wikimedia".
bool isCreditLine(const QString &text);
// A credit without a label, as set under pictures: "Getty Images", "Jane Doe/Agency",
// "REUTERS/Jane Doe", "dpa-infocom". Only short lines with an agency's name or a slash between
// names, so a caption's own words never match.
bool isAgencyCredit(const QString &text);
// An agency credit that says so wherever it stands, its picture gone or set apart: an agency's
// name joined to a photographer's by a slash or "via" ("JANE DOE/AFP via Getty Images",
// "Jane Doe / Reuters").
bool isJoinedAgencyCredit(const QString &text);
// A picture's caption set as a paragraph: it ends with the credit ("... Photograph: Jane
// Doe/Agency", "... (Quelle: Doe/Agency)", "... © Doe") or starts with a figure label
// ("Abbildung 4: ...", "Figure 2.").
bool isCaptionText(const QString &text);
// isCaptionText for a paragraph away from any picture: a closing "(Name/Name)" counts as a
// credit only when it names an agency or carries a credit label.
bool isCaptionParagraph(const QString &text);
// Where the credit at the end of a caption starts ("Boats at dawn. Photo: Jane Doe/Agency",
// "Boats at dawn (Doe/Agency)", "Boats at dawn | © Agency"): its index in text, 0 when the whole
// text is a credit, -1 when there is none.
qsizetype captionCreditStart(const QString &text);

} // namespace BoilerplateText

} // namespace Quoteshelf::Import
