#include "sync/engine/recordname.h"

#include <QStringList>

namespace Tandem {

namespace {

// Each service's paths of one property, Wix first.
struct Paths
{
    const char *wix;
    const char *crm;
};

constexpr Paths kFirstName{"info.name.first", "givenName"};
constexpr Paths kLastName{"info.name.last", "familyName"};
constexpr Paths kEmail{"primaryInfo.email", "email"};
constexpr Paths kName{"name", "name"}; // Wix products, CRMOffice companies

QString text(const QJsonObject &fields, const Paths &paths)
{
    for (const char *path : {paths.wix, paths.crm}) {
        const QString value = fields.value(QLatin1String(path)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QString RecordName::of(const QJsonObject &fields)
{
    QStringList person;
    for (const Paths &part : {kFirstName, kLastName}) {
        const QString value = text(fields, part);
        if (!value.isEmpty())
            person << value;
    }
    if (!person.isEmpty())
        return person.join(QLatin1Char(' '));
    const QString name = text(fields, kName);
    return name.isEmpty() ? text(fields, kEmail) : name;
}

QString RecordName::of(const RecordDecision &d)
{
    QList<const QJsonObject *> sources;
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        if (const std::optional<Record> &record = d.current[side])
            sources << &record->fields;
    }
    for (Side side : {Side::Wix, Side::CrmOffice})
        sources << &d.writes[side] << &d.seen[side];
    sources << &d.link.wix.base << &d.link.crm.base;
    for (const QJsonObject *fields : std::as_const(sources)) {
        const QString name = of(*fields);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace Tandem
