#include "sync/store/linktable.h"

#include "sync/store/storecodec.h"
#include "sync/store/storeconnection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Tandem {

namespace {

const QString kColumns = QStringLiteral("id, flow_id, wix_id, wix_token, wix_updated, wix_base,"
                                        " crm_id, crm_token, crm_updated, crm_base, wix_gone,"
                                        " crm_gone");

void bindSide(QSqlQuery *query, const SideState &side)
{
    query->addBindValue(StoreCodec::fromId(side.id));
    query->addBindValue(StoreCodec::fromText(side.token));
    query->addBindValue(StoreCodec::fromDateTime(side.updatedAt));
    query->addBindValue(StoreCodec::fromObject(side.base));
}

bool readSide(const QSqlQuery &query, int first, SideState *side)
{
    side->id = query.value(first).toString();
    side->token = query.value(first + 1).toString();
    side->updatedAt = StoreCodec::toDateTime(query.value(first + 2));
    bool ok = true;
    side->base = StoreCodec::toObject(query.value(first + 3), &ok);
    return ok;
}

} // namespace

bool LinkTable::save(Link &link)
{
    const bool insert = link.id == 0;
    QSqlQuery *query = m_connection.prepare(
        insert ? QStringLiteral("INSERT INTO links (flow_id, wix_id, wix_token, wix_updated,"
                                " wix_base, crm_id, crm_token, crm_updated, crm_base, wix_gone,"
                                " crm_gone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE links SET flow_id = ?, wix_id = ?, wix_token = ?,"
                                " wix_updated = ?, wix_base = ?, crm_id = ?, crm_token = ?,"
                                " crm_updated = ?, crm_base = ?, wix_gone = ?, crm_gone = ?"
                                " WHERE id = ?"));
    if (!query)
        return false;
    query->addBindValue(StoreCodec::fromText(link.flowId));
    bindSide(query, link.wix);
    bindSide(query, link.crm);
    query->addBindValue(int(link.wix.gone));
    query->addBindValue(int(link.crm.gone));
    if (!insert)
        query->addBindValue(link.id);
    if (!m_connection.exec(query, QStringLiteral("saving a link")))
        return false;
    if (insert) {
        link.id = query->lastInsertId().toLongLong();
    } else if (query->numRowsAffected() == 0) {
        m_connection.fail(
            StoreError::Kind::Constraint,
            StateStore::tr("There is no link %1 in %2.").arg(link.id).arg(m_connection.filePath()));
        return false;
    }
    return true;
}

bool LinkTable::remove(qint64 linkId)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral("DELETE FROM links WHERE id = ?"));
    if (!query)
        return false;
    query->addBindValue(linkId);
    return m_connection.exec(query, QStringLiteral("removing a link"));
}

std::optional<Link> LinkTable::byId(qint64 linkId)
{
    const QList<Link> found = select(QStringLiteral("WHERE id = ?"), {linkId});
    return found.isEmpty() ? std::nullopt : std::optional<Link>(found.first());
}

// One statement for any number of links: the ids go in as one JSON array.
QList<Link> LinkTable::byIds(const QList<qint64> &linkIds)
{
    QJsonArray ids;
    for (qint64 id : linkIds)
        ids.append(id);
    return select(QStringLiteral("WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"),
                  {StoreCodec::fromJsonValue(ids)});
}

std::optional<Link> LinkTable::bySideId(const QString &flowId, Side side, const QString &id)
{
    const QList<Link> found =
        select(side == Side::Wix ? QStringLiteral("WHERE flow_id = ? AND wix_id = ?")
                                 : QStringLiteral("WHERE flow_id = ? AND crm_id = ?"),
               {flowId, id});
    return found.isEmpty() ? std::nullopt : std::optional<Link>(found.first());
}

QList<Link> LinkTable::list(const QString &flowId)
{
    if (flowId.isEmpty())
        return select(QStringLiteral("ORDER BY id"), {});
    return select(QStringLiteral("WHERE flow_id = ? ORDER BY id"), {flowId});
}

QList<LinkIds> LinkTable::idList(const QString &flowId)
{
    // NOT INDEXED: a walk of the table in rowid order needs no sort, and reads each page once
    // in file order, where the (flow_id, ...) index would look every link up by its rowid and
    // then sort them (half the time of a no-op's start-up at 10,000 links).
    QSqlQuery *query = m_connection.prepare(QStringLiteral(
        "SELECT id, wix_id, crm_id, wix_token, crm_token, wix_gone OR crm_gone, wix_updated,"
        " crm_updated FROM links NOT INDEXED WHERE flow_id = ? ORDER BY id"));
    if (!query)
        return {};
    query->addBindValue(flowId);
    if (!m_connection.exec(query, QStringLiteral("reading link ids")))
        return {};
    QList<LinkIds> ids;
    while (query->next())
        ids.append({query->value(0).toLongLong(), query->value(1).toString(),
                    query->value(2).toString(), query->value(3).toString(),
                    query->value(4).toString(), query->value(5).toBool(),
                    query->value(6).toLongLong(), query->value(7).toLongLong()});
    m_connection.finish(query, QStringLiteral("reading link ids"));
    return ids;
}

int LinkTable::count(const QString &flowId)
{
    QSqlQuery *query =
        m_connection.prepare(QStringLiteral("SELECT count(*) FROM links WHERE flow_id = ?"));
    if (!query)
        return 0;
    query->addBindValue(flowId);
    if (!m_connection.exec(query, QStringLiteral("counting links")))
        return 0;
    const int count = query->next() ? query->value(0).toInt() : 0;
    return m_connection.finish(query, QStringLiteral("counting links")) ? count : 0;
}

QList<Link> LinkTable::select(const QString &where, const QVariantList &values)
{
    QSqlQuery *query = m_connection.prepare(QStringLiteral("SELECT ") + kColumns
                                            + QStringLiteral(" FROM links ") + where);
    if (!query)
        return {};
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!m_connection.exec(query, QStringLiteral("reading links")))
        return {};
    QList<Link> links;
    while (query->next()) {
        Link link;
        link.id = query->value(0).toLongLong();
        link.flowId = query->value(1).toString();
        if (!readSide(*query, 2, &link.wix))
            m_connection.badColumn(QStringLiteral("links"), link.id, QStringLiteral("wix_base"));
        if (!readSide(*query, 6, &link.crm))
            m_connection.badColumn(QStringLiteral("links"), link.id, QStringLiteral("crm_base"));
        link.wix.gone = query->value(10).toBool();
        link.crm.gone = query->value(11).toBool();
        links.append(std::move(link));
    }
    m_connection.finish(query, QStringLiteral("reading links"));
    return links;
}

} // namespace Tandem
