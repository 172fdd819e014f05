#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace Tandem::Test {

// Measures how long the thread's event loop goes without answering: a 10 ms timer notes the
// largest gap between its ticks. A GUI thread that waits on the network or the database shows
// up as a gap of that wait's length.
class EventLoopProbe
{
public:
    EventLoopProbe()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_maxGap = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop()
    {
        tick(); // the time since the last tick counts too
        m_timer.stop();
    }

    qint64 maxGapMs() const { return m_maxGap; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        m_maxGap = qMax(m_maxGap, m_clock.restart());
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

} // namespace Tandem::Test
