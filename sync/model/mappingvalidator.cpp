#include "sync/model/mappingvalidator.h"

#include "sync/model/fieldcatalog.h"
#include "sync/model/mappingenums.h"

#include <QCoreApplication>
#include <QHash>

namespace Tandem {

namespace {

ValidationIssue rowIssue(const Flow &flow, int row, const QString &message)
{
    return {flow.id, row,
            MappingValidator::tr("Flow \"%1\", row %2: %3").arg(flow.id).arg(row).arg(message)};
}

bool isWixCrmFlow(const Flow &flow)
{
    return flow.sourceSystem.compare(QLatin1String("Wix.com"), Qt::CaseInsensitive) == 0
        && flow.targetSystem.compare(QLatin1String("CRMOffice"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool dataTypeCanHold(DataType target, DataType source)
{
    return target == source || target == DataType::String
        || (target == DataType::Number && source == DataType::Integer);
}

QList<ValidationIssue> MappingValidator::validate(const Mapping &mapping) const
{
    QList<ValidationIssue> issues;
    for (const Flow &flow : mapping.flows) {
        checkPaths(flow, &issues);
        checkTypes(flow, &issues);
        checkRequired(flow, &issues);
        checkSynced(flow, &issues);
        checkMatchKey(flow, &issues);
    }
    return issues;
}

QList<ValidationIssue> MappingValidator::unsyncedProperties(const Mapping &mapping) const
{
    QList<ValidationIssue> issues;
    for (const Flow &flow : mapping.flows)
        checkSynced(flow, &issues);
    return issues;
}

QStringList MappingValidator::messages(const QList<ValidationIssue> &issues)
{
    QStringList list;
    for (const ValidationIssue &issue : issues)
        list.append(issue.message);
    return list;
}

void MappingValidator::checkPaths(const Flow &flow, QList<ValidationIssue> *issues) const
{
    QHash<QString, int> wixRows;
    QHash<QString, int> crmRows;
    for (int i = 0; i < flow.pairs.size(); ++i) {
        const PropertyPair &pair = flow.pairs.at(i);
        const int row = i + 1;
        const QString wix = pair.wixPath.trimmed();
        const QString crm = pair.crmPath.trimmed();
        if (wix.isEmpty())
            issues->append(rowIssue(flow, row, tr("the %1 path is empty").arg(flow.sourceSystem)));
        if (crm.isEmpty())
            issues->append(rowIssue(flow, row, tr("the %1 path is empty").arg(flow.targetSystem)));
        if (!wix.isEmpty() && wixRows.contains(wix)) {
            issues->append(rowIssue(flow, row,
                                    tr("the %1 path \"%2\" is already mapped in row %3")
                                        .arg(flow.sourceSystem, wix)
                                        .arg(wixRows.value(wix))));
        }
        if (!crm.isEmpty() && crmRows.contains(crm)) {
            issues->append(rowIssue(flow, row,
                                    tr("the %1 path \"%2\" is already mapped in row %3")
                                        .arg(flow.targetSystem, crm)
                                        .arg(crmRows.value(crm))));
        }
        wixRows.insert(wix, wixRows.value(wix, row));
        crmRows.insert(crm, crmRows.value(crm, row));
    }
}

void MappingValidator::checkTypes(const Flow &flow, QList<ValidationIssue> *issues) const
{
    if (!isWixCrmFlow(flow))
        return; // the catalog only knows these two APIs
    for (int i = 0; i < flow.pairs.size(); ++i) {
        const PropertyPair &pair = flow.pairs.at(i);
        const std::optional<DataType> wixType =
            FieldCatalog::wixFieldType(flow.sourceCollection, pair.wixPath);
        const std::optional<DataType> crmType =
            FieldCatalog::crmFieldType(flow.targetCollection, pair.crmPath);
        if (pair.direction != PairDirection::CrmOfficeToWix && wixType
            && !dataTypeCanHold(pair.type, *wixType)) {
            issues->append(rowIssue(
                flow, i + 1,
                tr("\"%1\" holds %2 values, which the data type \"%3\" of \"%4\" cannot hold")
                    .arg(pair.wixPath, dataTypeName(*wixType), dataTypeName(pair.type),
                         pair.crmPath)));
        }
        // Values written to Wix come from CRMOffice: they are what the pair's type says.
        const DataType crmValues = crmType.value_or(pair.type);
        if (pair.direction != PairDirection::WixToCrmOffice && wixType
            && !dataTypeCanHold(*wixType, crmValues)) {
            issues->append(rowIssue(
                flow, i + 1,
                tr("\"%1\" on %2 holds %3 values and cannot take the %4 values of \"%5\"; make "
                   "the row one-way (wix-to-crmoffice)")
                    .arg(pair.wixPath, flow.sourceSystem, dataTypeName(*wixType),
                         dataTypeName(crmValues), pair.crmPath)));
        }
    }
}

void MappingValidator::checkSynced(const Flow &flow, QList<ValidationIssue> *issues) const
{
    if (!isWixCrmFlow(flow))
        return;
    const auto check = [&](int row, Side side, const QString &system, const QString &collection,
                           const QString &path) {
        if (path.trimmed().isEmpty() || FieldCatalog::syncedType(side, collection, path))
            return;
        QStringList offered;
        for (const FieldCatalog::Property &p : FieldCatalog::syncedProperties(side, collection))
            offered << p.path;
        issues->append(rowIssue(
            flow, row,
            tr("\"%1\" is not a property of %2 %3 that Tandem reads and writes, so it would never "
               "sync; the properties it syncs are: %4")
                .arg(path, system, collection, offered.join(QLatin1String(", ")))));
    };
    for (int i = 0; i < flow.pairs.size(); ++i) {
        const PropertyPair &pair = flow.pairs.at(i);
        check(i + 1, Side::Wix, flow.sourceSystem, flow.sourceCollection, pair.wixPath);
        check(i + 1, Side::CrmOffice, flow.targetSystem, flow.targetCollection, pair.crmPath);
    }
}

void MappingValidator::checkRequired(const Flow &flow, QList<ValidationIssue> *issues) const
{
    if (!isWixCrmFlow(flow))
        return;
    for (const QString &field : FieldCatalog::crmRequiredFields(flow.targetCollection)) {
        const bool mapped =
            std::any_of(flow.pairs.cbegin(), flow.pairs.cend(), [&](const PropertyPair &p) {
                return p.crmPath.trimmed() == field && p.direction != PairDirection::CrmOfficeToWix;
            });
        if (!mapped) {
            issues->append({flow.id, 0,
                            tr("Flow \"%1\": no row maps the required %2 field \"%3\"; %2 cannot "
                               "create a record of %4 without it")
                                .arg(flow.id, flow.targetSystem, field, flow.targetCollection)});
        }
    }
}

void MappingValidator::checkMatchKey(const Flow &flow, QList<ValidationIssue> *issues) const
{
    for (int i = 0; i < flow.matchKey.size(); ++i) {
        const MatchRule &rule = flow.matchKey.at(i);
        const bool empty = rule.wixPaths.isEmpty()
            || std::any_of(rule.wixPaths.cbegin(), rule.wixPaths.cend(),
                           [](const QString &p) { return p.trimmed().isEmpty(); })
            || std::any_of(rule.crmPaths.cbegin(), rule.crmPaths.cend(),
                           [](const QString &p) { return p.trimmed().isEmpty(); });
        if (empty || rule.wixPaths.size() != rule.crmPaths.size()) {
            issues->append({flow.id, i + 1,
                            tr("Flow \"%1\", match rule %2: every rule needs the same number of "
                               "non-empty paths on both sides")
                                .arg(flow.id)
                                .arg(i + 1)});
        }
    }
}

} // namespace Tandem
