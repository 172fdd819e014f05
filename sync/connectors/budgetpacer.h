#pragma once

#include "sync/connectors/pacer.h"

namespace Tandem {

// Paces by the budget the service announces on every answer (RateLimit-Remaining, as
// CRMOffice sends it): full speed while it is comfortable; below a low-water mark, fewer
// requests out at once and a growing gap between them, so the budget runs out slowly rather
// than in a burst of 429s; on a 429, the service's Retry-After, exactly (the base's hold).
class BudgetPacer : public Pacer
{
public:
    // The gap grows to this over the low-water mark's worth of requests, in all about one
    // budget window of the services we know.
    static constexpr int slowdownMs = 1000;
    static constexpr int minLowWater = 16;

    PaceSlot next(qint64 nowMs, int inFlight) const override;
    void onSent(qint64 nowMs) override;
    void onAnswer(qint64 nowMs, const QByteArray &rateLimitRemaining) override;
    int onRateLimited(qint64 nowMs, qint64 sentMs, int retryAfterMs,
                      const RetryPolicy &policy) override;

    int lowWater() const; // a tenth of the largest budget seen, at least minLowWater

private:
    int m_remaining = -1; // the last RateLimit-Remaining; -1 before the first
    int m_budget = 0; // the largest seen
    qint64 m_lastSentMs = -1;
};

} // namespace Tandem
