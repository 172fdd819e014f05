#pragma once

#include "sync/connectors/connector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <functional>

namespace Tandem {

// One item of a list answer, checked before it is read as a record: an item that is not a
// record with an id fails alone (Record::problem), not the page it came in.
class ListItem
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ListItem)

public:
    // The stand-in the connector reports for a malformed item: its id when it has a usable
    // one, and `why` naming the service's collection and the item (by id, or as item `index`
    // of page `page`, both counted from 1).
    static Record malformed(Side side, const QString &collection, const QJsonValue &item, int page,
                            int index, const QString &why);
    // The records of one page of a list answer, each read by `toRecord` or, when malformed,
    // its stand-in.
    static QList<Record> records(Side side, const QString &collection, const QJsonArray &items,
                                 int page,
                                 const std::function<Record(const QJsonObject &)> &toRecord);
    // An id scan over the pages `read` lists: every id, or the read's error. An item without
    // an id may be any record, so the scan cannot say which ids exist: it fails, naming it.
    static ConnectorResult<QSet<QString>>
    scanIds(const std::function<ConnectorError(const PageHandler &)> &read);
    // The ids of pages already read, as `scanIds` over their records would find them, without
    // making a record of each (a whole site's id scan holds tens of thousands).
    static ConnectorResult<QSet<QString>> ids(Side side, const QString &collection,
                                              const QList<QJsonArray> &pages);
};

} // namespace Tandem
