#pragma once

#include <QtGlobal>

#include <deque>

namespace Tandem::Sandbox {

// A sliding one-second window: at most `perSecond` requests are admitted in any second.
// Unlimited, it still reports a remaining quota (10000) so RateLimit-Remaining is always set.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int remaining = 0; // admissions left in the current window
        int retryAfterSeconds = 0; // when refused: whole seconds until a slot frees (>= 1)
    };

    explicit RateLimiter(int perSecond = 0); // 0: unlimited

    bool limited() const { return m_perSecond > 0; }
    int perSecond() const { return m_perSecond; }
    Decision take(qint64 nowMs);
    void clear() { m_admitted.clear(); }

private:
    int m_perSecond;
    std::deque<qint64> m_admitted; // admission times inside the window, oldest first
};

} // namespace Tandem::Sandbox
