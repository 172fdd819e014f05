#include "sync/store/profile.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/singleinstance.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

namespace {

bool writeSchedule(const QString &dir, const QString &mode)
{
    ProfileSettings settings;
    settings.scheduleMode = mode;
    QString error;
    return Profile(dir).save(settings, &error);
}

// The pid of a process that has ended: a lock naming it was left by a crash.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("true"));
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_runtime.isValid()); // the sockets' folder, owner only like the real one
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void testCloseWithoutScheduleQuits()
    {
        QTemporaryDir profile;
        QVERIFY(writeSchedule(profile.path(), QStringLiteral("off")));
        DesktopApp app(profile.path());
        MainWindow *window = app.window();
        window->setTrayCheck([] { return true; }); // a tray, but nothing to keep running for
        window->show();
        QSignalSpy quit(window, &MainWindow::quitRequested);
        QVERIFY(window->close());
        QCOMPARE(quit.size(), 1);
        QVERIFY(!window->isVisible());
    }

    void testCloseWithScheduleHidesToTrayAndSaysSoOnce()
    {
        QTemporaryDir profile;
        QVERIFY(writeSchedule(profile.path(), QStringLiteral("hourly")));
        {
            DesktopApp app(profile.path());
            MainWindow *window = app.window();
            window->setTrayCheck([] { return true; });
            window->show();
            QSignalSpy quit(window, &MainWindow::quitRequested);
            QSignalSpy notice(window, &MainWindow::trayNoticeShown);
            QVERIFY(!window->close());
            QVERIFY(!window->isVisible());
            QCOMPARE(quit.size(), 0);
            QCOMPARE(notice.size(), 1);
            window->show();
            QVERIFY(!window->close());
            QCOMPARE(notice.size(), 1);

            // Quit from the menu or the tray quits even so.
            window->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
            QCOMPARE(quit.size(), 1);
        }
        ProfileSettings saved;
        QString error;
        QVERIFY(Profile(profile.path()).load(&saved, &error));
        QVERIFY(saved.trayNoticeShown);
        QCOMPARE(saved.scheduleMode, QStringLiteral("hourly"));

        // The next start remembers it was said.
        DesktopApp again(profile.path());
        again.window()->setTrayCheck([] { return true; });
        again.window()->show();
        QSignalSpy notice(again.window(), &MainWindow::trayNoticeShown);
        QVERIFY(!again.window()->close());
        QCOMPARE(notice.size(), 0);
    }

    void testCloseWithScheduleButNoTrayQuits()
    {
        QTemporaryDir profile;
        QVERIFY(writeSchedule(profile.path(), QStringLiteral("hourly")));
        DesktopApp app(profile.path());
        MainWindow *window = app.window();
        window->setTrayCheck([] { return false; }); // GNOME's default
        window->show();
        QSignalSpy quit(window, &MainWindow::quitRequested);
        QVERIFY(window->close());
        QCOMPARE(quit.size(), 1);

        // The settings say where the scheduled runs went.
        SettingsDialog *dialog = app.openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noTrayNote"))->isVisible());
        dialog->reject();
    }

    void testSecondGuardRaisesTheFirst()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        SingleInstance second(profile.path());
        QVERIFY(!second.claim());
        QVERIFY(raised.wait(5000));
        QCOMPARE(raised.size(), 1);
    }

    void testLockOfDeadProcessDoesNotBlock()
    {
        QTemporaryDir profile;
        QFile lock(SingleInstance::lockPath(profile.path()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid()) + '\n'
                   + QCoreApplication::applicationName().toUtf8() + '\n'
                   + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        SingleInstance guard(profile.path());
        QVERIFY(guard.claim());
        QSignalSpy raised(&guard, &SingleInstance::raiseRequested);
        QVERIFY(!SingleInstance(profile.path()).claim()); // and it answers the next start
        QVERIFY(raised.wait(5000));
    }

    void testLockWithNoOneListeningDoesNotBlock()
    {
        QTemporaryDir profile;
        QLockFile held(SingleInstance::lockPath(profile.path())); // a live pid, yet no server
        QVERIFY(held.tryLock(0));
        SingleInstance guard(profile.path());
        QVERIFY(guard.claim());
    }

    void testProfilesDoNotInterfere()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QVERIFY(SingleInstance::serverName(a.path()) != SingleInstance::serverName(b.path()));
        SingleInstance first(a.path());
        SingleInstance other(b.path());
        QVERIFY(first.claim());
        QVERIFY(other.claim());
        QSignalSpy raisedA(&first, &SingleInstance::raiseRequested);
        QSignalSpy raisedB(&other, &SingleInstance::raiseRequested);
        QVERIFY(!SingleInstance(a.path()).claim());
        QVERIFY(raisedA.wait(5000));
        QTest::qWait(100);
        QCOMPARE(raisedB.size(), 0);
    }

    // The real program twice on one profile: the second ends at once, the first is raised.
    void testRealSecondStartRaisesFirst()
    {
        QTemporaryDir profile;
        QVERIFY(writeSchedule(profile.path(), QStringLiteral("off")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tandem.instance.info=true"));
        const QStringList args{QStringLiteral("--profile"), profile.path()};
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(TANDEM_EXE), args);
        QVERIFY(first.waitForStarted());
        // Up when it listens.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QLocalSocket probe;
                probe.connectToServer(SingleInstance::serverName(profile.path()));
                return probe.waitForConnected(100);
            }(),
            10000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(TANDEM_EXE), args);
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains("raise requested"),
                                 5000);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(5000));
    }

private:
    QTemporaryDir m_runtime;
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
