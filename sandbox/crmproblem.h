#pragma once

#include "sandbox/sandboxbackend.h"

#include <QJsonArray>
#include <QString>

namespace Tandem::Sandbox::CrmProblem {

// An RFC 9457 problem details answer (application/problem+json), as CRMOffice sends errors.
Response make(int status, const QString &detail, const QJsonArray &errors = {});

} // namespace Tandem::Sandbox::CrmProblem
