#include "sync/connectors/timeranges.h"

#include <algorithm>

namespace Tandem {

QList<qint64> TimeRanges::split(const QList<qint64> &expectedMs, int pageSize, int maxRanges)
{
    const qsizetype expected = expectedMs.size();
    if (pageSize < 3 || expected == 0)
        return {};
    const qsizetype pages = expected / (pageSize - 2) + 1;
    const int ranges = int(std::min<qsizetype>(maxRanges, pages));
    QList<qint64> splits;
    qsizetype end = 0; // past the last expected record of the ranges so far
    for (int k = 0; k + 1 < ranges; ++k) {
        const qsizetype share = pages / ranges + (k < pages % ranges ? 1 : 0);
        end += share * (pageSize - 2);
        if (end >= expected)
            break;
        const qint64 at = expectedMs.at(end - 1);
        if (splits.isEmpty() || at > splits.last())
            splits.append(at);
    }
    return splits;
}

} // namespace Tandem
