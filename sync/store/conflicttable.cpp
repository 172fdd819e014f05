#include "sync/store/conflicttable.h"

#include "sync/store/storecodec.h"
#include "sync/store/storeconnection.h"

#include <QCoreApplication>

namespace Tandem {

namespace {

const QString kColumns = QStringLiteral(
    "id, link_id, flow_id, field, wix_value, crm_value, base_value, detected_at, resolution,"
    " resolved_value, resolved_at");

} // namespace

bool ConflictTable::save(Conflict &conflict)
{
    const bool insert = conflict.id == 0;
    QSqlQuery *query = m_connection.prepare(
        insert ? QStringLiteral("INSERT INTO conflicts (link_id, flow_id, field, wix_value,"
                                " crm_value, base_value, detected_at, resolution, resolved_value,"
                                " resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE conflicts SET link_id = ?, flow_id = ?, field = ?,"
                                " wix_value = ?, crm_value = ?, base_value = ?, detected_at = ?,"
                                " resolution = ?, resolved_value = ?, resolved_at = ?"
                                " WHERE id = ?"));
    if (!query)
        return false;
    query->addBindValue(conflict.linkId);
    query->addBindValue(StoreCodec::fromText(conflict.flowId));
    query->addBindValue(StoreCodec::fromText(conflict.field));
    query->addBindValue(StoreCodec::fromJsonValue(conflict.wixValue));
    query->addBindValue(StoreCodec::fromJsonValue(conflict.crmValue));
    query->addBindValue(StoreCodec::fromJsonValue(conflict.baseValue));
    query->addBindValue(StoreCodec::fromDateTime(conflict.detectedAt));
    query->addBindValue(StoreCodec::fromResolution(conflict.resolution));
    query->addBindValue(StoreCodec::fromJsonValue(conflict.resolvedValue));
    query->addBindValue(StoreCodec::fromDateTime(conflict.resolvedAt));
    if (!insert)
        query->addBindValue(conflict.id);
    if (!m_connection.exec(query, QStringLiteral("saving a conflict")))
        return false;
    if (insert) {
        conflict.id = query->lastInsertId().toLongLong();
    } else if (query->numRowsAffected() == 0) {
        m_connection.fail(StoreError::Kind::Constraint,
                          StateStore::tr("There is no conflict %1 in %2.")
                              .arg(conflict.id)
                              .arg(m_connection.filePath()));
        return false;
    }
    return true;
}

bool ConflictTable::remove(qint64 conflictId)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?"));
    if (!query)
        return false;
    query->addBindValue(conflictId);
    return m_connection.exec(query, QStringLiteral("removing a conflict"));
}

std::optional<Conflict> ConflictTable::byId(qint64 conflictId)
{
    const QList<Conflict> found = select(QStringLiteral("WHERE id = ?"), {conflictId});
    return found.isEmpty() ? std::nullopt : std::optional<Conflict>(found.first());
}

QList<Conflict> ConflictTable::open(const QString &flowId)
{
    if (flowId.isEmpty())
        return select(QStringLiteral("WHERE resolution = 'open' ORDER BY id"), {});
    return select(QStringLiteral("WHERE resolution = 'open' AND flow_id = ? ORDER BY id"),
                  {flowId});
}

QList<Conflict> ConflictTable::forLink(qint64 linkId)
{
    return select(QStringLiteral("WHERE link_id = ? ORDER BY id"), {linkId});
}

QList<qint64> ConflictTable::linkIds(const QString &flowId)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral(
        "SELECT DISTINCT link_id FROM conflicts WHERE flow_id = ? ORDER BY link_id"));
    if (!query)
        return {};
    query->addBindValue(flowId);
    if (!m_connection.exec(query, QStringLiteral("reading the links with conflicts")))
        return {};
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    m_connection.finish(query, QStringLiteral("reading the links with conflicts"));
    return ids;
}

QList<Conflict> ConflictTable::select(const QString &where, const QVariantList &values)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral("SELECT ") + kColumns
                                            + QStringLiteral(" FROM conflicts ") + where);
    if (!query)
        return {};
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!m_connection.exec(query, QStringLiteral("reading conflicts")))
        return {};
    QList<Conflict> conflicts;
    while (query->next()) {
        Conflict c;
        c.id = query->value(0).toLongLong();
        c.linkId = query->value(1).toLongLong();
        c.flowId = query->value(2).toString();
        c.field = query->value(3).toString();
        bool ok[4] = {true, true, true, true};
        c.wixValue = StoreCodec::toJsonValue(query->value(4), &ok[0]);
        c.crmValue = StoreCodec::toJsonValue(query->value(5), &ok[1]);
        c.baseValue = StoreCodec::toJsonValue(query->value(6), &ok[2]);
        c.detectedAt = StoreCodec::toDateTime(query->value(7));
        const auto resolution = StoreCodec::toResolution(query->value(8).toString());
        c.resolution = resolution.value_or(Conflict::Resolution::Open);
        c.resolvedValue = StoreCodec::toJsonValue(query->value(9), &ok[3]);
        c.resolvedAt = StoreCodec::toDateTime(query->value(10));
        const char *bad = !ok[0] ? "wix_value"
            : !ok[1]             ? "crm_value"
            : !ok[2]             ? "base_value"
            : !ok[3]             ? "resolved_value"
            : !resolution        ? "resolution"
                                 : nullptr;
        if (bad)
            m_connection.badColumn(QStringLiteral("conflicts"), c.id, QLatin1String(bad));
        conflicts.append(std::move(c));
    }
    m_connection.finish(query, QStringLiteral("reading conflicts"));
    return conflicts;
}

} // namespace Tandem
