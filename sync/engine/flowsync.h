#pragma once

#include "sync/engine/readphase.h"
#include "sync/engine/runrecorder.h"
#include "sync/engine/runsummary.h"
#include "sync/engine/syncplan.h"
#include "sync/engine/syncrun.h"
#include "sync/model/perside.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Tandem {

// Everything one flow's run works with.
struct FlowContext
{
    const Flow &flow;
    StateStore &store;
    Connector &wix;
    Connector &crm;
    const RunOptions &options;
    const std::atomic_bool &cancelled;
    RunRecorder *recorder = nullptr; // none in a dry run: nothing is written
    std::function<void(RunPhase, int done, int total)> progress;
    std::function<void(const QString &)> log;
};

// One flow through the five phases: read, reconcile (+ match), plan, apply, record.
class FlowSync
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::FlowSync)

public:
    explicit FlowSync(const FlowContext &context);

    struct Result
    {
        FlowSummary summary;
        QList<PlanItem> plan; // dry runs only
        bool failed = false;
        bool cancelled = false;
        bool guarded = false;
        QString message;
        // A service that did not answer (after the retries) or refused the credentials: the
        // run's other flows would only wait for it again.
        std::optional<Side> unavailable;
        bool stateUnreadable = false; // the store failed a read: the other flows would too
    };
    Result run();

private:
    bool read(Result &result);
    bool mappingChanged(const QString &before, Result &result);
    bool checkCatalogMove(Result &result);
    bool reportMalformed(Result &result);
    void reportUnresolved(Result &result) const;
    bool resolveIntents(Result &result);
    bool readIntentSources(const QList<Intent> &intents, Result &result);
    bool readUnread(Side side, const QString &id, Result &result);
    void readFailed(Side side, const ConnectorError &error, Result &result) const;
    bool stateRead(const StoreError &error, const QString &what, Result &result) const;
    bool loadLinks(Result &result);
    struct Touch;
    Touch touch(const LinkIds &ids) const;
    std::optional<QList<RecordDecision>> reconcileLinks(const class Reconciler &reconciler,
                                                        Result &result) const;
    QList<RecordDecision> reconcileUnlinked(const class Reconciler &reconciler);
    void countPlan(const SyncPlan &plan, FlowSummary &summary) const;
    StoreError recordWatermarks(const PerSide<QDateTime> &retryFrom);
    StoreError dropAwaitingIntents();
    qsizetype linkAt(Side side, const QString &id) const; // in m_links; -1: not linked
    bool isLinked(Side side, const QString &id) const;
    void countFloor(FlowSummary &summary, bool wrote);
    Connector &connector(Side s) { return s == Side::Wix ? m_ctx.wix : m_ctx.crm; }

    FlowContext m_ctx;
    ReadPhase m_reader;
    PerSide<SideChanges> m_changes;
    PerSide<SideChanges> m_full; // whole sides, read only when matching needs them
    PerSide<QDateTime> m_since; // the watermarks this run read from
    QList<Intent> m_intents; // the journal of an interrupted run: its creates
    QList<Intent> m_updates; // and its updates
    // Every link of the flow by its ids only: a run loads whole (with its bases) just the
    // links its reads or stored conflicts touch.
    QList<LinkIds> m_links;
    // m_links by each side's id, made when first asked for: a run that read no change and
    // found no journal never needs it (at 10,000 links, about 5 ms of a no-op's 75).
    mutable PerSide<QHash<QString, qsizetype>> m_byId;
    mutable bool m_indexed = false;
    QHash<qint64, QList<Conflict>> m_conflicts;
    QList<qint64> m_awaitingIntents; // journaled creates this run makes again
    QString m_fingerprint; // of the flow's mapping, kept once the run went through
    bool m_catalogMoved = false; // the Wix site runs another product catalog than last run
    bool m_readInFull = false; // the mapping changed: bases may lack what a pair now maps
};

} // namespace Tandem
