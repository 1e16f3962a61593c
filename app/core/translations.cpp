#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Quoteshelf::Core {

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English is the source language; its file only supplies plural forms, so it is the fallback
    // for every language Quoteshelf has not been translated into yet.
    if (own->load(QLocale(), QStringLiteral("quoteshelf"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/quoteshelf_en")))
        QCoreApplication::installTranslator(own);
}

} // namespace Quoteshelf::Core
