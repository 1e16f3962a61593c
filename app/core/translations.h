#pragma once

class QCoreApplication;

namespace Quoteshelf::Core {

// Installs Quoteshelf's translation for the user's language (from :/i18n) and Qt's own, so that
// dialogs and plural forms ("1 article", "2 articles") read naturally.
void installTranslations(QCoreApplication &app);

} // namespace Quoteshelf::Core
