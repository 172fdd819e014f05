#include "sandbox/wixrequestedfields.h"

#include "sandbox/wixreply.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox::WixRequestedFields {

const QStringList &values()
{
    static const QStringList all{u"URL"_s,
                                 u"CURRENCY"_s,
                                 u"INFO_SECTION"_s,
                                 u"MERCHANT_DATA"_s,
                                 u"PLAIN_DESCRIPTION"_s,
                                 u"INFO_SECTION_PLAIN_DESCRIPTION"_s,
                                 u"SUBSCRIPTION_PRICES_INFO"_s,
                                 u"BREADCRUMBS_INFO"_s,
                                 u"WEIGHT_MEASUREMENT_UNIT_INFO"_s,
                                 u"VARIANT_OPTION_CHOICE_NAMES"_s,
                                 u"MEDIA_ITEMS_INFO"_s,
                                 u"DESCRIPTION"_s,
                                 u"DIRECT_CATEGORIES_INFO"_s,
                                 u"ALL_CATEGORIES_INFO"_s,
                                 u"INFO_SECTION_DESCRIPTION"_s,
                                 u"THUMBNAIL"_s};
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
