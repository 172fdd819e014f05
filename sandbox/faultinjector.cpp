#include "sandbox/faultinjector.h"

namespace Tandem::Sandbox {

FaultInjector::FaultInjector(double rate, quint32 seed)
    : m_rate(qBound(0.0, rate, 1.0))
    , m_random(seed)
{}

Fault FaultInjector::next()
{
    if (m_rate <= 0.0 || m_random.generateDouble() >= m_rate)
        return Fault::None;
    switch (m_random.bounded(4)) {
    case 0:
        return Fault::Status500;
    case 1:
        return Fault::Status503;
    case 2:
        return Fault::Drop;
    default:
        return Fault::Truncate;
    }
}

QString FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::Status500:
        return QStringLiteral("500");
    case Fault::Status503:
        return QStringLiteral("503");
    case Fault::Drop:
        return QStringLiteral("drop");
    case Fault::Truncate:
        return QStringLiteral("truncate");
    case Fault::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace Tandem::Sandbox
