#pragma once

#include "sync/connectors/connector.h"
#include "sync/model/mapping.h"

#include <QCoreApplication>
#include <QString>

namespace Tandem {

// "Test connection" and the Overview's account lines: one cheap authenticated call on a side's
// first collection (Connector::countRecords), reported in words naming the account.
class ConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ConnectionProbe)

public:
    struct Result
    {
        bool ok = false;
        // "Connected to Wix site 5f3c…: 25 records in contacts", "Connected to CRMOffice at
        // https://acme.crmoffice.example/api/v1", or the error in words
        QString text;
    };

    // `account` names what was reached: the Wix site id, the CRMOffice base URL (may be empty).
    static Result run(Connector &connector, const Mapping &mapping, const QString &account);
};

} // namespace Tandem
