#include "clijson.h"

#include "runsummary.h"

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

QString resolutionName(Conflict::Resolution resolution)
{
    switch (resolution) {
    case Conflict::Resolution::Open:
        return QStringLiteral("open");
    case Conflict::Resolution::TakeWix:
        return QStringLiteral("wix");
    case Conflict::Resolution::TakeCrmOffice:
        return QStringLiteral("crmoffice");
    case Conflict::Resolution::Value:
        return QStringLiteral("value");
    }
    return QStringLiteral("open");
}

QString runStatusName(RunRecord::Status status)
{
    return statusName(status);
}

QJsonObject conflictToJson(const Conflict &conflict)
{
    return QJsonObject{{QStringLiteral("id"), conflict.id},
                       {QStringLiteral("linkId"), conflict.linkId},
                       {QStringLiteral("flow"), conflict.flowId},
                       {QStringLiteral("field"), conflict.field},
                       {QStringLiteral("wix"), conflict.wixValue},
                       {QStringLiteral("crmoffice"), conflict.crmValue},
                       {QStringLiteral("base"), conflict.baseValue},
                       {QStringLiteral("detectedAt"), timeValue(conflict.detectedAt)},
                       {QStringLiteral("resolution"), resolutionName(conflict.resolution)}};
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
                     {QStringLiteral("status"), runStatusName(run.status)},
                     {QStringLiteral("dryRun"), run.dryRun},
                     {QStringLiteral("counts"), run.counts}};
    if (!run.error.isEmpty())
        json.insert(QStringLiteral("error"), run.error);
    return json;
}

} // namespace Tandem::Cli
