#pragma once

#include "sync/engine/syncrun.h"

#include <QString>

namespace Tandem::Cli {

// The one progress line on stderr ("contacts: applying 120/400"), redrawn in place. Only
// when stderr is a terminal: logs and pipes get no carriage-return noise.
class ProgressLine
{
public:
    ProgressLine(); // enabled iff stderr is a terminal
    explicit ProgressLine(bool enabled);
    ~ProgressLine();

    void show(const RunProgress &progress);
    void clear();

    static QString text(const RunProgress &progress);

private:
    bool m_enabled;
    bool m_shown = false;
};

} // namespace Tandem::Cli
