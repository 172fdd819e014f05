#pragma once

#include "sync/store/storetypes.h"

namespace Tandem {

class StoreConnection;

// The intent journal (docs/architecture.md#crash-safety): one row per remote create in flight.
class IntentTable
{
public:
    explicit IntentTable(StoreConnection &connection)
        : m_connection(connection)
    {}

    bool add(Intent &intent);
    bool remove(qint64 intentId);
    // A sync's journal, or (`undo`) the re-creates of undo runs.
    QList<Intent> list(const QString &flowId, bool undo = false);

private:
    StoreConnection &m_connection;
};

} // namespace Tandem
