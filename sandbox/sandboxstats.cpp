#include "sandbox/sandboxstats.h"

namespace Tandem::Sandbox {

void SandboxStats::countRequest(const QString &route)
{
    ++m_total;
    ++m_requests[route];
}

void SandboxStats::countFault(const QString &kind)
{
    ++m_faults[kind];
}

void SandboxStats::clear()
{
    m_total = 0;
    m_rateLimited = 0;
    m_requests.clear();
    m_faults.clear();
}

QJsonObject SandboxStats::toJson() const
{
    QJsonObject requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests.insert(it.key(), it.value());
    QJsonObject faults;
    for (const char *kind : {"500", "503", "drop", "truncate"})
        faults.insert(QLatin1String(kind), m_faults.value(QLatin1String(kind)));
    return QJsonObject{{QStringLiteral("total"), m_total},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("faults"), faults},
                       {QStringLiteral("rateLimited"), m_rateLimited}};
}

} // namespace Tandem::Sandbox
