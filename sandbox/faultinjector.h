#pragma once

#include <QRandomGenerator>
#include <QString>

namespace Tandem::Sandbox {

// The faults the HTTP front can inject instead of (or on top of) a backend's answer.
enum class Fault { None, Status500, Status503, Drop, Truncate };

// Picks, for each request, whether to inject a fault and which: with probability `rate` one of
// the four kinds, uniformly. Seeded, so a run with a given seed injects the same sequence.
class FaultInjector
{
public:
    explicit FaultInjector(double rate = 0.0, quint32 seed = 1);

    double rate() const { return m_rate; }
    Fault next();

    static QString name(Fault fault); // "500", "503", "drop", "truncate"

private:
    double m_rate;
    QRandomGenerator m_random;
};

} // namespace Tandem::Sandbox
