#pragma once

#include <QStringView>

namespace Quoteshelf::Extract {

// Place names that capitalisation alone cannot tell from people or organisations: countries,
// US states, prominent cities, mountain ranges and regions. Written by hand (general knowledge, no corpus text);
// anything else is a place only when the text says so ("in Gaza", "from Rafah").
class Gazetteer final
{
public:
    static bool isPlace(QStringView name);
};

} // namespace Quoteshelf::Extract
