#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Tandem::Sandbox {

// Counters behind GET /__sandbox/stats: requests by "METHOD route", faults by kind, 429s.
class SandboxStats
{
public:
    void countRequest(const QString &route);
    void countFault(const QString &kind);
    void countRateLimited() { ++m_rateLimited; }
    void clear();

    int total() const { return m_total; }
    // {"total": n, "requests": {"GET /api/v1/contacts": n}, "faults": {"500": n, "503": n,
    //  "drop": n, "truncate": n}, "rateLimited": n}
    QJsonObject toJson() const;

private:
    int m_total = 0;
    int m_rateLimited = 0;
    QHash<QString, int> m_requests;
    QHash<QString, int> m_faults;
};

} // namespace Tandem::Sandbox
