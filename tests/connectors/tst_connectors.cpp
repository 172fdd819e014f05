#include "tests/connectors/connectortestutil.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
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
    return sandbox.stats(side).value(u"requests"_s).toObject().value(route).toInt();
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
        const QList<Record> all = readAll(*wix, u"contacts"_s, {}, &pages, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(all.size(), 25);
        QCOMPARE(idsOf(all).size(), 25);
        QCOMPARE(pages, 4);
        QCOMPARE(wix->callCount(), 4);
        QVERIFY(!all.first().token.isEmpty());
        QVERIFY(all.first().updatedAt.isValid());
        QVERIFY(all.first().fields.contains(u"info.name.first"_s));

        auto ids = wix->readIds(u"contacts"_s);
        QVERIFY(ids.ok());
        QCOMPARE(ids.value, idsOf(all));

        // Incremental: only what changed after the watermark (minus the overlap).
        const QDateTime watermark = QDateTime::currentDateTimeUtc().addSecs(60);
        const Record target = all.at(3);
        QVERIFY(
            wix->update(u"contacts"_s, target.id, target.token,
                        {{u"info.name.first"_s, u"Changed"_s}, {u"info.name.last"_s, u"Name"_s}})
                .ok());
        const QList<Record> changed = readAll(*wix, u"contacts"_s, watermark.addSecs(-61));
        QCOMPARE(idsOf(changed), QSet<QString>{target.id});
        QCOMPARE(changed.first().fields.value(u"info.name.first"_s).toString(),
                 QString(u"Changed"_s));
    }

    void testWixContactWritesAndStaleRevision()
    {
        SandboxFixture sandbox(options());
        auto wix = wixConnector(sandbox);
        auto created = wix->create(u"contacts"_s,
                                   {{u"info.name.first"_s, u"Ada"_s},
                                    {u"info.name.last"_s, u"Lovelace"_s},
                                    {u"primaryInfo.phone"_s, u"+47 22 33 44 55"_s}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.fields.value(u"primaryInfo.phone"_s).toString(),
                 QString(u"+47 22 33 44 55"_s));
        auto updated = wix->update(u"contacts"_s, created.value.id, created.value.token,
                                   {{u"info.name.last"_s, u"Byron"_s}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value(u"info.name.first"_s).toString(), QString(u"Ada"_s));
        QCOMPARE(updated.value.fields.value(u"info.name.last"_s).toString(), QString(u"Byron"_s));
        QVERIFY(updated.value.token != created.value.token);

        auto stale = wix->update(u"contacts"_s, created.value.id, created.value.token,
                                 {{u"info.name.first"_s, u"X"_s}, {u"info.name.last"_s, u"Y"_s}});
        QCOMPARE(stale.error.kind, K::Stale);
        QVERIFY(stale.error.message.contains(u"409"_s));
        QCOMPARE(wix->update(u"contacts"_s, created.value.id, created.value.token,
                             {{u"primaryInfo.phone"_s, u"123"_s}})
                     .error.kind,
                 K::Stale);

        QVERIFY(wix->remove(u"contacts"_s, created.value.id, updated.value.token).ok());
        QCOMPARE(wix->read(u"contacts"_s, created.value.id).error.kind, K::NotFound);
    }

    void testWixPrimaryPhoneKeepsOtherPhones()
    {
        SandboxFixture sandbox(options());
        TestHttpClient raw;
        raw.setDefaultHeaders({{"Authorization"_ba, kWixKey}, {"wix-site-id"_ba, kSiteId}});
        const QJsonArray phones{QJsonObject{{u"tag"_s, u"MOBILE"_s},
                                            {u"phone"_s, u"900 00 001"_s},
                                            {u"primary"_s, true}},
                                QJsonObject{{u"tag"_s, u"HOME"_s}, {u"phone"_s, u"22 00 00 02"_s}}};
        const HttpResult made =
            raw.postJson(QUrl(sandbox.wixUrl().toString() + u"/contacts/v4/contacts"_s),
                         {{u"info"_s,
                           QJsonObject{{u"name"_s, QJsonObject{{u"first"_s, u"Two"_s}}},
                                       {u"phones"_s, QJsonObject{{u"items"_s, phones}}}}}});
        QCOMPARE(made.status, 200);
        const QString id = made.json().value(u"contact"_s).toObject().value(u"id"_s).toString();

        auto wix = wixConnector(sandbox);
        const Record before = wix->read(u"contacts"_s, id).value;
        QCOMPARE(before.fields.value(u"primaryInfo.phone"_s).toString(), QString(u"900 00 001"_s));
        auto updated = wix->update(u"contacts"_s, id, before.token,
                                   {{u"primaryInfo.phone"_s, u"41 41 41 41"_s}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value(u"primaryInfo.phone"_s).toString(),
                 QString(u"41 41 41 41"_s));
        QCOMPARE(updated.value.fields.value(u"info.name.first"_s).toString(), QString(u"Two"_s));

        auto items = [&] {
            return raw.get(QUrl(sandbox.wixUrl().toString() + u"/contacts/v4/contacts/"_s + id))
                .json()[u"contact"_s][u"info"][u"phones"_s][u"items"]
                .toArray();
        };
        QJsonArray now = items();
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.at(1)[u"phone"_s].toString(), QString(u"22 00 00 02"_s));
        QCOMPARE(now.at(1)[u"tag"_s].toString(), QString(u"HOME"_s));
        QCOMPARE(now.at(0)[u"tag"_s].toString(), QString(u"MOBILE"_s));

        auto cleared = wix->update(u"contacts"_s, id, updated.value.token,
                                   {{u"primaryInfo.phone"_s, QJsonValue()}});
        QVERIFY2(cleared.ok(), qPrintable(cleared.error.message));
        now = items();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.at(0)[u"phone"_s].toString(), QString(u"22 00 00 02"_s));
    }

    void testWixSiteMemberCannotBeDeleted()
    {
        SandboxFixture sandbox(options());
        auto wix = wixConnector(sandbox);
        const Record contact = readAll(*wix, u"contacts"_s, {}).first();
        TestHttpClient raw;
        QCOMPARE(raw.postJson(QUrl(sandbox.wixUrl().toString() + u"/__sandbox/members"_s),
                              {{u"contactId"_s, contact.id}})
                     .status,
                 200);
        const ConnectorError error = wix->remove(u"contacts"_s, contact.id, contact.token);
        QCOMPARE(error.kind, K::Precondition);
        QVERIFY(error.message.contains(u"cannot delete on Wix"_s));
        QVERIFY(wix->read(u"contacts"_s, contact.id).ok());
    }

    // A contact deleted while a read pages through the site hides no other contact from the
    // read or the id scan (with offset paging, every later offset shifts by one).
    void testWixDeletionBetweenPagesHidesNoOtherContact()
    {
        SandboxFixture sandbox(options());
        auto wix = wixConnector(sandbox);
        wix->setPageSize(5);
        const QList<Record> all = readAll(*wix, u"contacts"_s, {});
        QCOMPARE(all.size(), 25);
        int queries = 0;
        int deletions = 0;
        QString deleted;
        sandbox.server(SandboxSide::Wix).beforeHandle = [&](const Sandbox::Request &r) {
            if (!r.path.endsWith(QLatin1String("/query")) || ++queries != 2)
                return;
            deleted = all.at(++deletions).id; // on the first page, already read
            Sandbox::Request remove{"DELETE"_ba, u"/contacts/v4/contacts/"_s + deleted, {}, {}, {}};
            remove.headers = {{"authorization"_ba, kWixKey}, {"wix-site-id"_ba, kSiteId}};
            QCOMPARE(sandbox.backend(SandboxSide::Wix).handle(remove).status, 200);
        };
        QSet<QString> expected = idsOf(all);
        const QList<Record> read =
            readAll(*wix, u"contacts"_s, QDateTime(QDate(2000, 1, 1), {}, Qt::UTC));
        QVERIFY(!deleted.isEmpty());
        expected.remove(deleted);
        QCOMPARE(idsOf(read) - QSet<QString>{deleted}, expected);

        queries = 0;
        const QString second = deleted;
        const ConnectorResult<QSet<QString>> ids = wix->readIds(u"contacts"_s);
        QVERIFY(ids.ok());
        QVERIFY(deleted != second);
        expected.remove(deleted);
        QCOMPARE(ids.value - QSet<QString>{deleted}, expected);
        sandbox.server(SandboxSide::Wix).beforeHandle = {};

        // What the scan did not list is asked for again in one call.
        const int calls = wix->callCount();
        const ConnectorResult<QSet<QString>> found =
            wix->existing(u"contacts"_s, {all.at(5).id, deleted, second});
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
        const ConnectorResult<QSet<QString>> ids = wix->readIds(u"contacts"_s);
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
            const auto made =
                crm->create(u"contacts"_s,
                            {{u"givenName"_s, QString::number(i)}, {u"familyName"_s, u"Ranged"_s}});
            QVERIFY(made.ok());
            times.append(made.value.updatedAt.toMSecsSinceEpoch());
        }
        const QList<Record> all = readAll(*crm, u"contacts"_s, {});
        int calls = crm->callCount();
        QList<Record> ranged;
        QVERIFY(crm->readChangesExpecting(u"contacts"_s, {}, times,
                                          [&](const QList<Record> &page) {
                                              ranged += page;
                                              return true;
                                          })
                    .ok());
        calls = crm->callCount() - calls;
        QCOMPARE(idsOf(ranged), idsOf(all));
        QVERIFY2(calls <= 40 / 5 + 8, qPrintable(QString::number(calls)));
        QCOMPARE(crm->listPageSize(u"contacts"_s), 5);
        // Nothing expected: one page after another.
        calls = crm->callCount();
        QCOMPARE(readAll(*crm, u"contacts"_s, {}).size(), all.size());
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
        QVERIFY(wix->readChanges(u"contacts"_s, {}, tick).ok());
        QCOMPARE(pages, 4);
        QCOMPARE(wix->lastReadTime(), began);
        now = began.addSecs(60);
        QVERIFY(crm->readChanges(u"companies"_s, {}, tick).ok());
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
        const QList<Record> companies = readAll(*crm, u"companies"_s, {}, &pages, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(companies.size(), 5);
        QCOMPARE(pages, 3);
        QVERIFY(companies.first().fields.contains(u"name"_s));
        // Seeded companies have a post address only some of the time; nested objects
        // come out as dotted paths, never as an object value.
        const auto hasPostCode = [](const Record &r) {
            return r.fields.contains(u"postAddress.postCode"_s);
        };
        QVERIFY(std::any_of(companies.begin(), companies.end(), hasPostCode));
        for (const Record &company : companies)
            QVERIFY(!company.fields.contains(u"postAddress"_s));

        const QList<Record> contacts = readAll(*crm, u"contacts"_s, {});
        QVERIFY(contacts.size() >= 3);
        // updatedSince is inclusive and times have millisecond precision: one past the latest
        // seeded change. The sandbox stamps every new change after all it stores, so no wait.
        QDateTime latest = contacts.first().updatedAt;
        for (const Record &contact : contacts)
            latest = std::max(latest, contact.updatedAt);
        QVERIFY(latest.isValid());
        const QDateTime since = latest.addMSecs(1);
        QVERIFY(crm->remove(u"contacts"_s, contacts.at(0).id, contacts.at(0).token).ok());
        auto ids = crm->readIds(u"contacts"_s);
        QVERIFY(ids.ok());
        QVERIFY(!ids.value.contains(contacts.at(0).id));
        QCOMPARE(ids.value.size(), contacts.size() - 1);
        const QList<Record> changed = readAll(*crm, u"contacts"_s, since);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().deleted);
        QCOMPARE(changed.first().id, contacts.at(0).id);
    }

    void testCrmWritesMergePatchAndStaleEtag()
    {
        SandboxFixture sandbox(options());
        auto crm = crmConnector(sandbox);
        auto created = crm->create(u"companies"_s,
                                   {{u"name"_s, u"Acme AS"_s},
                                    {u"postAddress.postCode"_s, u"0150"_s},
                                    {u"postAddress.postalArea"_s, u"Oslo"_s}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(!created.value.token.isEmpty());
        auto updated = crm->update(u"companies"_s, created.value.id, created.value.token,
                                   {{u"postAddress.postCode"_s, u"0151"_s}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value(u"postAddress.postCode"_s).toString(),
                 QString(u"0151"_s));
        QCOMPARE(updated.value.fields.value(u"postAddress.postalArea"_s).toString(),
                 QString(u"Oslo"_s));
        QCOMPARE(crm->read(u"companies"_s, created.value.id).value.token, updated.value.token);

        auto stale = crm->update(u"companies"_s, created.value.id, created.value.token,
                                 {{u"name"_s, u"Other"_s}});
        QCOMPARE(stale.error.kind, K::Stale);
        QVERIFY(stale.error.message.contains(u"412"_s));

        auto invalid = crm->update(u"companies"_s, created.value.id, updated.value.token,
                                   {{u"name"_s, QString(300, u'x')}});
        QCOMPARE(invalid.error.kind, K::Invalid);
        QVERIFY2(invalid.error.message.contains(u"422"_s), qPrintable(invalid.error.message));

        auto cleared = crm->update(u"companies"_s, created.value.id, updated.value.token,
                                   {{u"postAddress.postalArea"_s, QJsonValue()}});
        QVERIFY2(cleared.ok(), qPrintable(cleared.error.message));
        QVERIFY(!cleared.value.fields.contains(u"postAddress.postalArea"_s)
                || cleared.value.fields.value(u"postAddress.postalArea"_s).isNull());
        QVERIFY(crm->remove(u"companies"_s, created.value.id, cleared.value.token).ok());
        QCOMPARE(crm->read(u"companies"_s, created.value.id).error.kind, K::NotFound);
        QCOMPARE(crm->read(u"activities"_s, u"x"_s).error.kind, K::Unsupported);
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
        auto provider = std::make_unique<OAuthTokenProvider>(crm->http(), u"tandem"_s, claimed);
        provider->setClock([&now] { return now; });
        QList<QByteArray> stored;
        provider->setRefreshTokenChanged([&stored](const QByteArray &token) { stored << token; });
        OAuthTokenProvider *raw = provider.get();
        crm->setTokenProvider(std::move(provider));
        now = now.addSecs(1);
        auto first = crm->readIds(u"contacts"_s);
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(raw->refreshCount(), 1);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first() != tokens.refreshToken);
        QCOMPARE(routeCount(sandbox, SandboxSide::Crm, u"POST /api/v1/oauth/token"_s) > 0
                     || sandbox.stats(SandboxSide::Crm).value(u"total"_s).toInt() >= 4,
                 true);
        // Now the real expiry is known: the next call refreshes before it, not after a 401.
        now = now.addSecs(1);
        QVERIFY(crm->readIds(u"contacts"_s).ok());
        QCOMPARE(raw->refreshCount(), 2);

        // An expired access token and a refresh token already spent by the rotation above:
        // one refresh attempt, then a clear Auth error.
        auto dead = crmConnector(sandbox);
        dead->setTokenProvider(std::make_unique<OAuthTokenProvider>(
            dead->http(), u"tandem"_s,
            OAuthTokenProvider::Tokens{tokens.accessToken,
                                       QDateTime::currentDateTimeUtc().addSecs(600),
                                       tokens.refreshToken}));
        const auto refused = dead->readIds(u"contacts"_s);
        QCOMPARE(refused.error.kind, K::Auth);
        QVERIFY(refused.error.message.contains(u"sign in again"_s));
    }

    void testWrongStaticTokenIsAuthError()
    {
        SandboxFixture sandbox(options());
        auto crm = crmConnector(sandbox, "pat_wrong-token-value"_ba);
        auto answer = crm->read(u"contacts"_s, u"c_1"_s);
        QCOMPARE(answer.error.kind, K::Auth);
        QVERIFY(answer.error.message.contains(u"401"_s));
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
            const auto contacts = readAll(*wix, u"contacts"_s, {}, nullptr, &wixError);
            const auto companies = readAll(*crm, u"companies"_s, {}, nullptr, &crmError);
            for (const ConnectorError &error : {wixError, crmError}) {
                if (error.ok()) {
                    ++recovered;
                    continue;
                }
                QCOMPARE(error.kind, K::Transient);
                QVERIFY2(error.message.contains(u" /"_s), qPrintable(error.message));
            }
            if (wixError.ok())
                QCOMPARE(idsOf(contacts).size(), 25);
            if (crmError.ok())
                QCOMPARE(companies.size(), 5);
        }
        // Writes: an update is retried; a create that failed is reported, never silently lost.
        const Record first =
            wix->read(u"contacts"_s, readAll(*wix, u"contacts"_s, {}).first().id).value;
        auto updated = wix->update(u"contacts"_s, first.id, first.token,
                                   {{u"info.name.first"_s, u"F"_s}, {u"info.name.last"_s, u"L"_s}});
        QVERIFY2(updated.ok() || updated.error.kind == K::Stale
                     || updated.error.kind == K::Transient,
                 qPrintable(updated.error.message));
        for (int i = 0; i < 5; ++i) {
            auto made = crm->create(u"contacts"_s,
                                    {{u"givenName"_s, u"Fault"_s}, {u"familyName"_s, u"Test"_s}});
            QVERIFY2(made.ok() || made.error.kind == K::Transient, qPrintable(made.error.message));
            if (!made.ok())
                QVERIFY(made.error.message.contains(u"POST /contacts"_s));
        }
        const QJsonObject faults = sandbox.stats(SandboxSide::Wix).value(u"faults"_s).toObject();
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
        readAll(*wix, u"contacts"_s, {}, nullptr, &error);
        QCOMPARE(error.kind, K::Transient);
        QVERIFY2(error.message.contains(u"POST /contacts/v4/contacts/query"_s),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(u"3 attempts"_s));
        QCOMPARE(wix->callCount(), 3);
    }

    void testProductsOnEachCatalog_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << u"v1"_s << int(WixCatalog::V1);
        QTest::newRow("v3") << u"v3"_s << int(WixCatalog::V3);
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
        const QList<Record> products = readAll(*wix, u"products"_s, {}, &pages, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(products.size(), 10);
        QCOMPARE(idsOf(products).size(), 10);
        QCOMPARE(pages, 4);
        QVERIFY(!products.first().fields.value(u"name"_s).toString().isEmpty());
        auto ids = wix->readIds(u"products"_s);
        QVERIFY2(ids.ok(), qPrintable(ids.error.message));
        QCOMPARE(ids.value, idsOf(products));

        auto created = wix->create(u"products"_s, {{u"name"_s, u"Acme AS"_s}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.fields.value(u"name"_s).toString(), QString(u"Acme AS"_s));
        auto updated = wix->update(u"products"_s, created.value.id, created.value.token,
                                   {{u"name"_s, u"Acme Holding AS"_s}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(
            wix->read(u"products"_s, created.value.id).value.fields.value(u"name"_s).toString(),
            QString(u"Acme Holding AS"_s));
        // V3 has revisions, V1 a fingerprint of the values: either way a change based on what
        // the product held before is stale.
        QVERIFY(updated.value.token != created.value.token);
        QCOMPARE(wix->update(u"products"_s, created.value.id, created.value.token,
                             {{u"name"_s, u"Stale"_s}})
                     .error.kind,
                 K::Stale);
        QVERIFY(wix->remove(u"products"_s, created.value.id, updated.value.token).ok());
        QCOMPARE(wix->read(u"products"_s, created.value.id).error.kind, K::NotFound);
        QCOMPARE(
            wix->update(u"products"_s, created.value.id, updated.value.token, {{u"name"_s, u"x"_s}})
                .error.kind,
            K::NotFound);
        QCOMPARE(routeCount(sandbox, SandboxSide::Wix, u"GET /stores/v3/provision/version"_s), 1);
    }

    void testNoStoreMeansUnsupportedProductsButContactsWork()
    {
        SandboxFixture sandbox(options(u"none"_s));
        auto wix = wixConnector(sandbox);
        QCOMPARE(wix->catalogVersion(), WixCatalog::NotInstalled);
        ConnectorError error;
        readAll(*wix, u"products"_s, {}, nullptr, &error);
        QCOMPARE(error.kind, K::Unsupported);
        QVERIFY(error.message.contains(u"not installed"_s));
        QCOMPARE(wix->create(u"products"_s, {{u"name"_s, u"x"_s}}).error.kind, K::Unsupported);
        QCOMPARE(wix->createMany(u"products"_s, {{{u"name"_s, u"x"_s}}}).first().error.kind,
                 K::Unsupported);
        QCOMPARE(readAll(*wix, u"contacts"_s, {}).size(), 25);
    }

    void testV3BulkWritesMapItemResults()
    {
        SandboxFixture sandbox(options(u"v3"_s));
        auto wix = wixConnector(sandbox);
        QList<QJsonObject> fresh;
        for (int i = 0; i < 150; ++i)
            fresh.append({{u"name"_s, QStringLiteral("Bulk %1").arg(i)}});
        fresh[120] = {{u"name"_s, QString(200, u'x')}}; // over 80 characters: that item fails alone
        const int before = wix->callCount();
        const auto created = wix->createMany(u"products"_s, fresh);
        QCOMPARE(wix->callCount() - before, 1 + 2); // the catalog probe + two bulk requests
        QCOMPARE(created.size(), 150);
        for (int i = 0; i < 150; ++i) {
            if (i == 120) {
                QCOMPARE(created[i].error.kind, K::Invalid);
                continue;
            }
            QVERIFY2(created[i].ok(), qPrintable(created[i].error.message));
            QCOMPARE(created[i].value.fields.value(u"name"_s).toString(),
                     QStringLiteral("Bulk %1").arg(i));
        }
        QList<RecordChange> changes;
        for (int i = 0; i < 5; ++i)
            changes.append({created[i].value.id,
                            created[i].value.token,
                            {{u"name"_s, QStringLiteral("Renamed %1").arg(i)}}});
        changes[2].token = u"999"_s;
        const auto updated = wix->updateMany(u"products"_s, changes);
        QCOMPARE(updated.size(), 5);
        QCOMPARE(updated[2].error.kind, K::Stale);
        QVERIFY(updated[0].ok() && updated[4].ok());
        QCOMPARE(updated[4].value.fields.value(u"name"_s).toString(), QString(u"Renamed 4"_s));
        const auto removed = wix->removeMany(
            u"products"_s, {{created[0].value.id, {}, {}}, {u"no-such-id"_s, {}, {}}});
        QVERIFY(removed[0].ok());
        QCOMPARE(removed[1].kind, K::NotFound);
        QCOMPARE(routeCount(sandbox, SandboxSide::Wix, u"POST /stores/v3/bulk/products/create"_s),
                 2);
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
            auto provider =
                std::make_unique<OAuthTokenProvider>(oauth->http(), u"tandem"_s, tokens);
            provider->setRefreshTokenChanged([&secrets](const QByteArray &t) { secrets << t; });
            provider->setClock([&now] { return now; });
            oauth->setTokenProvider(std::move(provider));
            for (HttpClient *http : {&wix->http(), &crm->http(), &oauth->http()})
                http->setLogHook([&hooked](const QString &line) { hooked << line; });
            readAll(*wix, u"contacts"_s, {});
            readAll(*wix, u"products"_s, {});
            wix->create(u"contacts"_s, {{u"info.name.first"_s, u"Log"_s}});
            readAll(*crm, u"contacts"_s, {});
            crm->update(u"contacts"_s, u"c_missing"_s, u"1"_s, {{u"givenName"_s, u"x"_s}});
            now = now.addSecs(1);
            readAll(*oauth, u"companies"_s, {});
            oauth->read(u"contacts"_s, u"c_missing"_s);
            auto wrong = wixConnector(sandbox);
            wrong->http().setLogHook([&hooked](const QString &line) { hooked << line; });
            crmConnector(sandbox, "pat_wrong-token-value-42"_ba)->readIds(u"contacts"_s);
            secrets << "pat_wrong-token-value-42"_ba;
            hooked += LogCapture::lines();
        }
        QVERIFY(hooked.size() > 10);
        QVERIFY(hooked.join(u'\n').contains(u"/contacts/v4/contacts/query"_s));
        const QString all = hooked.join(u'\n');
        for (const QByteArray &secret : secrets)
            QVERIFY2(!all.contains(QString::fromLatin1(secret)), secret.constData());
        QVERIFY(!all.contains(u"Bearer "_s, Qt::CaseInsensitive) || all.contains(u"Bearer ***"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
