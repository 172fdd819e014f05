#include "sync/engine/undoplanner.h"

#include "sync/engine/fieldmerge.h"
#include "sync/engine/flowpaths.h"

namespace Tandem {

namespace {

const PropertyPair *pairFor(const Flow &flow, Side side, const QString &path)
{
    for (const PropertyPair &pair : flow.pairs) {
        if (FlowPaths::path(pair, side) == path)
            return &pair;
    }
    return nullptr;
}

void leave(UndoStep &step, const QString &reason)
{
    step.kind = UndoStep::Kind::Left;
    step.reason = reason;
}

} // namespace

UndoPlanner::UndoPlanner(const Mapping &mapping, const StateStore &store, Connector &wix,
                         Connector &crm)
    : m_mapping(mapping)
    , m_store(store)
    , m_wix(wix)
    , m_crm(crm)
{}

std::optional<QList<UndoStep>> UndoPlanner::plan(const QList<RunEntry> &entries,
                                                 const QList<qint64> &undone,
                                                 const QList<Intent> &pending)
{
    QList<UndoStep> steps;
    for (const RunEntry &entry : entries) {
        if (undone.contains(entry.id))
            continue;
        std::optional<UndoStep> s = step(entry, pending);
        if (!m_error.isEmpty())
            return std::nullopt;
        if (s)
            steps.append(std::move(*s));
    }
    return steps;
}

std::optional<UndoStep> UndoPlanner::step(const RunEntry &entry, const QList<Intent> &pending)
{
    if (entry.action == RunEntry::Action::Error || entry.action == RunEntry::Action::Link)
        return std::nullopt; // wrote nothing
    UndoStep step;
    step.entry = entry;
    for (const Flow &flow : m_mapping.flows) {
        if (flow.id == entry.flowId)
            step.flow = &flow;
    }
    if (!step.flow) {
        leave(step, tr("not undone: its flow is no longer in the mapping"));
        return step;
    }
    switch (entry.action) {
    case RunEntry::Action::Update:
        planRestore(step);
        break;
    case RunEntry::Action::Create:
        planRemove(step);
        break;
    case RunEntry::Action::Delete:
        for (const Intent &intent : pending) {
            if (intent.undoEntry == entry.id)
                step.pending = intent;
        }
        planRecreate(step);
        break;
    case RunEntry::Action::Link:
    case RunEntry::Action::Error:
        break;
    }
    // Nothing left to do: it is as it was before the run already.
    if (step.kind == UndoStep::Kind::Left && step.reason.isEmpty())
        return std::nullopt;
    return step;
}

std::optional<Record> UndoPlanner::readRecord(UndoStep &step, Side side, const QString &id)
{
    const ConnectorResult<Record> r =
        connector(side).read(FlowPaths::collection(*step.flow, side), id);
    if (r.ok())
        return r.value;
    if (r.error.kind != ConnectorError::Kind::NotFound) {
        step.failed = true;
        leave(step, tr("not undone: %1").arg(r.error.message));
    }
    return std::nullopt;
}

bool UndoPlanner::loadLink(UndoStep &step)
{
    const StoreRead<std::optional<Link>> link =
        m_store.linkBySideId(step.flow->id, step.entry.side, step.entry.recordId);
    if (!link.ok()) {
        m_error = link.error.message;
        return false;
    }
    step.link = link.value;
    return true;
}

// The partner moved on when it no longer holds what Tandem last saw there.
bool UndoPlanner::partnerMoved(const UndoStep &step, const PropertyPair &pair,
                               const Record &partner) const
{
    const Side other = otherSide(step.entry.side);
    const QString &path = FlowPaths::path(pair, other);
    return !sameValue(partner.fields.value(path), step.link->side(other).base.value(path));
}

void UndoPlanner::planRestore(UndoStep &step)
{
    const RunEntry &e = step.entry;
    QStringList changed;
    for (const QString &key : e.before.keys() + e.after.keys()) {
        if (!changed.contains(key) && !sameValue(e.before.value(key), e.after.value(key)))
            changed.append(key);
    }
    if (changed.isEmpty())
        return;
    step.current = readRecord(step, e.side, e.recordId);
    if (!step.current) {
        if (!step.failed)
            leave(step, tr("deleted since, not undone"));
        return;
    }
    if (!loadLink(step))
        return;
    std::optional<Record> partner;
    if (step.link) {
        partner = readRecord(step, otherSide(e.side), step.link->side(otherSide(e.side)).id);
        if (step.failed)
            return;
    }
    QStringList left;
    for (const QString &key : std::as_const(changed)) {
        const QJsonValue now = step.current->fields.value(key);
        const PropertyPair *pair = pairFor(*step.flow, e.side, key);
        if (sameValue(now, e.before.value(key)))
            continue; // as it was already
        if (!pair || !sameValue(now, e.after.value(key))
            || (partner && partnerMoved(step, *pair, *partner))) {
            left.append(key);
            continue;
        }
        const QJsonValue was = e.before.value(key);
        step.fields.insert(key, isEmptyValue(was) ? QJsonValue(QJsonValue::Null) : was);
    }
    if (!left.isEmpty())
        step.reason = tr("changed since, not undone: %1").arg(left.join(QLatin1String(", ")));
    step.kind = step.fields.isEmpty() ? UndoStep::Kind::Left : UndoStep::Kind::Restore;
}

void UndoPlanner::planRemove(UndoStep &step)
{
    const RunEntry &e = step.entry;
    step.current = readRecord(step, e.side, e.recordId);
    if (!step.current || !loadLink(step))
        return; // gone already, or a failed read said why
    const QJsonObject now = FlowPaths::project(*step.flow, e.side, step.current->fields);
    for (const PropertyPair &pair : step.flow->pairs) {
        const QString &path = FlowPaths::path(pair, e.side);
        if (!sameValue(now.value(path), e.after.value(path))) {
            leave(step, tr("edited since it was created, kept"));
            return;
        }
    }
    step.kind = UndoStep::Kind::Remove;
}

void UndoPlanner::planRecreate(UndoStep &step)
{
    const RunEntry &e = step.entry;
    if (!e.partnerId) {
        leave(step,
              tr("cannot be undone: recorded by a Tandem that did not keep what an undo "
                 "needs"));
        return;
    }
    if (e.before.isEmpty()) {
        leave(step, tr("cannot be undone: nothing of the record was kept"));
        return;
    }
    if (!e.partnerId->isEmpty()) {
        const Side other = otherSide(e.side);
        step.partner = readRecord(step, other, *e.partnerId);
        if (step.failed)
            return;
        const StoreRead<std::optional<Link>> linked =
            m_store.linkBySideId(step.flow->id, other, *e.partnerId);
        if (!linked.ok()) {
            m_error = linked.error.message;
            return;
        }
        if (linked.value)
            step.partner.reset(); // linked to another record since: the new one stays apart
    }
    step.fields = e.before;
    step.kind = UndoStep::Kind::Recreate;
}

} // namespace Tandem
