#pragma once

#include "sync/store/storetypes.h"

#include <optional>

namespace Tandem {

class StoreConnection;

// The conflicts table: one row per field changed differently on both sides of a link.
class ConflictTable
{
public:
    explicit ConflictTable(StoreConnection &connection)
        : m_connection(connection)
    {}

    bool save(Conflict &conflict);
    bool remove(qint64 conflictId);
    std::optional<Conflict> byId(qint64 conflictId);
    QList<Conflict> open(const QString &flowId);
    QList<Conflict> forLink(qint64 linkId);
    QList<qint64> linkIds(const QString &flowId); // the links with any conflict, by id

private:
    QList<Conflict> select(const QString &where, const QVariantList &values);

    StoreConnection &m_connection;
};

} // namespace Tandem
