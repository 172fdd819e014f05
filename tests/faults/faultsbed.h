#pragma once

// Both flows end to end under injected faults: the real engine (SyncRun) with the real Wix and
// CRMOffice connectors against the in-process sandbox servers, over loopback HTTP (the
// pattern of tests/products/productsbed.h). The "user" edits each side through connectors of
// its own while the faults are paused, so only the engine's calls meet them.
#include "sandbox/sandboxoptions.h"
#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"
#include "sync/engine/runsummary.h"
#include "sync/engine/syncrun.h"
#include "sync/model/mapping.h"
#include "sync/store/statestore.h"
#include "tests/support/sandboxfixture.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace Tandem::Test {

class FaultsBed
{
public:
    // Seeds both sides from `seed`, which also seeds the fault sequence of both servers;
    // `crmContacts` people are on CRMOffice before the first sync.
    explicit FaultsBed(quint32 seed, int crmContacts = 8);

    // One run with fresh connectors, as the worker makes them, against `wixUrl`/`crmUrl` when
    // given (a dead port), else the sandbox.
    RunSummary sync(const QUrl &wixUrl = {}, const QUrl &crmUrl = {});

    // The share of requests answered by an injected fault; above 0, also 30 requests per
    // second and server before 429.
    void setFaultRate(double rate);
    int faultCount() const; // faults injected so far, both servers
    int rateLimitedCount() const; // 429 answers so far, both servers

    // Every live record of a collection on one side, by id, read with faults paused.
    QHash<QString, Record> all(Side side, const QString &collection);
    // A user's edit of one record (read for its token, then update), with faults paused.
    bool edit(Side side, const QString &collection, const QString &id, const QJsonObject &changed);
    QString create(Side side, const QString &collection, const QJsonObject &fields);
    bool remove(Side side, const QString &collection, const QString &id);

    const Flow &flow(const QString &id) const;

    SandboxFixture sandbox;
    QTemporaryDir dir;
    Mapping mapping;
    std::unique_ptr<StateStore> store;
    StoreError storeError;

private:
    std::unique_ptr<Connector> connector(Side side, const QUrl &url = {}) const;
    Connector &user(Side side);

    double m_faultRate = 0;
    quint32 m_seed;
    quint32 m_resumed = 0;
    std::unique_ptr<Connector> m_wixUser;
    std::unique_ptr<Connector> m_crmUser;
};

} // namespace Tandem::Test
