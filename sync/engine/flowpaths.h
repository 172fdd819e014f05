#pragma once

#include "sync/model/mapping.h"
#include "sync/model/record.h"

#include <QJsonObject>

namespace Tandem {

// Side-aware access to a flow's property pairs and collections.
namespace FlowPaths {

inline const QString &path(const PropertyPair &pair, Side side)
{
    return side == Side::Wix ? pair.wixPath : pair.crmPath;
}

inline QString collection(const Flow &flow, Side side)
{
    return side == Side::Wix ? flow.sourceCollection : flow.targetCollection;
}

// The mapped fields of a record on `side`, nothing else (keeps memory small).
QJsonObject project(const Flow &flow, Side side, const QJsonObject &fields);

// The side that creates records on the other, if any.
bool createsFrom(const Flow &flow, Side side);

} // namespace FlowPaths

} // namespace Tandem
