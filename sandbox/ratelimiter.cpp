#include "sandbox/ratelimiter.h"

namespace Tandem::Sandbox {

namespace {
constexpr qint64 kWindowMs = 1000;
// What RateLimit-Remaining says when no limit is configured: a quota a client never reaches.
constexpr int kUnlimitedRemaining = 10000;
} // namespace

RateLimiter::RateLimiter(int perSecond)
    : m_perSecond(qMax(0, perSecond))
{}

RateLimiter::Decision RateLimiter::take(qint64 nowMs)
{
    Decision decision;
    if (!limited()) {
        decision.remaining = kUnlimitedRemaining;
        return decision;
    }
    while (!m_admitted.empty() && m_admitted.front() <= nowMs - kWindowMs)
        m_admitted.pop_front();
    if (int(m_admitted.size()) >= m_perSecond) {
        const qint64 waitMs = m_admitted.front() + kWindowMs - nowMs;
        decision.allowed = false;
        decision.retryAfterSeconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
        return decision;
    }
    m_admitted.push_back(nowMs);
    decision.remaining = m_perSecond - int(m_admitted.size());
    return decision;
}

} // namespace Tandem::Sandbox
