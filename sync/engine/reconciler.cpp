#include "sync/engine/reconciler.h"

#include "sync/engine/flowpaths.h"
#include "sync/engine/targetvalue.h"

#include <QCoreApplication>

namespace Tandem {

using FlowPaths::path;

namespace {

const Conflict *findConflict(const QList<Conflict> &conflicts, const QString &field)
{
    for (const Conflict &c : conflicts) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

// A decided conflict is stale once a side no longer holds the value the decision was made on:
// that side was edited after it, and its newer edit must not be overwritten.
bool movedSinceDecision(const Conflict &c, const PropertyPair &pair,
                        const PerSide<QJsonObject> &seen)
{
    return c.resolution != Conflict::Resolution::Open
        && (!sameValue(seen[Side::Wix].value(pair.wixPath), c.wixValue)
            || !sameValue(seen[Side::CrmOffice].value(pair.crmPath), c.crmValue));
}

} // namespace

Reconciler::Reconciler(const Flow &flow, const QDateTime &now)
    : m_flow(flow)
    , m_now(now)
{}

QJsonObject Reconciler::seen(const Link &link, Side side, const std::optional<Record> &current,
                             const QList<Conflict> &conflicts) const
{
    if (current)
        return FlowPaths::project(m_flow, side, current->fields);
    QJsonObject values = link.side(side).base;
    for (const Conflict &c : conflicts) {
        for (const PropertyPair &pair : m_flow.pairs) {
            if (pair.wixPath == c.field)
                setOrRemove(values, path(pair, side), side == Side::Wix ? c.wixValue : c.crmValue);
        }
    }
    return values;
}

RecordDecision Reconciler::reconcile(const Link &link,
                                     const PerSide<std::optional<Record>> &current,
                                     const QList<Conflict> &conflicts) const
{
    RecordDecision d;
    d.kind = RecordDecision::Kind::Sync;
    d.link = link;
    d.current = current;
    d.stored = conflicts;
    d.seen = {seen(link, Side::Wix, current[Side::Wix], conflicts),
              seen(link, Side::CrmOffice, current[Side::CrmOffice], conflicts)};
    for (int i = 0; i < m_flow.pairs.size(); ++i) {
        const Conflict *stored = findConflict(conflicts, m_flow.pairs[i].wixPath);
        if (stored && stored->resolution != Conflict::Resolution::Open
            && !movedSinceDecision(*stored, m_flow.pairs[i], d.seen))
            applyResolution(d, i, d.seen, *stored);
        else
            mergePair(d, i, d.seen, stored);
    }
    d.rebase = needsRebase(d, d.seen);
    return d;
}

bool Reconciler::unchanged(const Link &link, const PerSide<const Record *> &current) const
{
    if (link.wix.gone || link.crm.gone)
        return false;
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        const Record *record = current[side];
        if (!record)
            continue;
        const SideState &state = link.side(side);
        if (record->token != state.token)
            return false;
        for (const PropertyPair &pair : m_flow.pairs) {
            const QString &p = path(pair, side);
            if (!sameValue(record->fields.value(p), state.base.value(p)))
                return false;
        }
    }
    return true;
}

void Reconciler::mergePair(RecordDecision &d, int index, const PerSide<QJsonObject> &seen,
                           const Conflict *stored) const
{
    const PropertyPair &pair = m_flow.pairs[index];
    FieldInput in;
    in.wixCurrent = seen[Side::Wix].value(pair.wixPath);
    in.crmCurrent = seen[Side::CrmOffice].value(pair.crmPath);
    in.wixBase = d.link.wix.base.value(pair.wixPath);
    in.crmBase = d.link.crm.base.value(pair.crmPath);
    if (stored && stored->resolution != Conflict::Resolution::Open) {
        // Merging past a stale decision: the values it was made on are the bases, so the edit
        // made after it counts as the newer change.
        in.wixBase = stored->wixValue;
        in.crmBase = stored->crmValue;
    } else if (stored) {
        // A side edited again while its conflict is open has changed, even back to the old
        // base: the conflict's value is what it changed from.
        if (!sameValue(in.wixCurrent, stored->wixValue))
            in.wixBase = stored->wixValue;
        if (!sameValue(in.crmCurrent, stored->crmValue))
            in.crmBase = stored->crmValue;
    }
    in.wixUpdatedAt = d.current[Side::Wix] ? d.current[Side::Wix]->updatedAt : d.link.wix.updatedAt;
    in.crmUpdatedAt =
        d.current[Side::CrmOffice] ? d.current[Side::CrmOffice]->updatedAt : d.link.crm.updatedAt;

    const FieldOutcome out = mergeField(in, pair.direction, m_flow.conflictPolicy);
    switch (out.action) {
    case FieldOutcome::Action::ToCrm:
        addWrite(d, index, Side::CrmOffice, in.wixCurrent, Side::Wix);
        break;
    case FieldOutcome::Action::ToWix:
        addWrite(d, index, Side::Wix, in.crmCurrent, Side::CrmOffice);
        break;
    case FieldOutcome::Action::Conflict: {
        Conflict c = stored ? *stored : Conflict{};
        const bool fresh = !stored || !sameValue(c.wixValue, in.wixCurrent)
            || !sameValue(c.crmValue, in.crmCurrent);
        c.resolution = Conflict::Resolution::Open;
        c.resolvedValue = QJsonValue();
        c.resolvedAt = QDateTime();
        c.linkId = d.link.id;
        c.flowId = m_flow.id;
        c.field = pair.wixPath;
        c.wixValue = in.wixCurrent;
        c.crmValue = in.crmCurrent;
        c.baseValue = d.link.wix.base.value(pair.wixPath);
        if (fresh)
            c.detectedAt = m_now;
        d.conflictPairs.append(index);
        if (fresh)
            d.conflicts.append(c);
        return;
    }
    case FieldOutcome::Action::None:
        break;
    }
    if (stored)
        d.settledConflicts.append(stored->id); // no longer in conflict: settled by the edits
}

void Reconciler::applyResolution(RecordDecision &d, int index, const PerSide<QJsonObject> &seen,
                                 const Conflict &c) const
{
    const PropertyPair &pair = m_flow.pairs[index];
    QJsonValue chosen;
    Side from = Side::Wix;
    switch (c.resolution) {
    case Conflict::Resolution::TakeWix:
        chosen = c.wixValue;
        break;
    case Conflict::Resolution::TakeCrmOffice:
        chosen = c.crmValue;
        from = Side::CrmOffice;
        break;
    case Conflict::Resolution::Value:
    case Conflict::Resolution::Open:
        chosen = c.resolvedValue;
        break;
    }
    for (Side target : {Side::Wix, Side::CrmOffice}) {
        const QJsonValue now = seen[target].value(path(pair, target));
        QString error;
        const std::optional<QJsonValue> value = valueForTarget(chosen, pair, target, &error);
        if (!value || !sameValue(now, *value))
            addWrite(d, index, target, chosen, from);
    }
    d.settledConflicts.append(c.id);
}

bool Reconciler::addWrite(RecordDecision &d, int index, Side target, const QJsonValue &sourceValue,
                          Side sourceSide) const
{
    const PropertyPair &pair = m_flow.pairs[index];
    QString error;
    const std::optional<QJsonValue> value = valueForTarget(sourceValue, pair, target, &error);
    if (!value) {
        if (d.error.isEmpty()) {
            d.error =
                tr("%1 from %2 does not fit %3: %4")
                    .arg(path(pair, sourceSide), sideName(sourceSide), path(pair, target), error);
            d.errorSide = target;
        }
        return false;
    }
    d.writes[target].insert(path(pair, target),
                            isEmptyValue(*value) ? QJsonValue(QJsonValue::Null) : *value);
    d.writtenPairs[target].append(index);
    return true;
}

bool Reconciler::needsRebase(const RecordDecision &d, const PerSide<QJsonObject> &seen) const
{
    for (Side s : {Side::Wix, Side::CrmOffice}) {
        const std::optional<Record> &cur = d.current[s];
        if (!cur)
            continue;
        if (cur->token != d.link.side(s).token)
            return true;
        for (int i = 0; i < m_flow.pairs.size(); ++i) {
            if (d.conflictPairs.contains(i))
                continue;
            const QString &p = path(m_flow.pairs[i], s);
            if (!sameValue(seen[s].value(p), d.link.side(s).base.value(p)))
                return true;
        }
    }
    return false;
}

RecordDecision Reconciler::create(const Record &source, Side sourceSide) const
{
    const Side target = otherSide(sourceSide);
    RecordDecision d;
    d.kind = RecordDecision::Kind::Create;
    d.target = target;
    d.link.flowId = m_flow.id;
    d.link.side(sourceSide).id = source.id;
    d.current[sourceSide] = source;
    d.seen[sourceSide] = FlowPaths::project(m_flow, sourceSide, source.fields);
    for (int i = 0; i < m_flow.pairs.size(); ++i) {
        const PropertyPair &pair = m_flow.pairs[i];
        const bool allowed = pair.direction == PairDirection::Both
            || (pair.direction == PairDirection::WixToCrmOffice) == (sourceSide == Side::Wix);
        const QJsonValue v = d.seen[sourceSide].value(path(pair, sourceSide));
        if (allowed && !isEmptyValue(v))
            addWrite(d, i, target, v, sourceSide);
    }
    return d;
}

RecordDecision Reconciler::link(const Record &wix, const Record &crm,
                                const QList<int> &matchedPairs) const
{
    Link fresh;
    fresh.flowId = m_flow.id;
    fresh.wix.id = wix.id;
    fresh.crm.id = crm.id;
    // Empty bases: a value only one side has is copied over; two different values follow the
    // conflict policy. The match key's own fields agree after normalisation: keep both as
    // they are.
    for (int i : matchedPairs) {
        const PropertyPair &pair = m_flow.pairs[i];
        setOrRemove(fresh.wix.base, pair.wixPath, wix.fields.value(pair.wixPath));
        setOrRemove(fresh.crm.base, pair.crmPath, crm.fields.value(pair.crmPath));
    }
    RecordDecision d = reconcile(fresh, {wix, crm}, {});
    d.kind = RecordDecision::Kind::Link;
    return d;
}

// Whether a settled conflict kept `partner`'s own edit (or a value the person typed) rather
// than the value of the side that was deleted since.
bool Reconciler::decidedForPartner(const Conflict &c, Side partner)
{
    switch (c.resolution) {
    case Conflict::Resolution::TakeWix:
        return partner == Side::Wix;
    case Conflict::Resolution::TakeCrmOffice:
        return partner == Side::CrmOffice;
    case Conflict::Resolution::Value:
    case Conflict::Resolution::Open:
        break;
    }
    return true;
}

RecordDecision Reconciler::deletion(const Link &link, Side deletedSide,
                                    const std::optional<Record> &other, bool otherDeleted,
                                    const QList<Conflict> &conflicts) const
{
    RecordDecision d;
    d.link = link;
    d.target = otherSide(deletedSide);
    d.current[d.target] = other;
    d.stored = conflicts;
    if (otherDeleted) {
        d.kind = RecordDecision::Kind::Unlink;
        d.reason = tr("deleted on both sides");
        return d;
    }
    if (m_flow.deletionPolicy == DeletionPolicy::Unlink) {
        d.kind = RecordDecision::Kind::Unlink;
        d.reason = tr("deleted on %1; policy unlink").arg(sideName(deletedSide));
        return d;
    }
    // A partner not read this run still holds the edits of its stored conflicts; one that left
    // its conflict's value was edited again, even back to the base.
    const QJsonObject values = seen(link, d.target, other, conflicts);
    const bool canRecreate = FlowPaths::createsFrom(m_flow, d.target);
    const PropertyPair *waitsFor = nullptr;
    for (const PropertyPair &pair : m_flow.pairs) {
        const QString &p = path(pair, d.target);
        const QJsonValue now = values.value(p);
        const Conflict *c = findConflict(conflicts, pair.wixPath);
        bool edited = !sameValue(now, link.side(d.target).base.value(p));
        if (c && !sameValue(now, d.target == Side::Wix ? c->wixValue : c->crmValue)) {
            edited = true; // edited again since the conflict
        } else if (c && !canRecreate) {
            // Still the conflicting edit, and a kept partner would stay alone (the flow never
            // creates from its side). Open, it is the person's call whether the edit outlives
            // the deletion; settled for the deleted side's value, it was turned down.
            if (c->resolution == Conflict::Resolution::Open)
                waitsFor = &pair;
            edited = c->resolution != Conflict::Resolution::Open && decidedForPartner(*c, d.target);
        }
        if (edited) {
            // Nothing is lost: an edit the partner has that never reached the deleted side
            // keeps the record.
            d.kind = RecordDecision::Kind::Unlink;
            d.reason = tr("deleted on %1 but edited on %2 since: kept, unlinked")
                           .arg(sideName(deletedSide), sideName(d.target));
            d.recreate = canRecreate;
            return d;
        }
    }
    if (waitsFor) {
        // The link stays, marked, until the conflict is settled: a deletion seen once (a
        // tombstone) is not seen again. Nothing else of the link moves.
        d.kind = RecordDecision::Kind::Sync;
        d.reason = tr("deleted on %1; waits until the conflict on %2 is settled")
                       .arg(sideName(deletedSide), waitsFor->wixPath);
        d.current = {};
        d.seen = {link.wix.base, link.crm.base};
        d.rebase = !link.side(deletedSide).gone;
        d.link.side(deletedSide).gone = true;
        return d;
    }
    d.kind = RecordDecision::Kind::Delete;
    d.reason = tr("deleted on %1").arg(sideName(deletedSide));
    return d;
}

void Reconciler::applyWrite(RecordDecision &d, Side side, const Record &answer) const
{
    const Side other = otherSide(side);
    const QJsonObject answered = FlowPaths::project(m_flow, side, answer.fields);
    SideState &state = d.link.side(side);
    state.id = answer.id;
    state.token = answer.token;
    state.updatedAt = answer.updatedAt;
    for (int i : d.writtenPairs[side]) {
        const PropertyPair &pair = m_flow.pairs[i];
        setOrRemove(state.base, path(pair, side), answered.value(path(pair, side)));
        if (!d.writtenPairs[other].contains(i))
            setOrRemove(d.link.side(other).base, path(pair, other),
                        d.seen[other].value(path(pair, other)));
    }
    d.current[side] = answer;
    d.seen[side] = answered;
    d.writes[side] = {};
}

void Reconciler::finish(RecordDecision &d) const
{
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        SideState &state = d.link.side(side);
        if (const std::optional<Record> &cur = d.current[side]) {
            state.id = cur->id;
            state.token = cur->token;
            state.updatedAt = cur->updatedAt;
        }
        // What the side serves: what was read or answered; a side not read serves its base
        // with its stored conflicts' values, so a conflict settled this run leaves its value.
        QJsonObject base = d.seen[side];
        for (int i : d.conflictPairs) {
            const QString &p = path(m_flow.pairs[i], side);
            setOrRemove(base, p, conflictBase(d, i, side));
        }
        state.base = base;
    }
}

QJsonValue Reconciler::conflictBase(const RecordDecision &d, int index, Side side) const
{
    const PropertyPair &pair = m_flow.pairs[index];
    const QString &p = path(pair, side);
    // A side edited since its stored conflict changed from the conflict's value: that is the
    // last value Tandem saw there, and it keeps the new edit visible as a change.
    const Conflict *stored = findConflict(d.stored, pair.wixPath);
    if (stored) {
        const QJsonValue was = side == Side::Wix ? stored->wixValue : stored->crmValue;
        if (!sameValue(d.seen[side].value(p), was))
            return was;
    }
    return d.link.side(side).base.value(p);
}

} // namespace Tandem
