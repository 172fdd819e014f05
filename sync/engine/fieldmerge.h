#pragma once

#include "sync/model/mapping.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace Tandem {

// The four values one property pair has on a link (docs/architecture.md#state-per-link), plus
// what the newest policy needs. Values are in each side's own representation.
struct FieldInput
{
    QJsonValue wixBase;
    QJsonValue wixCurrent;
    QJsonValue crmBase;
    QJsonValue crmCurrent;
    QDateTime wixUpdatedAt;
    QDateTime crmUpdatedAt;
};

struct FieldOutcome
{
    enum class Action {
        None, // nothing to write
        ToCrm, // copy the Wix value to CRMOffice
        ToWix, // copy the CRMOffice value to Wix
        Conflict, // both changed differently and the policy says ask
    };
    Action action = Action::None;

    bool operator==(const FieldOutcome &) const = default;
};

// Absent, null and "" all mean "no value"; otherwise JSON equality.
bool sameValue(const QJsonValue &a, const QJsonValue &b);
bool isEmptyValue(const QJsonValue &v);
// Sets `key` to `value`, or removes it when the value is empty: a base or a set of fields holds
// no empty values, so an empty field and a missing one are the same.
void setOrRemove(QJsonObject &obj, const QString &key, const QJsonValue &value);

// Three-way merge of one field (docs/architecture.md#three-way-merge). Pure.
FieldOutcome mergeField(const FieldInput &in, PairDirection direction, ConflictPolicy policy);

} // namespace Tandem
