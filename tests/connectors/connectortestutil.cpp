#include "tests/connectors/connectortestutil.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

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
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString redirect = QStringLiteral("http://127.0.0.1:1/callback");
    TestHttpClient http;
    const HttpResult approved =
        http.postForm(QUrl(crmBase.toString() + u"/oauth/authorize"_s),
                      {{u"response_type"_s, u"code"_s},
                       {u"client_id"_s, u"tandem"_s},
                       {u"redirect_uri"_s, redirect},
                       {u"code_challenge"_s, QString::fromLatin1(challenge)},
                       {u"code_challenge_method"_s, u"S256"_s},
                       {u"state"_s, u"s1"_s},
                       {u"approve"_s, u"1"_s}});
    const QString code =
        QUrlQuery(QUrl(QString::fromUtf8(approved.header("location")))).queryItemValue(u"code"_s);
    const HttpResult tokens = http.postForm(QUrl(crmBase.toString() + u"/oauth/token"_s),
                                            {{u"grant_type"_s, u"authorization_code"_s},
                                             {u"code"_s, code},
                                             {u"redirect_uri"_s, redirect},
                                             {u"client_id"_s, u"tandem"_s},
                                             {u"code_verifier"_s, QString::fromLatin1(verifier)}});
    const QJsonObject body = tokens.json();
    return {body.value(u"access_token"_s).toString().toLatin1(),
            QDateTime::currentDateTimeUtc().addSecs(body.value(u"expires_in"_s).toInt()),
            body.value(u"refresh_token"_s).toString().toLatin1()};
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
