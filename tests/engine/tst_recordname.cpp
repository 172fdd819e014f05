#include "sync/engine/recordname.h"

#include <QTest>

using namespace Tandem;
using namespace Qt::StringLiterals;

// The label the Preview and History tables show a record by.
class TestRecordName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testNameFromFields_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("name");
        QTest::newRow("wix contact") << QJsonObject{{u"info.name.first"_s, u"Kari"_s},
                                                    {u"info.name.last"_s, u"Nordmann"_s},
                                                    {u"primaryInfo.phone"_s, u"+47 22 33 44 55"_s}}
                                     << "Kari Nordmann";
        QTest::newRow("crmoffice contact")
            << QJsonObject{{u"givenName"_s, u" Ola "_s}, {u"familyName"_s, u"Hansen"_s}}
            << u"Ola Hansen"_s;
        QTest::newRow("last name only") << QJsonObject{{u"familyName"_s, u"Berg"_s}} << u"Berg"_s;
        QTest::newRow("no name: the e-mail")
            << QJsonObject{{u"primaryInfo.email"_s, u"kari@example.no"_s},
                           {u"info.name.first"_s, u""_s}}
            << "kari@example.no";
        QTest::newRow("crmoffice e-mail")
            << QJsonObject{{u"email"_s, u"ola@example.no"_s}} << u"ola@example.no"_s;
        QTest::newRow("product or company")
            << QJsonObject{{u"name"_s, u"Blue mug"_s}, {u"price"_s, 120}} << u"Blue mug"_s;
        QTest::newRow("nothing known") << QJsonObject{{u"directPhone"_s, u"+47 1"_s}} << QString();
        QTest::newRow("not text") << QJsonObject{{u"name"_s, 42}} << QString();
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
        wix.fields =
            QJsonObject{{u"info.name.first"_s, u"Kari"_s}, {u"info.name.last"_s, u"Nordmann"_s}};
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
        d.link.crm.base = QJsonObject{{u"name"_s, u"Nordic Pottery AS"_s}};
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
