#pragma once

#include "sandbox/sandboxoptions.h"
#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"
#include "tests/support/sandboxfixture.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Tandem::Test {

// What one run of the real tandem-cli gave.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
    QJsonArray jsonArray() const;
    QString describe() const; // exit code and both streams, for failure messages
};

// One end-to-end bed: both sandbox servers in this process on loopback (requiring these very
// secrets), a temporary profile folder, the tandem-cli executable, and connectors of our own
// to look at and edit each side the way another user of the service would.
class CliBed
{
public:
    static Sandbox::SandboxOptions smallSeed(int contacts = 8, int products = 3);

    explicit CliBed(Sandbox::SandboxOptions options);

    bool ok() const { return m_sandbox->isRunning() && m_profile.isValid(); }
    QString profileDir() const { return m_profile.path(); }
    QString wixKey() const { return m_wixKey; }
    QString crmToken() const { return m_crmToken; }

    // Runs `tandem-cli --profile <dir> <arguments>` with the secrets in the environment and
    // serves the sandbox while it runs. `environment` replaces the default one when given.
    CliResult run(const QStringList &arguments, const QProcessEnvironment *environment = nullptr);
    // The same in two steps, for a test that acts while the run goes on.
    std::unique_ptr<QProcess> start(const QStringList &arguments,
                                    const QProcessEnvironment *environment = nullptr);
    CliResult finish(QProcess &process);
    QProcessEnvironment environment() const;
    CliResult configure(const QStringList &more = {}); // the sandbox's accounts, and `more`

    // The servers, for their request counts and their clock.
    SandboxFixture &sandbox() { return *m_sandbox; }
    WixConnector &wix() { return *m_wix; }
    CrmOfficeConnector &crm() { return *m_crm; }
    // Every live record of a collection, by id.
    QHash<QString, Record> records(Connector &connector, const QString &collection);
    // wix id -> crmoffice id of the flow's links, from `links --json`.
    QHash<QString, QString> links(const QString &flow);

    // Every run's stdout and stderr so far, for the secret check.
    QByteArray allOutput() const { return m_output; }

private:
    QString m_wixKey;
    QString m_crmToken;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_profile;
    QTemporaryDir m_home;
    std::unique_ptr<WixConnector> m_wix;
    std::unique_ptr<CrmOfficeConnector> m_crm;
    QByteArray m_output;
};

// The counts of one flow and side in a `sync --json` summary.
QJsonObject sideCounts(const QJsonObject &summary, const char *flow, const char *side);
// created + updated + deleted over every flow and side: what a run wrote.
int writesOf(const QJsonObject &summary);
// Files under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace Tandem::Test
