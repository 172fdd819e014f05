// A run against a service that allows only so many requests a second, as tandem-sandbox's
// --rate-limit sets it: the connectors built as the app builds them learn the pace from the
// service, meet at most a few 429s, and the run loses and doubles nothing.
#include "sync/credentials/environmentsecrets.h"
#include "sync/engine/syncrun.h"
#include "sync/model/mappingjson.h"
#include "sync/runtime/connectorfactory.h"
#include "sync/store/profile.h"
#include "sync/store/statestore.h"
#include "tests/connectors/connectortestutil.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
constexpr int kContacts = 60;
constexpr int kPerSecond = 30;
constexpr int kFew = 3; // 429s a run may meet

Sandbox::SandboxOptions options()
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    o.seed.contacts = kContacts;
    o.seed.products = 0;
    o.seed.companies = 0;
    o.seed.randomSeed = 17;
    return o;
}

void setRateLimit(SandboxFixture &sandbox, SandboxSide side, int perSecond)
{
    Sandbox::FrontOptions front = sandbox.server(side).frontOptions();
    front.rateLimit = perSecond;
    sandbox.server(side).setFrontOptions(front);
}

int rateLimited(const SandboxFixture &sandbox, SandboxSide side)
{
    return sandbox.stats(side).value(QStringLiteral("rateLimited")).toInt();
}

// The contacts flow, with connectors as the app makes them: the product's pacing and retries.
RunSummary sync(SandboxFixture &sandbox, StateStore &store)
{
    Mapping mapping = defaultMapping();
    mapping.flows.removeIf([](const Flow &f) { return f.id != QLatin1String("contacts"); });
    WixConnector wix(sandbox.wixUrl(), kWixKey, kSiteId);
    CrmOfficeConnector crm(sandbox.crmUrl());
    crm.setTokenProvider(std::make_unique<StaticTokenProvider>(kCrmToken));
    RunOptions run;
    run.phoneRegion = QStringLiteral("NO");
    return SyncRun(mapping, store, wix, crm, run).run();
}

QHash<QString, Record> byId(Connector &connector)
{
    QHash<QString, Record> out;
    for (const Record &r : readAll(connector, QStringLiteral("contacts"), {}))
        out.insert(r.id, r);
    return out;
}
} // namespace

class TestPacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv(EnvironmentSecrets::variable(Secret::WixApiKey), kWixKey);
        qputenv(EnvironmentSecrets::variable(Secret::CrmAccessToken), kCrmToken);
    }

    // The pace a Wix site allowed is kept in the profile, and the next run starts at it.
    void testWixPaceIsRememberedInTheProfile()
    {
        SandboxFixture sandbox(options());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const Profile profile(dir.path());
        ProfileSettings settings;
        settings.wixUrl = sandbox.wixUrl().toString();
        settings.wixSiteId = QString::fromLatin1(kSiteId);
        settings.crmUrl = sandbox.crmUrl().toString();
        QString error;
        QVERIFY2(profile.save(settings, &error), qPrintable(error));
        QNetworkAccessManager nam;
        ProfileConnectorFactory factory(dir.path());
        const auto reads = [&] {
            ConnectorPair pair = factory.create(nam);
            QVERIFY2(pair.ok(), qPrintable(pair.error));
            for (int i = 0; i < 12; ++i)
                QVERIFY(pair.wix->readIds(QStringLiteral("contacts")).ok());
        };
        setRateLimit(sandbox, SandboxSide::Wix, 5);
        reads();
        // One 429, or two when the jittered back-off (0.7 to 1.3 s) ended inside the second.
        const int refused = rateLimited(sandbox, SandboxSide::Wix);
        QVERIFY2(refused >= 1 && refused <= 2, qPrintable(QString::number(refused)));
        QVERIFY2(profile.load(&settings, &error), qPrintable(error));
        QVERIFY2(settings.wixRequestsPerSecond > 1 && settings.wixRequestsPerSecond <= 5,
                 qPrintable(QString::number(settings.wixRequestsPerSecond)));
        sandbox.reset(SandboxSide::Wix); // a fresh second at the service, and fresh counts
        // The learned pace can be all but 5 a second, and it grows 2 % a second while nothing
        // is refused (AimdPacer), so a limit of 5 would refuse a paced run now and then. 7
        // leaves room for that; 12 reads sent unpaced would still meet a 429.
        setRateLimit(sandbox, SandboxSide::Wix, 7);
        reads();
        QCOMPARE(rateLimited(sandbox, SandboxSide::Wix), 0);
    }

    void testRateLimitedServiceMeetsFew429sAndLosesNothing_data()
    {
        QTest::addColumn<int>("limited");
        QTest::addColumn<int>("maxRefused");
        // CRMOffice tells its budget before it runs out; Wix refuses first, and then every
        // request in flight at that moment, up to a window of them.
        QTest::newRow("CRMOffice, creates") << int(SandboxSide::Crm) << kFew;
        QTest::newRow("Wix, updates") << int(SandboxSide::Wix) << HttpClient::defaultWindow + kFew;
    }

    void testRateLimitedServiceMeetsFew429sAndLosesNothing()
    {
        QFETCH(int, limited);
        QFETCH(int, maxRefused);
        const auto side = SandboxSide(limited);
        SandboxFixture sandbox(options());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        StateStore store(dir.filePath(QStringLiteral("state.db")), QStringLiteral("pacing"));
        QVERIFY(store.open().ok());
        auto wixUser = wixConnector(sandbox);
        auto crmUser = crmConnector(sandbox);
        if (side == SandboxSide::Wix) {
            // Linked first, unlimited; then every CRMOffice contact is edited, to go to Wix.
            QCOMPARE(sync(sandbox, store).status, RunRecord::Status::Ok);
            for (const Record &r : readAll(*crmUser, QStringLiteral("contacts"), {})) {
                const QString family = r.fields.value(QStringLiteral("familyName")).toString();
                QVERIFY(crmUser
                            ->update(QStringLiteral("contacts"), r.id, r.token,
                                     {{QStringLiteral("familyName"), QString(family + u"-x")}})
                            .ok());
            }
        }
        const int before = rateLimited(sandbox, side);
        setRateLimit(sandbox, side, kPerSecond);
        const RunSummary summary = sync(sandbox, store);
        setRateLimit(sandbox, side, 0);
        QCOMPARE(summary.status, RunRecord::Status::Ok);
        const int refused = rateLimited(sandbox, side) - before;
        QVERIFY2(refused <= maxRefused, qPrintable(QStringLiteral("%1 429s").arg(refused)));
        const FlowSummary &flow = summary.flows.constFirst();
        QCOMPARE(flow.side(Side::CrmOffice).counts.created,
                 side == SandboxSide::Crm ? kContacts : 0);
        QCOMPARE(flow.side(Side::Wix).counts.updated, side == SandboxSide::Wix ? kContacts : 0);

        // Each contact once on each side, linked one to one, the names alike.
        const QHash<QString, Record> wix = byId(*wixUser);
        const QHash<QString, Record> crm = byId(*crmUser);
        QCOMPARE(wix.size(), kContacts);
        QCOMPARE(crm.size(), kContacts);
        const QList<Link> links = store.links(QStringLiteral("contacts")).value;
        QCOMPARE(links.size(), kContacts);
        QSet<QString> wixLinked, crmLinked;
        for (const Link &link : links) {
            wixLinked.insert(link.wix.id);
            crmLinked.insert(link.crm.id);
            QCOMPARE(wix.value(link.wix.id).fields.value(QStringLiteral("info.name.last")),
                     crm.value(link.crm.id).fields.value(QStringLiteral("familyName")));
        }
        QCOMPARE(wixLinked, QSet<QString>(wix.keyBegin(), wix.keyEnd()));
        QCOMPARE(crmLinked, QSet<QString>(crm.keyBegin(), crm.keyEnd()));
    }
};

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
