#include "connectortestutil.h"

#include <QJsonArray>
#include <QTest>

#include <thread>

using namespace Tandem;
using namespace Tandem::Test;
using K = ConnectorError::Kind;

namespace {
Sandbox::SandboxOptions options(const QString &catalog = QStringLiteral("v3"))
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    o.wixCatalog = catalog;
    return o;
}

QSet<QString> idsOf(const QList<Record> &records)
{
    QSet<QString> ids;
    for (const Record &record : records)
        ids.insert(record.id);
    return ids;
}

int routeCount(const SandboxFixture &sandbox, SandboxSide side, const QString &route)
{
    return sandbox.stats(side).value("requests").toObject().value(route).toInt();
}
} // namespace

class TestConnectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testWixReadsContactsAcrossPages()
    {
        SandboxFixture sandbox(options());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto wix = wixConnector(sandbox);
        wix->setPageSize(7);
        int pages = 0;
        ConnectorError error;
        const QList<Record> all = readAll(*wix, "contacts", {}, &pages, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(all.size(), 25);
        QCOMPARE(idsOf(all).size(), 25);
        QCOMPARE(pages, 4);
        QCOMPARE(wix->callCount(), 4);
        QVERIFY(!all.first().token.isEmpty());
        QVERIFY(all.first().updatedAt.isValid());
        QVERIFY(all.first().fields.contains("info.name.first"));

        auto ids = wix->readIds("contacts");
        QVERIFY(ids.ok());
        QCOMPARE(ids.value, idsOf(all));

        // Incremental: only what changed after the watermark (minus the overlap).
        const QDateTime watermark = QDateTime::currentDateTimeUtc().addSecs(60);
        const Record target = all.at(3);
        QVERIFY(wix->update("contacts", target.id, target.token,
                            {{"info.name.first", "Changed"}, {"info.name.last", "Name"}})
                    .ok());
        const QList<Record> changed = readAll(*wix, "contacts", watermark.addSecs(-61));
        QCOMPARE(idsOf(changed), QSet<QString>{target.id});
        QCOMPARE(changed.first().fields.value("info.name.first").toString(), QString("Changed"));
    }

    void testWixContactWritesAndStaleRevision()
    {
        SandboxFixture sandbox(options());
        auto wix = wixConnector(sandbox);
        auto created = wix->create("contacts",
                                   {{"info.name.first", "Ada"},
                                    {"info.name.last", "Lovelace"},
                                    {"primaryInfo.phone", "+47 22 33 44 55"}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.fields.value("primaryInfo.phone").toString(),
                 QString("+47 22 33 44 55"));
        auto updated = wix->update("contacts", created.value.id, created.value.token,
                                   {{"info.name.last", "Byron"}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value("info.name.first").toString(), QString("Ada"));
        QCOMPARE(updated.value.fields.value("info.name.last").toString(), QString("Byron"));
        QVERIFY(updated.value.token != created.value.token);

        auto stale = wix->update("contacts", created.value.id, created.value.token,
                                 {{"info.name.first", "X"}, {"info.name.last", "Y"}});
        QCOMPARE(stale.error.kind, K::Stale);
        QVERIFY(stale.error.message.contains("409"));
        QCOMPARE(wix->update("contacts", created.value.id, created.value.token,
                             {{"primaryInfo.phone", "123"}})
                     .error.kind,
                 K::Stale);

        QVERIFY(wix->remove("contacts", created.value.id, updated.value.token).ok());
        QCOMPARE(wix->read("contacts", created.value.id).error.kind, K::NotFound);
    }

    void testWixPrimaryPhoneKeepsOtherPhones()
    {
        SandboxFixture sandbox(options());
        TestHttpClient raw;
        raw.setDefaultHeaders({{"Authorization", kWixKey}, {"wix-site-id", kSiteId}});
        const QJsonArray phones{
            QJsonObject{{"tag", "MOBILE"}, {"phone", "900 00 001"}, {"primary", true}},
            QJsonObject{{"tag", "HOME"}, {"phone", "22 00 00 02"}}};
        const HttpResult made =
            raw.postJson(QUrl(sandbox.wixUrl().toString() + "/contacts/v4/contacts"),
                         {{"info",
                           QJsonObject{{"name", QJsonObject{{"first", "Two"}}},
                                       {"phones", QJsonObject{{"items", phones}}}}}});
        QCOMPARE(made.status, 200);
        const QString id = made.json().value("contact").toObject().value("id").toString();

        auto wix = wixConnector(sandbox);
        const Record before = wix->read("contacts", id).value;
        QCOMPARE(before.fields.value("primaryInfo.phone").toString(), QString("900 00 001"));
        auto updated =
            wix->update("contacts", id, before.token, {{"primaryInfo.phone", "41 41 41 41"}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value("primaryInfo.phone").toString(),
                 QString("41 41 41 41"));
        QCOMPARE(updated.value.fields.value("info.name.first").toString(), QString("Two"));

        auto items = [&] {
            return raw.get(QUrl(sandbox.wixUrl().toString() + "/contacts/v4/contacts/" + id))
                .json()["contact"][u"info"]["phones"][u"items"]
                .toArray();
        };
        QJsonArray now = items();
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.at(1)["phone"].toString(), QString("22 00 00 02"));
        QCOMPARE(now.at(1)["tag"].toString(), QString("HOME"));
        QCOMPARE(now.at(0)["tag"].toString(), QString("MOBILE"));

        auto cleared =
            wix->update("contacts", id, updated.value.token, {{"primaryInfo.phone", QJsonValue()}});
        QVERIFY2(cleared.ok(), qPrintable(cleared.error.message));
        now = items();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.at(0)["phone"].toString(), QString("22 00 00 02"));
    }

    void testWixSiteMemberCannotBeDeleted()
    {
        SandboxFixture sandbox(options());
        auto wix = wixConnector(sandbox);
        const Record contact = readAll(*wix, "contacts", {}).first();
        TestHttpClient raw;
        QCOMPARE(raw.postJson(QUrl(sandbox.wixUrl().toString() + "/__sandbox/members"),
                              {{"contactId", contact.id}})
                     .status,
                 200);
        const ConnectorError error = wix->remove("contacts", contact.id, contact.token);
        QCOMPARE(error.kind, K::Precondition);
        QVERIFY(error.message.contains("cannot delete on Wix"));
        QVERIFY(wix->read("contacts", contact.id).ok());
    }

    // A contact deleted while a read pages through the site hides no other contact from the
    // read or the id scan (with offset paging, every later offset shifts by one).
    void testWixDeletionBetweenPagesHidesNoOtherContact()
    {
        SandboxFixture sandbox(options());
        auto wix = wixConnector(sandbox);
        wix->setPageSize(5);
        const QList<Record> all = readAll(*wix, "contacts", {});
        QCOMPARE(all.size(), 25);
        int queries = 0;
        int deletions = 0;
        QString deleted;
        sandbox.server(SandboxSide::Wix).beforeHandle = [&](const Sandbox::Request &r) {
            if (!r.path.endsWith(QLatin1String("/query")) || ++queries != 2)
                return;
            deleted = all.at(++deletions).id; // on the first page, already read
            Sandbox::Request remove{"DELETE", "/contacts/v4/contacts/" + deleted, {}, {}, {}};
            remove.headers = {{"authorization", kWixKey}, {"wix-site-id", kSiteId}};
            QCOMPARE(sandbox.backend(SandboxSide::Wix).handle(remove).status, 200);
        };
        QSet<QString> expected = idsOf(all);
        const QList<Record> read =
            readAll(*wix, "contacts", QDateTime(QDate(2000, 1, 1), {}, Qt::UTC));
        QVERIFY(!deleted.isEmpty());
        expected.remove(deleted);
        QCOMPARE(idsOf(read) - QSet<QString>{deleted}, expected);

        queries = 0;
        const QString second = deleted;
        const ConnectorResult<QSet<QString>> ids = wix->readIds("contacts");
        QVERIFY(ids.ok());
        QVERIFY(deleted != second);
        expected.remove(deleted);
        QCOMPARE(ids.value - QSet<QString>{deleted}, expected);
        sandbox.server(SandboxSide::Wix).beforeHandle = {};

        // What the scan did not list is asked for again in one call.
        const int calls = wix->callCount();
        const ConnectorResult<QSet<QString>> found =
            wix->existing("contacts", {all.at(5).id, deleted, second});
        QVERIFY(found.ok());
        QCOMPARE(found.value, QSet<QString>{all.at(5).id});
        QCOMPARE(wix->callCount() - calls, 1);
    }

    // The id scan's pages after the first go side by side: one call a page, no more.
    void testWixIdScanCallsOncePerPage()
    {
        SandboxFixture sandbox(options());
        auto wix = wixConnector(sandbox);
        wix->setPageSize(5);
        const ConnectorResult<QSet<QString>> ids = wix->readIds("contacts");
        QVERIFY(ids.ok());
        QCOMPARE(ids.value.size(), 25);
        QCOMPARE(wix->callCount(), 5);
    }

    // CRMOffice lists changes in time order: with the times of the records a read expects, it
    // reads ranges of the list side by side, and lists what one page after another would.
    void testCrmReadsExpectedRangesSideBySide()
    {
        SandboxFixture sandbox(options());
        auto crm = crmConnector(sandbox);
        crm->setPageSize(5);
        QList<qint64> times;
        for (int i = 0; i < 40; ++i) {
            const auto made = crm->create(
                "contacts", {{"givenName", QString::number(i)}, {"familyName", "Ranged"}});
            QVERIFY(made.ok());
            times.append(made.value.updatedAt.toMSecsSinceEpoch());
        }
        const QList<Record> all = readAll(*crm, "contacts", {});
        int calls = crm->callCount();
        QList<Record> ranged;
        QVERIFY(crm->readChangesExpecting("contacts", {}, times,
                                          [&](const QList<Record> &page) {
                                              ranged += page;
                                              return true;
                                          })
                    .ok());
        calls = crm->callCount() - calls;
        QCOMPARE(idsOf(ranged), idsOf(all));
        QVERIFY2(calls <= 40 / 5 + 8, qPrintable(QString::number(calls)));
        QCOMPARE(crm->listPageSize("contacts"), 5);
        // Nothing expected: one page after another.
        calls = crm->callCount();
        QCOMPARE(readAll(*crm, "contacts", {}).size(), all.size());
        QCOMPARE(crm->callCount() - calls, 8);
    }

    // A read's time is the service's (its Date header) when the read began, to the second.
    void testReadTimeIsTheServiceClockAsTheReadBegan()
    {
        SandboxFixture sandbox(options());
        QDateTime now(QDate(2030, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        sandbox.setClock([&now] { return now; });
        auto wix = wixConnector(sandbox);
        auto crm = crmConnector(sandbox);
        wix->setPageSize(7);
        QVERIFY(!crm->lastReadTime().isValid());
        const QDateTime began = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        int pages = 0;
        const PageHandler tick = [&](const QList<Record> &) {
            now = now.addSecs(10); // later pages answer later
            ++pages;
            return true;
        };
        QVERIFY(wix->readChanges("contacts", {}, tick).ok());
        QCOMPARE(pages, 4);
        QCOMPARE(wix->lastReadTime(), began);
        now = began.addSecs(60);
        QVERIFY(crm->readChanges("companies", {}, tick).ok());
        QCOMPARE(crm->lastReadTime(), began.addSecs(60));
        QCOMPARE(HttpClient::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QVERIFY(!HttpClient::parseHttpDate("yesterday").isValid());
    }

    void testCrmListsPagesWithTombstones()
    {
        Sandbox::SandboxOptions o = options();
        o.seed.crmContacts = 4;
        SandboxFixture sandbox(o);
        auto crm = crmConnector(sandbox);
        crm->setPageSize(2);
        int pages = 0;
        ConnectorError error;
        const QList<Record> companies = readAll(*crm, "companies", {}, &pages, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(companies.size(), 5);
        QCOMPARE(pages, 3);
        QVERIFY(companies.first().fields.contains("name"));
        // Seeded companies have a post address only some of the time; nested objects
        // come out as dotted paths, never as an object value.
        const auto hasPostCode = [](const Record &r) {
            return r.fields.contains("postAddress.postCode");
        };
        QVERIFY(std::any_of(companies.begin(), companies.end(), hasPostCode));
        for (const Record &company : companies)
            QVERIFY(!company.fields.contains("postAddress"));

        const QList<Record> contacts = readAll(*crm, "contacts", {});
        QVERIFY(contacts.size() >= 3);
        // updatedSince is inclusive and times have millisecond precision: step past the seed.
        QTest::qWait(3);
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QTest::qWait(3);
        QVERIFY(crm->remove("contacts", contacts.at(0).id, contacts.at(0).token).ok());
        auto ids = crm->readIds("contacts");
        QVERIFY(ids.ok());
        QVERIFY(!ids.value.contains(contacts.at(0).id));
        QCOMPARE(ids.value.size(), contacts.size() - 1);
        const QList<Record> changed = readAll(*crm, "contacts", since);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().deleted);
        QCOMPARE(changed.first().id, contacts.at(0).id);
    }

    void testCrmWritesMergePatchAndStaleEtag()
    {
        SandboxFixture sandbox(options());
        auto crm = crmConnector(sandbox);
        auto created = crm->create("companies",
                                   {{"name", "Acme AS"},
                                    {"postAddress.postCode", "0150"},
                                    {"postAddress.postalArea", "Oslo"}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(!created.value.token.isEmpty());
        auto updated = crm->update("companies", created.value.id, created.value.token,
                                   {{"postAddress.postCode", "0151"}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value("postAddress.postCode").toString(), QString("0151"));
        QCOMPARE(updated.value.fields.value("postAddress.postalArea").toString(), QString("Oslo"));
        QCOMPARE(crm->read("companies", created.value.id).value.token, updated.value.token);

        auto stale =
            crm->update("companies", created.value.id, created.value.token, {{"name", "Other"}});
        QCOMPARE(stale.error.kind, K::Stale);
        QVERIFY(stale.error.message.contains("412"));

        auto invalid = crm->update("companies", created.value.id, updated.value.token,
                                   {{"name", QString(300, 'x')}});
        QCOMPARE(invalid.error.kind, K::Invalid);
        QVERIFY2(invalid.error.message.contains("422"), qPrintable(invalid.error.message));

        auto cleared = crm->update("companies", created.value.id, updated.value.token,
                                   {{"postAddress.postalArea", QJsonValue()}});
        QVERIFY2(cleared.ok(), qPrintable(cleared.error.message));
        QVERIFY(!cleared.value.fields.contains("postAddress.postalArea")
                || cleared.value.fields.value("postAddress.postalArea").isNull());
        QVERIFY(crm->remove("companies", created.value.id, cleared.value.token).ok());
        QCOMPARE(crm->read("companies", created.value.id).error.kind, K::NotFound);
        QCOMPARE(crm->read("activities", "x").error.kind, K::Unsupported);
    }

    void testCrmRefreshesExpiredTokenOnceAndHandsOutNewRefreshToken()
    {
        Sandbox::SandboxOptions o = options();
        o.crmToken.clear();
        o.tokenTtlSeconds = 1;
        SandboxFixture sandbox(o);
        QDateTime now = QDateTime::currentDateTimeUtc();
        sandbox.setClock([&now] { return now; });
        const OAuthTokenProvider::Tokens tokens = signIn(sandbox.crmUrl());
        QVERIFY(!tokens.accessToken.isEmpty());
        auto crm = crmConnector(sandbox);
        // Claim a long life so only the service's 401 can trigger the refresh.
        OAuthTokenProvider::Tokens claimed = tokens;
        claimed.expiresAt = now.addSecs(3600);
        auto provider = std::make_unique<OAuthTokenProvider>(crm->http(), "tandem", claimed);
        provider->setClock([&now] { return now; });
        QList<QByteArray> stored;
        provider->setRefreshTokenChanged([&stored](const QByteArray &token) { stored << token; });
        OAuthTokenProvider *raw = provider.get();
        crm->setTokenProvider(std::move(provider));
        now = now.addSecs(1);
        auto first = crm->readIds("contacts");
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(raw->refreshCount(), 1);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first() != tokens.refreshToken);
        QCOMPARE(routeCount(sandbox, SandboxSide::Crm, "POST /api/v1/oauth/token") > 0
                     || sandbox.stats(SandboxSide::Crm).value("total").toInt() >= 4,
                 true);
        // Now the real expiry is known: the next call refreshes before it, not after a 401.
        now = now.addSecs(1);
        QVERIFY(crm->readIds("contacts").ok());
        QCOMPARE(raw->refreshCount(), 2);

        // An expired access token and a refresh token already spent by the rotation above:
        // one refresh attempt, then a clear Auth error.
        auto dead = crmConnector(sandbox);
        dead->setTokenProvider(std::make_unique<OAuthTokenProvider>(
            dead->http(), "tandem",
            OAuthTokenProvider::Tokens{tokens.accessToken,
                                       QDateTime::currentDateTimeUtc().addSecs(600),
                                       tokens.refreshToken}));
        const auto refused = dead->readIds("contacts");
        QCOMPARE(refused.error.kind, K::Auth);
        QVERIFY(refused.error.message.contains("sign in again"));
    }

    void testWrongStaticTokenIsAuthError()
    {
        SandboxFixture sandbox(options());
        auto crm = crmConnector(sandbox, "pat_wrong-token-value");
        auto answer = crm->read("contacts", "c_1");
        QCOMPARE(answer.error.kind, K::Auth);
        QVERIFY(answer.error.message.contains("401"));
    }

    void testInjectedFaultsAreRetriedOrClearlyReported()
    {
        Sandbox::SandboxOptions o = options();
        o.faultRate = 0.3;
        SandboxFixture sandbox(o);
        auto wix = wixConnector(sandbox);
        auto crm = crmConnector(sandbox);
        wix->setPageSize(5);
        crm->setPageSize(2);
        int recovered = 0;
        for (int round = 0; round < 6; ++round) {
            ConnectorError wixError, crmError;
            const auto contacts = readAll(*wix, "contacts", {}, nullptr, &wixError);
            const auto companies = readAll(*crm, "companies", {}, nullptr, &crmError);
            for (const ConnectorError &error : {wixError, crmError}) {
                if (error.ok()) {
                    ++recovered;
                    continue;
                }
                QCOMPARE(error.kind, K::Transient);
                QVERIFY2(error.message.contains(" /"), qPrintable(error.message));
            }
            if (wixError.ok())
                QCOMPARE(idsOf(contacts).size(), 25);
            if (crmError.ok())
                QCOMPARE(companies.size(), 5);
        }
        // Writes: an update is retried; a create that failed is reported, never silently lost.
        const Record first = wix->read("contacts", readAll(*wix, "contacts", {}).first().id).value;
        auto updated = wix->update("contacts", first.id, first.token,
                                   {{"info.name.first", "F"}, {"info.name.last", "L"}});
        QVERIFY2(updated.ok() || updated.error.kind == K::Stale
                     || updated.error.kind == K::Transient,
                 qPrintable(updated.error.message));
        for (int i = 0; i < 5; ++i) {
            auto made = crm->create("contacts", {{"givenName", "Fault"}, {"familyName", "Test"}});
            QVERIFY2(made.ok() || made.error.kind == K::Transient, qPrintable(made.error.message));
            if (!made.ok())
                QVERIFY(made.error.message.contains("POST /contacts"));
        }
        const QJsonObject faults = sandbox.stats(SandboxSide::Wix).value("faults").toObject();
        int injected = 0;
        for (const QJsonValue &count : faults)
            injected += count.toInt();
        QVERIFY(injected > 0);
        QVERIFY2(recovered >= 10, qPrintable(QString::number(recovered)));
    }

    void testFaultBoundGivesClearError()
    {
        Sandbox::SandboxOptions o = options();
        o.faultRate = 1.0;
        SandboxFixture sandbox(o);
        auto wix = wixConnector(sandbox);
        wix->http().setRetryPolicy(fastRetries(3));
        ConnectorError error;
        readAll(*wix, "contacts", {}, nullptr, &error);
        QCOMPARE(error.kind, K::Transient);
        QVERIFY2(error.message.contains("POST /contacts/v4/contacts/query"),
                 qPrintable(error.message));
        QVERIFY(error.message.contains("3 attempts"));
        QCOMPARE(wix->callCount(), 3);
    }

    void testProductsOnEachCatalog_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << "v1" << int(WixCatalog::V1);
        QTest::newRow("v3") << "v3" << int(WixCatalog::V3);
    }

    void testProductsOnEachCatalog()
    {
        QFETCH(QString, catalog);
        QFETCH(int, version);
        SandboxFixture sandbox(options(catalog));
        auto wix = wixConnector(sandbox);
        wix->setPageSize(3);
        QCOMPARE(int(wix->catalogVersion()), version);
        int pages = 0;
        ConnectorError error;
        const QList<Record> products = readAll(*wix, "products", {}, &pages, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(products.size(), 10);
        QCOMPARE(idsOf(products).size(), 10);
        QCOMPARE(pages, 4);
        QVERIFY(!products.first().fields.value("name").toString().isEmpty());
        auto ids = wix->readIds("products");
        QVERIFY2(ids.ok(), qPrintable(ids.error.message));
        QCOMPARE(ids.value, idsOf(products));

        auto created = wix->create("products", {{"name", "Acme AS"}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.fields.value("name").toString(), QString("Acme AS"));
        auto updated = wix->update("products", created.value.id, created.value.token,
                                   {{"name", "Acme Holding AS"}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(wix->read("products", created.value.id).value.fields.value("name").toString(),
                 QString("Acme Holding AS"));
        // V3 has revisions, V1 a fingerprint of the values: either way a change based on what
        // the product held before is stale.
        QVERIFY(updated.value.token != created.value.token);
        QCOMPARE(wix->update("products", created.value.id, created.value.token, {{"name", "Stale"}})
                     .error.kind,
                 K::Stale);
        QVERIFY(wix->remove("products", created.value.id, updated.value.token).ok());
        QCOMPARE(wix->read("products", created.value.id).error.kind, K::NotFound);
        QCOMPARE(wix->update("products", created.value.id, updated.value.token, {{"name", "x"}})
                     .error.kind,
                 K::NotFound);
        QCOMPARE(routeCount(sandbox, SandboxSide::Wix, "GET /stores/v3/provision/version"), 1);
    }

    void testNoStoreMeansUnsupportedProductsButContactsWork()
    {
        SandboxFixture sandbox(options("none"));
        auto wix = wixConnector(sandbox);
        QCOMPARE(wix->catalogVersion(), WixCatalog::NotInstalled);
        ConnectorError error;
        readAll(*wix, "products", {}, nullptr, &error);
        QCOMPARE(error.kind, K::Unsupported);
        QVERIFY(error.message.contains("not installed"));
        QCOMPARE(wix->create("products", {{"name", "x"}}).error.kind, K::Unsupported);
        QCOMPARE(wix->createMany("products", {{{"name", "x"}}}).first().error.kind, K::Unsupported);
        QCOMPARE(readAll(*wix, "contacts", {}).size(), 25);
    }

    void testV3BulkWritesMapItemResults()
    {
        SandboxFixture sandbox(options("v3"));
        auto wix = wixConnector(sandbox);
        QList<QJsonObject> fresh;
        for (int i = 0; i < 150; ++i)
            fresh.append({{"name", QStringLiteral("Bulk %1").arg(i)}});
        fresh[120] = {{"name", QString(200, 'x')}}; // over 80 characters: that item fails alone
        const int before = wix->callCount();
        const auto created = wix->createMany("products", fresh);
        QCOMPARE(wix->callCount() - before, 1 + 2); // the catalog probe + two bulk requests
        QCOMPARE(created.size(), 150);
        for (int i = 0; i < 150; ++i) {
            if (i == 120) {
                QCOMPARE(created[i].error.kind, K::Invalid);
                continue;
            }
            QVERIFY2(created[i].ok(), qPrintable(created[i].error.message));
            QCOMPARE(created[i].value.fields.value("name").toString(),
                     QStringLiteral("Bulk %1").arg(i));
        }
        QList<RecordChange> changes;
        for (int i = 0; i < 5; ++i)
            changes.append({created[i].value.id,
                            created[i].value.token,
                            {{"name", QStringLiteral("Renamed %1").arg(i)}}});
        changes[2].token = "999";
        const auto updated = wix->updateMany("products", changes);
        QCOMPARE(updated.size(), 5);
        QCOMPARE(updated[2].error.kind, K::Stale);
        QVERIFY(updated[0].ok() && updated[4].ok());
        QCOMPARE(updated[4].value.fields.value("name").toString(), QString("Renamed 4"));
        const auto removed =
            wix->removeMany("products", {{created[0].value.id, {}, {}}, {"no-such-id", {}, {}}});
        QVERIFY(removed[0].ok());
        QCOMPARE(removed[1].kind, K::NotFound);
        QCOMPARE(routeCount(sandbox, SandboxSide::Wix, "POST /stores/v3/bulk/products/create"), 2);
    }

    void testLogsNeverShowSecrets()
    {
        Sandbox::SandboxOptions o = options();
        o.tokenTtlSeconds = 1;
        o.faultRate = 0.2;
        SandboxFixture sandbox(o);
        QDateTime now = QDateTime::currentDateTimeUtc();
        sandbox.setClock([&now] { return now; });
        const OAuthTokenProvider::Tokens tokens = signIn(sandbox.crmUrl());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QStringList hooked;
        QList<QByteArray> secrets{kWixKey, kCrmToken, tokens.accessToken, tokens.refreshToken};
        {
            LogCapture capture;
            auto wix = wixConnector(sandbox);
            auto crm = crmConnector(sandbox);
            auto oauth = crmConnector(sandbox);
            auto provider = std::make_unique<OAuthTokenProvider>(oauth->http(), "tandem", tokens);
            provider->setRefreshTokenChanged([&secrets](const QByteArray &t) { secrets << t; });
            provider->setClock([&now] { return now; });
            oauth->setTokenProvider(std::move(provider));
            for (HttpClient *http : {&wix->http(), &crm->http(), &oauth->http()})
                http->setLogHook([&hooked](const QString &line) { hooked << line; });
            readAll(*wix, "contacts", {});
            readAll(*wix, "products", {});
            wix->create("contacts", {{"info.name.first", "Log"}});
            readAll(*crm, "contacts", {});
            crm->update("contacts", "c_missing", "1", {{"givenName", "x"}});
            now = now.addSecs(1);
            readAll(*oauth, "companies", {});
            oauth->read("contacts", "c_missing");
            auto wrong = wixConnector(sandbox);
            wrong->http().setLogHook([&hooked](const QString &line) { hooked << line; });
            crmConnector(sandbox, "pat_wrong-token-value-42")->readIds("contacts");
            secrets << "pat_wrong-token-value-42";
            hooked += LogCapture::lines();
        }
        QVERIFY(hooked.size() > 10);
        QVERIFY(hooked.join('\n').contains("/contacts/v4/contacts/query"));
        const QString all = hooked.join('\n');
        for (const QByteArray &secret : secrets)
            QVERIFY2(!all.contains(QString::fromLatin1(secret)), secret.constData());
        QVERIFY(!all.contains("Bearer ", Qt::CaseInsensitive) || all.contains("Bearer ***"));
    }
};

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
