#include "sync/connectors/listitem.h"

#include <QJsonObject>

namespace Tandem {

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return ListItem::tr("a boolean");
    case QJsonValue::Double:
        return ListItem::tr("a number");
    case QJsonValue::String:
        return ListItem::tr("a string");
    case QJsonValue::Array:
        return ListItem::tr("a list");
    case QJsonValue::Object:
        return ListItem::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return ListItem::tr("null");
}

// Why `item` is not a record with an id ("it is a string, not an object"); empty if it is.
QString problemOf(const QJsonValue &item)
{
    if (!item.isObject())
        return ListItem::tr("it is %1, not an object").arg(typeName(item));
    const QJsonValue id = item.toObject().value(QStringLiteral("id"));
    if (id.isUndefined() || id.isNull())
        return ListItem::tr("it has no id");
    if (!id.isString())
        return ListItem::tr("its id is %1, not a string").arg(typeName(id));
    if (id.toString().isEmpty())
        return ListItem::tr("its id is empty");
    return {};
}
} // namespace

Record ListItem::malformed(Side side, const QString &collection, const QJsonValue &item, int page,
                           int index, const QString &why)
{
    Record record;
    record.id = item.toObject().value(QStringLiteral("id")).toString();
    const QString where = record.id.isEmpty()
        ? tr("%1 %2, item %3 of page %4").arg(serviceName(side), collection).arg(index).arg(page)
        : tr("%1 %2 %3").arg(serviceName(side), collection, record.id);
    record.problem = tr("%1: %2").arg(where, why);
    return record;
}

QList<Record> ListItem::records(Side side, const QString &collection, const QJsonArray &items,
                                int page,
                                const std::function<Record(const QJsonObject &)> &toRecord)
{
    QList<Record> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString why = problemOf(items.at(i));
        out.append(why.isEmpty() ? toRecord(items.at(i).toObject())
                                 : malformed(side, collection, items.at(i), page, int(i) + 1, why));
    }
    return out;
}

ConnectorResult<QSet<QString>>
ListItem::scanIds(const std::function<ConnectorError(const PageHandler &)> &read)
{
    ConnectorResult<QSet<QString>> result;
    ConnectorError malformed;
    result.error = read([&](const QList<Record> &page) {
        for (const Record &record : page) {
            if (record.id.isEmpty()) {
                malformed = {ConnectorError::Kind::Malformed, record.problem};
                return false;
            }
            result.value.insert(record.id); // malformed or not, it exists
        }
        return true;
    });
    if (result.error.ok())
        result.error = malformed;
    return result;
}

ConnectorResult<QSet<QString>> ListItem::ids(Side side, const QString &collection,
                                             const QList<QJsonArray> &pages)
{
    ConnectorResult<QSet<QString>> result;
    qsizetype total = 0;
    for (const QJsonArray &items : pages)
        total += items.size();
    result.value.reserve(total);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QJsonArray &items = pages.at(page);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            if (const QString why = problemOf(item); !why.isEmpty()) {
                const Record stand =
                    malformed(side, collection, item, int(page) + 1, int(i) + 1, why);
                return {{}, {ConnectorError::Kind::Malformed, stand.problem}};
            }
            result.value.insert(item.toObject().value(QLatin1String("id")).toString());
        }
    }
    return result;
}

} // namespace Tandem
