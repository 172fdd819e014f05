#include "ui/uitext.h"

#include "sync/engine/runsummarytext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace Tandem::UiText {

namespace {

// These are free functions, so their messages need a class for tr(): lupdate and the lookup
// both take the context from the macro's argument.
struct UiTextMessages
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::UiText)
};

} // namespace

QString sideLabel(Side side)
{
    return side == Side::Wix ? UiTextMessages::tr("Wix") : UiTextMessages::tr("CRMOffice");
}

QString flowLabel(const QString &flowId)
{
    if (flowId == QLatin1String("contacts"))
        return UiTextMessages::tr("Contacts");
    if (flowId == QLatin1String("products"))
        return UiTextMessages::tr("Products → Companies");
    return flowId;
}

QString dataTypeLabel(DataType type)
{
    switch (type) {
    case DataType::String:
        return UiTextMessages::tr("Text");
    case DataType::Integer:
        return UiTextMessages::tr("Whole number");
    case DataType::Number:
        return UiTextMessages::tr("Number");
    case DataType::Boolean:
        return UiTextMessages::tr("Yes/no");
    case DataType::Date:
        return UiTextMessages::tr("Date");
    case DataType::DateTime:
        return UiTextMessages::tr("Date and time");
    }
    return {};
}

QString originLabel(PairOrigin origin)
{
    return origin == PairOrigin::Document ? UiTextMessages::tr("Dataflow document")
                                          : UiTextMessages::tr("Added");
}

QString pairDirectionLabel(PairDirection direction)
{
    switch (direction) {
    case PairDirection::Both:
        return UiTextMessages::tr("Both ways");
    case PairDirection::WixToCrmOffice:
        return UiTextMessages::tr("Wix → CRMOffice");
    case PairDirection::CrmOfficeToWix:
        return UiTextMessages::tr("CRMOffice → Wix");
    }
    return {};
}

QString creationLabel(CreationDirection direction)
{
    switch (direction) {
    case CreationDirection::WixToCrmOffice:
        return UiTextMessages::tr("Create in CRMOffice from Wix");
    case CreationDirection::CrmOfficeToWix:
        return UiTextMessages::tr("Create in Wix from CRMOffice");
    case CreationDirection::LinkOnly:
        return UiTextMessages::tr("Only link existing records");
    }
    return {};
}

QString conflictPolicyLabel(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Ask:
        return UiTextMessages::tr("Ask me");
    case ConflictPolicy::Newest:
        return UiTextMessages::tr("Newest edit wins");
    case ConflictPolicy::Wix:
        return UiTextMessages::tr("Wix wins");
    case ConflictPolicy::CrmOffice:
        return UiTextMessages::tr("CRMOffice wins");
    }
    return {};
}

QString deletionPolicyLabel(DeletionPolicy policy)
{
    return policy == DeletionPolicy::Propagate
        ? UiTextMessages::tr("Delete the partner record")
        : UiTextMessages::tr("Only unlink the partner record");
}

QString phaseLabel(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Reading:
        return UiTextMessages::tr("Reading changes");
    case RunPhase::Reconciling:
        return UiTextMessages::tr("Comparing");
    case RunPhase::Planning:
        return UiTextMessages::tr("Planning");
    case RunPhase::Applying:
        return UiTextMessages::tr("Writing changes");
    case RunPhase::Recording:
        return UiTextMessages::tr("Saving the outcome");
    case RunPhase::Done:
        return UiTextMessages::tr("Done");
    }
    return {};
}

QString runStatusLabel(RunRecord::Status status)
{
    switch (status) {
    case RunRecord::Status::Running:
        return UiTextMessages::tr("Running");
    case RunRecord::Status::Ok:
        return UiTextMessages::tr("Succeeded");
    case RunRecord::Status::Conflicts:
        return UiTextMessages::tr("Conflicts to resolve");
    case RunRecord::Status::Guarded:
        return UiTextMessages::tr("Stopped by the deletion guard");
    case RunRecord::Status::Failed:
        return UiTextMessages::tr("Failed");
    case RunRecord::Status::Cancelled:
        return UiTextMessages::tr("Cancelled");
    case RunRecord::Status::Partial:
        return UiTextMessages::tr("Undone in part: records changed since");
    }
    return {};
}

QString planActionLabel(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return UiTextMessages::tr("Create");
    case PlanAction::Update:
        return UiTextMessages::tr("Update");
    case PlanAction::Delete:
        return UiTextMessages::tr("Delete");
    case PlanAction::Link:
        return UiTextMessages::tr("Link");
    case PlanAction::Conflict:
        return UiTextMessages::tr("Conflict");
    case PlanAction::Skip:
        return UiTextMessages::tr("Skip");
    }
    return {};
}

QString entryActionLabel(RunEntry::Action action)
{
    switch (action) {
    case RunEntry::Action::Create:
        return UiTextMessages::tr("Created");
    case RunEntry::Action::Update:
        return UiTextMessages::tr("Updated");
    case RunEntry::Action::Delete:
        return UiTextMessages::tr("Deleted");
    case RunEntry::Action::Link:
        return UiTextMessages::tr("Linked");
    case RunEntry::Action::Error:
        return UiTextMessages::tr("Error");
    }
    return {};
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return RunSummaryText::emptyValue();
    case QJsonValue::Bool:
        return value.toBool() ? UiTextMessages::tr("yes") : UiTextMessages::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString changeText(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue from = before.value(key);
        const QJsonValue to = after.value(key);
        if (from == to)
            continue;
        parts << UiTextMessages::tr("%1: %2 → %3").arg(key, valueText(from), valueText(to));
    }
    return parts.join(QLatin1String("; "));
}

QString dateTimeText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return UiTextMessages::tr("%n s", nullptr, int(seconds));
    return UiTextMessages::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString linkedRecordText(const QString &name, const QString &flowId, qint64 linkId)
{
    if (!name.isEmpty())
        return name;
    return UiTextMessages::tr("%1 #%2").arg(flowLabel(flowId)).arg(linkId);
}

QString recordIdsText(const QString &wixId, const QString &crmId)
{
    QStringList ids;
    if (!wixId.isEmpty())
        ids << QStringLiteral("%1: %2").arg(sideLabel(Side::Wix), wixId);
    if (!crmId.isEmpty())
        ids << QStringLiteral("%1: %2").arg(sideLabel(Side::CrmOffice), crmId);
    return ids.join(QLatin1String(", "));
}

QString summaryText(const RunSummary &summary)
{
    RunCounts total;
    for (const FlowSummary &flow : summary.flows) {
        for (const FlowSideCounts *side : {&flow.wix, &flow.crm}) {
            total.created += side->counts.created;
            total.updated += side->counts.updated;
            total.deleted += side->counts.deleted;
            total.unchanged += side->counts.unchanged;
            total.errors += side->counts.errors;
        }
        // A conflict is one pair of records: both sides report it, so it counts once.
        total.conflicts += std::max(flow.wix.counts.conflicts, flow.crm.counts.conflicts);
    }
    QString text = summary.dryRun
        ? UiTextMessages::tr("Preview: %1").arg(runStatusLabel(summary.status))
        : runStatusLabel(summary.status);
    text += QLatin1String(". ") + RunSummaryText::counts(total);
    text += QLatin1Char(' ')
        + UiTextMessages::tr("(%1 calls to Wix, %2 to CRMOffice)")
              .arg(summary.wixCalls)
              .arg(summary.crmCalls);
    if (!summary.message.isEmpty())
        text += QLatin1Char('\n') + summary.message;
    return text;
}

} // namespace Tandem::UiText
