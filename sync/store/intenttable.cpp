#include "sync/store/intenttable.h"

#include "sync/store/storecodec.h"
#include "sync/store/storeconnection.h"

namespace Tandem {

bool IntentTable::add(Intent &intent)
{
    QSqlQuery *query = m_connection.prepare(
        QStringLiteral("INSERT INTO intents (run_id, flow_id, target_side, source_id, fields,"
                       " created_at, link_id, undo_entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return false;
    query->addBindValue(intent.runId);
    query->addBindValue(StoreCodec::fromText(intent.flowId));
    query->addBindValue(StoreCodec::fromSide(intent.targetSide));
    query->addBindValue(StoreCodec::fromText(intent.sourceId));
    query->addBindValue(StoreCodec::fromObject(intent.fields));
    query->addBindValue(StoreCodec::fromDateTime(intent.createdAt));
    query->addBindValue(intent.linkId);
    query->addBindValue(intent.undoEntry);
    if (!m_connection.exec(query, QStringLiteral("adding an intent")))
        return false;
    intent.id = query->lastInsertId().toLongLong();
    return true;
}

bool IntentTable::remove(qint64 intentId)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral("DELETE FROM intents WHERE id = ?"));
    if (!query)
        return false;
    query->addBindValue(intentId);
    return m_connection.exec(query, QStringLiteral("removing an intent"));
}

QList<Intent> IntentTable::list(const QString &flowId, bool undo)
{
    const QString columns =
        QStringLiteral(
            "SELECT id, run_id, flow_id, target_side, source_id, fields, created_at, link_id,"
            " undo_entry FROM intents WHERE ")
        + (undo ? QStringLiteral("undo_entry <> 0") : QStringLiteral("undo_entry = 0"));
    QSqlQuery *query = m_connection.prepare(
        flowId.isEmpty() ? columns + QStringLiteral(" ORDER BY id")
                         : columns + QStringLiteral(" AND flow_id = ? ORDER BY id"));
    if (!query)
        return {};
    if (!flowId.isEmpty())
        query->addBindValue(flowId);
    if (!m_connection.exec(query, QStringLiteral("reading intents")))
        return {};
    QList<Intent> intents;
    while (query->next()) {
        Intent intent;
        intent.id = query->value(0).toLongLong();
        intent.runId = query->value(1).toLongLong();
        intent.flowId = query->value(2).toString();
        const auto side = StoreCodec::toSide(query->value(3).toString());
        intent.targetSide = side.value_or(Side::CrmOffice);
        intent.sourceId = query->value(4).toString();
        bool ok = true;
        intent.fields = StoreCodec::toObject(query->value(5), &ok);
        intent.createdAt = StoreCodec::toDateTime(query->value(6));
        intent.linkId = query->value(7).toLongLong();
        intent.undoEntry = query->value(8).toLongLong();
        if (!side || !ok)
            m_connection.badColumn(QStringLiteral("intents"), intent.id,
                                   side ? QStringLiteral("fields") : QStringLiteral("target_side"));
        intents.append(std::move(intent));
    }
    m_connection.finish(query, QStringLiteral("reading intents"));
    return intents;
}

} // namespace Tandem
