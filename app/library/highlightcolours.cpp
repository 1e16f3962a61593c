#include "library/highlightcolours.h"

#include <QCoreApplication>
#include <QSettings>

namespace Quoteshelf::Library {

namespace {

QString settingsKey(const QString &key)
{
    return QStringLiteral("highlights/names/%1").arg(key);
}

} // namespace

QStringList HighlightColours::keys()
{
    return {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"), QStringLiteral("pink"), QStringLiteral("purple")};
}

QString HighlightColours::defaultName(const QString &key)
{
    if (key == QLatin1String("yellow"))
        return QCoreApplication::translate("HighlightColours", "Important");
    if (key == QLatin1String("green"))
        return QCoreApplication::translate("HighlightColours", "Evidence");
    if (key == QLatin1String("blue"))
        return QCoreApplication::translate("HighlightColours", "Context");
    if (key == QLatin1String("pink"))
        return QCoreApplication::translate("HighlightColours", "Question");
    if (key == QLatin1String("purple"))
        return QCoreApplication::translate("HighlightColours", "Quote");
    return key;
}

QString HighlightColours::name(const QString &key)
{
    const QString chosen = QSettings().value(settingsKey(key)).toString().trimmed();
    return chosen.isEmpty() ? defaultName(key) : chosen;
}

void HighlightColours::setName(const QString &key, const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty() || name.trimmed() == defaultName(key))
        settings.remove(settingsKey(key));
    else
        settings.setValue(settingsKey(key), name.trimmed());
}

} // namespace Quoteshelf::Library
