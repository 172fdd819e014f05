#include "sync/connectors/flatjson.h"

namespace Tandem::FlatJson {

namespace {
void flattenInto(const QJsonObject &object, const QString &prefix, QJsonObject *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flattenInto(it.value().toObject(), path, out);
        else
            out->insert(path, it.value());
    }
}

void setAt(QJsonObject *object, const QStringList &parts, int at, const QJsonValue &value)
{
    if (at == parts.size() - 1) {
        object->insert(parts.at(at), value);
        return;
    }
    QJsonObject child = object->value(parts.at(at)).toObject();
    setAt(&child, parts, at + 1, value);
    object->insert(parts.at(at), child);
}
} // namespace

QJsonObject flatten(const QJsonObject &nested, const QStringList &skip)
{
    QJsonObject out;
    for (auto it = nested.begin(); it != nested.end(); ++it) {
        if (skip.contains(it.key()))
            continue;
        if (it.value().isObject())
            flattenInto(it.value().toObject(), it.key(), &out);
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject nest(const QJsonObject &flat)
{
    QJsonObject out;
    for (auto it = flat.begin(); it != flat.end(); ++it)
        setAt(&out, it.key().split(QLatin1Char('.')), 0, it.value());
    return out;
}

QJsonValue valueAt(const QJsonObject &nested, const QString &path)
{
    QJsonValue value = nested;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

} // namespace Tandem::FlatJson
