#include "connectionprobe.h"

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

ConnectionProbe::Result ConnectionProbe::run(Connector &connector, const Mapping &mapping)
{
    const Side side = connector.side();
    const QString service = serviceName(side);
    if (mapping.flows.isEmpty()) {
        return {false, tr("The mapping has no flow to test with.")};
    }
    const Flow &flow = mapping.flows.first();
    const QString collection = side == Side::Wix ? flow.sourceCollection : flow.targetCollection;
    const ConnectorResult<QSet<QString>> ids = connector.readIds(collection);
    if (!ids.ok())
        return {false, failureText(service, ids.error)};
    return {true,
            tr("Connected to %1: %n record(s) in %2", nullptr, int(ids.value.size()))
                .arg(service, collection)};
}

} // namespace Tandem
