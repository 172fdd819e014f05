// The CRMOffice sign-in end to end: Tandem's own OAuthSignIn (QtNetworkAuth + PKCE) against
// the sandbox's authorization server, with the test acting as the browser. It reads the consent
// page's form as a browser would, posts it, and delivers the redirect to the app's loopback
// listener; the app then exchanges the code with its verifier over real loopback HTTP.

#include "sync/credentials/oauthsignin.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/testhttpclient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString kTokenRoute = QStringLiteral("POST /api/v1/oauth/token");

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"));
    return text.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// What a browser submits when the user presses "Approve": every hidden input of the form.
QList<QPair<QString, QString>> approvalForm(const QByteArray &page)
{
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    QList<QPair<QString, QString>> fields;
    auto matches = input.globalMatch(QString::fromUtf8(page));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        fields.append({match.captured(1), htmlUnescape(match.captured(2))});
    }
    fields.append({QStringLiteral("approve"), QStringLiteral("1")});
    return fields;
}

QUrl withQueryItem(const QUrl &url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    QUrl changed = url;
    changed.setQuery(query);
    return changed;
}

} // namespace

class TestCrmOAuthFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void testSignInWithPkceRefusesBadStateAndNeedsTheVerifier();
    void testTokensOfTheSignInExpireAndRefresh();

private:
    // Opens the browser URL the app asked for, approves, and returns the redirect (not yet
    // delivered to the app). Empty on failure.
    QUrl approve(const QUrl &authorizeUrl, QString *failure);
    int tokenRequests(const SandboxFixture &sandbox) const;
    OAuthSignIn::Tokens signIn(SandboxFixture &sandbox);

    TestHttpClient m_browser;
};

QUrl TestCrmOAuthFlow::approve(const QUrl &authorizeUrl, QString *failure)
{
    const QUrlQuery asked(authorizeUrl);
    if (asked.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256")
        || asked.queryItemValue(QStringLiteral("code_challenge")).size() != 43) {
        *failure = QStringLiteral("no S256 PKCE challenge in %1").arg(authorizeUrl.toString());
        return {};
    }
    const HttpResult page = m_browser.get(authorizeUrl);
    if (page.status != 200 || !page.header("content-type").startsWith("text/html")) {
        *failure = QStringLiteral("consent page answered %1").arg(page.status);
        return {};
    }
    QUrl post = authorizeUrl;
    post.setQuery(QString());
    const HttpResult approved = m_browser.postForm(post, approvalForm(page.body));
    if (approved.status != 302) {
        *failure = QStringLiteral("approval answered %1: %2")
                       .arg(approved.status)
                       .arg(QString::fromUtf8(approved.body));
        return {};
    }
    return QUrl(QString::fromUtf8(approved.header("location")));
}

int TestCrmOAuthFlow::tokenRequests(const SandboxFixture &sandbox) const
{
    return sandbox.stats(SandboxSide::Crm)[QStringLiteral("requests")][kTokenRoute].toInt();
}

OAuthSignIn::Tokens TestCrmOAuthFlow::signIn(SandboxFixture &sandbox)
{
    OAuthSignIn signIn;
    QSignalSpy browser(&signIn, &OAuthSignIn::openBrowser);
    QSignalSpy signedIn(&signIn, &OAuthSignIn::signedIn);
    if (!signIn.start(sandbox.crmUrl()) || (browser.isEmpty() && !browser.wait(5000)))
        return {};
    QString failure;
    const QUrl redirect = approve(browser.first().first().toUrl(), &failure);
    if (redirect.isEmpty()) {
        qWarning() << failure;
        return {};
    }
    m_browser.get(redirect);
    if (signedIn.isEmpty() && !signedIn.wait(10000))
        return {};
    return signedIn.first().first().value<OAuthSignIn::Tokens>();
}

void TestCrmOAuthFlow::testSignInWithPkceRefusesBadStateAndNeedsTheVerifier()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    OAuthSignIn signIn;
    QSignalSpy browser(&signIn, &OAuthSignIn::openBrowser);
    QSignalSpy signedIn(&signIn, &OAuthSignIn::signedIn);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QVERIFY(signIn.start(sandbox.crmUrl()));
    QVERIFY(!browser.isEmpty() || browser.wait(5000));
    QString failure;
    const QUrl redirect = approve(browser.first().first().toUrl(), &failure);
    QVERIFY2(!redirect.isEmpty(), qPrintable(failure));
    QCOMPARE(redirect.toString(QUrl::RemoveQuery), signIn.redirectUri().toString());
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    // A forged redirect with another state reaches the app's listener: the code is not used.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("[Ss]tate mismatch")));
    QCOMPARE(
        m_browser.get(withQueryItem(redirect, QStringLiteral("state"), QStringLiteral("forged")))
            .status,
        200);
    QCOMPARE(tokenRequests(sandbox), 0);
    QVERIFY(signedIn.isEmpty() && failed.isEmpty());

    // The server checks the PKCE verifier: without it, the code buys nothing and is not spent.
    TestHttpClient thief;
    const HttpResult stolen =
        thief.postForm(QUrl(sandbox.crmUrl().toString() + QStringLiteral("/oauth/token")),
                       {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("redirect_uri"), signIn.redirectUri().toString()},
                        {QStringLiteral("client_id"), QString::fromLatin1(OAuthSignIn::ClientId)}});
    QCOMPARE(stolen.status, 400);
    QCOMPARE(stolen.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));

    // The genuine redirect: the app sends its verifier and is signed in, once.
    QCOMPARE(m_browser.get(redirect).status, 200);
    QVERIFY(!signedIn.isEmpty() || signedIn.wait(10000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(tokenRequests(sandbox), 2); // the thief's and the app's
    const auto tokens = signedIn.first().first().value<OAuthSignIn::Tokens>();
    QVERIFY(!tokens.accessToken.isEmpty() && !tokens.refreshToken.isEmpty());
    const QByteArray bearer = "Bearer " + tokens.accessToken.toLatin1();
    TestHttpClient app;
    QCOMPARE(app.get(QUrl(sandbox.crmUrl().toString() + QStringLiteral("/contacts")),
                     {{"Authorization", bearer}})
                 .status,
             200);
}

void TestCrmOAuthFlow::testTokensOfTheSignInExpireAndRefresh()
{
    Sandbox::SandboxOptions options;
    options.crmToken = QStringLiteral("only-this-personal-token"); // no "try it" acceptance
    options.tokenTtlSeconds = 2;
    SandboxFixture sandbox(options);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    // The sandbox's clock is the test's: the token expires when the test moves it on.
    QDateTime now = QDateTime::currentDateTimeUtc();
    sandbox.setClock([&now] { return now; });
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const OAuthSignIn::Tokens tokens = signIn(sandbox);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(tokens.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(3));
    QVERIFY(tokens.expiresAt >= before);

    const QUrl contacts(sandbox.crmUrl().toString() + QStringLiteral("/contacts"));
    TestHttpClient app;
    const QByteArray bearer = "Bearer " + tokens.accessToken.toLatin1();
    now = now.addSecs(3);
    QCOMPARE(app.get(contacts, {{"Authorization", bearer}}).status, 401);

    const HttpResult refreshed =
        app.postForm(QUrl(sandbox.crmUrl().toString() + QStringLiteral("/oauth/token")),
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), tokens.refreshToken}});
    QCOMPARE(refreshed.status, 200);
    const QByteArray renewed =
        "Bearer " + refreshed.json()[QStringLiteral("access_token")].toString().toLatin1();
    QCOMPARE(refreshed.json()[QStringLiteral("expires_in")].toInt(), 2);
    QCOMPARE(app.get(contacts, {{"Authorization", renewed}}).status, 200);
    // The refresh token rotated: the one the sign-in gave is spent.
    QCOMPARE(app.postForm(QUrl(sandbox.crmUrl().toString() + QStringLiteral("/oauth/token")),
                          {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("refresh_token"), tokens.refreshToken}})
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestCrmOAuthFlow)
#include "tst_crmoauthflow.moc"
