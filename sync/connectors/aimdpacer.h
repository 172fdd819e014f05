#pragma once

#include "sync/connectors/pacer.h"

#include <functional>

namespace Tandem {

// Paces a service that tells nothing until it refuses (Wix: a 429, usually without
// Retry-After). Unpaced until the first 429; then it paces at the rate the service served
// before it: the requests answered since pacing began, over the time until it answered again.
// Each later 429 cuts the rate (multiplicative decrease); 429-free time raises it slowly
// (additive increase). The rate is reported as it changes, for the profile to remember, and a
// remembered rate is where the next run starts.
class AimdPacer : public Pacer
{
public:
    using RateChanged = std::function<void(double perSecond)>;

    static constexpr double decrease = 0.7; // the rate kept after a 429
    static constexpr double increasePerS = 0.02; // of the learned rate, each 429-free second

    explicit AimdPacer(double perSecond = 0); // 0: unpaced until the first 429
    void setRateChanged(RateChanged changed) { m_changed = std::move(changed); }
    double ratePerSecond(qint64 nowMs) const; // 0 while unpaced

    PaceSlot next(qint64 nowMs, int inFlight) const override;
    void onSent(qint64 nowMs) override;
    void onAnswer(qint64 nowMs, const QByteArray &rateLimitRemaining) override;
    int onRateLimited(qint64 nowMs, qint64 sentMs, int retryAfterMs,
                      const RetryPolicy &policy) override;

private:
    void setRate(qint64 nowMs, double perSecond);

    double m_rate = 0; // at m_rateSinceMs; grows from there
    qint64 m_rateSinceMs = 0;
    double m_reported = 0; // the last rate handed to m_changed
    qint64 m_firstSentMs = -1; // of the unpaced stretch
    qint64 m_lastSentMs = -1;
    int m_served = 0; // answered in the unpaced stretch
    bool m_learning = false; // refused while unpaced: the next answer sets the rate
    RateChanged m_changed;
};

} // namespace Tandem
