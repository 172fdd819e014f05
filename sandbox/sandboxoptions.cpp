#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Tandem::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxOptions", text);
}

QList<QCommandLineOption> optionList()
{
    const auto value = [](const char *name, const char *help, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), tr(help), QLatin1String(valueName));
    };
    return {value("wix-port", "Port of the Wix server (0: any free port).", "N"),
            value("crm-port", "Port of the CRMOffice server (0: any free port).", "N"),
            value("seed-contacts", "Wix contacts to seed.", "N"),
            value("seed-products", "Wix products to seed.", "N"),
            value("seed-companies", "CRMOffice companies to seed.", "N"),
            value("seed-crm-contacts", "CRMOffice contacts to seed (default 0).", "N"),
            value("random-seed", "Seed of the generated data and faults.", "S"),
            value("data", "Load the state from FILE at start and save it there at exit.", "FILE"),
            value("latency-ms", "Delay added to every answer.", "N"),
            value("fault-rate",
                  "Share of requests answered by 500, 503, a dropped connection "
                  "or a truncated body.",
                  "P"),
            value("rate-limit", "Requests per second before 429 (0: no limit).", "PER_SECOND"),
            QCommandLineOption(QStringLiteral("normalize-phones"),
                               tr("CRMOffice stores phone numbers without spaces.")),
            value("wix-api-key", "The only Wix API key accepted.", "K"),
            value("wix-site-id", "The only Wix site id accepted.", "ID"),
            value("wix-catalog", "Wix Stores catalog version: v1, v3 or none.", "v1|v3|none"),
            value("crm-token", "A CRMOffice personal API token to accept.", "T"),
            value("token-ttl", "Lifetime of CRMOffice access tokens in seconds.", "S")};
}

// Reads an integer option into *out when given; false with *error when it does not read.
bool readInt(const QCommandLineParser &parser, const char *name, qint64 min, qint64 max,
             qint64 *out, QString *error)
{
    const QString option = QLatin1String(name);
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = tr("--%1: '%2' is not a whole number from %3 to %4.")
                     .arg(option, parser.value(option))
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = value;
    return true;
}

bool readNumbers(const QCommandLineParser &parser, SandboxOptions *options, QString *error)
{
    qint64 wixPort = options->wixPort, crmPort = options->crmPort;
    qint64 contacts = options->seed.contacts, products = options->seed.products;
    qint64 companies = options->seed.companies, crmContacts = options->seed.crmContacts;
    qint64 seed = options->seed.randomSeed, latency = options->latencyMs;
    qint64 rateLimit = options->rateLimit, ttl = options->tokenTtlSeconds;
    const bool ok = readInt(parser, "wix-port", 0, 65535, &wixPort, error)
        && readInt(parser, "crm-port", 0, 65535, &crmPort, error)
        && readInt(parser, "seed-contacts", 0, 1000000, &contacts, error)
        && readInt(parser, "seed-products", 0, 1000000, &products, error)
        && readInt(parser, "seed-companies", 0, 1000000, &companies, error)
        && readInt(parser, "seed-crm-contacts", 0, 1000000, &crmContacts, error)
        && readInt(parser, "random-seed", 0, 4294967295LL, &seed, error)
        && readInt(parser, "latency-ms", 0, 600000, &latency, error)
        && readInt(parser, "rate-limit", 0, 1000000, &rateLimit, error)
        && readInt(parser, "token-ttl", 1, 365LL * 24 * 3600, &ttl, error);
    if (!ok)
        return false;
    options->wixPort = quint16(wixPort);
    options->crmPort = quint16(crmPort);
    options->seed = {int(contacts), int(products), int(companies), int(crmContacts), quint32(seed)};
    options->latencyMs = int(latency);
    options->rateLimit = int(rateLimit);
    options->tokenTtlSeconds = int(ttl);
    return true;
}

} // namespace

FrontOptions SandboxOptions::frontOptions(bool rateLimitHeader) const
{
    return {latencyMs, faultRate, rateLimit, seed.randomSeed, rateLimitHeader};
}

bool SandboxOptions::parse(const QStringList &arguments, SandboxOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Local servers that speak the Wix and CRMOffice APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(optionList());
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    if (!readNumbers(parser, options, error))
        return false;
    if (parser.isSet(QStringLiteral("fault-rate"))) {
        bool ok = false;
        options->faultRate = parser.value(QStringLiteral("fault-rate")).toDouble(&ok);
        if (!ok || options->faultRate < 0 || options->faultRate > 1) {
            *error = tr("--fault-rate: '%1' is not a share from 0 to 1.")
                         .arg(parser.value(QStringLiteral("fault-rate")));
            return false;
        }
    }
    const QString catalog = parser.value(QStringLiteral("wix-catalog"));
    if (!catalog.isEmpty() && catalog != QLatin1String("v1") && catalog != QLatin1String("v3")
        && catalog != QLatin1String("none")) {
        *error = tr("--wix-catalog: '%1' is not v1, v3 or none.").arg(catalog);
        return false;
    }
    if (!catalog.isEmpty())
        options->wixCatalog = catalog;
    options->dataFile = parser.value(QStringLiteral("data"));
    options->normalizePhones = parser.isSet(QStringLiteral("normalize-phones"));
    options->wixApiKey = parser.value(QStringLiteral("wix-api-key"));
    options->wixSiteId = parser.value(QStringLiteral("wix-site-id"));
    options->crmToken = parser.value(QStringLiteral("crm-token"));
    return true;
}

} // namespace Tandem::Sandbox
