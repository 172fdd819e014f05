#include "sync/engine/runsummary.h"

#include "sync/store/storecodec.h"

#include <QJsonArray>

namespace Tandem {

namespace {

QJsonObject sideJson(const FlowSideCounts &side)
{
    QJsonArray errors;
    for (const RecordError &e : side.errors)
        errors.append(
            QJsonObject{{QStringLiteral("id"), e.recordId}, {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("created"), side.counts.created},
            {QStringLiteral("updated"), side.counts.updated},
            {QStringLiteral("deleted"), side.counts.deleted},
            {QStringLiteral("unchanged"), side.counts.unchanged},
            {QStringLiteral("conflicts"), side.counts.conflicts},
            {QStringLiteral("calls"), side.counts.calls},
            {QStringLiteral("callFloor"), side.callFloor},
            {QStringLiteral("errors"), errors}};
}

QString actionName(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return QStringLiteral("create");
    case PlanAction::Update:
        return QStringLiteral("update");
    case PlanAction::Delete:
        return QStringLiteral("delete");
    case PlanAction::Link:
        return QStringLiteral("link");
    case PlanAction::Conflict:
        return QStringLiteral("conflict");
    case PlanAction::Skip:
        break;
    }
    return QStringLiteral("skip");
}

} // namespace

int RunSummary::writes() const
{
    int total = 0;
    for (const FlowSummary &f : flows) {
        for (const FlowSideCounts *side : {&f.wix, &f.crm})
            total += side->counts.created + side->counts.updated + side->counts.deleted;
    }
    return total;
}

QJsonObject RunSummary::toJson() const
{
    QJsonObject flowsJson;
    for (const FlowSummary &f : flows) {
        QJsonObject flow{{QStringLiteral("wix"), sideJson(f.wix)},
                         {QStringLiteral("crmoffice"), sideJson(f.crm)},
                         {QStringLiteral("skipped"), f.skipped},
                         {QStringLiteral("skipReason"), f.skipReason},
                         {QStringLiteral("readInFull"), f.readInFull}};
        if (!f.wouldDelete.isEmpty()) {
            flow.insert(QStringLiteral("wouldDelete"), QJsonArray::fromStringList(f.wouldDelete));
            flow.insert(QStringLiteral("wouldDeleteNames"),
                        QJsonArray::fromStringList(f.wouldDeleteNames));
        }
        flowsJson.insert(f.flowId, flow);
    }
    QJsonObject out{
        {QStringLiteral("status"), StoreCodec::fromStatus(status)},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("message"), message},
        {QStringLiteral("runId"), runId},
        {QStringLiteral("flows"), flowsJson},
        {QStringLiteral("calls"),
         QJsonObject{{QStringLiteral("wix"), wixCalls}, {QStringLiteral("crmoffice"), crmCalls}}},
        {QStringLiteral("callFloor"),
         QJsonObject{{QStringLiteral("wix"), wixCallFloor},
                     {QStringLiteral("crmoffice"), crmCallFloor}}}};
    if (!wixCatalog.isEmpty())
        out.insert(QStringLiteral("wixCatalog"), wixCatalog);
    if (undoes != 0)
        out.insert(QStringLiteral("undoes"), undoes);
    // An undo lists the writes it left alone even when it ran.
    if (dryRun || !plan.isEmpty()) {
        QJsonArray items;
        for (const PlanItem &item : plan) {
            QJsonObject o{{QStringLiteral("flow"), item.flowId},
                          {QStringLiteral("action"), actionName(item.action)},
                          {QStringLiteral("target"), sideName(item.target)},
                          {QStringLiteral("wixId"), item.wixId},
                          {QStringLiteral("crmofficeId"), item.crmId}};
            if (!item.name.isEmpty())
                o.insert(QStringLiteral("name"), item.name);
            if (!item.before.isEmpty())
                o.insert(QStringLiteral("before"), item.before);
            if (!item.after.isEmpty())
                o.insert(QStringLiteral("after"), item.after);
            if (!item.field.isEmpty())
                o.insert(QStringLiteral("field"), item.field);
            if (!item.reason.isEmpty())
                o.insert(QStringLiteral("reason"), item.reason);
            items.append(o);
        }
        out.insert(QStringLiteral("plan"), items);
    }
    return out;
}

} // namespace Tandem
