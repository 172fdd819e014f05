#pragma once

#include <QString>
#include <QtGlobal>

namespace Tandem::Sandbox {

// Hands out change times for one fake Wix server: wall clock, but strictly increasing, so a
// client filtering "updatedDate $gt <watermark>" never misses a record written in the same ms.
class WixClock
{
public:
    qint64 next();
    void observe(qint64 msecs); // a loaded or seeded time; later times stay above it
    void reset() { m_last = 0; }

    static QString format(qint64 msecs); // RFC 3339 UTC with milliseconds
    static bool parse(const QString &text, qint64 *msecs);

private:
    qint64 m_last = 0;
};

} // namespace Tandem::Sandbox
