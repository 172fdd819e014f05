#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/signalwatcher.h"
#include "version.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace Tandem::Sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    SandboxOptions options;
    QString error;
    if (!SandboxOptions::parse(app.arguments(), &options, &error)) {
        std::fprintf(stderr, "tandem-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    SignalWatcher signalWatcher({SIGINT, SIGTERM});
    SandboxHost host(options);
    if (!host.start(&error)) {
        std::fprintf(stderr, "tandem-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QObject::connect(&signalWatcher, &SignalWatcher::received, &app, &QCoreApplication::quit);
    std::printf("%s\n", qPrintable(host.urlLine()));
    std::fflush(stdout);

    const int status = app.exec();
    if (!host.save(&error)) {
        std::fprintf(stderr, "tandem-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    return status;
}
