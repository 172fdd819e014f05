#pragma once

#include <QByteArray>

namespace Tandem {

// How often and how long the HTTP client waits before it tries a failed call again.
struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    int baseDelayMs = 1000; // the wait before the second attempt
    int maxDelayMs = 60000; // no single wait is longer than this
    double jitter = 0.3; // +- this fraction, so many clients do not retry in lockstep
    int retryAfterCapMs = 120000; // a server's Retry-After is honoured up to this

    // The wait before attempt `attempt + 1` after `attempt` failed (attempt counts from 1).
    int backoffMs(int attempt) const;
    // A Retry-After value in seconds (RFC 9110 delay-seconds), or -1 when absent or unreadable.
    static int parseRetryAfterMs(const QByteArray &value);
};

} // namespace Tandem
