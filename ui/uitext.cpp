#include "uitext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Tandem::UiText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::UiText", text);
}
} // namespace

QString sideLabel(Side side)
{
    return side == Side::Wix ? tr("Wix") : tr("CRMOffice");
}

QString flowLabel(const QString &flowId)
{
    if (flowId == QLatin1String("contacts"))
        return tr("Contacts");
    if (flowId == QLatin1String("products"))
        return tr("Products → Companies");
    return flowId;
}

QString dataTypeLabel(DataType type)
{
    switch (type) {
    case DataType::String:
        return tr("Text");
    case DataType::Integer:
        return tr("Whole number");
    case DataType::Number:
        return tr("Number");
    case DataType::Boolean:
        return tr("Yes/no");
    case DataType::Date:
        return tr("Date");
    case DataType::DateTime:
        return tr("Date and time");
    }
    return {};
}

QString originLabel(PairOrigin origin)
{
    return origin == PairOrigin::Document ? tr("Dataflow document") : tr("Added");
}

QString pairDirectionLabel(PairDirection direction)
{
    switch (direction) {
    case PairDirection::Both:
        return tr("Both ways");
    case PairDirection::WixToCrmOffice:
        return tr("Wix → CRMOffice");
    case PairDirection::CrmOfficeToWix:
        return tr("CRMOffice → Wix");
    }
    return {};
}

QString creationLabel(CreationDirection direction)
{
    switch (direction) {
    case CreationDirection::WixToCrmOffice:
        return tr("Create in CRMOffice from Wix");
    case CreationDirection::CrmOfficeToWix:
        return tr("Create in Wix from CRMOffice");
    case CreationDirection::LinkOnly:
        return tr("Only link existing records");
    }
    return {};
}

QString conflictPolicyLabel(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Ask:
        return tr("Ask me");
    case ConflictPolicy::Newest:
        return tr("Newest edit wins");
    case ConflictPolicy::Wix:
        return tr("Wix wins");
    case ConflictPolicy::CrmOffice:
        return tr("CRMOffice wins");
    }
    return {};
}

QString deletionPolicyLabel(DeletionPolicy policy)
{
    return policy == DeletionPolicy::Propagate ? tr("Delete the partner record")
                                               : tr("Only unlink the partner record");
}

QString phaseLabel(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Reading:
        return tr("Reading changes");
    case RunPhase::Reconciling:
        return tr("Comparing");
    case RunPhase::Planning:
        return tr("Planning");
    case RunPhase::Applying:
        return tr("Writing changes");
    case RunPhase::Recording:
        return tr("Saving the outcome");
    case RunPhase::Done:
        return tr("Done");
    }
    return {};
}

QString runStatusLabel(RunRecord::Status status)
{
    switch (status) {
    case RunRecord::Status::Running:
        return tr("Running");
    case RunRecord::Status::Ok:
        return tr("Succeeded");
    case RunRecord::Status::Conflicts:
        return tr("Conflicts to resolve");
    case RunRecord::Status::Guarded:
        return tr("Stopped by the deletion guard");
    case RunRecord::Status::Failed:
        return tr("Failed");
    case RunRecord::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString planActionLabel(PlanAction action)
{
    switch (action) {
    case PlanAction::Create:
        return tr("Create");
    case PlanAction::Update:
        return tr("Update");
    case PlanAction::Delete:
        return tr("Delete");
    case PlanAction::Link:
        return tr("Link");
    case PlanAction::Conflict:
        return tr("Conflict");
    case PlanAction::Skip:
        return tr("Skip");
    }
    return {};
}

QString entryActionLabel(RunEntry::Action action)
{
    switch (action) {
    case RunEntry::Action::Create:
        return tr("Created");
    case RunEntry::Action::Update:
        return tr("Updated");
    case RunEntry::Action::Delete:
        return tr("Deleted");
    case RunEntry::Action::Link:
        return tr("Linked");
    case RunEntry::Action::Error:
        return tr("Error");
    }
    return {};
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
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
        parts << tr("%1: %2 → %3").arg(key, valueText(from), valueText(to));
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
        return QCoreApplication::translate("Tandem::UiText", "%n s", nullptr, int(seconds));
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString countsText(const RunCounts &counts)
{
    return tr("%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflicts, %6 errors")
        .arg(counts.created)
        .arg(counts.updated)
        .arg(counts.deleted)
        .arg(counts.unchanged)
        .arg(counts.conflicts)
        .arg(counts.errors);
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
            total.conflicts += side->counts.conflicts;
            total.errors += side->counts.errors;
        }
    }
    QString text = summary.dryRun ? tr("Preview: %1").arg(runStatusLabel(summary.status))
                                  : runStatusLabel(summary.status);
    text += QLatin1String(". ") + countsText(total);
    text += QLatin1Char(' ')
            + tr("(%1 calls to Wix, %2 to CRMOffice)").arg(summary.wixCalls).arg(summary.crmCalls);
    if (!summary.message.isEmpty())
        text += QLatin1Char('\n') + summary.message;
    return text;
}

} // namespace Tandem::UiText
