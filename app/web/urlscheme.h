#pragma once

#include <QByteArray>

namespace Quoteshelf::Web {

inline constexpr char SchemeName[] = "quoteshelf";

// Registers quoteshelf:// with Chromium. Must run before the QApplication is created.
void registerUrlScheme();

} // namespace Quoteshelf::Web
