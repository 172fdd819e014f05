#pragma once

#include "sandbox/sandboxbackend.h"

#include <QString>

#include <memory>

namespace Tandem::Sandbox {

class WixClock;
class WixContactStore;
class WixProductStore;

// Which product catalog the fake site runs; None answers STORES_NOT_INSTALLED.
enum class WixCatalog { V1, V3, None };

struct WixOptions
{
    QString apiKey; // empty: any non-empty Authorization header is accepted
    QString siteId; // empty: any non-empty wix-site-id header is accepted
    WixCatalog catalog = WixCatalog::V3;
};

// The Wix.com side of the sandbox (contract: docs/contracts/wix.md): Contacts v4, Stores
// Catalog V1 and V3 and the catalog version probe, plus two test hooks:
// POST /__sandbox/members {"contactId"} and POST /__sandbox/catalog {"catalog": "v1|v3|none"}.
class WixBackend : public Backend
{
public:
    explicit WixBackend(const WixOptions &options);
    ~WixBackend() override;

    Response handle(const Request &request) override;
    QString routeOf(const Request &request) const override;

    void seed(const SeedOptions &options) override;
    void reset() override;
    QJsonObject saveState() const override;
    void loadState(const QJsonObject &state) override;
    Response frontError(int status, const QString &message) const override;

    // Why the last loadState() kept the previous state ("contacts[3] is not a valid contact");
    // empty when it loaded.
    QString loadError() const override { return m_loadError; }

    WixCatalog catalog() const { return m_catalog; }
    void setCatalog(WixCatalog catalog) { m_catalog = catalog; }
    // Marks a contact as a site member, whose delete answers 428. False if there is no such id.
    bool markMember(const QString &contactId);

    static QString catalogName(WixCatalog catalog); // "v1", "v3", "none"
    static bool parseCatalog(const QString &name, WixCatalog *catalog);

private:
    Response handleSandbox(const Request &request);
    Response handleProducts(const Request &request);
    bool authorized(const Request &request) const;

    WixOptions m_options;
    WixCatalog m_catalog;
    std::unique_ptr<WixClock> m_clock;
    std::unique_ptr<WixContactStore> m_contacts;
    std::unique_ptr<WixProductStore> m_products;
    QString m_loadError;
};

} // namespace Tandem::Sandbox
