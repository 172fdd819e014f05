#include "sync/engine/conflictrecord.h"
#include "tests/engine/enginebed.h"

#include <QTest>

using namespace Tandem;
using namespace Qt::StringLiterals;

namespace {
const ConflictField *fieldOf(const ConflictRecord &record, const QString &wixPath)
{
    for (const ConflictField &field : record.fields) {
        if (field.wixPath == wixPath)
            return &field;
    }
    return nullptr;
}
} // namespace

// What the Conflicts page, the conflict dialog, `tandem-cli conflicts` and the deletion guard
// show a record by: its name, never only a link's number.
class TestConflictRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testConflictIsLoadedWithItsNameIdsAndWholeRecord()
    {
        EngineBed bed(nextStoreName());
        QVERIFY2(bed.storeError.ok(), qPrintable(bed.storeError.message));
        const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s, u"+47 22 33 44 55"_s);
        bed.addContact(bed.wix, u"Grace"_s, u"Hopper"_s, u"+47 22 33 44 66"_s);
        bed.sync();
        const QString c =
            bed.store->linkBySideId(u"contacts"_s, Side::Wix, w).value.value_or(Link{}).crm.id;
        QVERIFY(!c.isEmpty());
        bed.wix.edit(u"Contacts"_s, w, {{u"primaryInfo.phone"_s, u"+4790000001"_s}});
        bed.crm.edit(u"Contacts"_s, c, {{u"directPhone"_s, u"+4790000002"_s}});
        bed.sync();
        const QList<Conflict> open = bed.store->openConflicts().value;
        QCOMPARE(open.size(), 1);

        const StoreRead<QList<ConflictRecord>> records =
            ConflictRecord::load(*bed.store, bed.mapping, open);
        QVERIFY2(records.ok(), qPrintable(records.error.message));
        QCOMPARE(records.value.size(), 1);
        const ConflictRecord &record = records.value.first();
        QCOMPARE(record.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(record.wixId, w);
        QCOMPARE(record.crmId, c);
        QCOMPARE(record.linkId, open.first().linkId);
        // Every mapped field, in the mapping's order; only the phone is in conflict.
        QCOMPARE(record.fields.size(), 3);
        QCOMPARE(record.fields.first().wixPath, QStringLiteral("info.name.first"));
        const ConflictField *first = fieldOf(record, QStringLiteral("info.name.first"));
        QCOMPARE(first->crmPath, QStringLiteral("givenName"));
        QCOMPARE(first->wixValue.toString(), QStringLiteral("Ada"));
        QCOMPARE(first->crmValue.toString(), QStringLiteral("Ada"));
        QVERIFY(!first->conflicting);
        const ConflictField *phone = fieldOf(record, QStringLiteral("primaryInfo.phone"));
        QVERIFY(phone->conflicting);
        QCOMPARE(phone->wixValue.toString(), QStringLiteral("+4790000001"));
        QCOMPARE(phone->crmValue.toString(), QStringLiteral("+4790000002"));

        QCOMPARE(ConflictRecord::forLink(records.value, record.linkId), record);
        QCOMPARE(ConflictRecord::forLink(records.value, -1), ConflictRecord{});
    }

    void testFlowMissingFromTheMappingShowsTheConflictingFields()
    {
        Conflict conflict;
        conflict.linkId = 7;
        conflict.flowId = QStringLiteral("contacts");
        conflict.field = QStringLiteral("info.name.first");
        conflict.wixValue = QStringLiteral("Ada");
        conflict.crmValue = QStringLiteral("Augusta");
        const ConflictRecord record = ConflictRecord::ofConflicts({conflict});
        QCOMPARE(record.linkId, 7);
        QCOMPARE(record.name, QStringLiteral("Ada"));
        QCOMPARE(record.fields.size(), 1);
        QVERIFY(record.fields.first().conflicting);
    }

    void testDeletionGuardNamesWhatItWouldDelete()
    {
        EngineBed bed(nextStoreName());
        QStringList wixIds;
        for (int i = 0; i < 20; ++i)
            wixIds << bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"Nordmann"_s);
        bed.sync();
        for (int i = 0; i < 6; ++i)
            bed.wix.erase(u"Contacts"_s, wixIds[i]);
        const RunSummary s = bed.sync();
        QCOMPARE(s.flows[0].wouldDelete.size(), 6);
        QStringList names = s.flows[0].wouldDeleteNames;
        names.sort();
        QCOMPARE(names,
                 QStringList({u"P0 Nordmann"_s, u"P1 Nordmann"_s, u"P2 Nordmann"_s,
                              u"P3 Nordmann"_s, u"P4 Nordmann"_s, u"P5 Nordmann"_s}));
    }
};

QTEST_GUILESS_MAIN(TestConflictRecord)
#include "tst_conflictrecord.moc"
