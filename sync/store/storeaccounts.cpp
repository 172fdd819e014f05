#include "sync/store/storeaccounts.h"

namespace Tandem {

namespace {

const QLatin1String kWixSiteKey("account.wixSiteId");
const QLatin1String kCrmUrlKey("account.crmUrl");

} // namespace

StoreAccounts StoreAccounts::of(const ProfileSettings &settings)
{
    QString crm = settings.crmUrl.trimmed();
    while (crm.endsWith(QLatin1Char('/')))
        crm.chop(1);
    return {settings.wixSiteId.trimmed(), crm};
}

StoreRead<StoreAccounts> StoreAccounts::recordedIn(const StateStore &store)
{
    const StoreRead<QString> site = store.value(kWixSiteKey);
    const StoreRead<QString> crm = store.value(kCrmUrlKey);
    return {{site.value, crm.value}, site.ok() ? crm.error : site.error};
}

StoreError StoreAccounts::recordIn(StateStore &store) const
{
    return store.transaction([&] {
        return store.setValue(kWixSiteKey, wixSiteId).ok()
            && store.setValue(kCrmUrlKey, crmUrl).ok();
    });
}

} // namespace Tandem
