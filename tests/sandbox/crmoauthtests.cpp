#include "tests/sandbox/crmoauthtests.h"

#include "tests/sandbox/crmtestsupport.h"

#include <QDateTime>
#include <QTest>

using namespace Tandem::Sandbox;
using namespace Tandem::Test;
using namespace Tandem::Test::CrmTest;
using namespace Qt::StringLiterals;

QString TestCrmOAuth::authorize(Crm &crm, const QString &state, QUrl *location)
{
    const QList<QPair<QString, QString>> params{
        {u"response_type"_s, u"code"_s},         {u"client_id"_s, u"tandem"_s},
        {u"redirect_uri"_s, kRedirect},          {u"code_challenge"_s, challengeOf(kVerifier)},
        {u"code_challenge_method"_s, u"S256"_s}, {u"state"_s, state}};
    QUrlQuery query;
    for (const auto &param : params)
        query.addQueryItem(param.first, QString::fromLatin1(QUrl::toPercentEncoding(param.second)));
    QUrl pageUrl = crm.url(QStringLiteral("/oauth/authorize"));
    pageUrl.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    TestHttpClient browser;
    const HttpResult page = browser.get(pageUrl);
    if (page.status != 200 || !page.header("content-type").startsWith("text/html")
        || !page.body.contains("<form method=\"post\"")
        || !page.body.contains("name=\"approve\"")) {
        qWarning() << "no consent page" << page.status << page.body;
        return {};
    }
    auto form = params;
    form.append({QStringLiteral("approve"), QStringLiteral("1")});
    const HttpResult approved = browser.postForm(crm.url(QStringLiteral("/oauth/authorize")), form);
    if (approved.status != 302)
        return {};
    const QUrl redirect(QString::fromUtf8(approved.header("location")));
    if (location)
        *location = redirect;
    return QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

void TestCrmOAuth::testOAuthFlowEndToEnd()
{
    Crm crm;
    const QString state = QStringLiteral("x y+z/=&æ%41");
    QUrl location;
    const QString code = authorize(crm, state, &location);
    QVERIFY(!code.isEmpty());
    QCOMPARE(location.toString(QUrl::RemoveQuery), kRedirect);
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             state);

    TestHttpClient app;
    const QUrl tokenUrl = crm.url(QStringLiteral("/oauth/token"));
    const HttpResult exchanged =
        app.postForm(tokenUrl,
                     {{u"grant_type"_s, u"authorization_code"_s},
                      {u"code"_s, code},
                      {u"redirect_uri"_s, kRedirect},
                      {u"client_id"_s, u"tandem"_s},
                      {u"code_verifier"_s, QString::fromLatin1(kVerifier)}});
    QCOMPARE(exchanged.status, 200);
    const QJsonObject tokens = exchanged.json();
    QCOMPARE(tokens[QStringLiteral("token_type")].toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens[QStringLiteral("expires_in")].toInt(), 3600);
    const QByteArray access = tokens[QStringLiteral("access_token")].toString().toLatin1();
    const QString refreshToken = tokens[QStringLiteral("refresh_token")].toString();
    QVERIFY(!access.isEmpty() && !refreshToken.isEmpty());
    QCOMPARE(app.get(crm.url(QStringLiteral("/contacts")), {{"Authorization", "Bearer " + access}})
                 .status,
             200);
    QCOMPARE(app.get(crm.url(QStringLiteral("/contacts")),
                     {{"Authorization", "Bearer " + refreshToken.toLatin1()}})
                 .status,
             401);

    const HttpResult refreshed = app.postForm(
        tokenUrl, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}});
    QCOMPARE(refreshed.status, 200);
    const QByteArray newAccess =
        refreshed.json()[QStringLiteral("access_token")].toString().toLatin1();
    QVERIFY(newAccess != access);
    QCOMPARE(
        app.get(crm.url(QStringLiteral("/contacts")), {{"Authorization", "Bearer " + newAccess}})
            .status,
        200);
    // Refresh tokens rotate: the old one is spent.
    const HttpResult reused = app.postForm(
        tokenUrl, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}});
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));

    // A code used twice is refused, and what it gave is revoked.
    const HttpResult replay = app.postForm(tokenUrl,
                                           {{u"grant_type"_s, u"authorization_code"_s},
                                            {u"code"_s, code},
                                            {u"redirect_uri"_s, kRedirect},
                                            {u"code_verifier"_s, QString::fromLatin1(kVerifier)}});
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(app.get(crm.url(QStringLiteral("/contacts")), {{"Authorization", "Bearer " + access}})
                 .status,
             401);
}

void TestCrmOAuth::testOAuthRefusesBadVerifierRedirectAndGrant()
{
    Crm crm;
    TestHttpClient app;
    const QUrl tokenUrl = crm.url(QStringLiteral("/oauth/token"));
    const auto error = [](const HttpResult &result) {
        return result.status == 400 ? result.json()[QStringLiteral("error")].toString() : QString();
    };
    const QString code = authorize(crm, QStringLiteral("s1"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(error(app.postForm(
                 tokenUrl,
                 {{u"grant_type"_s, u"authorization_code"_s},
                  {u"code"_s, code},
                  {u"redirect_uri"_s, kRedirect},
                  {u"code_verifier"_s, u"wrong-verifier-wrong-verifier-wrong-verifier"_s}})),
             QStringLiteral("invalid_grant"));
    QCOMPARE(error(app.postForm(tokenUrl,
                                {{u"grant_type"_s, u"authorization_code"_s},
                                 {u"code"_s, code},
                                 {u"redirect_uri"_s, kRedirect}})),
             QStringLiteral("invalid_grant"));
    QCOMPARE(error(app.postForm(tokenUrl,
                                {{u"grant_type"_s, u"authorization_code"_s},
                                 {u"code"_s, code},
                                 {u"redirect_uri"_s, u"http://127.0.0.1:1/other"_s},
                                 {u"code_verifier"_s, QString::fromLatin1(kVerifier)}})),
             QStringLiteral("invalid_grant"));
    QCOMPARE(error(app.postForm(tokenUrl,
                                {{u"grant_type"_s, u"authorization_code"_s},
                                 {u"redirect_uri"_s, kRedirect},
                                 {u"code_verifier"_s, QString::fromLatin1(kVerifier)}})),
             QStringLiteral("invalid_request"));
    QCOMPARE(error(app.postForm(tokenUrl, {{u"grant_type"_s, u"password"_s}})),
             QStringLiteral("unsupported_grant_type"));
    QCOMPARE(error(app.postForm(tokenUrl, {{u"code"_s, code}})), QStringLiteral("invalid_request"));
    QCOMPARE(error(app.postForm(tokenUrl,
                                {{u"grant_type"_s, u"authorization_code"_s},
                                 {u"code"_s, u"made-up"_s},
                                 {u"redirect_uri"_s, kRedirect},
                                 {u"code_verifier"_s, QString::fromLatin1(kVerifier)}})),
             QStringLiteral("invalid_grant"));
    // None of the failures spent the code.
    QCOMPARE(app.postForm(tokenUrl,
                          {{u"grant_type"_s, u"authorization_code"_s},
                           {u"code"_s, code},
                           {u"redirect_uri"_s, kRedirect},
                           {u"code_verifier"_s, QString::fromLatin1(kVerifier)}})
                 .status,
             200);
}

void TestCrmOAuth::testAuthorizeRefusesNonLoopbackRedirect()
{
    Crm crm;
    TestHttpClient browser;
    for (const QString &redirect : {QStringLiteral("https://evil.example/cb"),
                                    QStringLiteral("http://10.0.0.1/cb"), QString()}) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("tandem"));
        query.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(kVerifier));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        QUrl url = crm.url(QStringLiteral("/oauth/authorize"));
        url.setQuery(query);
        const HttpResult page = browser.get(url);
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("location").isEmpty());
        const HttpResult posted = browser.send(
            "POST", crm.url(QStringLiteral("/oauth/authorize")),
            (query.toString(QUrl::FullyEncoded) + QStringLiteral("&approve=1")).toUtf8(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(posted.status, 400);
        QVERIFY(posted.header("location").isEmpty());
    }
}

void TestCrmOAuth::testAuthorizeDeniedRedirectsWithError()
{
    Crm crm;
    TestHttpClient browser;
    const HttpResult denied = browser.postForm(crm.url(QStringLiteral("/oauth/authorize")),
                                               {{u"response_type"_s, u"code"_s},
                                                {u"client_id"_s, u"tandem"_s},
                                                {u"redirect_uri"_s, kRedirect},
                                                {u"code_challenge"_s, challengeOf(kVerifier)},
                                                {u"code_challenge_method"_s, u"S256"_s},
                                                {u"state"_s, u"keep me"_s},
                                                {u"deny"_s, u"1"_s}});
    QCOMPARE(denied.status, 302);
    const QUrlQuery query(QUrl(QString::fromUtf8(denied.header("location"))));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("keep me"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));

    const HttpResult plain = browser.postForm(crm.url(QStringLiteral("/oauth/authorize")),
                                              {{u"response_type"_s, u"code"_s},
                                               {u"client_id"_s, u"tandem"_s},
                                               {u"redirect_uri"_s, kRedirect},
                                               {u"code_challenge_method"_s, u"S256"_s},
                                               {u"state"_s, u"s"_s},
                                               {u"approve"_s, u"1"_s}});
    QCOMPARE(plain.status, 302); // no PKCE challenge: refused by redirect
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(plain.header("location"))))
                 .queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_request"));
}

void TestCrmOAuth::testExpiredAccessTokenIs401()
{
    SandboxOptions options = crmOptions();
    options.tokenTtlSeconds = 1;
    Crm crm(options);
    QDateTime now = QDateTime::currentDateTimeUtc();
    crm.sandbox.setClock([&now] { return now; });
    const QString code = authorize(crm, QStringLiteral("ttl"));
    TestHttpClient app;
    const HttpResult tokens = app.postForm(crm.url(QStringLiteral("/oauth/token")),
                                           {{u"grant_type"_s, u"authorization_code"_s},
                                            {u"code"_s, code},
                                            {u"redirect_uri"_s, kRedirect},
                                            {u"code_verifier"_s, QString::fromLatin1(kVerifier)}});
    QCOMPARE(tokens.json()[QStringLiteral("expires_in")].toInt(), 1);
    const QByteArray bearer =
        "Bearer " + tokens.json()[QStringLiteral("access_token")].toString().toLatin1();
    QCOMPARE(app.get(crm.url(QStringLiteral("/contacts")), {{"Authorization", bearer}}).status,
             200);
    now = now.addSecs(1);
    const HttpResult expired =
        app.get(crm.url(QStringLiteral("/contacts")), {{"Authorization", bearer}});
    QCOMPARE(expired.status, 401);
    QVERIFY(
        expired.json()[QStringLiteral("detail")].toString().contains(QStringLiteral("expired")));
}
