#include "app/tandem-cli/cliargs.h"

#include "app/tandem-cli/clitext.h"
#include "sync/store/storecodec.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Tandem::Cli {

namespace {

struct CommandSpec
{
    Command command;
    QSet<QString> flags; // options without a value
    QSet<QString> valued; // options that take one value
};

const QHash<QString, CommandSpec> &commandSpecs()
{
    static const QHash<QString, CommandSpec> specs{
        {QStringLiteral("sync"),
         {Command::Sync,
          {QStringLiteral("dry-run"), QStringLiteral("force-deletes"), QStringLiteral("json")},
          {QStringLiteral("flow")}}},
        {QStringLiteral("undo"),
         {Command::Undo,
          {QStringLiteral("dry-run"), QStringLiteral("force-deletes"), QStringLiteral("json")},
          {}}},
        {QStringLiteral("conflicts"), {Command::Conflicts, {QStringLiteral("json")}, {}}},
        {QStringLiteral("resolve"),
         {Command::Resolve, {}, {QStringLiteral("take"), QStringLiteral("value")}}},
        {QStringLiteral("links"), {Command::Links, {QStringLiteral("json")}, {}}},
        {QStringLiteral("history"),
         {Command::History,
          {QStringLiteral("json")},
          {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("record"),
           QStringLiteral("action"), QStringLiteral("page"), QStringLiteral("page-size")}}},
        {QStringLiteral("status"), {Command::Status, {QStringLiteral("json")}, {}}},
        {QStringLiteral("configure"),
         {Command::Configure,
          {},
          {QStringLiteral("wix-url"), QStringLiteral("wix-site-id"),
           QStringLiteral("crmoffice-url"), QStringLiteral("mapping"), QStringLiteral("region"),
           QStringLiteral("keep-days")}}},
    };
    return specs;
}

// Names that suggest a secret: refused outright, so a key typed on a command line (where
// `ps` and the shell history see it) is never used, and its value is never echoed back.
bool looksLikeSecretOption(const QString &name)
{
    static const QStringList words{QStringLiteral("key"),    QStringLiteral("token"),
                                   QStringLiteral("secret"), QStringLiteral("pass"),
                                   QStringLiteral("auth"),   QStringLiteral("bearer")};
    for (const QString &word : words) {
        if (name.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString secretRefusal()
{
    return QStringLiteral(
        "secrets are never taken from the command line: store them in the keychain "
        "(the Tandem window does this) or set TANDEM_WIX_API_KEY and "
        "TANDEM_CRMOFFICE_TOKEN");
}

// A whole number within [min, max], or an error naming the option and the range.
bool readNumber(const QString &name, const QString &value, int min, int max, int *out,
                QString *error)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < min || number > max) {
        *error =
            QStringLiteral("--%1 takes a whole number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *out = number;
    return true;
}

// A day (YYYY-MM-DD, local time) or an ISO 8601 time. `--to` takes in the whole of its day.
bool readTime(const QString &name, const QString &value, QDateTime *out, QString *error)
{
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (day.isValid())
        *out = (name == QLatin1String("to") ? day.addDays(1) : day).startOfDay();
    else
        *out = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (out->isValid())
        return true;
    *error = QStringLiteral("--%1 takes a day such as 2026-03-31, or a time such as "
                            "2026-03-31T14:00:00Z")
                 .arg(name);
    return false;
}

bool applyHistoryOption(Args &args, const QString &name, const QString &value, QString *error)
{
    if (name == QLatin1String("from"))
        return readTime(name, value, &args.history.from, error);
    if (name == QLatin1String("to"))
        return readTime(name, value, &args.history.to, error);
    if (name == QLatin1String("record")) {
        args.history.record = value;
        return true;
    }
    if (name == QLatin1String("page"))
        return readNumber(name, value, 1, 1000000, &args.page, error);
    if (name == QLatin1String("page-size"))
        return readNumber(name, value, 1, 10000, &args.history.limit, error);
    // action
    const std::optional<RunEntry::Action> action = StoreCodec::toAction(value);
    if (!action) {
        *error = QStringLiteral("--action takes create, update, delete, link or error");
        return false;
    }
    args.history.action = action;
    return true;
}

bool applyOption(Args &args, const QString &name, const QString &value, QString *error)
{
    if (args.command == Command::History && name != QLatin1String("json"))
        return applyHistoryOption(args, name, value, error);
    if (name == QLatin1String("json"))
        args.json = true;
    else if (name == QLatin1String("dry-run"))
        args.dryRun = true;
    else if (name == QLatin1String("force-deletes"))
        args.forceDeletes = true;
    else if (name == QLatin1String("flow")) {
        if (value != QLatin1String("contacts") && value != QLatin1String("products")
            && value != QLatin1String("all")) {
            *error = QStringLiteral("--flow takes contacts, products or all");
            return false;
        }
        args.flow = value;
    } else if (name == QLatin1String("take")) {
        if (value != QLatin1String("wix") && value != QLatin1String("crmoffice")) {
            *error = QStringLiteral("--take takes wix or crmoffice");
            return false;
        }
        args.take = value;
    } else if (name == QLatin1String("value")) {
        args.value = value;
        args.hasValue = true;
    } else if (name == QLatin1String("wix-url"))
        args.wixUrl = value;
    else if (name == QLatin1String("wix-site-id"))
        args.wixSiteId = value;
    else if (name == QLatin1String("crmoffice-url"))
        args.crmUrl = value;
    else if (name == QLatin1String("mapping"))
        args.mappingFile = value;
    else if (name == QLatin1String("region")) {
        // The default country of phone numbers written without one, for matching people.
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
        if (!code.match(value).hasMatch()) {
            *error = QStringLiteral("--region takes a two-letter country code, such as NO");
            return false;
        }
        args.region = value.toUpper();
    } else if (name == QLatin1String("keep-days"))
        return readNumber(name, value, HistoryPolicy::minKeepDays, HistoryPolicy::maxKeepDays,
                          &args.keepDays, error);
    return true;
}

QString checkCommand(Args &args, const QStringList &positionals)
{
    switch (args.command) {
    case Command::Resolve: {
        if (positionals.size() != 1)
            return QStringLiteral("resolve needs one CONFLICT_ID");
        bool ok = false;
        args.conflictId = positionals.first().toLongLong(&ok);
        if (!ok || args.conflictId <= 0)
            return QStringLiteral("CONFLICT_ID must be a positive number, as `conflicts` lists it");
        if (args.take.isEmpty() == !args.hasValue)
            return QStringLiteral(
                "resolve needs exactly one of --take wix|crmoffice or --value TEXT");
        return {};
    }
    case Command::Undo: {
        if (positionals.size() != 1)
            return QStringLiteral("undo needs one RUN");
        bool ok = false;
        args.runId = positionals.first().toLongLong(&ok);
        if (!ok || args.runId <= 0)
            return QStringLiteral("RUN must be a positive number, as `history` lists it");
        return {};
    }
    case Command::Configure:
        if (!positionals.isEmpty())
            break;
        if (args.wixUrl.isEmpty() || args.wixSiteId.trimmed().isEmpty() || args.crmUrl.isEmpty())
            return QStringLiteral("configure needs --wix-url, --wix-site-id and --crmoffice-url");
        return {};
    default:
        if (!positionals.isEmpty())
            break;
        return {};
    }
    return QStringLiteral("unexpected argument after the command (%1 extra)")
        .arg(positionals.size());
}

} // namespace

ParseResult parseArgs(const QStringList &arguments)
{
    ParseResult result;
    Args &args = result.args;
    const CommandSpec *spec = nullptr;
    QString commandName;
    QStringList positionals;

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            if (arg == QLatin1String("-h")) {
                args.command = Command::Help;
                return result;
            }
            if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
                result.error =
                    QStringLiteral("unknown option %1").arg(arg.section(QLatin1Char('='), 0, 0));
                return result;
            }
            if (!spec) {
                const auto found = commandSpecs().constFind(arg);
                if (found == commandSpecs().constEnd()) {
                    result.error = QStringLiteral("unknown command \"%1\"").arg(arg);
                    return result;
                }
                spec = &found.value();
                commandName = arg;
                args.command = spec->command;
            } else {
                positionals << arg;
            }
            continue;
        }
        const QString body = arg.mid(2);
        const QString name = body.section(QLatin1Char('='), 0, 0);
        const bool inlineValue = body.contains(QLatin1Char('='));
        if (looksLikeSecretOption(name)) {
            result.error = secretRefusal();
            return result;
        }
        if (name == QLatin1String("help")) {
            args.command = Command::Help;
            return result;
        }
        if (name == QLatin1String("version")) {
            args.command = Command::Version;
            return result;
        }
        const bool global = name == QLatin1String("profile");
        const bool flag = spec && spec->flags.contains(name);
        const bool valued = global || (spec && spec->valued.contains(name));
        if (!flag && !valued) {
            result.error = spec
                ? QStringLiteral("%1 does not take --%2").arg(commandName, name)
                : QStringLiteral("unknown option --%1 (options follow the command)").arg(name);
            return result;
        }
        QString value;
        if (valued) {
            if (inlineValue)
                value = body.section(QLatin1Char('='), 1);
            else if (i + 1 < arguments.size())
                value = arguments.at(++i);
            else {
                result.error = QStringLiteral("--%1 needs a value").arg(name);
                return result;
            }
        } else if (inlineValue) {
            result.error = QStringLiteral("--%1 takes no value").arg(name);
            return result;
        }
        if (global) {
            args.profileDir = value;
            continue;
        }
        if (!applyOption(args, name, value, &result.error))
            return result;
    }
    if (!spec) {
        result.error = QStringLiteral("no command given");
        return result;
    }
    result.error = checkCommand(args, positionals);
    return result;
}

QString usageText()
{
    return QStringLiteral(
        "Usage:\n"
        "  tandem-cli [--profile DIR] sync [--dry-run] [--flow contacts|products|all] "
        "[--force-deletes] [--json]\n"
        "  tandem-cli [--profile DIR] undo RUN [--dry-run] [--force-deletes] [--json]\n"
        "  tandem-cli [--profile DIR] conflicts [--json]\n"
        "  tandem-cli [--profile DIR] resolve CONFLICT_ID --take wix|crmoffice | "
        "--value TEXT\n"
        "  tandem-cli [--profile DIR] links|status [--json]\n"
        "  tandem-cli [--profile DIR] history [--from DAY] [--to DAY] [--record TEXT] "
        "[--action create|update|delete|link|error] [--page N] [--page-size N] [--json]\n"
        "  tandem-cli [--profile DIR] configure --wix-url URL --wix-site-id ID "
        "--crmoffice-url URL [--mapping FILE] [--region CC] [--keep-days N]\n"
        "\n"
        "Secrets come from the keychain, or from TANDEM_WIX_API_KEY and "
        "TANDEM_CRMOFFICE_TOKEN.\n"
        "Exit status: 0 ok, 1 failed or cancelled, 2 usage, 3 conflicts open (undo: writes "
        "left because their records changed since), 4 stopped by the deletion guard.\n");
}

} // namespace Tandem::Cli
