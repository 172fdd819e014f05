#pragma once

#include "sync/engine/runsummary.h"
#include "sync/engine/syncrun.h"
#include "sync/model/mapping.h"
#include "sync/model/record.h"
#include "sync/store/storetypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Tandem::UiText {

// Words the user reads for the engine's enums and values, translated in one place.
QString sideLabel(Side side);
QString flowLabel(const QString &flowId);
QString dataTypeLabel(DataType type);
QString originLabel(PairOrigin origin);
QString pairDirectionLabel(PairDirection direction);
QString creationLabel(CreationDirection direction);
QString conflictPolicyLabel(ConflictPolicy policy);
QString deletionPolicyLabel(DeletionPolicy policy);
QString phaseLabel(RunPhase phase);
QString runStatusLabel(RunRecord::Status status);
QString planActionLabel(PlanAction action);
QString entryActionLabel(RunEntry::Action action);

QString valueText(const QJsonValue &value); // "(empty)" for none
QString changeText(const QJsonObject &before, const QJsonObject &after); // "a: x → y; b: → z"
QString dateTimeText(const QDateTime &at);
QString durationText(qint64 seconds);
QString recordIdsText(const QString &wixId, const QString &crmId); // "Wix: a1, CRMOffice: 7"
// A linked record by its name ("Ada Lovelace"), or by its flow and link when it has none
// ("Contacts #4").
QString linkedRecordText(const QString &name, const QString &flowId, qint64 linkId);
QString summaryText(const RunSummary &summary); // the outcome of a run, in one or two lines

} // namespace Tandem::UiText
