#pragma once

#include "sandbox/sandboxbackend.h"

#include <QString>

#include <memory>
#include <optional>

namespace Tandem::Sandbox {

class CrmOAuth;
class CrmResources;

struct CrmOptions
{
    // A personal API token accepted as a Bearer token besides OAuth access tokens. When empty
    // the sandbox is in "try it" mode: any non-empty Bearer token it did not issue is
    // accepted too; tokens it issued are always checked (expired -> 401).
    QString token;
    int tokenTtlSeconds = 3600;
    bool normalizePhones = false; // store directPhone/mobilePhone without spaces
};

// The CRMOffice side of the sandbox (contract: docs/contracts/crmoffice.md) under /api/v1:
// contacts and companies (CrmResources) behind Bearer authentication, and the OAuth 2.0
// authorization server (CrmOAuth). reset() empties the records but keeps issued tokens, so
// a signed-in client stays signed in across test cases.
class CrmBackend : public Backend
{
public:
    explicit CrmBackend(const CrmOptions &options = {});
    ~CrmBackend() override;

    Response handle(const Request &request) override;
    QString routeOf(const Request &request) const override;

    void seed(const SeedOptions &options) override;
    void reset() override;
    QJsonObject saveState() const override;
    void loadState(const QJsonObject &state) override;
    Response frontError(int status, const QString &message) const override;
    QString loadError() const override { return m_loadError; }
    void setClock(const Clock &clock) override;

    static constexpr const char *kBasePath = "/api/v1";

private:
    std::optional<Response> rejectUnauthorized(const Request &request) const;
    Response handleResource(CrmResources &resources, const QString &id, const Request &request);

    CrmOptions m_options;
    std::unique_ptr<CrmOAuth> m_oauth;
    std::unique_ptr<CrmResources> m_contacts;
    std::unique_ptr<CrmResources> m_companies;
    QString m_loadError;
};

} // namespace Tandem::Sandbox
