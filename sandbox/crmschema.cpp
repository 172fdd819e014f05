#include "sandbox/crmschema.h"

#include <QRegularExpression>
#include <QSet>

namespace Tandem::Sandbox::CrmSchema {

namespace {

const QSet<QString> &readOnlyFields()
{
    static const QSet<QString> fields{QStringLiteral("id"), QStringLiteral("version"),
                                      QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                                      QStringLiteral("deleted")};
    return fields;
}

const QSet<QString> &phoneFields()
{
    static const QSet<QString> fields{QStringLiteral("directPhone"), QStringLiteral("mobilePhone"),
                                      QStringLiteral("phone")};
    return fields;
}

QStringList stringFields(CrmKind kind)
{
    if (kind == CrmKind::Contact) {
        return {QStringLiteral("givenName"),   QStringLiteral("familyName"),
                QStringLiteral("directPhone"), QStringLiteral("mobilePhone"),
                QStringLiteral("email"),       QStringLiteral("companyId")};
    }
    return {QStringLiteral("name"), QStringLiteral("orgNr"), QStringLiteral("website"),
            QStringLiteral("phone")};
}

QStringList addressFields()
{
    return {QStringLiteral("streetAddress"), QStringLiteral("postCode"),
            QStringLiteral("postalArea"), QStringLiteral("country")};
}

bool isAddress(CrmKind kind, const QString &field)
{
    return kind == CrmKind::Company
        && (field == QLatin1String("postAddress") || field == QLatin1String("visitAddress"));
}

void checkString(const QString &path, const QString &name, const QJsonValue &value,
                 QList<CrmFieldError> *errors)
{
    if (!value.isString()) {
        errors->append({path, QStringLiteral("must be a string")});
        return;
    }
    const int limit = phoneFields().contains(name) ? kMaxPhoneLength : kMaxStringLength;
    const qsizetype length = value.toString().toUcs4().size();
    if (length > limit) {
        errors->append(
            {path,
             QStringLiteral("is %1 characters long; at most %2 allowed").arg(length).arg(limit)});
    }
}

void checkAddress(const QString &field, const QJsonValue &value, QList<CrmFieldError> *errors)
{
    if (!value.isObject()) {
        errors->append({field, QStringLiteral("must be an object")});
        return;
    }
    const QJsonObject address = value.toObject();
    const QStringList known = addressFields();
    for (auto it = address.begin(); it != address.end(); ++it) {
        const QString path = field + QLatin1Char('.') + it.key();
        if (!known.contains(it.key()))
            errors->append({path, QStringLiteral("is not a field of an address")});
        else
            checkString(path, it.key(), it.value(), errors);
    }
}

} // namespace

QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else if (it.value().isObject())
            result.insert(it.key(),
                          mergePatch(result.value(it.key()).toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QList<CrmFieldError> validate(CrmKind kind, const QJsonObject &fields)
{
    QList<CrmFieldError> errors;
    const QStringList strings = stringFields(kind);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (readOnlyFields().contains(it.key()))
            errors.append({it.key(), QStringLiteral("is read-only")});
        else if (isAddress(kind, it.key()))
            checkAddress(it.key(), it.value(), &errors);
        else if (strings.contains(it.key()))
            checkString(it.key(), it.key(), it.value(), &errors);
        else
            errors.append({it.key(), QStringLiteral("is not a field of this resource")});
    }
    if (kind == CrmKind::Company) {
        const QJsonValue name = fields.value(QStringLiteral("name"));
        if (!fields.contains(QStringLiteral("name")))
            errors.append({QStringLiteral("name"), QStringLiteral("is required")});
        else if (name.isString() && name.toString().trimmed().isEmpty())
            errors.append({QStringLiteral("name"), QStringLiteral("must not be empty")});
    }
    return errors;
}

QJsonArray toJson(const QList<CrmFieldError> &errors)
{
    QJsonArray array;
    for (const CrmFieldError &error : errors) {
        array.append(QJsonObject{{QStringLiteral("field"), error.field},
                                 {QStringLiteral("message"), error.message}});
    }
    return array;
}

void normalizePhones(CrmKind kind, QJsonObject *fields)
{
    if (kind != CrmKind::Contact)
        return;
    for (const QString &field : {QStringLiteral("directPhone"), QStringLiteral("mobilePhone")}) {
        const QJsonValue value = fields->value(field);
        static const QRegularExpression whitespace(QStringLiteral("\\s"));
        if (value.isString())
            fields->insert(field, value.toString().remove(whitespace));
    }
}

} // namespace Tandem::Sandbox::CrmSchema
