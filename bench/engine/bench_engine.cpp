// Engine benchmarks, printed for the README:
//  (a) an incremental run over 100,000 linked contacts in a real StateStore, with in-memory
//      connectors (tests/fakes) and 1% of the contacts changed since the last run: the
//      reconcile phase's time and the process's peak RSS against their targets;
//  (b) a first sync of 10,000 Wix contacts into an empty CRMOffice against the in-process
//      sandbox over loopback HTTP: time and HTTP calls per side.
//
//   bench_engine [linked] [first-sync]   defaults 100000 and 10000; exits 1 when (a) misses
//                                        a target or (b) does not link every contact
#include "sandbox/sandboxhost.h"
#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"
#include "sync/engine/syncrun.h"
#include "sync/model/mappingjson.h"
#include "sync/store/statestore.h"
#include "sync/store/storecodec.h"
#include "tests/fakes/memoryconnector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Tandem;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kReconcileTargetMs = 1000;
constexpr qint64 kPeakRssTargetMb = 300;
const QString kContacts = QStringLiteral("Contacts");

const char *verdict(bool pass)
{
    return pass ? "PASS" : "FAIL";
}

// A /proc/self/status figure in kB (VmHWM: peak resident set, VmRSS: now); -1 without /proc.
qint64 statusKb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

Mapping contactsOnly()
{
    Mapping mapping = defaultMapping();
    mapping.flows.removeIf([](const Flow &f) { return f.id != QLatin1String("contacts"); });
    return mapping;
}

RunOptions runOptions()
{
    RunOptions options;
    options.phoneRegion = QStringLiteral("NO");
    return options;
}

// How long each phase of a run took, from the run's progress reports.
class PhaseClock
{
public:
    void onProgress(const RunProgress &progress)
    {
        if (progress.phase == m_phase)
            return;
        m_ms[int(m_phase)] += m_timer.restart();
        m_phase = progress.phase;
    }
    void start() { m_timer.start(); }
    qint64 ms(RunPhase phase) const { return m_ms[int(phase)]; }

private:
    QElapsedTimer m_timer;
    RunPhase m_phase = RunPhase::Reading;
    std::array<qint64, 6> m_ms{};
};

SideState sideState(const MemoryConnector &service, const QString &id)
{
    const Record r = *service.get(kContacts, id);
    return {id, r.token, r.updatedAt, r.fields};
}

// Both sides hold `count` equal contacts, each pair linked in the store as a run would leave
// it, and the watermarks stand after them.
bool seedLinked(int count, FakeClock &clock, MemoryConnector &wix, MemoryConnector &crm,
                StateStore &store, QStringList *wixIds, QStringList *crmIds)
{
    const StoreError e = store.transaction([&] {
        for (int i = 0; i < count; ++i) {
            const QString first = QStringLiteral("Given%1").arg(i);
            const QString last = QStringLiteral("Family%1").arg(i);
            const QString phone = QStringLiteral("+47%1").arg(40000000 + i);
            wixIds->append(wix.insert(kContacts,
                                      {{u"info.name.first"_s, first},
                                       {u"info.name.last"_s, last},
                                       {u"primaryInfo.phone"_s, phone}}));
            crmIds->append(crm.insert(
                kContacts,
                {{u"givenName"_s, first}, {u"familyName"_s, last}, {u"directPhone"_s, phone}}));
            clock.advance(60 * 1000); // contacts made over months: few inside the read overlap
            Link link;
            link.flowId = QStringLiteral("contacts");
            link.wix = sideState(wix, wixIds->last());
            link.crm = sideState(crm, crmIds->last());
            if (!store.saveLink(link).ok())
                return false;
        }
        return true;
    });
    if (!e.ok()) {
        std::fprintf(stderr, "seeding the store failed: %s\n", qPrintable(e.message));
        return false;
    }
    return true;
}

bool benchIncremental(int count)
{
    QTemporaryDir dir;
    StateStore store(dir.filePath(QStringLiteral("state.db")), QStringLiteral("bench.engine"));
    if (const StoreError e = store.open(); !e.ok()) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(e.message));
        return false;
    }
    FakeClock clock;
    MemoryConnector wix(Side::Wix, clock, false);
    MemoryConnector crm(Side::CrmOffice, clock, true);
    wix.setPageSize(100);
    crm.setPageSize(100);
    const qint64 startMb = statusKb("VmRSS") / 1024;
    QStringList wixIds, crmIds;
    QElapsedTimer setup;
    setup.start();
    if (!seedLinked(count, clock, wix, crm, store, &wixIds, &crmIds))
        return false;
    for (Side side : {Side::Wix, Side::CrmOffice})
        store.setWatermark(QStringLiteral("contacts"), side, clock.now());
    clock.advance(24 * 3600 * 1000); // well past the read overlap

    // 1% changed: every 100th contact, on Wix and on CRMOffice by turns.
    int changed = 0;
    for (int i = 0; i < count; i += 100, ++changed) {
        if (changed % 2 == 0)
            wix.edit(kContacts, wixIds[i],
                     {{u"info.name.first"_s, QStringLiteral("Edited%1").arg(i)}});
        else
            crm.edit(kContacts, crmIds[i], {{u"familyName"_s, QStringLiteral("Edited%1").arg(i)}});
    }
    std::printf("(a) %d linked contacts, %d changed (setup %lld ms; RSS %lld MB at start, %lld MB "
                "with both services and the store filled)\n",
                count, changed, setup.elapsed(), startMb, statusKb("VmRSS") / 1024);

    const Mapping mapping = contactsOnly();
    SyncRun run(mapping, store, wix, crm, runOptions());
    PhaseClock phases;
    run.onProgress = [&phases](const RunProgress &p) { phases.onProgress(p); };
    QElapsedTimer timer;
    timer.start();
    phases.start();
    const RunSummary summary = run.run();
    const qint64 total = timer.elapsed();
    const FlowSummary &flow = summary.flows.first();
    const qint64 reconcile = phases.ms(RunPhase::Reconciling);
    const qint64 peakMb = statusKb("VmHWM") / 1024;
    std::printf("    run %lld ms: read %lld, reconcile %lld, plan %lld, apply %lld, record %lld\n",
                total, phases.ms(RunPhase::Reading), reconcile, phases.ms(RunPhase::Planning),
                phases.ms(RunPhase::Applying), phases.ms(RunPhase::Recording));
    std::printf("    updated wix %d, crmoffice %d; errors %d; status %s\n", flow.wix.counts.updated,
                flow.crm.counts.updated, flow.wix.counts.errors + flow.crm.counts.errors,
                qPrintable(StoreCodec::fromStatus(summary.status)));
    const bool fast = reconcile < kReconcileTargetMs;
    const bool small = peakMb >= 0 && peakMb < kPeakRssTargetMb;
    const bool synced = flow.wix.counts.updated + flow.crm.counts.updated == changed;
    std::printf("    reconcile %lld ms (target < %lld ms): %s\n", reconcile, kReconcileTargetMs,
                verdict(fast));
    std::printf("    peak RSS %lld MB (target < %lld MB): %s\n", peakMb, kPeakRssTargetMb,
                verdict(small));
    std::printf("    every change written: %s\n", verdict(synced));
    return fast && small && synced;
}

bool benchFirstSync(int count)
{
    Sandbox::SandboxOptions options;
    options.seed.contacts = count;
    options.seed.crmContacts = 0;
    options.seed.products = 0;
    options.seed.companies = 0;
    Sandbox::SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "cannot start the sandbox: %s\n", qPrintable(error));
        return false;
    }
    QTemporaryDir dir;
    StateStore store(dir.filePath(QStringLiteral("state.db")), QStringLiteral("bench.first"));
    if (const StoreError e = store.open(); !e.ok()) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(e.message));
        return false;
    }
    WixConnector wix(host.wixUrl(), "bench-wix-key", "bench-site");
    CrmOfficeConnector crm(host.crmUrl());
    crm.setTokenProvider(std::make_unique<StaticTokenProvider>("bench-crm-token"));

    const Mapping mapping = contactsOnly();
    QElapsedTimer timer;
    timer.start();
    SyncRun run(mapping, store, wix, crm, runOptions());
    PhaseClock phases;
    run.onProgress = [&phases](const RunProgress &p) { phases.onProgress(p); };
    phases.start();
    const RunSummary summary = run.run();
    const qint64 ms = timer.elapsed();
    const FlowSummary &flow = summary.flows.first();
    const int links = store.linkCount(QStringLiteral("contacts")).value;
    std::printf("(b) first sync of %d Wix contacts into an empty CRMOffice: %lld ms (%.0f "
                "contacts/s)\n",
                count, ms, ms > 0 ? count * 1000.0 / ms : 0.0);
    std::printf("    HTTP calls: wix %d, crmoffice %d (sandbox saw %d and %d)\n", summary.wixCalls,
                summary.crmCalls, host.wix().stats().value(u"total"_s).toInt(),
                host.crm().stats().value(u"total"_s).toInt());
    std::printf("    read %lld ms, reconcile %lld, apply %lld, record %lld\n",
                phases.ms(RunPhase::Reading), phases.ms(RunPhase::Reconciling),
                phases.ms(RunPhase::Applying), phases.ms(RunPhase::Recording));
    std::printf("    created %d, links %d, errors %d; status %s\n", flow.crm.counts.created, links,
                flow.wix.counts.errors + flow.crm.counts.errors,
                qPrintable(StoreCodec::fromStatus(summary.status)));
    return links == count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int linked = args.size() > 1 ? args[1].toInt() : 100000;
    const int firstSync = args.size() > 2 ? args[2].toInt() : 10000;
    const bool incremental = benchIncremental(linked);
    std::fflush(stdout);
    const bool first = benchFirstSync(firstSync);
    return incremental && first ? 0 : 1;
}
