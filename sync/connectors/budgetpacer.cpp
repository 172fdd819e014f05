#include "sync/connectors/budgetpacer.h"

#include <algorithm>
#include <cmath>

namespace Tandem {

int BudgetPacer::lowWater() const
{
    return std::max(minLowWater, m_budget / 10);
}

PaceSlot BudgetPacer::next(qint64 nowMs, int inFlight) const
{
    PaceSlot slot = Pacer::next(nowMs, inFlight);
    const int low = lowWater();
    if (m_remaining < 0 || m_remaining >= low)
        return slot;
    // The last answer's figure does not count the requests still out: allow half of it.
    slot.maxInFlight = std::max(1, m_remaining / 2);
    // From no gap at the mark to 2 * slowdownMs / low at zero: about slowdownMs in all.
    const double gap = 2.0 * slowdownMs * (low - m_remaining) / (double(low) * low);
    if (m_lastSentMs >= 0)
        slot.waitMs = std::max(slot.waitMs, int(std::ceil(m_lastSentMs + gap - nowMs)));
    return slot;
}

void BudgetPacer::onSent(qint64 nowMs)
{
    m_lastSentMs = nowMs;
}

void BudgetPacer::onAnswer(qint64 nowMs, const QByteArray &rateLimitRemaining)
{
    Pacer::onAnswer(nowMs, rateLimitRemaining);
    bool ok = false;
    const int remaining = rateLimitRemaining.trimmed().toInt(&ok);
    if (!ok || remaining < 0)
        return;
    m_remaining = remaining;
    m_budget = std::max(m_budget, remaining);
}

int BudgetPacer::onRateLimited(qint64 nowMs, qint64 sentMs, int retryAfterMs,
                               const RetryPolicy &policy)
{
    m_remaining = 0; // after the hold, one request at a time until an answer tells more
    return Pacer::onRateLimited(nowMs, sentMs, retryAfterMs, policy);
}

} // namespace Tandem
