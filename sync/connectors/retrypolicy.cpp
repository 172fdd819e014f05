#include "sync/connectors/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Tandem {

int RetryPolicy::backoffMs(int attempt) const
{
    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min<double>(exponential, maxDelayMs);
    const double spread = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * jitter;
    return std::clamp(int(capped * (1.0 + spread)), 0, maxDelayMs);
}

int RetryPolicy::parseRetryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return -1;
    return seconds * 1000;
}

} // namespace Tandem
