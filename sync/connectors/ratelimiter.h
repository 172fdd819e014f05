#pragma once

#include <QElapsedTimer>

namespace Tandem {

// A token bucket: at most `burst` calls at once, refilled at `ratePerSecond`. The HTTP client
// asks it before every attempt and waits the answer, so a sync paces itself below the
// service's limit instead of collecting 429s.
class RateLimiter
{
public:
    explicit RateLimiter(double ratePerSecond = 3.0, int burst = 3);

    void configure(double ratePerSecond, int burst);
    double ratePerSecond() const { return m_rate; }

    // Takes a token when one is there (returns 0) or answers how many ms until one is.
    int tryAcquire();
    // Empties the bucket: after a 429 the service is already at its limit.
    void drain();

private:
    void refill();

    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
};

} // namespace Tandem
