#include "sync/store/profile.h"
#include "ui/autostart.h"
#include "ui/desktopapp.h"
#include "ui/singleinstance.h"
#include "ui/translationloader.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(TANDEM_APP_ID));
    // Closed to the tray, the app keeps running its schedule; Quit ends it.
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Two-way sync between a Wix site and CRMOffice."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "The profile folder to open (default: %1).")
            .arg(QDir::toNativeSeparators(Tandem::Profile::defaultDir())),
        QApplication::translate("main", "DIR"));
    const QCommandLineOption trayOption(
        QLatin1String(Tandem::Autostart::TrayOption),
        QApplication::translate("main", "Start in the tray, without opening the window."));
    parser.addOption(profileOption);
    parser.addOption(trayOption);
    parser.process(app);

    const QString profileDir = parser.isSet(profileOption)
        ? QDir(parser.value(profileOption)).absolutePath()
        : Tandem::Profile::defaultDir();
    // A second start on this profile raises the first one's window and ends here.
    Tandem::SingleInstance instance(profileDir);
    if (!instance.claim())
        return 0;

    Tandem::ProfileSettings settings;
    QString error;
    Tandem::Profile(profileDir).load(&settings, &error); // DesktopApp reports a damaged file
    Tandem::TranslationLoader::install(&app, settings.language);

    Tandem::DesktopApp desktop(profileDir);
    QObject::connect(&instance, &Tandem::SingleInstance::raiseRequested, &desktop,
                     &Tandem::DesktopApp::raiseWindow);
    QObject::connect(&desktop, &Tandem::DesktopApp::quitRequested, &app, &QApplication::quit);
    desktop.start(parser.isSet(trayOption));
    return app.exec();
}
