#include "sync/runtime/scheduler.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcScheduler, "tandem.scheduler")

namespace Tandem {

QDateTime Schedule::nextAfter(const QDateTime &from) const
{
    switch (mode) {
    case Mode::Off:
        return {};
    case Mode::Interval:
        return from.addSecs(qint64(std::max(1, intervalMinutes)) * 60);
    case Mode::Hourly: {
        QDateTime hour = from; // keeps the time spec of `from`
        hour.setTime(QTime(from.time().hour(), 0));
        return hour.addSecs(3600);
    }
    case Mode::Daily: {
        QDateTime slot = from;
        slot.setTime(dailyAt.isValid() ? dailyAt : QTime(3, 0));
        if (slot <= from)
            slot.setDate(from.date().addDays(1));
        return slot;
    }
    }
    return {};
}

QString scheduleModeName(Schedule::Mode mode)
{
    switch (mode) {
    case Schedule::Mode::Off:
        return QStringLiteral("off");
    case Schedule::Mode::Interval:
        return QStringLiteral("interval");
    case Schedule::Mode::Hourly:
        return QStringLiteral("hourly");
    case Schedule::Mode::Daily:
        return QStringLiteral("daily");
    }
    return QStringLiteral("off");
}

Schedule::Mode scheduleModeFromName(const QString &name, bool *ok)
{
    const Schedule::Mode modes[] = {Schedule::Mode::Off, Schedule::Mode::Interval,
                                    Schedule::Mode::Hourly, Schedule::Mode::Daily};
    for (Schedule::Mode mode : modes) {
        if (scheduleModeName(mode) == name.trimmed().toLower()) {
            if (ok)
                *ok = true;
            return mode;
        }
    }
    if (ok)
        *ok = false;
    return Schedule::Mode::Off;
}

Scheduler::Scheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::check);
}

void Scheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
    arm();
}

void Scheduler::setBusyCheck(BusyCheck busy)
{
    m_busy = std::move(busy);
}

void Scheduler::setMaxWait(int msecs)
{
    m_maxWait = std::max(10, msecs);
    arm();
}

void Scheduler::setSchedule(const Schedule &schedule)
{
    m_schedule = schedule;
    m_next = m_schedule.nextAfter(now());
    qCInfo(lcScheduler) << "schedule" << scheduleModeName(m_schedule.mode) << "next run at"
                        << m_next;
    arm();
    Q_EMIT nextRunChanged(m_next);
}

void Scheduler::check()
{
    if (!m_next.isValid())
        return;
    const QDateTime current = now();
    if (current < m_next) {
        arm();
        return;
    }
    const QDateTime slot = m_next;
    // Slots missed while the machine slept collapse into this one run.
    QDateTime next = m_schedule.nextAfter(slot);
    while (next.isValid() && next <= current)
        next = m_schedule.nextAfter(next);
    m_next = next;
    arm();
    Q_EMIT nextRunChanged(m_next);

    if (m_busy && m_busy()) {
        qCInfo(lcScheduler) << "run still going at" << slot << "- skipped, next at" << m_next;
        Q_EMIT slotSkipped(slot);
        return;
    }
    Q_EMIT runDue();
}

void Scheduler::arm()
{
    m_timer.stop();
    if (!m_next.isValid())
        return;
    const qint64 wait = std::clamp<qint64>(now().msecsTo(m_next), 0, m_maxWait);
    m_timer.start(int(wait));
}

QDateTime Scheduler::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

} // namespace Tandem
