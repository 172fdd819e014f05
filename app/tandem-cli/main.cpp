#include "app/tandem-cli/cliargs.h"
#include "app/tandem-cli/clicommands.h"
#include "app/tandem-cli/clioutput.h"
#include "version.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    // stdout is the result and stderr the errors: the engine's progress notes (every HTTP call)
    // only when asked for, e.g. QT_LOGGING_RULES="tandem.*.debug=true", which takes precedence.
    QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.debug=false\ntandem.*.info=false"));

    const Tandem::Cli::ParseResult parsed = Tandem::Cli::parseArgs(app.arguments().mid(1));
    if (!parsed.ok()) {
        Tandem::Cli::printError(parsed.error);
        Tandem::Cli::printError(QStringLiteral("see tandem-cli --help"));
        return Tandem::Cli::ExitUsage;
    }
    return Tandem::Cli::runCommand(parsed.args);
}
