#include "sync/runtime/progressthrottle.h"

#include <algorithm>

namespace Tandem {

ProgressThrottle::ProgressThrottle(Emit emit, int intervalMs)
    : m_emit(std::move(emit))
    , m_intervalMs(intervalMs)
{}

void ProgressThrottle::report(const RunProgress &progress)
{
    // A flow's or phase's last count is never dropped: the bar must be seen to reach its end.
    if (m_pending && (m_pending->flowId != progress.flowId || m_pending->phase != progress.phase))
        flush();
    if (!m_sinceEmit.isValid() || m_sinceEmit.elapsed() >= m_intervalMs) {
        m_pending.reset();
        m_sinceEmit.start();
        m_emit(progress);
        return;
    }
    m_pending = progress;
}

int ProgressThrottle::msUntilDue() const
{
    if (!m_sinceEmit.isValid())
        return 0;
    return int(std::max<qint64>(0, m_intervalMs - m_sinceEmit.elapsed()));
}

void ProgressThrottle::flush()
{
    if (!m_pending)
        return;
    const RunProgress progress = *m_pending;
    m_pending.reset();
    m_sinceEmit.start();
    m_emit(progress);
}

void ProgressThrottle::reset()
{
    m_pending.reset();
    m_sinceEmit.invalidate();
}

} // namespace Tandem
