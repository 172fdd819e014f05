#pragma once

#include "connector.h"
#include "mapping.h"

#include <QCoreApplication>
#include <QString>

namespace Tandem {

// "Test connection": one cheap authenticated read of a side's first collection, reported in
// words for the credential page.
class ConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ConnectionProbe)

public:
    struct Result
    {
        bool ok = false;
        QString text; // "Connected to Wix: 25 records in Contacts", or the error in words
    };

    static Result run(Connector &connector, const Mapping &mapping);
};

} // namespace Tandem
