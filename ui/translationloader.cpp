#include "ui/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Tandem {

QString TranslationLoader::resolve(const QString &language)
{
    if (!language.isEmpty())
        return language;
    // Norwegian without a written form (no, nn) reads Bokmål best of what Tandem has.
    const QLocale system;
    if (system.language() == QLocale::NorwegianBokmal
        || system.language() == QLocale::NorwegianNynorsk)
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

bool TranslationLoader::install(QCoreApplication *app, const QString &language)
{
    const QString name = resolve(language);
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/tandem_%1.qm").arg(name))) {
        delete own;
        return false;
    }
    app->installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(name), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace Tandem
