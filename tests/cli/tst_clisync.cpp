// tandem-cli's sync against the sandbox: what each run leaves on both services.
#include "tests/cli/clibed.h"

#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString contacts = QStringLiteral("contacts");
const QString companies = QStringLiteral("companies");
const QString products = QStringLiteral("products");

QString fullName(const Record &record, const QString &first, const QString &last)
{
    return record.fields.value(first).toString() + u' ' + record.fields.value(last).toString();
}

// How often each "first last" occurs among a side's contacts.
QHash<QString, int> nameCounts(const QHash<QString, Record> &records, const QString &first,
                               const QString &last)
{
    QHash<QString, int> counts;
    for (const Record &record : records)
        ++counts[fullName(record, first, last)];
    return counts;
}

QHash<QString, int> wixNames(CliBed &bed)
{
    return nameCounts(bed.records(bed.wix(), contacts), u"info.name.first"_s, u"info.name.last"_s);
}

QHash<QString, int> crmNames(CliBed &bed)
{
    return nameCounts(bed.records(bed.crm(), contacts), u"givenName"_s, u"familyName"_s);
}

// Edits one record through the service's API, as another user would.
bool edit(Connector &connector, const QString &id, const QJsonObject &changed,
          const QString &collection = contacts)
{
    const ConnectorResult<Record> current = connector.read(collection, id);
    if (!current.ok())
        return false;
    return connector.update(collection, id, current.value.token, changed).ok();
}

// Configures the bed's profile and runs a first sync; false (with the reason logged) on failure.
bool configureAndSync(CliBed &bed)
{
    CliResult result = bed.configure();
    if (result.exitCode == 0)
        result = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning().noquote() << result.describe();
    return result.exitCode == 0;
}

QString field(Connector &connector, const QString &id, const QString &path,
              const QString &collection = contacts)
{
    return connector.read(collection, id).value.fields.value(path).toString();
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.debug=false"));
    }
    void firstSyncCreatesEachRecordOnceAndSecondIsANoOp();
    void editsOnEitherSidePropagate();
    void sameFieldEditedOnBothSidesIsAConflictSettledByResolve();
    void unlinkedRecordOnBothSidesIsLinkedNotDuplicated();
    void massDeletionIsGuardedUntilForced();
    void deletionInCrmOfficePropagatesToWix();
    void conflictResolvedWithATypedValue();
    void normalisedPhoneDoesNotPingPong();
    void interruptedRunLeavesNoDuplicateOnTheNext();
};

void TestCliSync::firstSyncCreatesEachRecordOnceAndSecondIsANoOp()
{
    CliBed bed(CliBed::smallSeed(8, 3));
    QVERIFY(bed.ok());
    QVERIFY2(bed.configure().exitCode == 0, "configure failed");
    QVERIFY(bed.records(bed.crm(), contacts).isEmpty());

    const CliResult first = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QCOMPARE(sideCounts(first.json(), "contacts", "crmoffice").value(u"created"_s).toInt(), 8);
    QCOMPARE(sideCounts(first.json(), "products", "crmoffice").value(u"created"_s).toInt(), 3);
    QCOMPARE(sideCounts(first.json(), "contacts", "wix").value(u"created"_s).toInt(), 0);

    const QHash<QString, int> names = crmNames(bed);
    QCOMPARE(names, wixNames(bed)); // every Wix contact once in CRMOffice, nothing else
    QCOMPARE(bed.records(bed.wix(), contacts).size(), 8);
    QCOMPARE(bed.records(bed.crm(), companies).size(), 3);
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), 8);
    QCOMPARE(bed.links(QStringLiteral("products")).size(), 3);

    const CliResult second = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    QCOMPARE(writesOf(second.json()), 0);
    QCOMPARE(second.json().value(u"status"_s).toString(), QStringLiteral("ok"));
    // Only the incremental reads (and Wix's id scans, its catalog probe): one CRMOffice list
    // per flow, nothing per record.
    const QJsonObject calls = second.json().value(u"calls"_s).toObject();
    QCOMPARE(calls.value(u"crmoffice"_s).toInt(), 2);
    QVERIFY2(calls.value(u"wix"_s).toInt() <= 5, qPrintable(second.describe()));
    // The floor holds the same queries; Wix's catalog probe is the one call above it.
    const QJsonObject floor = second.json().value(u"callFloor"_s).toObject();
    QCOMPARE(floor.value(u"crmoffice"_s).toInt(), 2);
    QCOMPARE(floor.value(u"wix"_s).toInt(), calls.value(u"wix"_s).toInt() - 1);
    QCOMPARE(crmNames(bed), names);
    QCOMPARE(bed.records(bed.crm(), companies).size(), 3);
}

void TestCliSync::editsOnEitherSidePropagate()
{
    CliBed bed(CliBed::smallSeed(4, 1));
    QVERIFY(bed.ok() && configureAndSync(bed));
    const QHash<QString, QString> links = bed.links(QStringLiteral("contacts"));
    QCOMPARE(links.size(), 4);
    const QString wixId = links.keys().at(0);
    const QString otherWixId = links.keys().at(1);
    const QHash<QString, QString> productLinks = bed.links(QStringLiteral("products"));
    QCOMPARE(productLinks.size(), 1);
    const QString productId = productLinks.keys().at(0);

    QVERIFY(edit(bed.wix(), wixId, {{u"info.name.first"_s, u"Edited-in-Wix"_s}}));
    QVERIFY(edit(bed.crm(), links.value(otherWixId), {{u"familyName"_s, u"Edited-in-CRM"_s}}));
    QVERIFY(edit(bed.crm(), productLinks.value(productId), {{u"name"_s, u"Renamed in CRM"_s}},
                 companies));
    const CliResult run = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(sideCounts(run.json(), "contacts", "crmoffice").value(u"updated"_s).toInt(), 1);
    QCOMPARE(sideCounts(run.json(), "contacts", "wix").value(u"updated"_s).toInt(), 1);
    QCOMPARE(sideCounts(run.json(), "products", "wix").value(u"updated"_s).toInt(), 1);

    QCOMPARE(field(bed.crm(), links.value(wixId), u"givenName"_s), QStringLiteral("Edited-in-Wix"));
    QCOMPARE(field(bed.wix(), otherWixId, u"info.name.last"_s), QStringLiteral("Edited-in-CRM"));
    QCOMPARE(field(bed.wix(), productId, u"name"_s, products), QStringLiteral("Renamed in CRM"));
    QCOMPARE(bed.records(bed.crm(), contacts).size(), 4);
    const CliResult settled = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(writesOf(settled.json()), 0);
}

void TestCliSync::sameFieldEditedOnBothSidesIsAConflictSettledByResolve()
{
    CliBed bed(CliBed::smallSeed(3, 0));
    QVERIFY(bed.ok() && configureAndSync(bed));
    const QHash<QString, QString> links = bed.links(QStringLiteral("contacts"));
    const QString wixId = links.keys().at(0);
    const QString crmId = links.value(wixId);
    QVERIFY(edit(bed.wix(), wixId, {{u"info.name.first"_s, u"WixSays"_s}}));
    QVERIFY(
        edit(bed.crm(), crmId, {{u"givenName"_s, u"CrmSays"_s}, {u"familyName"_s, u"Other"_s}}));

    const CliResult run = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(run.json().value(u"status"_s).toString(), QStringLiteral("conflicts"));
    // The record's other field still synced.
    QCOMPARE(field(bed.wix(), wixId, u"info.name.last"_s), QStringLiteral("Other"));

    const CliResult listed = bed.run({QStringLiteral("conflicts"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(listed.jsonArray().size(), 1);
    const QJsonObject conflict = listed.jsonArray().at(0).toObject();
    QCOMPARE(conflict.value(u"flow"_s).toString(), QStringLiteral("contacts"));
    QCOMPARE(conflict.value(u"field"_s).toString(), QStringLiteral("info.name.first"));
    QCOMPARE(conflict.value(u"resolution"_s).toString(), QStringLiteral("open"));
    QCOMPARE(conflict.value(u"wix"_s).toString(), QStringLiteral("WixSays"));
    QCOMPARE(conflict.value(u"crmoffice"_s).toString(), QStringLiteral("CrmSays"));
    // The record by its name (as Wix has it now) and both services' ids, not a link number.
    QCOMPARE(conflict.value(u"record"_s).toString(), QStringLiteral("WixSays Other"));
    QCOMPARE(conflict.value(u"wixId"_s).toString(), wixId);
    QCOMPARE(conflict.value(u"crmofficeId"_s).toString(), crmId);

    const QString id = QString::number(conflict.value(u"id"_s).toInteger());
    const CliResult text = bed.run({QStringLiteral("conflicts")});
    QVERIFY2(text.out.contains(QStringLiteral("#%1 contacts WixSays Other, info.name.first: Wix "
                                              "\"WixSays\", CRMOffice \"CrmSays\"")
                                   .arg(id)
                                   .toUtf8()),
             qPrintable(text.describe()));
    const CliResult resolved =
        bed.run({QStringLiteral("resolve"), id, QStringLiteral("--take"), QStringLiteral("wix")});
    QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.describe()));
    const CliResult settle = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(settle.exitCode == 0, qPrintable(settle.describe()));
    QCOMPARE(field(bed.crm(), crmId, u"givenName"_s), QStringLiteral("WixSays"));
    QCOMPARE(field(bed.wix(), wixId, u"info.name.first"_s), QStringLiteral("WixSays"));
    QVERIFY(bed.run({QStringLiteral("conflicts"), QStringLiteral("--json")}).jsonArray().isEmpty());
    QCOMPARE(writesOf(bed.run({QStringLiteral("sync"), QStringLiteral("--json")}).json()), 0);
}

void TestCliSync::unlinkedRecordOnBothSidesIsLinkedNotDuplicated()
{
    CliBed bed(CliBed::smallSeed(5, 0));
    QVERIFY(bed.ok());
    QVERIFY(bed.configure().exitCode == 0);
    // CRMOffice already holds two of the Wix contacts (same name and phone), made by hand.
    QStringList alreadyThere;
    for (const Record &wix : bed.records(bed.wix(), contacts)) {
        if (alreadyThere.size() == 2)
            break;
        const ConnectorResult<Record> made =
            bed.crm().create(contacts,
                             {{u"givenName"_s, wix.fields.value(u"info.name.first"_s)},
                              {u"familyName"_s, wix.fields.value(u"info.name.last"_s)},
                              {u"directPhone"_s, wix.fields.value(u"primaryInfo.phone"_s)}});
        QVERIFY(made.ok());
        alreadyThere << wix.id + QLatin1Char('=') + made.value.id;
    }

    const CliResult run = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(sideCounts(run.json(), "contacts", "crmoffice").value(u"created"_s).toInt(), 3);
    QCOMPARE(crmNames(bed), wixNames(bed));
    const QHash<QString, QString> links = bed.links(QStringLiteral("contacts"));
    QCOMPARE(links.size(), 5);
    for (const QString &pair : alreadyThere)
        QCOMPARE(links.value(pair.section(u'=', 0, 0)), pair.section(u'=', 1));
}

void TestCliSync::massDeletionIsGuardedUntilForced()
{
    CliBed bed(CliBed::smallSeed(8, 0));
    QVERIFY(bed.ok() && configureAndSync(bed));
    const QHash<QString, Record> wix = bed.records(bed.wix(), contacts);
    int removed = 0;
    for (const Record &record : wix) {
        if (removed == 6)
            break;
        QVERIFY(bed.wix().remove(contacts, record.id, record.token).ok());
        ++removed;
    }

    const CliResult guarded = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(guarded.exitCode == 4, qPrintable(guarded.describe()));
    QCOMPARE(guarded.json().value(u"status"_s).toString(), QStringLiteral("guarded"));
    QVERIFY2(guarded.err.contains("--force-deletes"_ba), guarded.err.constData());
    // What it would delete, each by the person's name beside the record's id.
    const QJsonObject flow =
        guarded.json().value(u"flows"_s).toObject().value(u"contacts"_s).toObject();
    QCOMPARE(flow.value(u"wouldDelete"_s).toArray().size(), 6);
    const QJsonArray names = flow.value(u"wouldDeleteNames"_s).toArray();
    QCOMPARE(names.size(), 6);
    for (const QJsonValue &name : names)
        QVERIFY2(crmNames(bed).contains(name.toString()), qPrintable(name.toString()));
    QCOMPARE(bed.records(bed.crm(), contacts).size(), 8);
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), 8);

    const CliResult forced = bed.run(
        {QStringLiteral("sync"), QStringLiteral("--force-deletes"), QStringLiteral("--json")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QCOMPARE(sideCounts(forced.json(), "contacts", "crmoffice").value(u"deleted"_s).toInt(), 6);
    QCOMPARE(crmNames(bed), wixNames(bed));
    QCOMPARE(bed.records(bed.crm(), contacts).size(), 2);
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), 2);
}

void TestCliSync::deletionInCrmOfficePropagatesToWix()
{
    CliBed bed(CliBed::smallSeed(8, 0));
    QVERIFY(bed.ok() && configureAndSync(bed));
    const QHash<QString, QString> links = bed.links(QStringLiteral("contacts"));
    const QString wixId = links.keys().at(0);
    const Record crm = bed.crm().read(contacts, links.value(wixId)).value;
    QVERIFY(bed.crm().remove(contacts, crm.id, crm.token).ok());

    const CliResult run = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(sideCounts(run.json(), "contacts", "wix").value(u"deleted"_s).toInt(), 1);
    QVERIFY(!bed.records(bed.wix(), contacts).contains(wixId));
    QCOMPARE(crmNames(bed), wixNames(bed));
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), 7);
}

void TestCliSync::conflictResolvedWithATypedValue()
{
    CliBed bed(CliBed::smallSeed(2, 0));
    QVERIFY(bed.ok() && configureAndSync(bed));
    const QHash<QString, QString> links = bed.links(QStringLiteral("contacts"));
    const QString wixId = links.keys().at(0);
    QVERIFY(edit(bed.wix(), wixId, {{u"info.name.last"_s, u"FromWix"_s}}));
    QVERIFY(edit(bed.crm(), links.value(wixId), {{u"familyName"_s, u"FromCrm"_s}}));
    QCOMPARE(bed.run({QStringLiteral("sync")}).exitCode, 3);
    const QJsonArray open =
        bed.run({QStringLiteral("conflicts"), QStringLiteral("--json")}).jsonArray();
    QCOMPARE(open.size(), 1);

    const QString id = QString::number(open.at(0).toObject().value(u"id"_s).toInteger());
    QCOMPARE(bed.run({QStringLiteral("resolve"), id, QStringLiteral("--value"),
                      QStringLiteral("Typed Name")})
                 .exitCode,
             0);
    // Resolving twice is an error, not a silent second decision.
    QCOMPARE(bed.run({QStringLiteral("resolve"), id, QStringLiteral("--take"),
                      QStringLiteral("crmoffice")})
                 .exitCode,
             1);
    const CliResult settle = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(settle.exitCode == 0, qPrintable(settle.describe()));
    QCOMPARE(field(bed.wix(), wixId, u"info.name.last"_s), QStringLiteral("Typed Name"));
    QCOMPARE(field(bed.crm(), links.value(wixId), u"familyName"_s), QStringLiteral("Typed Name"));
}

void TestCliSync::normalisedPhoneDoesNotPingPong()
{
    Sandbox::SandboxOptions options = CliBed::smallSeed(3, 0);
    options.normalizePhones = true;
    CliBed bed(options);
    QVERIFY(bed.ok() && configureAndSync(bed));
    const QHash<QString, QString> links = bed.links(QStringLiteral("contacts"));
    const QString wixId = links.keys().at(0);
    QVERIFY(edit(bed.wix(), wixId, {{u"primaryInfo.phone"_s, u"+47 912 34 567"_s}}));

    const CliResult second = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    const CliResult third = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(third.exitCode == 0, qPrintable(third.describe()));
    const CliResult fourth = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(fourth.exitCode == 0, qPrintable(fourth.describe()));
    QCOMPARE(writesOf(fourth.json()), 0);
    // CRMOffice keeps its own spelling and Wix keeps the user's: neither is rewritten.
    QCOMPARE(field(bed.crm(), links.value(wixId), u"directPhone"_s), QStringLiteral("+4791234567"));
    QCOMPARE(field(bed.wix(), wixId, u"primaryInfo.phone"_s), QStringLiteral("+47 912 34 567"));
    QCOMPARE(bed.records(bed.crm(), contacts).size(), 3);
}

void TestCliSync::interruptedRunLeavesNoDuplicateOnTheNext()
{
    // Creates go out in batches of HttpClient::batchSize() (64 by default) and a cancel lands
    // between batches, so the seed spans several: about 1.5 s of creates at 40 ms each, 8 at a
    // time.
    constexpr int seeded = 300;
    Sandbox::SandboxOptions options = CliBed::smallSeed(seeded, 0);
    options.latencyMs = 40;
    CliBed bed(options);
    QVERIFY(bed.ok());
    QVERIFY(bed.configure().exitCode == 0);

    const std::unique_ptr<QProcess> run =
        bed.start({QStringLiteral("sync"), QStringLiteral("--flow"), QStringLiteral("contacts")});
    QTRY_VERIFY_WITH_TIMEOUT(!bed.records(bed.crm(), contacts).isEmpty(), 10000);
    // processId() is 0 once the child is gone, and kill(0) would signal the test's own group.
    QVERIFY2(run->processId() > 0, "the run finished before it could be interrupted");
    ::kill(pid_t(run->processId()), SIGINT);
    const CliResult interrupted = bed.finish(*run);
    QVERIFY2(interrupted.exitCode == 1, qPrintable(interrupted.describe()));
    QVERIFY2(interrupted.err.contains("Cancelling"_ba), qPrintable(interrupted.describe()));
    QVERIFY(bed.records(bed.crm(), contacts).size() < seeded);

    const CliResult next = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    QCOMPARE(crmNames(bed), wixNames(bed));
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), seeded);
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
