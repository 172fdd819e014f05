#pragma once

#include "sync/connectors/connector.h"
#include "sync/engine/reconciler.h"
#include "sync/engine/runrecorder.h"
#include "sync/engine/runsummary.h"
#include "sync/engine/syncplan.h"
#include "sync/model/perside.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>
#include <span>

namespace Tandem {

// Carries out a flow's plan through the connectors and hands each outcome to the recorder:
// an intent before each create (docs/architecture.md#crash-safety); a stale token means
// re-read, merge again, at most three times (#incremental-reads); one record failing never
// fails the run (#bad-input). Where a plan writes more than a few records of one kind to a
// side whose connector has bulk calls (Wix Catalog V3 products), they go in batches, and each
// item's answer is handled as that record's own.
class Applier
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::Applier)

public:
    static constexpr int maxAttempts = 3;
    static constexpr int bulkAbove = 3; // "more than a few" writes of a kind to one side

    Applier(const Flow &flow, const Reconciler &reconciler, Connector &wix, Connector &crm,
            RunRecorder &recorder, FlowSummary &summary, const std::atomic_bool &cancelled);

    // Returns false when the run must stop (cancelled, or the store failed).
    bool apply(SyncPlan &plan, const std::function<void(int done, int total)> &progress);

    // Per side: read records at or after this must be read again next run.
    const PerSide<QDateTime> &retryFrom() const { return m_retryFrom; }
    QString fatalError() const { return m_fatal; }

private:
    enum class BatchKind { Create, Update, Delete };
    struct BatchKey
    {
        BatchKind kind;
        Side side;
        bool operator==(const BatchKey &) const = default;
    };
    // The answer of a write already made in a batch, used in place of that side's first call.
    struct Answer
    {
        Side side;
        ConnectorResult<Record> result;
        qint64 intentId = 0; // of an update journalled before the batch went out
    };

    static std::optional<BatchKey> batchKey(const RecordDecision &d);
    static void groupBySide(SyncPlan &plan);
    QList<BatchKey> bulkKeys(const SyncPlan &plan);
    int batchEnd(const SyncPlan &plan, int from, const BatchKey &key);
    bool applyBatch(std::span<RecordDecision> batch, const BatchKey &key);
    bool createBatch(std::span<RecordDecision> batch, const QString &collection, Side side);
    QList<std::optional<Answer>> writeBatch(std::span<RecordDecision> batch, const BatchKey &key);
    Intent intentFor(const RecordDecision &d) const;
    std::optional<Intent> updateIntent(const RecordDecision &d, Side side) const;
    void answeredUpdate(qint64 intentId, const ConnectorResult<Record> &r);
    QString tokenFor(const RecordDecision &d, Side side) const;

    bool applyOne(RecordDecision &d, const std::optional<Answer> &answered = {});
    bool applyWrites(RecordDecision &d, const std::optional<Answer> &answered);
    bool applyCreate(RecordDecision &d);
    bool finishCreate(RecordDecision &d, const Intent &intent, const ConnectorResult<Record> &r);
    bool applyDelete(RecordDecision &d, const std::optional<Answer> &answered = {});
    bool applyUnlink(RecordDecision &d);
    bool store(const StoreError &error);
    bool committed(const StoreError &error);
    void fail(const RecordDecision &d, Side side, const QString &recordId, const QString &reason,
              bool transient);
    Connector &connector(Side s) { return s == Side::Wix ? m_wix : m_crm; }

    const Flow &m_flow;
    const Reconciler &m_reconciler;
    Connector &m_wix;
    Connector &m_crm;
    RunRecorder &m_recorder;
    FlowSummary &m_summary;
    const std::atomic_bool &m_cancelled;
    PerSide<QDateTime> m_retryFrom;
    QList<RunEntry> m_entries; // of the record being applied
    QList<qint64> m_answered; // its journalled updates whose answer came: they leave the journal
    QList<BatchKey> m_bulk; // the kinds of write this plan sends in batches
    QString m_fatal;
};

} // namespace Tandem
