#pragma once

// The products flow end to end: the real engine (SyncRun) with the real Wix and CRMOffice
// connectors against the in-process sandbox servers, over loopback HTTP.
#include "sandbox/sandboxoptions.h"
#include "sandbox/wixbackend.h"
#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"
#include "sync/engine/runsummary.h"
#include "sync/engine/syncrun.h"
#include "sync/model/mappingjson.h"
#include "sync/store/statestore.h"
#include "tests/support/sandboxfixture.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace Tandem::Test {

inline constexpr char kWixKey[] = "IST.products-wix-key-0123456789";
inline constexpr char kSiteId[] = "site-products";
inline constexpr char kCrmToken[] = "pat_products-crm-token-0123456789";

inline Sandbox::SandboxOptions productOptions(const QString &catalog, int products = 10,
                                              int companies = 5)
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    o.wixCatalog = catalog;
    o.seed.products = products;
    o.seed.companies = companies;
    return o;
}

class ProductsBed
{
public:
    explicit ProductsBed(const Sandbox::SandboxOptions &options)
        : sandbox(options)
    {
        mapping = defaultMapping();
        store = std::make_unique<StateStore>(dir.filePath(QStringLiteral("state.db")),
                                             QStringLiteral("tandem.products"));
        storeError = store->open();
        wixUser = wixConnector();
        crmUser = crmConnector();
    }

    Flow &productsFlow()
    {
        for (Flow &flow : mapping.flows) {
            if (flow.id == QLatin1String("products"))
                return flow;
        }
        return mapping.flows.first();
    }

    // One run with fresh connectors, as the worker makes them: the catalog is asked per run.
    RunSummary sync(RunOptions options = {})
    {
        options.phoneRegion = QStringLiteral("NO");
        auto wix = wixConnector();
        auto crm = crmConnector();
        const int probes = probeCount();
        RunSummary summary = SyncRun(mapping, *store, *wix, *crm, options).run();
        lastProbes = probeCount() - probes;
        return summary;
    }

    std::unique_ptr<WixConnector> wixConnector() const
    {
        auto wix = std::make_unique<WixConnector>(sandbox.wixUrl(), kWixKey, kSiteId);
        return wix;
    }

    std::unique_ptr<CrmOfficeConnector> crmConnector() const
    {
        auto crm = std::make_unique<CrmOfficeConnector>(sandbox.crmUrl());
        crm->setTokenProvider(std::make_unique<StaticTokenProvider>(kCrmToken));
        return crm;
    }

    // Every live record of a collection on one side, by id (read through a user's connector).
    QHash<QString, Record> all(SandboxSide side, const QString &collection)
    {
        QHash<QString, Record> out;
        Connector &c = side == SandboxSide::Wix ? static_cast<Connector &>(*wixUser)
                                                : static_cast<Connector &>(*crmUser);
        c.readChanges(collection, {}, [&out](const QList<Record> &page) {
            for (const Record &r : page) {
                if (!r.deleted)
                    out.insert(r.id, r);
            }
            return true;
        });
        return out;
    }

    // How many records on a side carry this name.
    int named(SandboxSide side, const QString &collection, const QString &name)
    {
        int count = 0;
        for (const Record &r : all(side, collection))
            count += r.fields.value(QStringLiteral("name")).toString() == name ? 1 : 0;
        return count;
    }

    int route(SandboxSide side, const QString &route) const
    {
        return sandbox.stats(side)
            .value(QStringLiteral("requests"))
            .toObject()
            .value(route)
            .toInt();
    }
    int probeCount() const
    {
        return route(SandboxSide::Wix, QStringLiteral("GET /stores/v3/provision/version"));
    }

    void setCatalog(Sandbox::WixCatalog catalog)
    {
        static_cast<Sandbox::WixBackend &>(sandbox.backend(SandboxSide::Wix)).setCatalog(catalog);
    }

    SandboxFixture sandbox;
    QTemporaryDir dir;
    Mapping mapping;
    std::unique_ptr<StateStore> store;
    StoreError storeError;
    std::unique_ptr<WixConnector> wixUser; // "the user" editing Wix by hand
    std::unique_ptr<CrmOfficeConnector> crmUser;
    int lastProbes = 0;
};

inline const FlowSummary *flowOf(const RunSummary &summary, const QString &id)
{
    for (const FlowSummary &f : summary.flows) {
        if (f.flowId == id)
            return &f;
    }
    return nullptr;
}

} // namespace Tandem::Test
