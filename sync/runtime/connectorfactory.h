#pragma once

#include "sync/connectors/connector.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Tandem {

// The two connectors of one run, or why they could not be made (no secret, bad URL, ...).
struct ConnectorPair
{
    std::unique_ptr<Connector> wix;
    std::unique_ptr<Connector> crm;
    QString error; // a sentence for the user; never carries a secret

    bool ok() const { return error.isEmpty() && wix && crm; }
};

// Makes the connectors a run talks through. Called on the worker thread, with the worker's
// network manager; the connectors live no longer than the run.
class ConnectorFactory
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ConnectorFactory)

public:
    virtual ~ConnectorFactory() = default;
    virtual ConnectorPair create(QNetworkAccessManager &nam) = 0;
};

// The real one: the profile's settings plus the secrets (EnvironmentSecrets first, then the
// keychain) become a WixConnector and a CrmOfficeConnector.
class ProfileConnectorFactory : public ConnectorFactory
{
public:
    explicit ProfileConnectorFactory(const QString &profileDir);
    ConnectorPair create(QNetworkAccessManager &nam) override;

private:
    QString m_profileDir;
};

} // namespace Tandem
