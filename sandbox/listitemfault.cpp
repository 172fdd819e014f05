#include "sandbox/listitemfault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tandem::Sandbox {

void ListItemFault::apply(const QString &answeredRoute, Response *response) const
{
    if (answeredRoute != route || response->status != 200)
        return;
    QJsonObject body = QJsonDocument::fromJson(response->body).object();
    if (!body.value(list).isArray())
        return;
    QJsonArray items = body.value(list).toArray();
    if (replaceId.isEmpty()) {
        items.insert(qBound(qsizetype(0), qsizetype(index), items.size()), item);
    } else {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().value(QStringLiteral("id")).toString() == replaceId)
                items.replace(i, item);
        }
    }
    body.insert(list, items);
    response->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Tandem::Sandbox
