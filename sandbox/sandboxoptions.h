#pragma once

#include "sandbox/sandboxbackend.h"
#include "sandbox/sandboxserver.h"

#include <QString>
#include <QStringList>

namespace Tandem::Sandbox {

// Everything tandem-sandbox can be told on its command line.
struct SandboxOptions
{
    quint16 wixPort = 0; // 0: the OS picks
    quint16 crmPort = 0;
    SeedOptions seed;
    QString dataFile; // load at start, save at exit; empty: state in memory only
    int latencyMs = 0;
    double faultRate = 0;
    int rateLimit = 0; // per second and server; 0 = unlimited
    bool normalizePhones = false;
    QString wixApiKey; // empty: any non-empty key is accepted
    QString wixSiteId;
    QString wixCatalog = QStringLiteral("v3"); // v1 | v3 | none
    QString crmToken;
    int tokenTtlSeconds = 3600;

    // The front options for one server: the same faults, latency and rate limit on both.
    FrontOptions frontOptions(bool rateLimitHeader) const;

    // Parses arguments (argv[0] first). On error, *error names the option and what is wrong.
    // --help and --version print and exit, as QCommandLineParser does.
    static bool parse(const QStringList &arguments, SandboxOptions *options, QString *error);
};

} // namespace Tandem::Sandbox
