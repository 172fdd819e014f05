#include "connectortestutil.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Tandem::Test {

RetryPolicy fastRetries(int attempts)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 100;
    policy.retryAfterCapMs = 1500;
    return policy;
}

std::unique_ptr<WixConnector> wixConnector(const SandboxFixture &sandbox)
{
    auto connector = std::make_unique<WixConnector>(sandbox.wixUrl(), kWixKey, kSiteId);
    connector->http().setRetryPolicy(fastRetries());
    return connector;
}

std::unique_ptr<CrmOfficeConnector> crmConnector(const SandboxFixture &sandbox,
                                                 const QByteArray &token)
{
    auto connector = std::make_unique<CrmOfficeConnector>(sandbox.crmUrl());
    connector->http().setRetryPolicy(fastRetries());
    connector->setTokenProvider(std::make_unique<StaticTokenProvider>(token));
    return connector;
}

OAuthTokenProvider::Tokens signIn(const QUrl &crmBase)
{
    QByteArray verifier;
    for (int i = 0; i < 64; ++i)
        verifier += "abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::global()->bounded(36)];
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding
                                                   | QByteArray::OmitTrailingEquals);
    const QString redirect = QStringLiteral("http://127.0.0.1:1/callback");
    TestHttpClient http;
    const HttpResult approved = http.postForm(
            QUrl(crmBase.toString() + "/oauth/authorize"),
            {{"response_type", "code"}, {"client_id", "tandem"}, {"redirect_uri", redirect},
             {"code_challenge", QString::fromLatin1(challenge)},
             {"code_challenge_method", "S256"}, {"state", "s1"}, {"approve", "1"}});
    const QString code = QUrlQuery(QUrl(QString::fromUtf8(approved.header("location"))))
                                 .queryItemValue("code");
    const HttpResult tokens = http.postForm(
            QUrl(crmBase.toString() + "/oauth/token"),
            {{"grant_type", "authorization_code"}, {"code", code}, {"redirect_uri", redirect},
             {"client_id", "tandem"}, {"code_verifier", QString::fromLatin1(verifier)}});
    const QJsonObject body = tokens.json();
    return {body.value("access_token").toString().toLatin1(),
            QDateTime::currentDateTimeUtc().addSecs(body.value("expires_in").toInt()),
            body.value("refresh_token").toString().toLatin1()};
}

QList<Record> readAll(Connector &connector, const QString &collection, const QDateTime &since,
                      int *pages, ConnectorError *error)
{
    QList<Record> records;
    int count = 0;
    const ConnectorError result =
            connector.readChanges(collection, since, [&](const QList<Record> &page) {
                ++count;
                records += page;
                return true;
            });
    if (pages)
        *pages = count;
    if (error)
        *error = result;
    return records;
}

namespace {
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    LogCapture::lines() << message;
}
} // namespace

LogCapture::LogCapture()
{
    lines().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    m_previous = qInstallMessageHandler(collect);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList &LogCapture::lines()
{
    static QStringList captured;
    return captured;
}

} // namespace Tandem::Test
