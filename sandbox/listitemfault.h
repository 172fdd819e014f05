#pragma once

#include "sandbox/sandboxbackend.h"

#include <QJsonValue>
#include <QString>

namespace Tandem::Sandbox {

// A fault in list answers: an item that is not a record (a wrong type, no id), as a service
// with a bug sends it, put into every 200 answer of one route whose body holds the list. The
// backend's data is untouched; SandboxServer::addListItemFault() applies it until a reset.
struct ListItemFault
{
    QString route; // as Backend::routeOf() names it: "GET /api/v1/contacts"
    QString list; // the answer's array: "items", "contacts", "products"
    QJsonValue item; // what the service sends instead of a record
    int index = 0; // where in each page it goes (past the end: last)
    QString replaceId; // if set: replaces the record with this id instead, where it is listed

    void apply(const QString &answeredRoute, Response *response) const;
};

} // namespace Tandem::Sandbox
