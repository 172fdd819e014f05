#pragma once

#include "sync/engine/syncrun.h"

#include <QElapsedTimer>

#include <functional>
#include <optional>

namespace Tandem {

// Lets at most one progress report through per interval (20 per second by default), so a run
// that handles thousands of records does not flood the GUI thread's event queue. The latest
// report held back is delivered by flush() (call it when the run ends or from a timer).
class ProgressThrottle
{
public:
    using Emit = std::function<void(const RunProgress &)>;

    explicit ProgressThrottle(Emit emit, int intervalMs = 50);

    void report(const RunProgress &progress); // emits now, or holds it for later
    bool hasPending() const { return m_pending.has_value(); }
    int msUntilDue() const; // how long until a held report may go
    void flush(); // emits the held report, if any
    void reset();

private:
    Emit m_emit;
    int m_intervalMs;
    QElapsedTimer m_sinceEmit;
    std::optional<RunProgress> m_pending;
};

} // namespace Tandem
