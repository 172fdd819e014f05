#include "tests/fakes/memoryconnector.h"

#include <QRegularExpression>

namespace Tandem {

MemoryConnector::MemoryConnector(Side side, FakeClock &clock, bool tombstones)
    : m_side(side)
    , m_clock(clock)
    , m_tombstones(tombstones)
{}

Record &MemoryConnector::stamp(Record &r)
{
    r.token = QString::number(r.token.toInt() + 1);
    r.updatedAt = m_clock.tick();
    return r;
}

QJsonObject MemoryConnector::normalised(const QJsonObject &fields) const
{
    if (!m_normalizePhones)
        return fields;
    static const QRegularExpression spaces(QStringLiteral("[\\s()-]"));
    QJsonObject out = fields;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.key().contains(QLatin1String("phone"), Qt::CaseInsensitive) && it->isString())
            *it = it->toString().remove(spaces);
    }
    return out;
}

QString MemoryConnector::tooLong(const QJsonObject &fields) const
{
    if (m_maxLength <= 0)
        return {};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->isString() && it->toString().size() > m_maxLength)
            return QStringLiteral("%1 is longer than %2 characters").arg(it.key()).arg(m_maxLength);
    }
    return {};
}

QString MemoryConnector::insert(const QString &collection, const QJsonObject &fields)
{
    Record r;
    r.id = (m_side == Side::Wix ? QStringLiteral("w%1") : QStringLiteral("c%1")).arg(m_nextId++);
    r.fields = normalised(fields);
    stamp(r);
    r.createdAt = r.updatedAt;
    m_data[collection].insert(r.id, r);
    return r.id;
}

void MemoryConnector::edit(const QString &collection, const QString &id, const QJsonObject &changed)
{
    auto it = m_data[collection].find(id);
    if (it == m_data[collection].end() || it->deleted)
        return;
    const QJsonObject values = normalised(changed);
    for (auto f = values.begin(); f != values.end(); ++f) {
        if (f->isNull() || f->isUndefined())
            it->fields.remove(f.key());
        else
            it->fields.insert(f.key(), *f);
    }
    stamp(*it);
}

void MemoryConnector::erase(const QString &collection, const QString &id)
{
    auto it = m_data[collection].find(id);
    if (it == m_data[collection].end() || it->deleted)
        return;
    if (!m_tombstones) {
        m_data[collection].erase(it);
        return;
    }
    it->deleted = true;
    it->fields = {};
    stamp(*it);
}

std::optional<Record> MemoryConnector::get(const QString &collection, const QString &id) const
{
    const auto c = m_data.constFind(collection);
    if (c == m_data.constEnd())
        return std::nullopt;
    const auto it = c->constFind(id);
    if (it == c->constEnd() || it->deleted)
        return std::nullopt;
    return *it;
}

QList<Record> MemoryConnector::records(const QString &collection) const
{
    QList<Record> out;
    for (const Record &r : m_data.value(collection)) {
        if (!r.deleted)
            out.append(r);
    }
    return out;
}

void MemoryConnector::failNext(Call call, ConnectorError::Kind kind, int count, bool afterWrite)
{
    m_failures.insert(call, {kind, count, afterWrite});
}

ConnectorError MemoryConnector::enter(Call call, const QString &collection, const QString &id,
                                      bool *afterWrite)
{
    ++m_calls;
    ++m_perCall[call];
    if (call == Call::Create || call == Call::Update || call == Call::Remove)
        ++m_writes;
    if (beforeCall)
        beforeCall(call, id);
    if (m_cancelled)
        return {ConnectorError::Kind::Cancelled, QStringLiteral("cancelled")};
    if (!m_unsupported.isEmpty() && collection == m_unsupported)
        return {ConnectorError::Kind::Unsupported,
                QStringLiteral("%1 is not available on this account").arg(collection)};
    auto it = m_failures.find(call);
    if (it == m_failures.end() || it->count <= 0)
        return {};
    --it->count;
    if (afterWrite && it->afterWrite) {
        *afterWrite = true;
        return {};
    }
    return {it->kind, QStringLiteral("injected failure")};
}

ConnectorError MemoryConnector::readChanges(const QString &collection, const QDateTime &since,
                                            const PageHandler &onPage)
{
    if (ConnectorError e = enter(Call::ReadChanges, collection, {}); !e.ok())
        return e;
    QList<Record> changed;
    for (const Record &r : m_data.value(collection)) {
        if ((!since.isValid() || r.updatedAt >= since) && (!r.deleted || m_tombstones))
            changed.append(r);
    }
    std::sort(changed.begin(), changed.end(), [](const Record &a, const Record &b) {
        return a.updatedAt < b.updatedAt || (a.updatedAt == b.updatedAt && a.id < b.id);
    });
    for (qsizetype i = 0; i < changed.size(); i += m_pageSize) {
        if (m_cancelled)
            return {ConnectorError::Kind::Cancelled, QStringLiteral("cancelled")};
        if (!onPage(changed.mid(i, m_pageSize)))
            break;
    }
    return {};
}

ConnectorResult<Record> MemoryConnector::read(const QString &collection, const QString &id)
{
    if (ConnectorError e = enter(Call::Read, collection, id); !e.ok())
        return {{}, e};
    if (std::optional<Record> r = get(collection, id))
        return {*r, {}};
    return {{}, {ConnectorError::Kind::NotFound, QStringLiteral("%1 not found").arg(id)}};
}

ConnectorResult<QSet<QString>> MemoryConnector::readIds(const QString &collection)
{
    if (ConnectorError e = enter(Call::ReadIds, collection, {}); !e.ok())
        return {{}, e};
    QSet<QString> ids;
    for (const Record &r : m_data.value(collection)) {
        if (!r.deleted && !missedByIdScan.contains(r.id))
            ids.insert(r.id);
    }
    return {ids, {}};
}

ConnectorResult<Record> MemoryConnector::create(const QString &collection,
                                                const QJsonObject &fields)
{
    bool lost = false;
    if (ConnectorError e = enter(Call::Create, collection, {}, &lost); !e.ok())
        return {{}, e};
    if (const QString why = tooLong(fields); !why.isEmpty())
        return {{}, {ConnectorError::Kind::Invalid, why}};
    QJsonObject values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it->isNull())
            values.insert(it.key(), *it);
    }
    const QString id = insert(collection, values);
    if (onWritten)
        onWritten(Call::Create, id);
    if (lost)
        return {{}, {ConnectorError::Kind::Transient, QStringLiteral("answer lost")}};
    return {*get(collection, id), {}};
}

ConnectorResult<Record> MemoryConnector::update(const QString &collection, const QString &id,
                                                const QString &token, const QJsonObject &changed)
{
    bool lost = false;
    if (ConnectorError e = enter(Call::Update, collection, id, &lost); !e.ok())
        return {{}, e};
    const std::optional<Record> now = get(collection, id);
    if (!now)
        return {{}, {ConnectorError::Kind::NotFound, QStringLiteral("%1 not found").arg(id)}};
    if (token != now->token)
        return {{}, {ConnectorError::Kind::Stale, QStringLiteral("%1 changed since").arg(id)}};
    if (const QString why = tooLong(changed); !why.isEmpty())
        return {{}, {ConnectorError::Kind::Invalid, why}};
    edit(collection, id, changed);
    if (onWritten)
        onWritten(Call::Update, id);
    if (lost)
        return {{}, {ConnectorError::Kind::Transient, QStringLiteral("answer lost")}};
    return {*get(collection, id), {}};
}

ConnectorError MemoryConnector::remove(const QString &collection, const QString &id,
                                       const QString &token)
{
    bool lost = false;
    if (ConnectorError e = enter(Call::Remove, collection, id, &lost); !e.ok())
        return e;
    const std::optional<Record> now = get(collection, id);
    if (!now)
        return {ConnectorError::Kind::NotFound, QStringLiteral("%1 not found").arg(id)};
    if (!token.isEmpty() && token != now->token)
        return {ConnectorError::Kind::Stale, QStringLiteral("%1 changed since").arg(id)};
    if (m_protected.contains(id))
        return {ConnectorError::Kind::Precondition,
                QStringLiteral("%1 is a site member and cannot be deleted").arg(id)};
    erase(collection, id);
    if (onWritten)
        onWritten(Call::Remove, id);
    if (lost)
        return {ConnectorError::Kind::Transient, QStringLiteral("answer lost")};
    return {};
}

} // namespace Tandem
