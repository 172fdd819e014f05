#pragma once

#include "sync/engine/recorddecision.h"

#include <QJsonObject>
#include <QString>

namespace Tandem {

// What a person recognises a record by, for the Preview and History tables: a contact's first
// and last name (or its e-mail when it has no name), a product's or company's name. The
// service's id stays beside it; this is only the label. Read from the record's flat fields,
// either side's paths ("info.name.first" on Wix, "givenName" on CRMOffice).
class RecordName
{
public:
    // Empty when the fields hold none of the known properties.
    static QString of(const QJsonObject &fields);
    // From what the run read of either side, what it writes, or what Tandem last saw (a
    // deleted record's name is in its link's base).
    static QString of(const RecordDecision &decision);
};

} // namespace Tandem
