// tandem-cli's contract with scripts: dry runs, usage errors, a dead server, the JSON shapes,
// and secrets that never leave the environment.
#include "sync/model/mappingjson.h"
#include "sync/store/profile.h"
#include "tests/cli/clibed.h"
#include "tests/support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tandem;
using namespace Tandem::Test;

namespace {

// Every record of every synced collection on both sides, with its token: equal snapshots
// mean nothing was written.
QHash<QString, Record> everything(CliBed &bed)
{
    QHash<QString, Record> all;
    const auto add = [&all](const QString &prefix, const QHash<QString, Record> &records) {
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            all.insert(prefix + it.key(), it.value());
    };
    add(QStringLiteral("wix/contacts/"), bed.records(bed.wix(), QStringLiteral("contacts")));
    add(QStringLiteral("wix/products/"), bed.records(bed.wix(), QStringLiteral("products")));
    add(QStringLiteral("crm/contacts/"), bed.records(bed.crm(), QStringLiteral("contacts")));
    add(QStringLiteral("crm/companies/"), bed.records(bed.crm(), QStringLiteral("companies")));
    return all;
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toInteger(-1) >= 0;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.debug=false"));
    }
    void dryRunWritesNothingAnywhere();
    void usageErrorsExitTwoWithAMessage_data();
    void usageErrorsExitTwoWithAMessage();
    void configureSetsThePhoneRegion();
    void configureRecordsTheSignInKind();
    void configureRefusesAMappingOfUnsyncedProperties();
    void configureWithOtherAccountsStartsAFreshState();
    void deadServerFailsNamingTheService();
    void missingSecretFailsNamingTheVariable();
    void missingProfileFailsSayingHowToMakeOne();
    void syncJsonHasTheDocumentedShape();
    void listingsParseAsJson();
    void secretsStayOutOfFilesAndOutput();
};

void TestCli::dryRunWritesNothingAnywhere()
{
    CliBed bed(CliBed::smallSeed(5, 2));
    QVERIFY(bed.ok());
    QVERIFY(bed.configure().exitCode == 0);
    const QHash<QString, Record> before = everything(bed);

    const CliResult dry =
        bed.run({QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QCOMPARE(dry.json().value(u"dryRun"_s).toBool(), true);
    // The plan is what a real run would do: create the 5 contacts and 2 companies, each
    // named as a person knows it beside its id.
    int creates = 0;
    int contactsNamed = 0;
    const QHash<QString, Record> wixContacts = bed.records(bed.wix(), QStringLiteral("contacts"));
    for (const QJsonValue &value : dry.json().value(u"plan"_s).toArray()) {
        const QJsonObject item = value.toObject();
        creates += item.value(u"action"_s).toString() == QLatin1String("create");
        QVERIFY(!item.value(u"name"_s).toString().isEmpty());
        const QJsonObject contact = wixContacts.value(item.value(u"wixId"_s).toString()).fields;
        if (contact.isEmpty())
            continue;
        QCOMPARE(item.value(u"name"_s).toString(),
                 contact.value(u"info.name.first"_s).toString() + QLatin1Char(' ')
                     + contact.value(u"info.name.last"_s).toString());
        ++contactsNamed;
    }
    QCOMPARE(creates, 7);
    QCOMPARE(contactsNamed, 5);

    QCOMPARE(everything(bed), before);
    QVERIFY(bed.links(QStringLiteral("contacts")).isEmpty());
    const CliResult real = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(sideCounts(real.json(), "contacts", "crmoffice").value(u"created"_s).toInt(), 5);
}

void TestCli::usageErrorsExitTwoWithAMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("synch")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("sync"), QStringLiteral("--fast")};
    QTest::newRow("bad flow") << QStringList{QStringLiteral("sync"), QStringLiteral("--flow"),
                                             QStringLiteral("orders")};
    QTest::newRow("resolve without id")
        << QStringList{QStringLiteral("resolve"), QStringLiteral("--take"), QStringLiteral("wix")};
    QTest::newRow("resolve without choice")
        << QStringList{QStringLiteral("resolve"), QStringLiteral("7")};
    QTest::newRow("resolve bad side")
        << QStringList{QStringLiteral("resolve"), QStringLiteral("7"), QStringLiteral("--take"),
                       QStringLiteral("both")};
    QTest::newRow("secret as argument")
        << QStringList{QStringLiteral("sync"), QStringLiteral("--wix-api-key=S3CRET")};
    QTest::newRow("configure without urls") << QStringList{QStringLiteral("configure")};
    QTest::newRow("region not a country code")
        << QStringList{QStringLiteral("configure"),
                       QStringLiteral("--wix-url"),
                       QStringLiteral("http://127.0.0.1:1"),
                       QStringLiteral("--wix-site-id"),
                       QStringLiteral("s"),
                       QStringLiteral("--crmoffice-url"),
                       QStringLiteral("http://127.0.0.1:2/api/v1"),
                       QStringLiteral("--region"),
                       QStringLiteral("Norway")};
}

void TestCli::usageErrorsExitTwoWithAMessage()
{
    QFETCH(QStringList, arguments);
    CliBed bed(CliBed::smallSeed(1, 0));
    const CliResult result = bed.run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains("--help"_ba), qPrintable(result.describe()));
    QVERIFY2(result.err.trimmed().count('\n') >= 1, "no message before the pointer to --help");
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("S3CRET"_ba));
}

void TestCli::configureSetsThePhoneRegion()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    const CliResult result = bed.run(
        {QStringLiteral("configure"), QStringLiteral("--wix-url"),
         QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--wix-site-id"), QStringLiteral("s"),
         QStringLiteral("--crmoffice-url"), QStringLiteral("http://127.0.0.1:2/api/v1"),
         QStringLiteral("--region"), QStringLiteral("se")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    ProfileSettings settings;
    QVERIFY(Profile(bed.profileDir()).load(&settings, nullptr));
    QCOMPARE(settings.phoneRegion, QStringLiteral("SE"));
}

// The window opens its setup for a profile without a sign-in kind: configure leaves none
// missing, and keeps the browser sign-in a setup in the window chose.
void TestCli::configureRecordsTheSignInKind()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    QVERIFY(bed.configure().exitCode == 0);
    const Profile profile(bed.profileDir());
    ProfileSettings settings;
    QVERIFY(profile.load(&settings, nullptr));
    QCOMPARE(settings.crmAuth, QStringLiteral("token"));

    settings.crmAuth = QStringLiteral("oauth");
    QVERIFY(profile.save(settings, nullptr));
    QVERIFY(bed.configure().exitCode == 0);
    QVERIFY(profile.load(&settings, nullptr));
    QCOMPARE(settings.crmAuth, QStringLiteral("oauth"));
}

// A pair naming a property no connector reads or writes would only look synced.
void TestCli::configureRefusesAMappingOfUnsyncedProperties()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    Mapping mapping = defaultMapping();
    mapping.flows[0].pairs.append(
        {QStringLiteral("info.locale"), QStringLiteral("email"), DataType::String});
    const QString file = bed.profileDir() + QStringLiteral("/job.json");
    QString error;
    QVERIFY2(saveMappingFile(mapping, file, &error), qPrintable(error));
    const CliResult result = bed.configure({QStringLiteral("--mapping"), file});
    QVERIFY2(result.exitCode == 1 && result.err.contains("info.locale"_ba)
                 && result.err.contains("job.json"_ba),
             qPrintable(result.describe()));
    QVERIFY(!QFileInfo::exists(Profile(bed.profileDir()).mappingPath()));
}

// The sandbox try, then the real accounts: the try's links would read as deletions there.
void TestCli::configureWithOtherAccountsStartsAFreshState()
{
    CliBed bed(CliBed::smallSeed(4, 0));
    SandboxProcess sandbox({QStringLiteral("--seed-contacts"), QStringLiteral("3")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const CliResult tried = bed.run(
        {QStringLiteral("configure"), QStringLiteral("--wix-url"), sandbox.wixUrl().toString(),
         QStringLiteral("--wix-site-id"), QStringLiteral("sandbox-site"),
         QStringLiteral("--crmoffice-url"), sandbox.crmUrl().toString()});
    QVERIFY2(tried.exitCode == 0 && !tried.out.contains(".bak"_ba), qPrintable(tried.describe()));
    const CliResult trySync =
        bed.run({QStringLiteral("sync"), QStringLiteral("--flow"), QStringLiteral("contacts")});
    QVERIFY2(trySync.exitCode == 0, qPrintable(trySync.describe()));
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), 3);

    const CliResult configured = bed.configure();
    QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));
    static const QRegularExpression backupPath(QStringLiteral("(\\S+/state-\\S+\\.sqlite\\.bak)"));
    const QRegularExpressionMatch named = backupPath.match(QString::fromUtf8(configured.out));
    QVERIFY2(named.hasMatch(), qPrintable(configured.describe()));
    QVERIFY2(configured.out.contains("sandbox-site"_ba), qPrintable(configured.describe()));
    const QFileInfo backup(named.captured(1));
    QVERIFY(backup.isFile());
    QCOMPARE(backup.absolutePath(), QDir(bed.profileDir()).absolutePath());
    QVERIFY(bed.links(QStringLiteral("contacts")).isEmpty());

    const CliResult synced = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
    for (const char *side : {"wix", "crmoffice"})
        QCOMPARE(sideCounts(synced.json(), "contacts", side).value(u"deleted"_s).toInt(), 0);
    QCOMPARE(sideCounts(synced.json(), "contacts", "crmoffice").value(u"created"_s).toInt(), 4);
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), 4);

    // The same accounts again: the state stays.
    const CliResult again = bed.configure();
    QVERIFY2(again.exitCode == 0 && !again.out.contains(".bak"_ba), qPrintable(again.describe()));
    QCOMPARE(bed.links(QStringLiteral("contacts")).size(), 4);
}

void TestCli::deadServerFailsNamingTheService()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    SandboxProcess sandbox({QStringLiteral("--seed-contacts"), QStringLiteral("2")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const CliResult configured =
        bed.run({QStringLiteral("configure"), QStringLiteral("--wix-url"),
                 sandbox.wixUrl().toString(), QStringLiteral("--wix-site-id"), QStringLiteral("s"),
                 QStringLiteral("--crmoffice-url"), sandbox.crmUrl().toString()});
    QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));
    QVERIFY(bed.run({QStringLiteral("sync")}).exitCode == 0);

    sandbox.terminate();
    // One flow: each flow retries the dead server for about 15 s before it gives up.
    const CliResult dead = bed.run({QStringLiteral("sync"), QStringLiteral("--flow"),
                                    QStringLiteral("contacts"), QStringLiteral("--json")});
    QVERIFY2(dead.exitCode == 1, qPrintable(dead.describe()));
    QCOMPARE(dead.json().value(u"status"_s).toString(), QStringLiteral("failed"));
    // Why, on stderr, naming the service as users know it.
    QVERIFY2(dead.err.contains("reading Wix failed"_ba), qPrintable(dead.describe()));
    QVERIFY2(dead.err.contains("Connection refused"_ba), qPrintable(dead.describe()));
}

void TestCli::missingSecretFailsNamingTheVariable()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    QVERIFY(bed.configure().exitCode == 0);
    QProcessEnvironment withoutKey = bed.environment();
    withoutKey.remove(QStringLiteral("TANDEM_WIX_API_KEY"));
    // No keychain either, whatever the machine running the test has.
    withoutKey.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=") + bed.profileDir() + QStringLiteral("/no-bus"));
    const CliResult run = bed.run({QStringLiteral("sync")}, &withoutKey);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("TANDEM_WIX_API_KEY"_ba), qPrintable(run.describe()));
    QVERIFY(bed.records(bed.crm(), QStringLiteral("contacts")).isEmpty());
}

void TestCli::missingProfileFailsSayingHowToMakeOne()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    for (const QString &command : {u"sync"_s, u"status"_s, u"links"_s}) {
        const CliResult run = bed.run(
            {QStringLiteral("--profile"), bed.profileDir() + QStringLiteral("/none"), command});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("configure"_ba), qPrintable(run.describe()));
    }
    QVERIFY(!QFileInfo::exists(bed.profileDir() + QStringLiteral("/none")));
}

void TestCli::syncJsonHasTheDocumentedShape()
{
    CliBed bed(CliBed::smallSeed(3, 1));
    QVERIFY(bed.configure().exitCode == 0);
    const CliResult run = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
    const QJsonObject summary = document.object();
    QCOMPARE(summary.value(u"status"_s).toString(), QStringLiteral("ok"));
    QCOMPARE(summary.value(u"dryRun"_s).toBool(true), false);
    const QJsonObject flows = summary.value(u"flows"_s).toObject();
    QCOMPARE(flows.keys(), (QStringList{QStringLiteral("contacts"), QStringLiteral("products")}));
    for (const QString &flow : flows.keys()) {
        for (const QString &side : {u"wix"_s, u"crmoffice"_s}) {
            const QJsonObject counts = flows.value(flow).toObject().value(side).toObject();
            for (const QString &key : {u"created"_s, u"updated"_s, u"deleted"_s, u"unchanged"_s,
                                       u"conflicts"_s, u"calls"_s})
                QVERIFY2(isCount(counts.value(key)), qPrintable(key));
            QVERIFY(counts.value(u"errors"_s).isArray());
        }
    }
    QVERIFY(isCount(summary.value(u"calls"_s).toObject().value(u"wix"_s)));
    QVERIFY(summary.value(u"calls"_s).toObject().value(u"crmoffice"_s).toInt() > 0);
}

void TestCli::listingsParseAsJson()
{
    CliBed bed(CliBed::smallSeed(2, 1));
    QVERIFY(bed.configure().exitCode == 0);
    QVERIFY(bed.run({QStringLiteral("sync")}).exitCode == 0);

    for (const QString &command : {u"status"_s, u"links"_s, u"history"_s, u"conflicts"_s}) {
        const CliResult result = bed.run({command, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(command));
        QCOMPARE(document.isObject(), command == u"status"_s);
    }
    const QJsonObject status = bed.run({QStringLiteral("status"), QStringLiteral("--json")}).json();
    QCOMPARE(status.value(u"links"_s).toInt(), 3);
    QCOMPARE(status.value(u"openConflicts"_s).toInt(-1), 0);
    QCOMPARE(status.value(u"lastRun"_s).toObject().value(u"status"_s).toString(),
             QStringLiteral("ok"));
    QCOMPARE(status.value(u"wix"_s).toObject().value(u"secret"_s).toString(),
             QStringLiteral("environment"));
    const QJsonArray links =
        bed.run({QStringLiteral("links"), QStringLiteral("--json")}).jsonArray();
    QCOMPARE(links.size(), 3);
    QVERIFY(!links.at(0).toObject().value(u"wix"_s).toObject().value(u"id"_s).toString().isEmpty());
    const QJsonArray history =
        bed.run({QStringLiteral("history"), QStringLiteral("--json")}).jsonArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(u"status"_s).toString(), QStringLiteral("ok"));
}

void TestCli::secretsStayOutOfFilesAndOutput()
{
    CliBed bed(CliBed::smallSeed(3, 1));
    QVERIFY(bed.configure().exitCode == 0);
    // Every HTTP call in the log, to catch a header or URL that carries a secret.
    QProcessEnvironment verbose = bed.environment();
    verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tandem.*=true"));
    QVERIFY(bed.run({QStringLiteral("sync"), QStringLiteral("--json")}, &verbose).exitCode == 0);
    QVERIFY(bed.run({QStringLiteral("sync"), QStringLiteral("--dry-run")}, &verbose).exitCode == 0);
    for (const QString &command : {u"status"_s, u"links"_s, u"history"_s, u"conflicts"_s})
        bed.run({command});
    QVERIFY2(bed.allOutput().contains("tandem.http"_ba), "the HTTP calls were not logged");

    for (const QString &secret : {bed.wixKey(), bed.crmToken()}) {
        QVERIFY2(!bed.allOutput().contains(secret.toUtf8()), "a secret is in the CLI's output");
        const QStringList files = filesContaining(bed.profileDir(), secret.toUtf8());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
