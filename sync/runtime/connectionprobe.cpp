#include "sync/runtime/connectionprobe.h"

#include <QCoreApplication>

namespace Tandem {

namespace {

// What went wrong in a sentence a user can act on; the connector's message (the call and the
// service's answer) follows for the details.
QString failureText(const QString &service, const ConnectorError &error)
{
    switch (error.kind) {
    case ConnectorError::Kind::Auth:
        return ConnectionProbe::tr("%1 did not accept the credentials. Check the key, "
                                   "token or site id. (%2)")
            .arg(service, error.message);
    case ConnectorError::Kind::Transient:
        return ConnectionProbe::tr("%1 could not be reached. Check the address and the "
                                   "network. (%2)")
            .arg(service, error.message);
    default:
        return ConnectionProbe::tr("%1: %2").arg(service, error.message);
    }
}

} // namespace

ConnectionProbe::Result ConnectionProbe::run(Connector &connector, const Mapping &mapping,
                                             const QString &account)
{
    const Side side = connector.side();
    const QString service = serviceName(side);
    if (mapping.flows.isEmpty()) {
        return {false, tr("The mapping has no flow to test with.")};
    }
    const Flow &flow = mapping.flows.first();
    const QString collection = side == Side::Wix ? flow.sourceCollection : flow.targetCollection;
    const ConnectorResult<std::optional<qint64>> count = connector.countRecords(collection);
    if (!count.ok())
        return {false, failureText(service, count.error)};
    QString reached = service;
    if (!account.isEmpty())
        reached =
            side == Side::Wix ? tr("Wix site %1").arg(account) : tr("CRMOffice at %1").arg(account);
    if (!count.value)
        return {true, tr("Connected to %1").arg(reached)};
    return {true,
            tr("Connected to %1: %n record(s) in %2", nullptr, int(*count.value))
                .arg(reached, collection)};
}

} // namespace Tandem
