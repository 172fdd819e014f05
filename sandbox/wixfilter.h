#pragma once

#include "sandbox/wixvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Tandem::Sandbox {

// The fields a collection lets clients filter or sort on, with their types.
struct WixFieldSpec
{
    enum class Type { String, Date, Bool, Number };

    QString name;
    Type type = Type::String;
    bool sortable = true;
    bool ranges = true; // $gt/$lt and friends allowed (Wix refuses them on booleans)
};
using WixFields = QList<WixFieldSpec>;
using WixGetter = std::function<WixValue(int field)>; // field = index into WixFields

// Converts a JSON operand to the field's type; false when it does not fit.
bool wixValueFromJson(const QJsonValue &json, WixFieldSpec::Type type, WixValue *value);
QJsonValue wixValueToJson(const WixValue &value, WixFieldSpec::Type type);

// A compiled Wix API query-language filter: {"field": value}, {"field": {"$op": ...}},
// $and/$or/$not. Operators: $eq $ne $gt $gte $lt $lte $in $hasSome $exists $startsWith
// ($startsWith ignores case).
class WixFilter
{
public:
    // An empty object matches everything. On failure *error names the field or operator.
    static WixFilter compile(const QJsonObject &filter, const WixFields &fields, QString *error);
    bool matches(const WixGetter &get) const;

private:
    enum class Op { And, Or, Not, Eq, Ne, Gt, Gte, Lt, Lte, In, Exists, StartsWith };
    struct Node
    {
        Op op = Op::And;
        int field = -1;
        QList<WixValue> operands;
        QList<Node> children;
    };

    static bool compileObject(const QJsonObject &object, const WixFields &fields, Node *node,
                              QString *error);
    static bool compileField(int field, const WixFieldSpec &spec, const QJsonValue &condition,
                             Node *node, QString *error);
    static bool compileOperator(int field, const WixFieldSpec &spec, const QString &name,
                                const QJsonValue &operand, Node *node, QString *error);
    static bool evaluate(const Node &node, const WixGetter &get);

    Node m_root;
};

// A compiled sort: [{"fieldName", "order": "ASC"|"DESC"}], ties broken by the id field.
class WixSort
{
public:
    struct Key
    {
        int field = -1;
        bool descending = false;

        friend bool operator==(const Key &, const Key &) = default;
    };

    static WixSort compile(const QJsonArray &sort, const WixFields &fields, int maxKeys,
                           int idField, QString *error);
    int compare(const WixGetter &a, const WixGetter &b) const;
    const QList<Key> &keys() const { return m_keys; }

private:
    QList<Key> m_keys;
    int m_idField = -1;
};

} // namespace Tandem::Sandbox
