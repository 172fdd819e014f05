#include "sync/model/mappingjson.h"
#include "sync/runtime/synccontroller.h"
#include "ui/aboutdialog.h"
#include "ui/conflictdialog.h"
#include "ui/conflictspage.h"
#include "ui/deletionguarddialog.h"
#include "ui/historypage.h"
#include "ui/mainwindow.h"
#include "ui/mappingspage.h"
#include "ui/overviewpage.h"
#include "ui/settingsdialog.h"
#include "ui/setupwizard.h"
#include "ui/translationloader.h"
#include "ui/undodialog.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

namespace {
Conflict sampleConflict(qint64 id, qint64 link, const QString &field, const QString &wix,
                        const QString &crm, const QString &base)
{
    Conflict c;
    c.id = id;
    c.linkId = link;
    c.flowId = QStringLiteral("contacts");
    c.field = field;
    c.wixValue = wix;
    c.crmValue = crm;
    c.baseValue = base;
    c.detectedAt = QDateTime::currentDateTime().addSecs(-3600);
    return c;
}

QList<Conflict> sampleConflicts()
{
    return {sampleConflict(1, 4, QStringLiteral("info.name.first"), QStringLiteral("Åsmund"),
                           QStringLiteral("Aasmund"), QStringLiteral("Asmund")),
            sampleConflict(2, 4, QStringLiteral("primaryInfo.phone"),
                           QStringLiteral("+47 412 34 567"), QStringLiteral("+4741234567"),
                           QStringLiteral("+47 412 00 000")),
            sampleConflict(3, 9, QStringLiteral("info.name.last"), QStringLiteral("Ødegård"),
                           QStringLiteral("Odegaard"), QStringLiteral("Ødegaard"))};
}

// The records behind the sample conflicts, whole: Åsmund's phone and first name are in
// conflict, his last name agrees; Ingrid's last name is.
QList<ConflictRecord> sampleRecords()
{
    const auto field = [](const char *wix, const char *crm, const QString &wixValue,
                          const QString &crmValue, bool conflicting) {
        return ConflictField{QLatin1String(wix), QLatin1String(crm), wixValue, crmValue,
                             conflicting};
    };
    ConflictRecord asmund{4,
                          QStringLiteral("contacts"),
                          QStringLiteral("Åsmund Ødegaard"),
                          QStringLiteral("3f2a9c1e-7d41-4b7a-9e0b-5c6d8a1f2e34"),
                          QStringLiteral("c_1042"),
                          {}};
    asmund.fields = {field("info.name.first", "givenName", QStringLiteral("Åsmund"),
                           QStringLiteral("Aasmund"), true),
                     field("info.name.last", "familyName", QStringLiteral("Ødegaard"),
                           QStringLiteral("Ødegaard"), false),
                     field("primaryInfo.phone", "directPhone", QStringLiteral("+47 412 34 567"),
                           QStringLiteral("+4741234567"), true),
                     field("primaryInfo.email", "email", QStringLiteral("asmund@fjordbakeri.no"),
                           QStringLiteral("asmund@fjordbakeri.no"), false)};
    ConflictRecord ingrid{9,
                          QStringLiteral("contacts"),
                          QStringLiteral("Ingrid Ødegård"),
                          QStringLiteral("8b0e4d2a-1c3f-4e5a-b6c7-d8e9f0a1b2c3"),
                          QStringLiteral("c_1077"),
                          {}};
    ingrid.fields = {field("info.name.last", "familyName", QStringLiteral("Ødegård"),
                           QStringLiteral("Odegaard"), true)};
    return {asmund, ingrid};
}

RunSummary sampleSummary(bool dryRun)
{
    RunSummary s;
    s.runId = 3;
    s.dryRun = dryRun;
    s.status = RunRecord::Status::Ok;
    FlowSummary contacts;
    contacts.flowId = QStringLiteral("contacts");
    contacts.crm.counts.created = 2;
    contacts.crm.counts.updated = 1;
    s.flows << contacts;
    s.wixCalls = 3;
    s.crmCalls = 5;
    PlanItem create;
    create.flowId = QStringLiteral("contacts");
    create.action = PlanAction::Create;
    create.wixId = QStringLiteral("9f1c2d7e");
    create.name = QStringLiteral("Kari Nordmann");
    create.after = {{QStringLiteral("givenName"), QStringLiteral("Kari")},
                    {QStringLiteral("familyName"), QStringLiteral("Nordmann")}};
    create.reason = QStringLiteral("no match by name and phone");
    PlanItem update = create;
    update.action = PlanAction::Update;
    update.crmId = QStringLiteral("c_17");
    update.before = {{QStringLiteral("directPhone"), QStringLiteral("+47 22 00 00 00")}};
    update.after = {{QStringLiteral("directPhone"), QStringLiteral("+47 22 33 44 55")}};
    update.reason.clear();
    s.plan = {create, update};
    return s;
}

QList<RunRecord> sampleRuns()
{
    RunRecord run;
    run.id = 3;
    run.startedAt = QDateTime::currentDateTime().addSecs(-600);
    run.finishedAt = run.startedAt.addSecs(4);
    run.status = RunRecord::Status::Ok;
    run.counts = QJsonObject{
        {QStringLiteral("contacts"),
         QJsonObject{{QStringLiteral("crmoffice"), QJsonObject{{QStringLiteral("created"), 25}}}}}};
    RunRecord conflicted = run;
    conflicted.id = 4;
    conflicted.startedAt = run.startedAt.addSecs(300);
    conflicted.finishedAt = conflicted.startedAt.addSecs(2);
    conflicted.status = RunRecord::Status::Conflicts;
    conflicted.counts = QJsonObject{
        {QStringLiteral("contacts"),
         QJsonObject{
             {QStringLiteral("wix"),
              QJsonObject{{QStringLiteral("updated"), 4}, {QStringLiteral("conflicts"), 3}}},
             {QStringLiteral("crmoffice"),
              QJsonObject{{QStringLiteral("updated"), 2}, {QStringLiteral("errors"), 1}}}}}};
    // History names an undo after the run it took back (docs/architecture.md#undo).
    RunRecord undo = conflicted;
    undo.id = 5;
    undo.kind = RunRecord::Kind::Undo;
    undo.undoes = conflicted.id;
    undo.startedAt = conflicted.startedAt.addSecs(120);
    undo.finishedAt = undo.startedAt.addSecs(3);
    undo.status = RunRecord::Status::Ok;
    undo.counts = QJsonObject{
        {QStringLiteral("contacts"),
         QJsonObject{{QStringLiteral("wix"), QJsonObject{{QStringLiteral("updated"), 4}}},
                     {QStringLiteral("crmoffice"), QJsonObject{{QStringLiteral("updated"), 2}}}}}};
    return {undo, conflicted, run};
}

QList<RunEntry> sampleEntries()
{
    RunEntry created;
    created.runId = 3;
    created.flowId = QStringLiteral("contacts");
    created.side = Side::CrmOffice;
    created.recordId = QStringLiteral("c_21");
    created.recordName = QStringLiteral("Ingrid Bjørnstad");
    created.action = RunEntry::Action::Create;
    created.after = {{QStringLiteral("givenName"), QStringLiteral("Ingrid")},
                     {QStringLiteral("familyName"), QStringLiteral("Bjørnstad")}};
    created.at = QDateTime::currentDateTime().addSecs(-598);
    RunEntry error = created;
    error.action = RunEntry::Action::Error;
    error.side = Side::Wix;
    error.recordId = QStringLiteral("5e0a1b2c");
    error.recordName.clear(); // a record that could not be read has no known name
    error.message = QStringLiteral("givenName: longer than 255 characters");
    return {created, error};
}
} // namespace

namespace {
// History's "Undo this run…" on a run that blanked last names and deleted a contact: the
// writes it would make back, and one record left because it was edited since.
RunSummary sampleUndoPreview()
{
    RunSummary preview;
    preview.dryRun = true;
    preview.undoes = 12;
    const auto item = [](PlanAction action, Side target, const QString &wixId, const QString &crmId,
                         const QString &name) {
        PlanItem i;
        i.flowId = QStringLiteral("contacts");
        i.action = action;
        i.target = target;
        i.wixId = wixId;
        i.crmId = crmId;
        i.name = name;
        return i;
    };
    const QStringList people = {QStringLiteral("Kari Nordmann"), QStringLiteral("Ola Hansen"),
                                QStringLiteral("Ingrid Berg")};
    for (int n = 0; n < people.size(); ++n) {
        PlanItem restore =
            item(PlanAction::Update, Side::CrmOffice, QStringLiteral("3f2a9c%1").arg(n),
                 QStringLiteral("c_%1").arg(n + 3), people.at(n));
        restore.before = {{QStringLiteral("familyName"), QJsonValue::Null}};
        restore.after = {{QStringLiteral("familyName"), people.at(n).section(QLatin1Char(' '), 1)}};
        restore.reason = QStringLiteral("back to what it was before run 12");
        preview.plan.append(restore);
    }
    PlanItem recreate = item(PlanAction::Create, Side::CrmOffice, QStringLiteral("8b41d2"),
                             QString(), QStringLiteral("Per Olsen"));
    recreate.after = {{QStringLiteral("givenName"), QStringLiteral("Per")},
                      {QStringLiteral("familyName"), QStringLiteral("Olsen")}};
    recreate.reason = QStringLiteral("deleted by run 12; linked again to its partner");
    preview.plan.append(recreate);
    PlanItem left = item(PlanAction::Skip, Side::CrmOffice, QStringLiteral("77aa01"),
                         QStringLiteral("c_9"), QStringLiteral("Liv Dahl"));
    left.reason = QStringLiteral("changed since, not undone: familyName");
    preview.plan.append(left);
    return preview;
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QDir m_out;

    void save(QWidget *widget, const QString &name)
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QTest::qWait(50);
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 100);
        const QString path = m_out.filePath(name + QLatin1String(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The pictures are the README's and the AppStream metadata's: in English, as shipped.
        QVERIFY(TranslationLoader::install(qApp, QStringLiteral("en")));
        const QString base = qEnvironmentVariable("TANDEM_BUILD_DIR", QDir::currentPath());
        m_out = QDir(base + QLatin1String("/screenshots"));
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
    }

    void testMainPages()
    {
        QTemporaryDir profile;
        SyncController controller(profile.path());
        QSignalSpy conflictsLoaded(&controller, &SyncController::conflictsLoaded);
        QSignalSpy historyLoaded(&controller, &SyncController::historyLoaded);
        MainWindow window(&controller);
        // The window asks the (empty) store on start; its answers must not replace the samples.
        QTRY_VERIFY(!conflictsLoaded.isEmpty() && !historyLoaded.isEmpty());
        window.resize(1000, 640);
        window.overviewPage()->setAccountStatus(
            Side::Wix, true,
            QStringLiteral("Connected to Wix site fjordbakeri-site: 25 records in Contacts"));
        window.overviewPage()->setAccountStatus(
            Side::CrmOffice, true,
            QStringLiteral(
                "Connected to CRMOffice at https://fjordbakeri.crmoffice.example/api/v1"));
        window.overviewPage()->onRunFinished(sampleSummary(true));
        window.overviewPage()->setWixCatalog(QStringLiteral("V3_CATALOG"));
        window.overviewPage()->setNextRun(QDateTime::currentDateTime().addSecs(900));
        window.mappingsPage()->setMapping(defaultMapping());
        window.conflictsPage()->setConflicts(sampleConflicts(), sampleRecords());
        window.historyPage()->setRuns({sampleRuns(), int(sampleRuns().size()), 0});
        window.historyPage()->setEntries(3, sampleEntries());

        const QStringList names = {QStringLiteral("overview"), QStringLiteral("mappings"),
                                   QStringLiteral("conflicts"), QStringLiteral("history")};
        for (int page = 0; page < names.size(); ++page) {
            window.showPage(page);
            save(&window, names.at(page));
        }
    }

    void testDialogs()
    {
        ConflictDialog conflict(sampleConflicts().mid(0, 2), sampleRecords().first());
        conflict.choose(0, Conflict::Resolution::TakeWix);
        conflict.choose(1, Conflict::Resolution::Value, QStringLiteral("+47 412 34 567"));
        save(&conflict, QStringLiteral("conflict-dialog"));

        SettingsDialog settings;
        Schedule schedule;
        schedule.mode = Schedule::Mode::Interval;
        schedule.intervalMinutes = 15;
        settings.setSchedule(schedule);
        save(&settings, QStringLiteral("settings-dialog"));

        RunSummary guarded = sampleSummary(false);
        guarded.status = RunRecord::Status::Guarded;
        guarded.flows[0].wouldDelete = {
            QStringLiteral("crmoffice:c_3"), QStringLiteral("crmoffice:c_4"),
            QStringLiteral("crmoffice:c_8"), QStringLiteral("wix:77aa01")};
        guarded.flows[0].wouldDeleteNames = {
            QStringLiteral("Kari Nordmann"), QStringLiteral("Ola Hansen"),
            QStringLiteral("Ada Lovelace"), QStringLiteral("Per Olsen")};
        DeletionGuardDialog guard(guarded);
        QCOMPARE(guard.count(), 4);
        save(&guard, QStringLiteral("deletion-guard-dialog"));

        UndoDialog undo(sampleUndoPreview());
        save(&undo, QStringLiteral("undo-preview"));
    }

    // The setup's account and review pages (its last page saves, so it is left out), and About.
    void testSetupAndAbout()
    {
        const QList<QPair<int, QString>> pages = {
            {SetupWizard::WixPage, QStringLiteral("setup-wix")},
            {SetupWizard::CrmPage, QStringLiteral("setup-crmoffice")},
            {SetupWizard::ReviewPage, QStringLiteral("setup-review")}};
        for (const auto &[id, name] : pages) {
            QTemporaryDir profile;
            SetupWizard wizard(profile.path(), nullptr);
            wizard.setStartId(id);
            wizard.restart();
            QCOMPARE(wizard.currentId(), id);
            save(&wizard, name);
        }
        AboutDialog about;
        save(&about, QStringLiteral("about-dialog"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
