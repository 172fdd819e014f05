#include "sync/model/mappingjson.h"
#include "sync/runtime/connectionprobe.h"
#include "tests/connectors/connectortestutil.h"

#include <QTest>

#include <algorithm>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
Sandbox::SandboxOptions options()
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    return o;
}

int requests(const SandboxFixture &sandbox, SandboxSide side)
{
    return sandbox.stats(side).value(QStringLiteral("total")).toInt();
}
} // namespace

// The Overview's account check (ConnectionProbe) names the account it reached and costs one
// call per service, however many records there are: it never reads every id.
class TestConnectionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testWixCheckIsOneQueryThatCounts()
    {
        SandboxFixture sandbox(options());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto wix = wixConnector(sandbox);
        wix->setPageSize(7); // reading every id would take 4 pages of the 25 contacts
        const int before = requests(sandbox, SandboxSide::Wix);

        const ConnectionProbe::Result result =
            ConnectionProbe::run(*wix, defaultMapping(), QString::fromLatin1(kSiteId));
        QVERIFY2(result.ok, qPrintable(result.text));
        // (records or record(s): the plural is the translation's, not loaded here)
        QVERIFY2(result.text.startsWith(QLatin1String("Connected to Wix site site-0001: 25 record"))
                     && result.text.endsWith(QLatin1String(" in Contacts")),
                 qPrintable(result.text));
        QCOMPARE(requests(sandbox, SandboxSide::Wix) - before, 1);
        QCOMPARE(wix->callCount(), 1);
    }

    void testCrmCheckIsOneListCallNamingTheTenant()
    {
        SandboxFixture sandbox(options());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto crm = crmConnector(sandbox);
        crm->setPageSize(2); // reading every id would take 2 pages of these 3
        for (const char *first : {"Ada", "Grace", "Alan"}) {
            QVERIFY(crm->create(QStringLiteral("contacts"),
                                {{QStringLiteral("givenName"), QLatin1String(first)}})
                        .ok());
        }
        const int before = requests(sandbox, SandboxSide::Crm);
        const int callsBefore = crm->callCount();
        const QString base = sandbox.crmUrl().toString();

        const ConnectionProbe::Result result = ConnectionProbe::run(*crm, defaultMapping(), base);
        QVERIFY2(result.ok, qPrintable(result.text));
        // The list gives no total, so no count: the tenant's address says where it connected.
        QCOMPARE(result.text, QStringLiteral("Connected to CRMOffice at %1").arg(base));
        QCOMPARE(requests(sandbox, SandboxSide::Crm) - before, 1);
        QCOMPARE(crm->callCount() - callsBefore, 1);
    }

    // A mapping whose first flow is the products one: Wix asks which catalog the site runs
    // (one call, no count), CRMOffice lists one company.
    void testProductsFirstIsOneCallEach()
    {
        SandboxFixture sandbox(options());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        Mapping mapping = defaultMapping();
        std::reverse(mapping.flows.begin(), mapping.flows.end());
        QCOMPARE(mapping.flows.first().id, QStringLiteral("products"));
        auto wix = wixConnector(sandbox);
        auto crm = crmConnector(sandbox);
        const int wixBefore = requests(sandbox, SandboxSide::Wix);
        const int crmBefore = requests(sandbox, SandboxSide::Crm);

        const ConnectionProbe::Result wixResult =
            ConnectionProbe::run(*wix, mapping, QString::fromLatin1(kSiteId));
        const ConnectionProbe::Result crmResult =
            ConnectionProbe::run(*crm, mapping, sandbox.crmUrl().toString());
        QVERIFY2(wixResult.ok, qPrintable(wixResult.text));
        QVERIFY2(crmResult.ok, qPrintable(crmResult.text));
        QCOMPARE(wixResult.text, QStringLiteral("Connected to Wix site site-0001"));
        QCOMPARE(requests(sandbox, SandboxSide::Wix) - wixBefore, 1);
        QCOMPARE(requests(sandbox, SandboxSide::Crm) - crmBefore, 1);
    }

    void testRefusedCredentialsSayWhy()
    {
        SandboxFixture sandbox(options());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto crm = crmConnector(sandbox, "pat_wrong-token");
        const ConnectionProbe::Result result =
            ConnectionProbe::run(*crm, defaultMapping(), sandbox.crmUrl().toString());
        QVERIFY(!result.ok);
        QVERIFY2(result.text.contains(QLatin1String("did not accept the credentials")),
                 qPrintable(result.text));
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
