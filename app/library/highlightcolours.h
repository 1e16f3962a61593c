#pragma once

#include <QString>
#include <QStringList>

namespace Quoteshelf::Library {

// The five highlight colours and the names the reader gives them ("Evidence", not "green"). The
// names are kept in the settings (highlights/names/<colour>); the popup, the panels, the notebook
// and the Markdown export all show them.
class HighlightColours final
{
public:
    static QStringList keys(); // yellow, green, blue, pink, purple: keys 1-5
    static QString defaultName(const QString &key);
    static QString name(const QString &key);
    // An empty name goes back to the default.
    static void setName(const QString &key, const QString &name);
};

} // namespace Quoteshelf::Library
