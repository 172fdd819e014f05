#include "sync/runtime/scheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Tandem;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

Schedule interval(int minutes)
{
    Schedule schedule;
    schedule.mode = Schedule::Mode::Interval;
    schedule.intervalMinutes = minutes;
    return schedule;
}

Schedule daily(QTime at)
{
    Schedule schedule;
    schedule.mode = Schedule::Mode::Daily;
    schedule.dailyAt = at;
    return schedule;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOffHasNoNextRun()
    {
        QVERIFY(!Schedule{}.nextAfter(utc(2026, 3, 1, 10, 0)).isValid());
        Scheduler scheduler;
        scheduler.setSchedule(Schedule{});
        QVERIFY(!scheduler.nextRunAt().isValid());
    }

    void testIntervalAddsMinutes()
    {
        QCOMPARE(interval(15).nextAfter(utc(2026, 3, 1, 10, 50)), utc(2026, 3, 1, 11, 5));
        // A nonsense interval still means "every minute", never a busy loop.
        QCOMPARE(interval(0).nextAfter(utc(2026, 3, 1, 10, 50)), utc(2026, 3, 1, 10, 51));
    }

    void testHourlyIsOnTheHour()
    {
        Schedule hourly;
        hourly.mode = Schedule::Mode::Hourly;
        QCOMPARE(hourly.nextAfter(utc(2026, 3, 1, 10, 0)), utc(2026, 3, 1, 11, 0));
        QCOMPARE(hourly.nextAfter(utc(2026, 3, 1, 10, 59, 59)), utc(2026, 3, 1, 11, 0));
        QCOMPARE(hourly.nextAfter(utc(2026, 3, 1, 23, 30)), utc(2026, 3, 2, 0, 0));
    }

    void testDailyTodayOrTomorrow()
    {
        const Schedule at3 = daily(QTime(3, 0));
        QCOMPARE(at3.nextAfter(utc(2026, 3, 1, 2, 59)), utc(2026, 3, 1, 3, 0));
        QCOMPARE(at3.nextAfter(utc(2026, 3, 1, 3, 0)), utc(2026, 3, 2, 3, 0));
        QCOMPARE(at3.nextAfter(utc(2026, 12, 31, 22, 0)), utc(2027, 1, 1, 3, 0));
    }

    void testModeNamesRoundTrip()
    {
        for (auto mode : {Schedule::Mode::Off, Schedule::Mode::Interval, Schedule::Mode::Hourly,
                          Schedule::Mode::Daily}) {
            bool ok = false;
            QCOMPARE(scheduleModeFromName(scheduleModeName(mode), &ok), mode);
            QVERIFY(ok);
        }
        bool ok = true;
        scheduleModeFromName(QStringLiteral("weekly"), &ok);
        QVERIFY(!ok);
    }

    void testFiresAtSlotAndMovesOn()
    {
        QDateTime now = utc(2026, 3, 1, 10, 0);
        Scheduler scheduler;
        scheduler.setClock([&now] { return now; });
        scheduler.setSchedule(interval(30));
        QCOMPARE(scheduler.nextRunAt(), utc(2026, 3, 1, 10, 30));

        QSignalSpy due(&scheduler, &Scheduler::runDue);
        now = utc(2026, 3, 1, 10, 29, 59);
        scheduler.check();
        QCOMPARE(due.count(), 0);

        now = utc(2026, 3, 1, 10, 30);
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.nextRunAt(), utc(2026, 3, 1, 11, 0));

        scheduler.check(); // the same slot never fires twice
        QCOMPARE(due.count(), 1);
    }

    void testMissedSlotsCollapseIntoOneRun()
    {
        QDateTime now = utc(2026, 3, 1, 10, 0);
        Scheduler scheduler;
        scheduler.setClock([&now] { return now; });
        scheduler.setSchedule(interval(10));
        QSignalSpy due(&scheduler, &Scheduler::runDue);

        now = utc(2026, 3, 1, 12, 5); // the machine slept through twelve slots
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.nextRunAt(), utc(2026, 3, 1, 12, 10));
    }

    void testBusySlotIsSkippedNotQueued()
    {
        QDateTime now = utc(2026, 3, 1, 10, 0);
        bool busy = true;
        Scheduler scheduler;
        scheduler.setClock([&now] { return now; });
        scheduler.setBusyCheck([&busy] { return busy; });
        scheduler.setSchedule(interval(5));
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QSignalSpy skipped(&scheduler, &Scheduler::slotSkipped);

        now = utc(2026, 3, 1, 10, 5);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        QCOMPARE(skipped.count(), 1);

        busy = false; // the run ended: nothing fires until the next slot
        scheduler.check();
        QCOMPARE(due.count(), 0);

        now = utc(2026, 3, 1, 10, 10);
        scheduler.check();
        QCOMPARE(due.count(), 1);
    }

    void testTimerFiresWithoutHelp()
    {
        // A clock that runs with real time but starts 300 ms before a daily slot.
        QElapsedTimer elapsed;
        elapsed.start();
        const QDateTime base = utc(2026, 3, 1, 2, 59, 59).addMSecs(700);
        Scheduler scheduler;
        scheduler.setClock([&] { return base.addMSecs(elapsed.elapsed()); });
        scheduler.setSchedule(daily(QTime(3, 0)));
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QVERIFY(due.wait(3000));
        QCOMPARE(due.count(), 1);
        QCOMPARE(scheduler.nextRunAt(), utc(2026, 3, 2, 3, 0));
    }

    void testShortMaxWaitRechecksTheClock()
    {
        // The clock jumps ahead (suspend, clock change); the capped timer notices on its own.
        QDateTime now = utc(2026, 3, 1, 10, 0);
        Scheduler scheduler;
        scheduler.setClock([&now] { return now; });
        scheduler.setMaxWait(50);
        scheduler.setSchedule(interval(60));
        QSignalSpy due(&scheduler, &Scheduler::runDue);
        QTest::qWait(120);
        QCOMPARE(due.count(), 0);
        now = utc(2026, 3, 1, 11, 0);
        QVERIFY(due.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
