#pragma once

#include "sandbox/sandboxbackend.h"

#include <QJsonValue>
#include <QStringList>

namespace Tandem::Sandbox::WixRequestedFields {

// Catalog V3's `fields` is no projection: it is an enum of extra field groups to add to the
// default answer (Wix's SDK calls it RequestedFields). Ids and revisions come without asking.
const QStringList &values();

// The groups a request asks for (`fields` absent: none), or false with *failure set to the 400
// Wix answers for a value outside the enum, naming it and its place ("fields[0]").
bool parse(const QStringList &fields, QStringList *groups, Response *failure);
bool parse(const QJsonValue &fields, QStringList *groups, Response *failure);

} // namespace Tandem::Sandbox::WixRequestedFields
