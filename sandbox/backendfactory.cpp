#include "sandbox/backendfactory.h"

#include "sandbox/crmbackend.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/wixbackend.h"

namespace Tandem::Sandbox {

std::unique_ptr<Backend> makeWixBackend(const SandboxOptions &options)
{
    WixOptions wix;
    wix.apiKey = options.wixApiKey;
    wix.siteId = options.wixSiteId;
    // SandboxOptions::parse admits only the names parseCatalog reads.
    WixBackend::parseCatalog(options.wixCatalog, &wix.catalog);
    return std::make_unique<WixBackend>(wix);
}

std::unique_ptr<Backend> makeCrmBackend(const SandboxOptions &options)
{
    CrmOptions crm;
    crm.token = options.crmToken;
    crm.tokenTtlSeconds = options.tokenTtlSeconds;
    crm.normalizePhones = options.normalizePhones;
    return std::make_unique<CrmBackend>(crm);
}

} // namespace Tandem::Sandbox
