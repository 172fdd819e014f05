#include "sync/engine/planner.h"

#include "sync/engine/deletionguard.h"
#include "sync/engine/recordname.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Tandem {

namespace {

int order(RecordDecision::Kind kind)
{
    switch (kind) {
    case RecordDecision::Kind::Link:
        return 0;
    case RecordDecision::Kind::Sync:
        return 1;
    case RecordDecision::Kind::Create:
        return 2;
    case RecordDecision::Kind::Delete:
        return 3;
    case RecordDecision::Kind::Unlink:
        break;
    }
    return 4;
}

QJsonObject restricted(const QJsonObject &values, const QJsonObject &keys)
{
    QJsonObject out;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        out.insert(it.key(), values.value(it.key()));
    return out;
}

PlanItem baseItem(const RecordDecision &d, PlanAction action, Side target)
{
    PlanItem item;
    item.flowId = d.link.flowId;
    item.action = action;
    item.target = target;
    item.wixId = d.link.wix.id;
    item.crmId = d.link.crm.id;
    item.name = RecordName::of(d);
    item.reason = d.reason;
    return item;
}

void appendWrites(const RecordDecision &d, PlanAction action, QList<PlanItem> &out)
{
    for (Side s : {Side::Wix, Side::CrmOffice}) {
        const QJsonObject &w = d.writes[s];
        if (w.isEmpty())
            continue;
        PlanItem item = baseItem(d, action, s);
        item.before = restricted(d.seen[s], w);
        item.after = w;
        out.append(item);
    }
}

} // namespace

QList<PlanItem> SyncPlan::items() const
{
    QList<PlanItem> out;
    for (const RecordDecision &d : decisions) {
        if (!d.error.isEmpty()) {
            PlanItem item = baseItem(d, PlanAction::Skip, d.errorSide);
            item.reason = d.error;
            out.append(item);
            continue;
        }
        switch (d.kind) {
        case RecordDecision::Kind::Sync:
            appendWrites(d, PlanAction::Update, out);
            break;
        case RecordDecision::Kind::Link:
            out.append(baseItem(d, PlanAction::Link, d.target));
            appendWrites(d, PlanAction::Update, out);
            break;
        case RecordDecision::Kind::Create:
            appendWrites(d, PlanAction::Create, out);
            break;
        case RecordDecision::Kind::Delete: {
            PlanItem item = baseItem(d, PlanAction::Delete, d.target);
            item.before = d.link.side(d.target).base;
            out.append(item);
            break;
        }
        case RecordDecision::Kind::Unlink:
            out.append(baseItem(d, PlanAction::Skip, d.target));
            break;
        }
        for (const Conflict &c : d.conflicts) {
            PlanItem item = baseItem(d, PlanAction::Conflict, Side::CrmOffice);
            item.field = c.field;
            item.reason =
                Planner::tr("Wix has %1, CRMOffice has %2")
                    .arg(QString::fromUtf8(
                             QJsonDocument(QJsonArray{c.wixValue}).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray{c.crmValue}).toJson(QJsonDocument::Compact)));
            out.append(item);
        }
    }
    return out;
}

Planner::Planner(bool forceDeletes)
    : m_forceDeletes(forceDeletes)
{}

SyncPlan Planner::plan(const QString &flowId, QList<RecordDecision> decisions, int linkCount) const
{
    SyncPlan plan;
    plan.flowId = flowId;
    decisions.removeIf([](const RecordDecision &d) { return d.isNoop(); });
    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const RecordDecision &a, const RecordDecision &b) {
                         return order(a.kind) < order(b.kind);
                     });
    int deletions = 0;
    for (const RecordDecision &d : decisions) {
        if (d.kind == RecordDecision::Kind::Delete && d.error.isEmpty()) {
            ++deletions;
            plan.wouldDelete.append(sideName(d.target) + QLatin1Char(':')
                                    + d.link.side(d.target).id);
            plan.wouldDeleteNames.append(RecordName::of(d));
        }
    }
    plan.guarded = !m_forceDeletes && DeletionGuard::trips(deletions, linkCount);
    plan.decisions = std::move(decisions);
    return plan;
}

} // namespace Tandem
