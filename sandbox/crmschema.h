#pragma once

#include "sandbox/crmrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tandem::Sandbox {

struct CrmFieldError
{
    QString field; // dotted path: "postAddress.postCode"
    QString message;
};

// The CRMOffice record shapes (contract: docs/contracts/crmoffice.md): which fields exist,
// their types and lengths, and how a JSON merge patch applies to them.
namespace CrmSchema {

constexpr int kMaxStringLength = 255;
constexpr int kMaxPhoneLength = 40;

// RFC 7386: members of `patch` replace those of `target`, null removes, objects merge.
QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch);

// Everything wrong with a record's writable fields: unknown or read-only fields, wrong
// types, values that are too long, a missing company name. Empty when the record is valid.
QList<CrmFieldError> validate(CrmKind kind, const QJsonObject &fields);
QJsonArray toJson(const QList<CrmFieldError> &errors);

// Removes whitespace from contacts' directPhone and mobilePhone (--normalize-phones).
void normalizePhones(CrmKind kind, QJsonObject *fields);

} // namespace CrmSchema
} // namespace Tandem::Sandbox
