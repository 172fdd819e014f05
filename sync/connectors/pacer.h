#pragma once

#include "sync/connectors/retrypolicy.h"

#include <QByteArray>

#include <climits>

namespace Tandem {

// What a pacer allows before the next request goes out.
struct PaceSlot
{
    int waitMs = 0; // wait this long first
    int maxInFlight = INT_MAX; // and have no more than this many requests out at once
};

// How fast an HttpClient sends to one service. Every time is in ms on a steady clock the
// caller reads (HttpClient's timer; a plain number in tests), so pacing is tested without
// waiting. This base paces nothing until the service refuses: after a 429 it holds every
// request for the service's Retry-After, exactly, or else for an exponential back-off.
class Pacer
{
public:
    virtual ~Pacer() = default;

    virtual PaceSlot next(qint64 nowMs, int inFlight) const;
    virtual void onSent(qint64 nowMs);
    // Any HTTP answer but a 429, with its RateLimit-Remaining header (empty when absent).
    virtual void onAnswer(qint64 nowMs, const QByteArray &rateLimitRemaining);
    // A 429 to a request sent at `sentMs`; `retryAfterMs` is -1 when the service gave none.
    // Returns how long that request waits before it goes again.
    virtual int onRateLimited(qint64 nowMs, qint64 sentMs, int retryAfterMs,
                              const RetryPolicy &policy);

protected:
    // True when the 429 is news: a request sent before the current hold began was refused
    // for the same reason and must not lengthen it.
    bool isNewRefusal(qint64 sentMs) const { return sentMs >= m_holdStartedMs; }
    int holdLeft(qint64 nowMs) const { return int(std::max<qint64>(0, m_holdUntilMs - nowMs)); }

private:
    qint64 m_holdStartedMs = -1;
    qint64 m_holdUntilMs = 0;
    int m_inARow = 0; // 429s in a row, for the back-off
};

} // namespace Tandem
