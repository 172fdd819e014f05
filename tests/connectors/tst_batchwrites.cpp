// The contacts connectors write a batch side by side (HttpClient::sendAll), one request per
// record: each record gets its own answer, in the order asked, and one failing record does not
// fail the others.
#include "tests/connectors/connectortestutil.h"

#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {
constexpr int kBatch = 20;

struct Paths
{
    QString first, last;
};

Paths pathsOf(Side side)
{
    if (side == Side::Wix)
        return {QStringLiteral("info.name.first"), QStringLiteral("info.name.last")};
    return {QStringLiteral("givenName"), QStringLiteral("familyName")};
}
} // namespace

class TestBatchWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testContactsBatchAnswersEachInOrder_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("wix") << int(Side::Wix);
        QTest::newRow("crmoffice") << int(Side::CrmOffice);
    }

    void testContactsBatchAnswersEachInOrder()
    {
        QFETCH(int, side);
        Sandbox::SandboxOptions o;
        o.wixApiKey = QString::fromLatin1(kWixKey);
        o.wixSiteId = QString::fromLatin1(kSiteId);
        o.crmToken = QString::fromLatin1(kCrmToken);
        o.latencyMs = 20; // answers overtake each other
        SandboxFixture sandbox(o);
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        std::unique_ptr<Connector> connector;
        if (Side(side) == Side::Wix)
            connector = wixConnector(sandbox);
        else
            connector = crmConnector(sandbox);
        const QString contacts = QStringLiteral("contacts");
        QCOMPARE(connector->batchLimit(contacts),
                 HttpClient::defaultWindow * HttpClient::windowsPerBatch);
        const Paths paths = pathsOf(Side(side));

        QList<QJsonObject> records;
        for (int i = 0; i < kBatch; ++i)
            records.append({{paths.first, QStringLiteral("Batch%1").arg(i)},
                            {paths.last, QStringLiteral("Order")}});
        const QList<ConnectorResult<Record>> made = connector->createMany(contacts, records);
        QCOMPARE(made.size(), kBatch);
        QList<RecordChange> changes;
        for (int i = 0; i < kBatch; ++i) {
            QVERIFY2(made[i].ok(), qPrintable(made[i].error.message));
            QCOMPARE(made[i].value.fields.value(paths.first).toString(),
                     QStringLiteral("Batch%1").arg(i));
            changes.append({made[i].value.id,
                            made[i].value.token,
                            {{paths.last, QStringLiteral("Changed%1").arg(i)}}});
        }
        changes[3].token = QStringLiteral("99"); // stale: only this one fails
        const QList<ConnectorResult<Record>> updated = connector->updateMany(contacts, changes);
        QCOMPARE(updated.size(), kBatch);
        for (int i = 0; i < kBatch; ++i) {
            if (i == 3) {
                QCOMPARE(updated[i].error.kind, ConnectorError::Kind::Stale);
                continue;
            }
            QVERIFY2(updated[i].ok(), qPrintable(updated[i].error.message));
            QCOMPARE(updated[i].value.id, made[i].value.id);
            QCOMPARE(updated[i].value.fields.value(paths.last).toString(),
                     QStringLiteral("Changed%1").arg(i));
            changes[i].token = updated[i].value.token;
        }
        changes[3].token.clear();
        changes[5].id = QStringLiteral("gone-5"); // no such record: only this one is NotFound
        const QList<ConnectorError> removed = connector->removeMany(contacts, changes);
        QCOMPARE(removed.size(), kBatch);
        for (int i = 0; i < kBatch; ++i) {
            if (i == 5)
                QCOMPARE(removed[i].kind, ConnectorError::Kind::NotFound);
            else
                QVERIFY2(removed[i].ok(), qPrintable(removed[i].message));
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchWrites)
#include "tst_batchwrites.moc"
