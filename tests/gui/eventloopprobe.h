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

    // The gaps of one probe run: the largest, how many passed 50 and 100 ms, and the ticks.
    struct Gaps
    {
        qint64 largestMs = 0;
        int over50 = 0;
        int over100 = 0;
        int ticks = 0;
    };

    void start()
    {
        m_gaps = {};
        m_clock.start();
        m_timer.start();
    }
    void stop()
    {
        tick(); // the time since the last tick counts too
        m_timer.stop();
    }

    Gaps gaps() const { return m_gaps; }
    qint64 maxGapMs() const { return m_gaps.largestMs; }
    int ticks() const { return m_gaps.ticks; }

private:
    void tick()
    {
        const qint64 gap = m_clock.restart();
        m_gaps.largestMs = qMax(m_gaps.largestMs, gap);
        m_gaps.over50 += gap > 50 ? 1 : 0;
        m_gaps.over100 += gap > 100 ? 1 : 0;
        ++m_gaps.ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    Gaps m_gaps;
};

} // namespace Tandem::Test
