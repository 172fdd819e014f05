#include "sync/engine/fieldmerge.h"

namespace Tandem {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

void setOrRemove(QJsonObject &obj, const QString &key, const QJsonValue &value)
{
    if (isEmptyValue(value))
        obj.remove(key);
    else
        obj.insert(key, value);
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const bool emptyA = isEmptyValue(a);
    const bool emptyB = isEmptyValue(b);
    if (emptyA || emptyB)
        return emptyA == emptyB;
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

namespace {

using Action = FieldOutcome::Action;

Action byPolicy(const FieldInput &in, ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Wix:
        return Action::ToCrm;
    case ConflictPolicy::CrmOffice:
        return Action::ToWix;
    case ConflictPolicy::Newest:
        // Without two comparable dates there is no "newest": ask instead of guessing.
        if (!in.wixUpdatedAt.isValid() || !in.crmUpdatedAt.isValid()
            || in.wixUpdatedAt == in.crmUpdatedAt)
            return Action::Conflict;
        return in.wixUpdatedAt > in.crmUpdatedAt ? Action::ToCrm : Action::ToWix;
    case ConflictPolicy::Ask:
        break;
    }
    return Action::Conflict;
}

} // namespace

FieldOutcome mergeField(const FieldInput &in, PairDirection direction, ConflictPolicy policy)
{
    const bool wixChanged = !sameValue(in.wixCurrent, in.wixBase);
    const bool crmChanged = !sameValue(in.crmCurrent, in.crmBase);
    FieldOutcome out;

    switch (direction) {
    case PairDirection::WixToCrmOffice:
        // The target's own edits are left alone until the source changes; then the source wins.
        if (wixChanged && !sameValue(in.wixCurrent, in.crmCurrent))
            out.action = Action::ToCrm;
        return out;
    case PairDirection::CrmOfficeToWix:
        if (crmChanged && !sameValue(in.crmCurrent, in.wixCurrent))
            out.action = Action::ToWix;
        return out;
    case PairDirection::Both:
        break;
    }

    if (sameValue(in.wixCurrent, in.crmCurrent))
        return out; // equal already, whoever changed: nothing to write
    if (wixChanged && crmChanged) {
        out.action = byPolicy(in, policy);
    } else if (wixChanged) {
        out.action = Action::ToCrm;
    } else if (crmChanged) {
        out.action = Action::ToWix;
    }
    return out;
}

} // namespace Tandem
