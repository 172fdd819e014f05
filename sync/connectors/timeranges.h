#pragma once

#include <QList>
#include <QtGlobal>

namespace Tandem {

// Where to split a read of changes listed in order of their time into ranges read side by
// side, from the times of the records the read is expected to list (ascending): ranges of
// whole pages, so the split costs few calls beyond one page after another.
class TimeRanges
{
public:
    // The times each range after the first starts at (strictly ascending): range k lists what
    // changed from split k-1 (or the read's start) up to and including split k; empty when one
    // range does. Each range holds about a page less two of the expected records, as one
    // record is listed twice at a split and one beyond it shows where the range ends.
    static QList<qint64> split(const QList<qint64> &expectedMs, int pageSize, int maxRanges);
};

} // namespace Tandem
