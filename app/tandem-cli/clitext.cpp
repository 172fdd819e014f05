#include "app/tandem-cli/clitext.h"

#include "app/tandem-cli/clijson.h"
#include "sync/engine/runsummarytext.h"
#include "sync/store/storecodec.h"

#include <QJsonDocument>

namespace Tandem::Cli {

namespace {

QString actionText(PlanAction action)
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
        return QStringLiteral("skip");
    }
    return {};
}

// ' "Kari Nordmann"', or nothing for a record without a known name.
QString quotedName(const QString &name)
{
    return name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name);
}

QString planText(const QList<PlanItem> &plan)
{
    QString out = QStringLiteral("Plan (nothing was written):\n");
    for (const PlanItem &item : plan) {
        out +=
            QStringLiteral("  %1 %2 %3%4 wix:%5 crmoffice:%6")
                .arg(item.flowId, actionText(item.action), sideName(item.target),
                     quotedName(item.name), item.wixId.isEmpty() ? QStringLiteral("-") : item.wixId,
                     item.crmId.isEmpty() ? QStringLiteral("-") : item.crmId);
        if (!item.after.isEmpty())
            out += QLatin1Char(' ')
                + QString::fromUtf8(QJsonDocument(item.after).toJson(QJsonDocument::Compact));
        if (!item.reason.isEmpty())
            out += QStringLiteral(" (%1)").arg(item.reason);
        out += QLatin1Char('\n');
    }
    return out;
}

QString runLine(const RunRecord &run)
{
    QString line = QStringLiteral("#%1 %2 %3%4")
                       .arg(run.id)
                       .arg(run.startedAt.toLocalTime().toString(Qt::ISODate),
                            StoreCodec::fromStatus(run.status),
                            run.dryRun ? QStringLiteral(" (dry run)") : QString());
    if (run.kind == RunRecord::Kind::Undo)
        line += QStringLiteral(" undo of #%1").arg(run.undoes);
    if (!run.error.isEmpty())
        line += QStringLiteral(": ") + run.error;
    return line + QLatin1Char('\n');
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString entryLine(const RunEntry &entry)
{
    QString line = QStringLiteral("  %1 %2 %3 %4%5")
                       .arg(entry.flowId, sideName(entry.side), entry.recordId,
                            StoreCodec::fromAction(entry.action), quotedName(entry.recordName));
    if (!entry.before.isEmpty() || !entry.after.isEmpty())
        line +=
            QStringLiteral(" %1 -> %2").arg(compactJson(entry.before), compactJson(entry.after));
    if (!entry.message.isEmpty())
        line += QStringLiteral(": ") + entry.message;
    return line + QLatin1Char('\n');
}

} // namespace

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return RunSummaryText::emptyValue();
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString::fromUtf8(
        QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString summaryText(const RunSummary &summary)
{
    QString out;
    for (const FlowSummary &flow : summary.flows) {
        if (flow.skipped) {
            out += QStringLiteral("%1: skipped: %2\n").arg(flow.flowId, flow.skipReason);
            continue;
        }
        out += QStringLiteral("%1:\n  Wix:       %2\n  CRMOffice: %3\n")
                   .arg(flow.flowId, RunSummaryText::counts(flow.wix.counts),
                        RunSummaryText::counts(flow.crm.counts));
        for (const FlowSideCounts *side : {&flow.wix, &flow.crm}) {
            for (const RecordError &error : side->errors) {
                out += QStringLiteral("  error on %1 record %2: %3\n")
                           .arg(sideName(error.side), error.recordId, error.reason);
            }
        }
        if (!flow.wouldDelete.isEmpty()) {
            // Each by its name where it has one: "Ada Lovelace (crmoffice:c_3)".
            QStringList named;
            for (qsizetype i = 0; i < flow.wouldDelete.size(); ++i) {
                const QString name = flow.wouldDeleteNames.value(i);
                named << (name.isEmpty()
                              ? flow.wouldDelete.at(i)
                              : QStringLiteral("%1 (%2)").arg(name, flow.wouldDelete.at(i)));
            }
            out += QStringLiteral("  would delete: %1\n").arg(named.join(QStringLiteral(", ")));
        }
    }
    if (!summary.plan.isEmpty()) // an undo lists what it left alone after it ran
        out += planText(summary.plan);
    out += QStringLiteral("HTTP calls: Wix %1, CRMOffice %2\n")
               .arg(summary.wixCalls)
               .arg(summary.crmCalls);
    out += QStringLiteral("Status: %1").arg(StoreCodec::fromStatus(summary.status));
    if (summary.dryRun)
        out += QStringLiteral(" (dry run)");
    if (!summary.message.isEmpty())
        out += QStringLiteral(": ") + summary.message;
    return out + QLatin1Char('\n');
}

QString conflictsText(const QList<Conflict> &conflicts, const QList<ConflictRecord> &records)
{
    if (conflicts.isEmpty())
        return QStringLiteral("No open conflicts.\n");
    QString out;
    for (const Conflict &c : conflicts) {
        QString name = ConflictRecord::forLink(records, c.linkId).name;
        if (name.isEmpty())
            name = QStringLiteral("link %1").arg(c.linkId);
        out += QStringLiteral("#%1 %2 %3, %4: Wix %5, CRMOffice %6 (was %7)\n")
                   .arg(c.id)
                   .arg(c.flowId, name, c.field, valueText(c.wixValue), valueText(c.crmValue),
                        valueText(c.baseValue));
    }
    out += QStringLiteral(
        "Resolve with: tandem-cli resolve ID --take wix|crmoffice, or --value TEXT\n");
    return out;
}

QString linksText(const QList<Link> &links)
{
    if (links.isEmpty())
        return QStringLiteral("No links yet.\n");
    QString out;
    for (const Link &link : links)
        out += QStringLiteral("%1 wix:%2 <-> crmoffice:%3\n")
                   .arg(link.flowId, link.wix.id, link.crm.id);
    return out + QStringLiteral("%1 link(s)\n").arg(links.size());
}

QString historyText(const RunPage &page, const QList<QList<RunEntry>> &entries,
                    const HistoryQuery &query)
{
    const bool filtered = query.from.isValid() || query.to.isValid() || query.filtersEntries();
    if (page.runs.isEmpty() && page.total == 0)
        return filtered ? QStringLiteral("No run matches.\n") : QStringLiteral("No runs yet.\n");
    QString out;
    for (qsizetype i = 0; i < page.runs.size(); ++i) {
        out += runLine(page.runs.at(i));
        for (const RunEntry &entry : entries.value(i))
            out += entryLine(entry);
    }
    const int last = page.offset + int(page.runs.size());
    out += QStringLiteral("Runs %1 to %2 of %3, newest first.")
               .arg(page.runs.isEmpty() ? last : page.offset + 1)
               .arg(last)
               .arg(page.total);
    if (last < page.total)
        out += QLatin1Char(' ')
            + QStringLiteral("--page %1 shows older ones.").arg(last / query.limit + 1);
    return out + QLatin1Char('\n');
}

} // namespace Tandem::Cli
