#include "sync/connectors/aimdpacer.h"

#include <algorithm>
#include <cmath>

namespace Tandem {

namespace {
constexpr double kMinRate = 0.1; // one request in ten seconds
constexpr double kReportAfterGrowth = 1.2; // report a rise once it is worth a write
} // namespace

AimdPacer::AimdPacer(double perSecond)
    : m_rate(std::max(0.0, perSecond))
    , m_reported(m_rate)
{}

double AimdPacer::ratePerSecond(qint64 nowMs) const
{
    if (m_rate <= 0)
        return 0;
    const double seconds = std::max<qint64>(0, nowMs - m_rateSinceMs) / 1000.0;
    return m_rate * (1.0 + increasePerS * seconds);
}

void AimdPacer::setRate(qint64 nowMs, double perSecond)
{
    m_rate = std::max(kMinRate, perSecond);
    m_rateSinceMs = nowMs;
    m_reported = m_rate;
    if (m_changed)
        m_changed(m_rate);
}

PaceSlot AimdPacer::next(qint64 nowMs, int inFlight) const
{
    PaceSlot slot = Pacer::next(nowMs, inFlight);
    if (m_learning)
        slot.maxInFlight = 1; // one request finds out whether the service serves again
    const double rate = ratePerSecond(nowMs);
    if (rate > 0 && m_lastSentMs >= 0) {
        const double due = m_lastSentMs + 1000.0 / rate;
        slot.waitMs = std::max(slot.waitMs, int(std::ceil(due - nowMs)));
    }
    return slot;
}

void AimdPacer::onSent(qint64 nowMs)
{
    m_lastSentMs = nowMs;
    if (m_rate <= 0 && m_firstSentMs < 0)
        m_firstSentMs = nowMs;
}

void AimdPacer::onAnswer(qint64 nowMs, const QByteArray &rateLimitRemaining)
{
    Pacer::onAnswer(nowMs, rateLimitRemaining);
    if (m_learning) {
        m_learning = false;
        const double seconds = std::max<qint64>(1, nowMs - m_firstSentMs) / 1000.0;
        setRate(nowMs, m_served / seconds);
    } else if (m_rate <= 0) {
        ++m_served;
    } else if (ratePerSecond(nowMs) >= m_reported * kReportAfterGrowth) {
        m_reported = ratePerSecond(nowMs);
        if (m_changed)
            m_changed(m_reported);
    }
}

int AimdPacer::onRateLimited(qint64 nowMs, qint64 sentMs, int retryAfterMs,
                             const RetryPolicy &policy)
{
    if (isNewRefusal(sentMs)) {
        if (m_rate <= 0)
            m_learning = true;
        else if (!m_learning)
            setRate(nowMs, ratePerSecond(nowMs) * decrease);
    }
    return Pacer::onRateLimited(nowMs, sentMs, retryAfterMs, policy);
}

} // namespace Tandem
