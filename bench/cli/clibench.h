#pragma once

#include "tests/support/sandboxprocess.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Tandem::Bench {

// How the sandbox serves: on loopback without limits, or like a remote service.
struct ServerMode
{
    QString name;
    QStringList sandboxArguments; // e.g. --rate-limit 600 --latency-ms 30
    int requestWindow = 0; // 0: the profile's default; 1: one request at a time
};

// One timed `tandem-cli sync --flow contacts --json`.
struct CaseResult
{
    QString name;
    double seconds = 0;
    double cpuSeconds = 0; // user + system of the tandem-cli process: less noisy than seconds
    QJsonObject summary; // the run summary; empty when the run failed
    QString error; // why the run failed (exit code and stderr)

    int calls(const char *side) const;
    int floor(const char *side) const;
    int writes() const; // created + updated + deleted on both sides
};

// A fresh tandem-sandbox seeded with `contacts` Wix contacts, a fresh profile configured for
// it, and the cases a user meets: first sync, a no-op, then `edits` edits on each side made
// over HTTP as another user of each service would.
class CliBench
{
public:
    CliBench(int contacts, int edits, ServerMode mode);

    bool start(); // false: see error()
    QString error() const { return m_error; }

    CaseResult sync(const QString &name);
    // The configured profile, and the environment its runs get (the secrets, a HOME of its
    // own): for a program that runs the product in its own process.
    QString profileDir() const { return m_profile.path(); }
    QProcessEnvironment environment() const { return m_environment; }
    bool editBothSides(); // false: see error()

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run runCli(const QStringList &arguments) const;
    bool setRequestWindow(int window);

    int m_contacts;
    int m_edits;
    ServerMode m_mode;
    QString m_wixKey;
    QString m_crmToken;
    std::unique_ptr<Test::SandboxProcess> m_sandbox;
    QTemporaryDir m_profile;
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QString m_error;
};

} // namespace Tandem::Bench
