#include "sync/runtime/connectiontester.h"

#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/retrypolicy.h"
#include "sync/connectors/wixconnector.h"
#include "sync/model/baseurlpolicy.h"
#include "sync/runtime/connectionprobe.h"
#include "sync/runtime/workerprofile.h"

#include <QNetworkAccessManager>
#include <QThread>

namespace Tandem {

ConnectionTester::ConnectionTester(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
{}

ConnectionTester::~ConnectionTester()
{
    if (m_thread)
        m_thread->wait();
}

QString ConnectionTester::defaultWixUrl()
{
    return QStringLiteral("https://www.wixapis.com");
}

bool ConnectionTester::isBusy() const
{
    return !m_thread.isNull();
}

bool ConnectionTester::refuse(Side side, const QString &baseUrl)
{
    if (isBusy()) {
        Q_EMIT tested(side, false, tr("A connection test is already running."));
        return true;
    }
    QString why;
    if (!isAllowedBaseUrl(QUrl(baseUrl.trimmed()), &why)) {
        Q_EMIT tested(side, false, why);
        return true;
    }
    return false;
}

namespace {

// Someone is waiting at the button: one quick retry, not a run's patient backoff, so a wrong
// address says so within a second or two.
RetryPolicy interactiveRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelayMs = 300;
    policy.retryAfterCapMs = 2000;
    return policy;
}

} // namespace

void ConnectionTester::testWix(const QString &baseUrl, const QString &apiKey, const QString &siteId)
{
    if (refuse(Side::Wix, baseUrl))
        return;
    const QUrl url(baseUrl.trimmed());
    const QByteArray key = apiKey.trimmed().toUtf8();
    const QByteArray site = siteId.trimmed().toUtf8();
    runInThread(Side::Wix, QString::fromUtf8(site), [url, key, site](QNetworkAccessManager *nam) {
        auto wix = std::make_unique<WixConnector>(url, key, site, nam);
        wix->http().redaction().addSecret(key);
        wix->http().setRetryPolicy(interactiveRetries());
        return std::unique_ptr<Connector>(std::move(wix));
    });
}

void ConnectionTester::testCrm(const QString &baseUrl, const QString &accessToken)
{
    if (refuse(Side::CrmOffice, baseUrl))
        return;
    const QUrl url(baseUrl.trimmed());
    const QByteArray token = accessToken.trimmed().toUtf8();
    const QString account = url.toString(QUrl::StripTrailingSlash);
    runInThread(Side::CrmOffice, account, [url, token](QNetworkAccessManager *nam) {
        auto crm = std::make_unique<CrmOfficeConnector>(url, nam);
        crm->http().redaction().addSecret(token);
        crm->http().setRetryPolicy(interactiveRetries());
        crm->setTokenProvider(std::make_unique<StaticTokenProvider>(token));
        return std::unique_ptr<Connector>(std::move(crm));
    });
}

// The connectors block in local event loops, so the probe gets a thread (and a network
// manager) of its own; the answer comes back as a queued call into this object's thread.
void ConnectionTester::runInThread(Side side, const QString &account, MakeConnector make)
{
    const QString profileDir = m_profileDir;
    QPointer<ConnectionTester> self(this);
    QThread *thread = QThread::create([self, side, account, make, profileDir] {
        QString error;
        const std::optional<Mapping> mapping = WorkerProfile::mapping(profileDir, &error);
        ConnectionProbe::Result result{false, error};
        if (mapping) {
            QNetworkAccessManager nam;
            std::unique_ptr<Connector> connector = make(&nam);
            result = ConnectionProbe::run(*connector, *mapping, account);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, side, result] {
                if (self)
                    Q_EMIT self->tested(side, result.ok, result.text);
            },
            Qt::QueuedConnection);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Tandem
