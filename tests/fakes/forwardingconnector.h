#pragma once

#include "sync/connectors/connector.h"

namespace Tandem {

// Hands every call to another connector, one record at a time (the batch calls keep their
// one-by-one defaults): a base for test connectors that step in before one kind of call.
class ForwardingConnector : public Connector
{
public:
    explicit ForwardingConnector(Connector &target)
        : m_target(target)
    {}
    Side side() const override { return m_target.side(); }
    ConnectorError readChanges(const QString &c, const QDateTime &s, const PageHandler &h) override
    {
        return m_target.readChanges(c, s, h);
    }
    ConnectorResult<Record> read(const QString &c, const QString &id) override
    {
        return m_target.read(c, id);
    }
    ConnectorResult<QSet<QString>> readIds(const QString &c) override
    {
        return m_target.readIds(c);
    }
    ConnectorResult<Record> create(const QString &c, const QJsonObject &f) override
    {
        return m_target.create(c, f);
    }
    ConnectorResult<Record> update(const QString &c, const QString &id, const QString &t,
                                   const QJsonObject &f) override
    {
        return m_target.update(c, id, t, f);
    }
    ConnectorError remove(const QString &c, const QString &id, const QString &t) override
    {
        return m_target.remove(c, id, t);
    }
    QString apiVersion(const QString &c) const override { return m_target.apiVersion(c); }
    void cancel() override { m_target.cancel(); }
    int callCount() const override { return m_target.callCount(); }
    QDateTime lastReadTime() const override { return m_target.lastReadTime(); }

private:
    Connector &m_target;
};

} // namespace Tandem
