#include "recordname.h"

#include <QTest>

using namespace Tandem;

// The label the Preview and History tables show a record by.
class TestRecordName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testNameFromFields_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("name");
        QTest::newRow("wix contact") << QJsonObject{{"info.name.first", "Kari"},
                                                    {"info.name.last", "Nordmann"},
                                                    {"primaryInfo.phone", "+47 22 33 44 55"}}
                                     << "Kari Nordmann";
        QTest::newRow("crmoffice contact")
            << QJsonObject{{"givenName", " Ola "}, {"familyName", "Hansen"}} << "Ola Hansen";
        QTest::newRow("last name only") << QJsonObject{{"familyName", "Berg"}} << "Berg";
        QTest::newRow("no name: the e-mail")
            << QJsonObject{{"primaryInfo.email", "kari@example.no"}, {"info.name.first", ""}}
            << "kari@example.no";
        QTest::newRow("crmoffice e-mail")
            << QJsonObject{{"email", "ola@example.no"}} << "ola@example.no";
        QTest::newRow("product or company")
            << QJsonObject{{"name", "Blue mug"}, {"price", 120}} << "Blue mug";
        QTest::newRow("nothing known") << QJsonObject{{"directPhone", "+47 1"}} << QString();
        QTest::newRow("not text") << QJsonObject{{"name", 42}} << QString();
    }
    void testNameFromFields()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, name);
        QCOMPARE(RecordName::of(fields), name);
    }

    // A create names the record it copies, from what the run read of it.
    void testCreateIsNamedByTheRecordRead()
    {
        RecordDecision d;
        d.kind = RecordDecision::Kind::Create;
        Record wix;
        wix.id = QStringLiteral("7f9c2d1e-0000-4000-8000-000000000001");
        wix.fields = QJsonObject{{"info.name.first", "Kari"}, {"info.name.last", "Nordmann"}};
        d.current[Side::Wix] = wix;
        QCOMPARE(RecordName::of(d), QStringLiteral("Kari Nordmann"));
    }

    // A deletion's record is gone: its name is what Tandem last saw of it.
    void testDeletionIsNamedByTheLinksBase()
    {
        RecordDecision d;
        d.kind = RecordDecision::Kind::Delete;
        d.target = Side::CrmOffice;
        d.link.crm.id = QStringLiteral("42");
        d.link.crm.base = QJsonObject{{"name", "Nordic Pottery AS"}};
        Record tombstone;
        tombstone.id = QStringLiteral("w-1");
        tombstone.deleted = true;
        d.current[Side::Wix] = tombstone;
        QCOMPARE(RecordName::of(d), QStringLiteral("Nordic Pottery AS"));
    }

    void testUnknownGivesEmpty() { QCOMPARE(RecordName::of(RecordDecision{}), QString()); }
};

QTEST_MAIN(TestRecordName)
#include "tst_recordname.moc"
