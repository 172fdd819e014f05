#include "sync/connectors/pacer.h"

#include <algorithm>

namespace Tandem {

PaceSlot Pacer::next(qint64 nowMs, int inFlight) const
{
    Q_UNUSED(inFlight);
    return {holdLeft(nowMs), INT_MAX};
}

void Pacer::onSent(qint64 nowMs)
{
    Q_UNUSED(nowMs);
}

void Pacer::onAnswer(qint64 nowMs, const QByteArray &rateLimitRemaining)
{
    Q_UNUSED(nowMs);
    Q_UNUSED(rateLimitRemaining);
    m_inARow = 0;
}

int Pacer::onRateLimited(qint64 nowMs, qint64 sentMs, int retryAfterMs, const RetryPolicy &policy)
{
    if (!isNewRefusal(sentMs))
        return holdLeft(nowMs);
    ++m_inARow;
    const int wait = retryAfterMs >= 0 ? std::min(retryAfterMs, policy.retryAfterCapMs)
                                       : policy.backoffMs(m_inARow);
    m_holdStartedMs = nowMs;
    m_holdUntilMs = nowMs + wait;
    return wait;
}

} // namespace Tandem
