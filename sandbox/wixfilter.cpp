#include "sandbox/wixfilter.h"

#include "sandbox/wixclock.h"

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox {

namespace {

int fieldIndex(const WixFields &fields, const QString &name)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

bool wixValueFromJson(const QJsonValue &json, WixFieldSpec::Type type, WixValue *value)
{
    if (json.isNull()) {
        *value = WixValue::missing();
        return true;
    }
    switch (type) {
    case WixFieldSpec::Type::String:
        if (!json.isString())
            return false;
        *value = WixValue::of(json.toString());
        return true;
    case WixFieldSpec::Type::Bool:
        if (!json.isBool())
            return false;
        *value = WixValue::of(json.toBool());
        return true;
    case WixFieldSpec::Type::Number:
        if (json.isString()) { // Wix sends numeric ids and revisions as strings at times
            bool ok = false;
            const double number = json.toString().toDouble(&ok);
            *value = WixValue::of(number);
            return ok;
        }
        if (!json.isDouble())
            return false;
        *value = WixValue::of(json.toDouble());
        return true;
    case WixFieldSpec::Type::Date: {
        qint64 msecs = 0;
        if (json.isObject() && json.toObject().contains(QStringLiteral("$date")))
            return wixValueFromJson(json.toObject().value(QStringLiteral("$date")), type, value);
        if (!json.isString() || !WixClock::parse(json.toString(), &msecs))
            return false;
        *value = WixValue::of(msecs);
        return true;
    }
    }
    return false;
}

QJsonValue wixValueToJson(const WixValue &value, WixFieldSpec::Type type)
{
    switch (value.kind) {
    case WixValue::Kind::Missing:
        return QJsonValue::Null;
    case WixValue::Kind::Bool:
        return value.number != 0;
    case WixValue::Kind::String:
        return value.string;
    case WixValue::Kind::Number:
        if (type == WixFieldSpec::Type::Date)
            return WixClock::format(qint64(value.number));
        return value.number;
    }
    return QJsonValue::Null;
}

WixFilter WixFilter::compile(const QJsonObject &filter, const WixFields &fields, QString *error)
{
    WixFilter compiled;
    if (!compileObject(filter, fields, &compiled.m_root, error))
        compiled.m_root = Node{};
    return compiled;
}

bool WixFilter::matches(const WixGetter &get) const
{
    return evaluate(m_root, get);
}

bool WixFilter::compileObject(const QJsonObject &object, const WixFields &fields, Node *node,
                              QString *error)
{
    node->op = Op::And;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        Node child;
        if (key == QLatin1String("$and") || key == QLatin1String("$or")) {
            if (!it.value().isArray()) {
                *error = QStringLiteral("%1 takes an array of filters").arg(key);
                return false;
            }
            child.op = key == QLatin1String("$and") ? Op::And : Op::Or;
            for (const QJsonValue &part : it.value().toArray()) {
                Node sub;
                if (!part.isObject()) {
                    *error = QStringLiteral("%1 takes an array of filter objects").arg(key);
                    return false;
                }
                if (!compileObject(part.toObject(), fields, &sub, error))
                    return false;
                child.children.append(sub);
            }
        } else if (key == QLatin1String("$not")) {
            Node sub;
            if (!it.value().isObject()
                || !compileObject(it.value().toObject(), fields, &sub, error)) {
                if (error->isEmpty())
                    *error = QStringLiteral("$not takes a filter object");
                return false;
            }
            child.op = Op::Not;
            child.children.append(sub);
        } else {
            const int field = fieldIndex(fields, key);
            if (field < 0) {
                *error = QStringLiteral("field %1 cannot be filtered").arg(key);
                return false;
            }
            if (!compileField(field, fields.at(field), it.value(), &child, error))
                return false;
        }
        node->children.append(child);
    }
    return true;
}

bool WixFilter::compileField(int field, const WixFieldSpec &spec, const QJsonValue &condition,
                             Node *node, QString *error)
{
    const QJsonObject object = condition.toObject();
    const bool operators = condition.isObject() && !object.isEmpty()
        && object.constBegin().key().startsWith(QLatin1Char('$'))
        && !object.contains(QStringLiteral("$date"));
    if (!operators) // {"field": value} is $eq
        return compileOperator(field, spec, QStringLiteral("$eq"), condition, node, error);
    node->op = Op::And;
    for (auto it = object.begin(); it != object.end(); ++it) {
        Node child;
        if (!compileOperator(field, spec, it.key(), it.value(), &child, error))
            return false;
        node->children.append(child);
    }
    return true;
}

bool WixFilter::compileOperator(int field, const WixFieldSpec &spec, const QString &name,
                                const QJsonValue &operand, Node *node, QString *error)
{
    static const QHash<QString, Op> ops{
        {u"$eq"_s, Op::Eq},         {u"$ne"_s, Op::Ne},
        {u"$gt"_s, Op::Gt},         {u"$gte"_s, Op::Gte},
        {u"$lt"_s, Op::Lt},         {u"$lte"_s, Op::Lte},
        {u"$in"_s, Op::In},         {u"$hasSome"_s, Op::In},
        {u"$exists"_s, Op::Exists}, {u"$startsWith"_s, Op::StartsWith}};
    const auto op = ops.constFind(name);
    if (op == ops.constEnd()) {
        *error = QStringLiteral("unknown operator %1 on field %2").arg(name, spec.name);
        return false;
    }
    node->op = *op;
    node->field = field;
    const bool range = *op == Op::Gt || *op == Op::Gte || *op == Op::Lt || *op == Op::Lte;
    if (range && !spec.ranges) {
        *error = QStringLiteral("field %1 does not support %2").arg(spec.name, name);
        return false;
    }
    if (*op == Op::Exists) {
        if (!operand.isBool()) {
            *error = QStringLiteral("$exists on field %1 takes true or false").arg(spec.name);
            return false;
        }
        node->operands.append(WixValue::of(operand.toBool()));
        return true;
    }
    if (*op == Op::StartsWith && (spec.type != WixFieldSpec::Type::String || !operand.isString())) {
        *error = QStringLiteral("$startsWith on field %1 takes a string").arg(spec.name);
        return false;
    }
    const QJsonArray values = *op == Op::In ? operand.toArray() : QJsonArray{operand};
    if (*op == Op::In && !operand.isArray()) {
        *error = QStringLiteral("%1 on field %2 takes an array").arg(name, spec.name);
        return false;
    }
    for (const QJsonValue &json : values) {
        WixValue value;
        if (!wixValueFromJson(json, spec.type, &value)) {
            *error =
                QStringLiteral("%1 on field %2 has a value of the wrong type").arg(name, spec.name);
            return false;
        }
        node->operands.append(value);
    }
    return true;
}

bool WixFilter::evaluate(const Node &node, const WixGetter &get)
{
    switch (node.op) {
    case Op::And:
        for (const Node &child : node.children) {
            if (!evaluate(child, get))
                return false;
        }
        return true;
    case Op::Or:
        for (const Node &child : node.children) {
            if (evaluate(child, get))
                return true;
        }
        return node.children.isEmpty();
    case Op::Not:
        return !evaluate(node.children.first(), get);
    default:
        break;
    }
    const WixValue value = get(node.field);
    const bool missing = value.kind == WixValue::Kind::Missing;
    const WixValue &operand = node.operands.first();
    switch (node.op) {
    case Op::Exists:
        return missing != (operand.number != 0);
    case Op::Eq:
        return WixValue::compare(value, operand) == 0;
    case Op::Ne:
        return WixValue::compare(value, operand) != 0;
    case Op::In:
        for (const WixValue &candidate : node.operands) {
            if (WixValue::compare(value, candidate) == 0)
                return true;
        }
        return false;
    case Op::StartsWith:
        return !missing && value.string.startsWith(operand.string, Qt::CaseInsensitive);
    default:
        break;
    }
    if (missing || value.kind != operand.kind) // ranges never match a missing value
        return false;
    const int order = WixValue::compare(value, operand);
    switch (node.op) {
    case Op::Gt:
        return order > 0;
    case Op::Gte:
        return order >= 0;
    case Op::Lt:
        return order < 0;
    case Op::Lte:
        return order <= 0;
    default:
        return false;
    }
}

WixSort WixSort::compile(const QJsonArray &sort, const WixFields &fields, int maxKeys, int idField,
                         QString *error)
{
    WixSort compiled;
    compiled.m_idField = idField;
    if (sort.size() > maxKeys) {
        *error = QStringLiteral("at most %1 sort field(s) supported").arg(maxKeys);
        return compiled;
    }
    for (const QJsonValue &entry : sort) {
        const QJsonObject object = entry.toObject();
        // Two forms: {"fieldName": "x", "order": "DESC"} and V1's {"x": "desc"}.
        QString name = object.value(QStringLiteral("fieldName")).toString();
        QString order = object.value(QStringLiteral("order")).toString();
        if (name.isEmpty() && object.size() == 1) {
            name = object.constBegin().key();
            order = object.constBegin().value().toString();
        }
        const int field = fieldIndex(fields, name);
        if (field < 0 || !fields.at(field).sortable) {
            *error = QStringLiteral("field %1 cannot be sorted on")
                         .arg(name.isEmpty() ? "(none)"_L1 : name);
            return compiled;
        }
        if (!order.isEmpty() && order.compare(u"ASC"_s, Qt::CaseInsensitive) != 0
            && order.compare(u"DESC"_s, Qt::CaseInsensitive) != 0) {
            *error = QStringLiteral("sort order of %1 must be ASC or DESC").arg(name);
            return compiled;
        }
        compiled.m_keys.append({field, order.compare(u"DESC"_s, Qt::CaseInsensitive) == 0});
    }
    return compiled;
}

int WixSort::compare(const WixGetter &a, const WixGetter &b) const
{
    for (const Key &key : m_keys) {
        const int order = WixValue::compare(a(key.field), b(key.field));
        if (order != 0)
            return key.descending ? -order : order;
    }
    return m_idField < 0 ? 0 : WixValue::compare(a(m_idField), b(m_idField));
}

} // namespace Tandem::Sandbox
