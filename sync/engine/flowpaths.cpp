#include "sync/engine/flowpaths.h"

namespace Tandem::FlowPaths {

QJsonObject project(const Flow &flow, Side side, const QJsonObject &fields)
{
    QJsonObject out;
    for (const PropertyPair &pair : flow.pairs) {
        const QString &p = path(pair, side);
        const auto it = fields.constFind(p);
        if (it != fields.constEnd() && !it->isNull() && !it->isUndefined())
            out.insert(p, *it);
    }
    return out;
}

bool createsFrom(const Flow &flow, Side side)
{
    switch (flow.creation) {
    case CreationDirection::WixToCrmOffice:
        return side == Side::Wix;
    case CreationDirection::CrmOfficeToWix:
        return side == Side::CrmOffice;
    case CreationDirection::LinkOnly:
        break;
    }
    return false;
}

} // namespace Tandem::FlowPaths
