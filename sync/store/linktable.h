#pragma once

#include "sync/store/storetypes.h"

#include <optional>

namespace Tandem {

class StoreConnection;

// The links table: one row per linked record pair with each side's id, token, time and base.
class LinkTable
{
public:
    explicit LinkTable(StoreConnection &connection)
        : m_connection(connection)
    {}

    bool save(Link &link);
    bool remove(qint64 linkId);
    std::optional<Link> byId(qint64 linkId);
    QList<Link> byIds(const QList<qint64> &linkIds);
    std::optional<Link> bySideId(const QString &flowId, Side side, const QString &id);
    QList<Link> list(const QString &flowId);
    QList<LinkIds> idList(const QString &flowId);
    int count(const QString &flowId);

private:
    QList<Link> select(const QString &where, const QVariantList &values);

    StoreConnection &m_connection;
};

} // namespace Tandem
