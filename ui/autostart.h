#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Tandem {

// "Start at login, in the tray": an XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/<app id>.desktop) that starts Tandem with --tray.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::Autostart)

public:
    static constexpr const char *TrayOption = "tray"; // main() starts hidden in the tray

    static QString entryPath();
    static bool isEnabled(); // the entry exists
    // Writes the entry for `program` (the running binary when empty) atomically, or removes it.
    static bool setEnabled(bool on, QString *error, const QString &program = {});
    // The entry's text; `program` is quoted for the Exec key as the Desktop Entry spec asks.
    static QByteArray entryText(const QString &program);
};

} // namespace Tandem
