#include "tests/gui/guitestbed.h"
#include "ui/aboutdialog.h"
#include "ui/conflictdialog.h"
#include "ui/deletionguarddialog.h"
#include "ui/settingsdialog.h"
#include "ui/setupwizard.h"
#include "ui/uitext.h"
#include "ui/undodialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

// What a screen reader would call the widget: its accessible name, or what Qt derives from its
// text or its label's buddy.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// A widget's own editor parts (a spin box's or combo box's line edit) are named by the widget.
bool isPartOfNamedControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QComboBox *>(parent);
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
}

// Every widget under `root` that a user could reach with the keyboard but not hear named.
QStringList unnamedInteractiveWidgets(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || !(widget->focusPolicy() & Qt::TabFocus)
            || !widget->isEnabled() || isPartOfNamedControl(widget))
            continue;
        if (spokenName(widget).isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

} // namespace

class TestGuiAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.http.debug=false"));
    }

    // The check itself: an unnamed edit is found, a named one, a labelled one and a button not.
    void testCheckSeesAnUnnamedControl()
    {
        QWidget form;
        auto *layout = new QFormLayout(&form);
        auto *unnamed = new QLineEdit(&form);
        unnamed->setObjectName(QStringLiteral("unnamed"));
        auto *named = new QLineEdit(&form);
        named->setAccessibleName(QStringLiteral("Named"));
        layout->addRow(unnamed);
        layout->addRow(named);
        layout->addRow(QStringLiteral("&Labelled:"), new QLineEdit(&form));
        layout->addRow(new QPushButton(QStringLiteral("&Go"), &form));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(unnamedInteractiveWidgets(&form),
                 QStringList{QStringLiteral("QLineEdit \"unnamed\"")});
    }

    void testMainWindowPagesNameEveryControl()
    {
        GuiTestBed bed({.wixContacts = 2, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        QTabWidget *pages = bed.window().pages();
        for (int i = 0; i < pages->count(); ++i) {
            bed.window().showPage(i);
            QCOMPARE(pages->currentIndex(), i);
            const QStringList unnamed = unnamedInteractiveWidgets(&bed.window());
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(pages->tabText(i) + QStringLiteral(": ")
                                + unnamed.join(QStringLiteral(", "))));
        }
    }

    void testMainActionsHaveShortcuts()
    {
        GuiTestBed bed({.wixContacts = 1, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        MainWindow &window = bed.window();
        for (QAction *action : {window.syncNowAction(), window.cancelAction(),
                                window.previewAction(), window.settingsAction()}) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
            // Reachable from the window itself, not only from a menu that must be open.
            QVERIFY(window.actions().contains(action));
        }
        QCOMPARE(window.syncNowAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(window.previewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(window.cancelAction()->shortcut(), QKeySequence(Qt::Key_Escape));

        // Ctrl+R starts a sync from the keyboard.
        QSignalSpy started(&bed.controller(), &SyncController::runStarted);
        QSignalSpy finished(&bed.controller(), &SyncController::runFinished);
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(started.size(), 1);
        // A run of one contact may be over before the wait begins.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    }

    void testWizardPagesNameEveryControl()
    {
        QTemporaryDir profile;
        SetupWizard wizard(profile.path(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int id : wizard.pageIds()) {
            QWizardPage *page = wizard.page(id);
            QVERIFY(page);
            const QStringList unnamed = unnamedInteractiveWidgets(page);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(QStringLiteral("page %1: ").arg(id)
                                + unnamed.join(QStringLiteral(", "))));
        }
        const QStringList buttons = unnamedInteractiveWidgets(&wizard);
        QVERIFY2(buttons.isEmpty(), qPrintable(buttons.join(QStringLiteral(", "))));
    }

    void testConflictDialogNamesEveryControl()
    {
        Conflict conflict;
        conflict.id = 7;
        conflict.linkId = 3;
        conflict.flowId = QStringLiteral("contacts");
        conflict.field = QStringLiteral("info.name.first");
        conflict.wixValue = QStringLiteral("Ada");
        conflict.crmValue = QStringLiteral("Ida");
        ConflictDialog dialog({conflict});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.choose(0, Conflict::Resolution::Value, QStringLiteral("Eda")); // the typed edit too
        const QStringList unnamed = unnamedInteractiveWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // A screen reader hears the result of a run, not only the caption "Last run": a value's
    // name is its text, and its caption is related to it as its label (what AT-SPI exports as
    // the name and the labelled-by relation; checked here through QAccessible, offscreen).
    void testOverviewValuesAreSpokenWithTheirCaptions()
    {
        GuiTestBed bed({.wixContacts = 3, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        const RunSummary summary = bed.clickAndWait(bed.button("syncNowButton"));
        QCOMPARE(summary.status, RunRecord::Status::Ok);

        auto *lastRun = bed.find<QLabel>("lastRunLabel");
        QVERIFY(lastRun);
        const QString heard = spokenName(lastRun);
        QCOMPARE(heard, UiText::summaryText(summary).trimmed());
        QVERIFY2(
            heard.startsWith(UiText::runStatusLabel(RunRecord::Status::Ok) + QLatin1String(". ")),
            qPrintable(heard));
        QVERIFY2(heard.contains(QLatin1String(" created, ")), qPrintable(heard));

        // The phase line stands alone under the buttons; the others have a caption.
        QCOMPARE(spokenName(bed.find<QLabel>("phaseLabel")),
                 UiText::runStatusLabel(RunRecord::Status::Ok));
        const QList<QLabel *> labels = bed.window().findChildren<QLabel *>();
        for (const char *name : {"lastRunLabel", "nextRunLabel", "wixStatusLabel", "crmStatusLabel",
                                 "wixCatalogLabel"}) {
            auto *value = bed.find<QLabel>(name);
            QVERIFY2(value, name);
            QCOMPARE(spokenName(value), value->text().trimmed());
            QStringList related;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(value);
            for (const auto &[caption, relation] : iface->relations(QAccessible::Label))
                related << caption->text(QAccessible::Name);
            // Its caption, and the group box's title around it.
            int captions = 0;
            for (QLabel *caption : labels) {
                if (caption->buddy() == value && related.contains(caption->text()))
                    ++captions;
            }
            QVERIFY2(captions == 1,
                     qPrintable(QLatin1String(name) + QLatin1String(": ") + related.join(u'|')));
        }
    }

    void testDeletionGuardAndAboutDialogsNameEveryControl()
    {
        FlowSummary contacts;
        contacts.flowId = QStringLiteral("contacts");
        contacts.wouldDelete = {QStringLiteral("wix:w-1"), QStringLiteral("crmoffice:c-2")};
        RunSummary summary;
        summary.status = RunRecord::Status::Guarded;
        summary.flows = {contacts};
        DeletionGuardDialog guard(summary);
        AboutDialog about;
        for (QDialog *dialog : {static_cast<QDialog *>(&guard), static_cast<QDialog *>(&about)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList unnamed = unnamedInteractiveWidgets(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        }
    }

    // An undo's preview in its guarded form: the plan, what it leaves, and both buttons.
    void testUndoDialogNamesEveryControl()
    {
        RunSummary preview;
        preview.dryRun = true;
        preview.undoes = 4;
        preview.status = RunRecord::Status::Guarded;
        PlanItem remove;
        remove.flowId = QStringLiteral("contacts");
        remove.action = PlanAction::Delete;
        remove.crmId = QStringLiteral("c-1");
        remove.name = QStringLiteral("Ada Lovelace");
        PlanItem left = remove;
        left.action = PlanAction::Skip;
        left.reason = QStringLiteral("changed since, not undone");
        preview.plan = {remove, left};
        UndoDialog dialog(preview);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedInteractiveWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void testSettingsDialogNamesEveryControl()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedInteractiveWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
