#pragma once

#include <QString>

class QCoreApplication;

namespace Tandem {

// Installs Tandem's translation (and Qt's own, for standard dialogs) for a language setting:
// "" follows the system locale, "en" and "nb" pick one.
class TranslationLoader
{
public:
    static QString resolve(const QString &language); // the locale name actually used
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace Tandem
