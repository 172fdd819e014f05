#pragma once

#include "tests/support/sandboxside.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace Tandem::Test {

// The real tandem-sandbox executable in a child process, for tests of what users run:
//
//   SandboxProcess sandbox({"--seed-contacts", "5", "--token-ttl", "1"});
//   QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//   client.get(sandbox.crmUrl().toString() + "/contacts");
//
// start() waits for the one URL line; the destructor kills the process if still running.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start(int timeoutMs = 15000); // false: see errorString()
    QString errorString() const { return m_error; }

    QUrl wixUrl() const { return m_wixUrl; }
    QUrl crmUrl() const { return m_crmUrl; } // ends in /api/v1
    QByteArray firstLine() const { return m_line; }

    // GET /__sandbox/stats and POST /__sandbox/reset on one server ({} / false on failure).
    QJsonObject stats(SandboxSide side) const;
    bool reset(SandboxSide side, bool reseed = true) const;

    // SIGTERM, then waits. The exit code, or -1 when it crashed or did not exit in time.
    int terminate(int timeoutMs = 15000);
    QByteArray readAllStandardOutput() { return m_process.readAllStandardOutput(); }
    QByteArray readAllStandardError() { return m_process.readAllStandardError(); }

    static QString executable(); // the built tandem-sandbox

private:
    QUrl baseUrl(SandboxSide side) const;

    QStringList m_arguments;
    QProcess m_process;
    QString m_error;
    QByteArray m_line;
    QUrl m_wixUrl;
    QUrl m_crmUrl;
};

} // namespace Tandem::Test
