#pragma once

#include "sandbox/sandboxhost.h"
#include "tests/support/sandboxside.h"

#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace Tandem::Test {

// Both sandbox servers in the test's own process and thread (fast; no child process):
//
//   SandboxFixture sandbox;                      // default options, seeded, ports chosen by OS
//   QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
//   sandbox.server(SandboxSide::Crm).setFrontOptions({.faultRate = 0.5});
//
// Requests are served while the test spins an event loop (QSignalSpy::wait, QTRY_*, or
// TestHttpClient). Without options, any non-empty Wix key / site id and any non-empty CRM
// Bearer token are accepted.
class SandboxFixture
{
public:
    explicit SandboxFixture(const Sandbox::SandboxOptions &options = {});
    ~SandboxFixture();

    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    QUrl wixUrl() const { return m_host->wixUrl(); }
    QUrl crmUrl() const { return m_host->crmUrl(); } // ends in /api/v1

    QJsonObject stats(SandboxSide side) const;
    // Empties that server's backend, re-seeds it unless told not to, and clears its stats.
    void reset(SandboxSide side, bool reseed = true);

    Sandbox::SandboxServer &server(SandboxSide side);
    // Both servers go by `clock` (token expiry, rate limits): a test advances it instead of
    // sleeping.
    void setClock(const Sandbox::Clock &clock);
    Sandbox::Backend &backend(SandboxSide side) { return server(side).backend(); }

private:
    std::unique_ptr<Sandbox::SandboxHost> m_host;
    bool m_running = false;
    QString m_error;
};

} // namespace Tandem::Test
