#include "wixrequestedfields.h"

#include "wixreply.h"

#include <QJsonArray>

namespace Tandem::Sandbox::WixRequestedFields {

const QStringList &values()
{
    static const QStringList all{"URL",
                                 "CURRENCY",
                                 "INFO_SECTION",
                                 "MERCHANT_DATA",
                                 "PLAIN_DESCRIPTION",
                                 "INFO_SECTION_PLAIN_DESCRIPTION",
                                 "SUBSCRIPTION_PRICES_INFO",
                                 "BREADCRUMBS_INFO",
                                 "WEIGHT_MEASUREMENT_UNIT_INFO",
                                 "VARIANT_OPTION_CHOICE_NAMES",
                                 "MEDIA_ITEMS_INFO",
                                 "DESCRIPTION",
                                 "DIRECT_CATEGORIES_INFO",
                                 "ALL_CATEGORIES_INFO",
                                 "INFO_SECTION_DESCRIPTION",
                                 "THUMBNAIL"};
    return all;
}

bool parse(const QStringList &fields, QStringList *groups, Response *failure)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!values().contains(fields.at(i))) {
            *failure = WixReply::invalidEnum(QStringLiteral("fields[%1]").arg(i), fields.at(i));
            return false;
        }
    }
    *groups = fields;
    return true;
}

bool parse(const QJsonValue &fields, QStringList *groups, Response *failure)
{
    if (fields.isUndefined() || fields.isNull()) {
        groups->clear();
        return true;
    }
    if (!fields.isArray()) {
        *failure = WixReply::invalid(QStringLiteral("fields"),
                                     QStringLiteral("must be a list of field groups"));
        return false;
    }
    QStringList names;
    const QJsonArray array = fields.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *failure = WixReply::invalidEnum(QStringLiteral("fields[%1]").arg(i),
                                             array.at(i).toVariant().toString());
            return false;
        }
        names.append(array.at(i).toString());
    }
    return parse(names, groups, failure);
}

} // namespace Tandem::Sandbox::WixRequestedFields
