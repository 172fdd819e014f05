#include "sync/model/record.h"

namespace Tandem {

QString sideName(Side side)
{
    return side == Side::Wix ? QStringLiteral("wix") : QStringLiteral("crmoffice");
}

QString serviceName(Side side)
{
    return side == Side::Wix ? QStringLiteral("Wix") : QStringLiteral("CRMOffice");
}

Side otherSide(Side side)
{
    return side == Side::Wix ? Side::CrmOffice : Side::Wix;
}

} // namespace Tandem
