#include "app/tandem-cli/clijson.h"

#include "sync/engine/runsummary.h"
#include "sync/store/storecodec.h"

namespace Tandem::Cli {

namespace {

QJsonValue timeValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject sideToJson(const SideState &side)
{
    return QJsonObject{{QStringLiteral("id"), side.id},
                       {QStringLiteral("token"), side.token},
                       {QStringLiteral("updatedAt"), timeValue(side.updatedAt)},
                       {QStringLiteral("base"), side.base}};
}

} // namespace

QJsonObject conflictToJson(const Conflict &conflict, const ConflictRecord &record)
{
    return QJsonObject{
        {QStringLiteral("id"), conflict.id},
        {QStringLiteral("linkId"), conflict.linkId},
        {QStringLiteral("record"), record.name},
        {QStringLiteral("wixId"), record.wixId},
        {QStringLiteral("crmofficeId"), record.crmId},
        {QStringLiteral("flow"), conflict.flowId},
        {QStringLiteral("field"), conflict.field},
        {QStringLiteral("wix"), conflict.wixValue},
        {QStringLiteral("crmoffice"), conflict.crmValue},
        {QStringLiteral("base"), conflict.baseValue},
        {QStringLiteral("detectedAt"), timeValue(conflict.detectedAt)},
        {QStringLiteral("resolution"), StoreCodec::fromResolution(conflict.resolution)}};
}

QJsonObject linkToJson(const Link &link)
{
    return QJsonObject{{QStringLiteral("id"), link.id},
                       {QStringLiteral("flow"), link.flowId},
                       {QStringLiteral("wix"), sideToJson(link.wix)},
                       {QStringLiteral("crmoffice"), sideToJson(link.crm)}};
}

QJsonObject runToJson(const RunRecord &run)
{
    QJsonObject json{{QStringLiteral("id"), run.id},
                     {QStringLiteral("startedAt"), timeValue(run.startedAt)},
                     {QStringLiteral("finishedAt"), timeValue(run.finishedAt)},
                     {QStringLiteral("status"), StoreCodec::fromStatus(run.status)},
                     {QStringLiteral("dryRun"), run.dryRun},
                     {QStringLiteral("counts"), run.counts}};
    if (run.kind == RunRecord::Kind::Undo) {
        json.insert(QStringLiteral("kind"), QStringLiteral("undo"));
        json.insert(QStringLiteral("undoes"), run.undoes);
    }
    if (!run.error.isEmpty())
        json.insert(QStringLiteral("error"), run.error);
    return json;
}

QJsonObject entryToJson(const RunEntry &entry)
{
    QJsonObject json{{QStringLiteral("id"), entry.id},
                     {QStringLiteral("flow"), entry.flowId},
                     {QStringLiteral("side"), sideName(entry.side)},
                     {QStringLiteral("recordId"), entry.recordId},
                     {QStringLiteral("action"), StoreCodec::fromAction(entry.action)},
                     {QStringLiteral("before"), entry.before},
                     {QStringLiteral("after"), entry.after},
                     {QStringLiteral("at"), timeValue(entry.at)}};
    if (!entry.recordName.isEmpty())
        json.insert(QStringLiteral("recordName"), entry.recordName);
    if (!entry.message.isEmpty())
        json.insert(QStringLiteral("message"), entry.message);
    if (entry.undoesEntry != 0)
        json.insert(QStringLiteral("undoesEntry"), entry.undoesEntry);
    return json;
}

QJsonArray historyToJson(const RunPage &page, const QList<QList<RunEntry>> &entries)
{
    QJsonArray runs;
    for (qsizetype i = 0; i < page.runs.size(); ++i) {
        QJsonObject run = runToJson(page.runs.at(i));
        if (i < entries.size())
            run.insert(QStringLiteral("entries"), toJsonArray(entries.at(i), entryToJson));
        runs.append(run);
    }
    return runs;
}

} // namespace Tandem::Cli
