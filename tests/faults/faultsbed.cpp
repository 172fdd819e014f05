#include "tests/faults/faultsbed.h"

#include "sync/model/mappingjson.h"

namespace Tandem::Test {

namespace {

constexpr char kWixKey[] = "IST.faults-wix-key-0123456789";
constexpr char kSiteId[] = "site-faults";
constexpr char kCrmToken[] = "pat_faults-crm-token-0123456789";

Sandbox::SandboxOptions faultOptions(quint32 seed, int crmContacts)
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    o.seed.contacts = 24;
    o.seed.crmContacts = crmContacts;
    o.seed.products = 8;
    o.seed.companies = 4;
    o.seed.randomSeed = seed;
    return o;
}

// Quick retries keep the test fast; fewer attempts than the app's five let a fault outlast
// the bound now and then, so the per-record and per-flow error paths are taken too.
RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 40;
    policy.retryAfterCapMs = 200;
    return policy;
}

} // namespace

FaultsBed::FaultsBed(quint32 seed, int crmContacts)
    : sandbox(faultOptions(seed, crmContacts))
    , m_seed(seed)
{
    mapping = defaultMapping();
    store = std::make_unique<StateStore>(dir.filePath(QStringLiteral("state.db")),
                                         QStringLiteral("tandem.faults"));
    storeError = store->open();
    m_wixUser = connector(Side::Wix);
    m_crmUser = connector(Side::CrmOffice);
}

std::unique_ptr<Connector> FaultsBed::connector(Side side, const QUrl &url) const
{
    if (side == Side::Wix) {
        auto wix = std::make_unique<WixConnector>(url.isEmpty() ? sandbox.wixUrl() : url, kWixKey,
                                                  kSiteId);
        wix->http().setRetryPolicy(quickRetries());
        wix->http().setTimeoutMs(5000);
        return wix;
    }
    auto crm = std::make_unique<CrmOfficeConnector>(url.isEmpty() ? sandbox.crmUrl() : url);
    crm->http().setRetryPolicy(quickRetries());
    crm->http().setTimeoutMs(5000);
    crm->setTokenProvider(std::make_unique<StaticTokenProvider>(kCrmToken));
    return crm;
}

Connector &FaultsBed::user(Side side)
{
    return side == Side::Wix ? *m_wixUser : *m_crmUser;
}

RunSummary FaultsBed::sync(const QUrl &wixUrl, const QUrl &crmUrl)
{
    RunOptions options;
    options.phoneRegion = QStringLiteral("NO");
    auto wix = connector(Side::Wix, wixUrl);
    auto crm = connector(Side::CrmOffice, crmUrl);
    return SyncRun(mapping, *store, *wix, *crm, options).run();
}

void FaultsBed::setFaultRate(double rate)
{
    m_faultRate = rate;
    // A new fault sequence each time faults resume, still fixed by the test's seed.
    ++m_resumed;
    for (SandboxSide side : {SandboxSide::Wix, SandboxSide::Crm}) {
        Sandbox::FrontOptions front = sandbox.server(side).frontOptions();
        front.faultRate = rate;
        // With faults, also a rate limit the engine's bursts of calls run into (429).
        front.rateLimit = rate > 0 ? 30 : 0;
        front.randomSeed = m_seed * 7919u + m_resumed * 2u + (side == SandboxSide::Crm ? 1u : 0u);
        sandbox.server(side).setFrontOptions(front);
    }
}

int FaultsBed::faultCount() const
{
    int count = 0;
    for (SandboxSide side : {SandboxSide::Wix, SandboxSide::Crm}) {
        const QJsonObject faults = sandbox.stats(side).value(QStringLiteral("faults")).toObject();
        for (const QJsonValue &n : faults)
            count += n.toInt();
    }
    return count;
}

int FaultsBed::rateLimitedCount() const
{
    return sandbox.stats(SandboxSide::Wix).value(QStringLiteral("rateLimited")).toInt()
        + sandbox.stats(SandboxSide::Crm).value(QStringLiteral("rateLimited")).toInt();
}

QHash<QString, Record> FaultsBed::all(Side side, const QString &collection)
{
    const double rate = m_faultRate;
    setFaultRate(0);
    QHash<QString, Record> out;
    user(side).readChanges(collection, {}, [&out](const QList<Record> &page) {
        for (const Record &r : page) {
            if (!r.deleted)
                out.insert(r.id, r);
        }
        return true;
    });
    setFaultRate(rate);
    return out;
}

bool FaultsBed::edit(Side side, const QString &collection, const QString &id,
                     const QJsonObject &changed)
{
    const double rate = m_faultRate;
    setFaultRate(0);
    const ConnectorResult<Record> current = user(side).read(collection, id);
    const bool ok =
        current.ok() && user(side).update(collection, id, current.value.token, changed).ok();
    setFaultRate(rate);
    return ok;
}

QString FaultsBed::create(Side side, const QString &collection, const QJsonObject &fields)
{
    const double rate = m_faultRate;
    setFaultRate(0);
    const ConnectorResult<Record> made = user(side).create(collection, fields);
    setFaultRate(rate);
    return made.ok() ? made.value.id : QString();
}

bool FaultsBed::remove(Side side, const QString &collection, const QString &id)
{
    const double rate = m_faultRate;
    setFaultRate(0);
    const ConnectorResult<Record> current = user(side).read(collection, id);
    const bool ok = current.ok() && user(side).remove(collection, id, current.value.token).ok();
    setFaultRate(rate);
    return ok;
}

const Flow &FaultsBed::flow(const QString &id) const
{
    for (const Flow &f : mapping.flows) {
        if (f.id == id)
            return f;
    }
    return mapping.flows.first();
}

} // namespace Tandem::Test
