#pragma once

#include "sync/connectors/connector.h"
#include "sync/model/mapping.h"
#include "sync/store/statestore.h"

#include <QCoreApplication>

#include <optional>

namespace Tandem {

// What an undo does about one entry of the run it takes back (docs/architecture.md#undo).
struct UndoStep
{
    enum class Kind {
        Restore, // an update: the fields it changed get their values from before it
        Remove, // a create: the record it made goes, with its link
        Recreate, // a delete: the record is made again from its before-image
        Left, // not undone: changed since, gone, or recorded without what an undo needs
    };
    Kind kind = Kind::Left;
    const Flow *flow = nullptr;
    RunEntry entry; // the entry taken back
    std::optional<Link> link; // the record's link now, if any
    std::optional<Record> current; // the record as read now (Restore, Remove)
    std::optional<Record> partner; // Recreate: the old partner, still there and unlinked
    QJsonObject fields; // Restore: what to write; Recreate: what to create
    QString reason; // Left: why; Restore: the fields left as they are
    bool failed = false; // Left because a read failed, not because of a change
    std::optional<Intent> pending; // Recreate: journalled by an undo that did not finish
};

// Reads what each write of a run left on its service now and decides, write by write, what
// taking it back means (docs/architecture.md#undo). It never overwrites what happened since:
// a field that moved on after the run, on either side, is left and said so.
class UndoPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::UndoPlanner)

public:
    UndoPlanner(const Mapping &mapping, const StateStore &store, Connector &wix, Connector &crm);

    // One step per write of the run not yet taken back; nullopt when the store failed (error()).
    std::optional<QList<UndoStep>> plan(const QList<RunEntry> &entries, const QList<qint64> &undone,
                                        const QList<Intent> &pending);
    QString error() const { return m_error; }

private:
    std::optional<UndoStep> step(const RunEntry &entry, const QList<Intent> &pending);
    void planRestore(UndoStep &step);
    void planRemove(UndoStep &step);
    void planRecreate(UndoStep &step);
    bool partnerMoved(const UndoStep &step, const PropertyPair &pair, const Record &partner) const;
    // The record, nullopt when it is gone; a failed read leaves the step failed.
    std::optional<Record> readRecord(UndoStep &step, Side side, const QString &id);
    bool loadLink(UndoStep &step);
    Connector &connector(Side s) { return s == Side::Wix ? m_wix : m_crm; }

    const Mapping &m_mapping;
    const StateStore &m_store;
    Connector &m_wix;
    Connector &m_crm;
    QString m_error;
};

} // namespace Tandem
