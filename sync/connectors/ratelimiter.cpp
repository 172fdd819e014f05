#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Tandem {

RateLimiter::RateLimiter(double ratePerSecond, int burst)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst)
{
    m_clock.start();
}

void RateLimiter::configure(double ratePerSecond, int burst)
{
    m_rate = ratePerSecond;
    m_burst = std::max(1, burst);
    m_tokens = std::min(m_tokens, m_burst);
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(m_burst, m_tokens + (now - m_lastMs) * m_rate / 1000.0);
    m_lastMs = now;
}

int RateLimiter::tryAcquire()
{
    if (m_rate <= 0) // unlimited
        return 0;
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
}

void RateLimiter::drain()
{
    refill();
    m_tokens = std::min(m_tokens, 0.0);
}

} // namespace Tandem
