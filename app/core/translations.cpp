#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Quoteshelf::Core {

void installTranslations(QCoreApplication &app)
{
    // QLocale() is the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) unless a default was
    // set; its uiLanguages() gives the user's languages in order of preference.
    const QLocale locale;
    // Qt's own catalogues: standard dialog buttons, file dialogs, the reader view's context menu.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalogue : { QStringLiteral("qtbase"), QStringLiteral("qtwebengine") }) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, catalogue, QStringLiteral("_"), qtTranslations))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    auto *own = new QTranslator(&app);
    // English is the source language; its file only supplies plural forms, so it is the fallback
    // for every language Quoteshelf has not been translated into yet.
    if (own->load(locale, QStringLiteral("quoteshelf"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/quoteshelf_en")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace Quoteshelf::Core
