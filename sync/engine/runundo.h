#pragma once

#include "sync/engine/runrecorder.h"
#include "sync/engine/syncrun.h"
#include "sync/engine/undoplanner.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>

namespace Tandem {

// Takes back one run (docs/architecture.md#undo): an update gets its fields back, a create
// loses its record and link, a delete gets its record made again and linked anew. The undo is
// a run of its own in History, journalled like a sync (an intent before each re-create, so a
// killed undo run again makes no duplicate), stopped by the deletion guard, and undoable.
class RunUndo
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::RunUndo)

public:
    RunUndo(const Mapping &mapping, StateStore &store, Connector &wix, Connector &crm,
            const RunOptions &options, const std::atomic_bool &cancelled);

    std::function<void(const RunProgress &)> onProgress;
    std::function<void(const QString &line)> onLog;

    RunSummary run();

private:
    bool load(RunRecord &undone, QList<RunEntry> &entries, QList<qint64> &taken,
              QList<Intent> &pending, RunSummary &summary);
    bool guard(const QList<UndoStep> &steps, RunSummary &summary);
    bool apply(QList<UndoStep> &steps, RunRecorder &recorder, RunSummary &summary);
    bool restore(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow);
    bool remove(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow);
    bool recreate(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow);
    std::optional<Record> findMade(const UndoStep &step, const Intent &intent);
    bool linkMade(const UndoStep &step, const Record &made, const Intent &intent,
                  RunRecorder &recorder);
    bool failed(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow,
                const QString &reason);
    RunEntry entryFor(const UndoStep &step, RunEntry::Action action) const;
    FlowSummary &flowSummary(RunSummary &summary, const QString &flowId);
    QList<PlanItem> items(const QList<UndoStep> &steps) const;
    Connector &connector(Side s) { return s == Side::Wix ? m_wix : m_crm; }

    const Mapping &m_mapping;
    StateStore &m_store;
    Connector &m_wix;
    Connector &m_crm;
    RunOptions m_options;
    const std::atomic_bool &m_cancelled;
    qint64 m_runId = 0; // the undo's own run
    QString m_fatal;
    QSet<QString> m_claimed; // records found for an interrupted undo's intents: each once
};

} // namespace Tandem
