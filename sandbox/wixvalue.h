#pragma once

#include <QJsonValue>
#include <QString>

namespace Tandem::Sandbox {

// One field value of a stored record, typed for comparison; dates are milliseconds.
struct WixValue
{
    enum class Kind { Missing, Bool, Number, String };

    Kind kind = Kind::Missing;
    double number = 0;
    QString string;

    static WixValue missing() { return {}; }
    static WixValue of(bool value) { return {Kind::Bool, value ? 1.0 : 0.0, {}}; }
    static WixValue of(double value) { return {Kind::Number, value, {}}; }
    static WixValue of(qint64 value) { return {Kind::Number, double(value), {}}; }
    static WixValue of(const QString &value)
    {
        return value.isNull() ? WixValue{} : WixValue{Kind::String, 0, value};
    }

    // Total order: missing first, then by kind, then by value. Strings compare by code unit.
    static int compare(const WixValue &a, const WixValue &b)
    {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind) ? -1 : 1;
        if (a.kind == Kind::String)
            return a.string.compare(b.string);
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    }
};

} // namespace Tandem::Sandbox
