#pragma once

#include "sync/connectors/connector.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace Tandem {

// "Test connection" for values the user has typed but not saved yet (the setup wizard): builds
// the side's connector from them on a thread of its own, runs ConnectionProbe against the
// profile's mapping (or the shipped one) and reports in words. The GUI thread never waits.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(const QString &profileDir, QObject *parent = nullptr);
    ~ConnectionTester() override; // waits for a test still running

    // The public Wix API, the address a real site is reached at.
    static QString defaultWixUrl();

    bool isBusy() const;
    // Refused (tested(false, why) at once) while another test runs or when the URL may not
    // carry credentials (BaseUrlPolicy).
    void testWix(const QString &baseUrl, const QString &apiKey, const QString &siteId);
    void testCrm(const QString &baseUrl, const QString &accessToken);

Q_SIGNALS:
    void tested(Tandem::Side side, bool ok, const QString &text);

private:
    bool refuse(Side side, const QString &baseUrl);
    using MakeConnector = std::function<std::unique_ptr<Connector>(QNetworkAccessManager *)>;
    // `account` names the account in the answer (ConnectionProbe).
    void runInThread(Side side, const QString &account, MakeConnector make);

    QString m_profileDir;
    QPointer<QThread> m_thread;
};

} // namespace Tandem
