#pragma once

namespace Quoteshelf::Ui {

// The whole window in the reader's theme: a dark reader gets a dark window around it (menus,
// lists, panels, dialogs), a light or sepia one a light window. Asks the platform for its colour
// scheme first; where the platform cannot switch (a plain X session), sets a palette itself.
void applyWindowTheme(bool dark);

} // namespace Quoteshelf::Ui
