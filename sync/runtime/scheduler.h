#pragma once

#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>

namespace Tandem {

// When automatic runs happen. Persisted in the profile settings; pure value, no timers.
struct Schedule
{
    enum class Mode { Off, Interval, Hourly, Daily };

    Mode mode = Mode::Off;
    int intervalMinutes = 60; // Mode::Interval, at least 1
    QTime dailyAt = QTime(3, 0); // Mode::Daily, local time

    // The first slot strictly after `from`; for Interval, `from` is the last slot (or the time
    // the schedule was set). Null when the mode is Off.
    QDateTime nextAfter(const QDateTime &from) const;

    bool operator==(const Schedule &) const = default;
};

QString scheduleModeName(Schedule::Mode mode); // "off", "interval", "hourly", "daily"
Schedule::Mode scheduleModeFromName(const QString &name, bool *ok = nullptr);

// Asks for a run at each slot of the schedule (GUI thread). It never starts anything itself:
// runDue() goes to the controller, and a slot that comes while a run goes is skipped, never
// queued; the next slot tries again.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using BusyCheck = std::function<bool()>;

    explicit Scheduler(QObject *parent = nullptr);

    void setClock(Clock clock); // for tests; the default is QDateTime::currentDateTime
    void setBusyCheck(BusyCheck busy); // true while a run goes (SyncController::isRunning)
    // Longest single timer wait: slots are re-checked against the clock at least this often,
    // so a suspended machine or a clock change does not push a slot far out.
    void setMaxWait(int msecs);

    void setSchedule(const Schedule &schedule);
    Schedule schedule() const { return m_schedule; }
    QDateTime nextRunAt() const { return m_next; } // null when off

public Q_SLOTS:
    void check(); // fires when the slot has come; the timer calls it, tests may too

Q_SIGNALS:
    void runDue();
    void slotSkipped(const QDateTime &slot); // a run was still going
    void nextRunChanged(const QDateTime &next);

private:
    void arm();
    QDateTime now() const;

    Schedule m_schedule;
    QDateTime m_next;
    QTimer m_timer;
    Clock m_clock;
    BusyCheck m_busy;
    int m_maxWait = 60 * 1000;
};

} // namespace Tandem
