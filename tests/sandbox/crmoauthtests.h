#pragma once

#include <QObject>

namespace Tandem::Test::CrmTest {
struct Crm;
}

// The CRMOffice sandbox's OAuth 2.0 authorization server over loopback HTTP: authorization
// code + PKCE end to end, refresh, refusals (RFC 6749 errors), token expiry.
class TestCrmOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOAuthFlowEndToEnd();
    void testOAuthRefusesBadVerifierRedirectAndGrant();
    void testAuthorizeRefusesNonLoopbackRedirect();
    void testAuthorizeDeniedRedirectsWithError();
    void testExpiredAccessTokenIs401();

private:
    // Runs authorize (page + approve) and returns the code; *location gets the redirect.
    QString authorize(Tandem::Test::CrmTest::Crm &crm, const QString &state,
                      QUrl *location = nullptr);
};
