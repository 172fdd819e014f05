#include "sandbox/wixclock.h"

#include <QDateTime>

namespace Tandem::Sandbox {

qint64 WixClock::next()
{
    m_last = qMax(QDateTime::currentMSecsSinceEpoch(), m_last + 1);
    return m_last;
}

void WixClock::observe(qint64 msecs)
{
    m_last = qMax(m_last, msecs);
}

QString WixClock::format(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)
        .toString(Qt::ISODateWithMs); // "yyyy-MM-ddTHH:mm:ss.zzzZ", without a locale's format
}

bool WixClock::parse(const QString &text, qint64 *msecs)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return false;
    *msecs = time.toMSecsSinceEpoch();
    return true;
}

} // namespace Tandem::Sandbox
