#include "tests/faults/expectedstate.h"

#include "sync/engine/flowpaths.h"
#include "sync/engine/matchkey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Tandem::Test {

namespace {

// A value the user left empty reads back absent, null or "" depending on the side.
QJsonValue comparable(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QJsonValue();
    return value;
}

QString shown(const QJsonValue &value)
{
    return value.isString()
        ? value.toString()
        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// The flow's first match rule on one side, normalised; empty when a part is missing.
QString matchKey(const Flow &flow, Side side, const Record &record)
{
    if (flow.matchKey.isEmpty())
        return {};
    const MatchRule &rule = flow.matchKey.first();
    const QStringList &paths = side == Side::Wix ? rule.wixPaths : rule.crmPaths;
    QStringList parts;
    for (const QString &path : paths) {
        const QString part =
            MatchKey::normalize(path, record.fields.value(path), QStringLiteral("NO"));
        if (part.isEmpty())
            return {};
        parts.append(part);
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

ExpectedState::ExpectedState(FaultsBed &bed)
    : m_bed(bed)
{}

void ExpectedState::capture()
{
    for (const Flow &flow : m_bed.mapping.flows) {
        const QHash<QString, Record> wix =
            m_bed.all(Side::Wix, FlowPaths::collection(flow, Side::Wix));
        for (const Record &r : wix)
            m_expected[flow.id].insert(r.id, FlowPaths::project(flow, Side::Wix, r.fields));
        const QHash<QString, Record> crm =
            m_bed.all(Side::CrmOffice, FlowPaths::collection(flow, Side::CrmOffice));
        for (const Record &r : crm)
            m_crmBefore[flow.id].insert(r.id);
    }
}

void ExpectedState::edited(const QString &flowId, const QString &wixId,
                           const QJsonObject &byWixPath)
{
    QJsonObject &values = m_expected[flowId][wixId];
    for (auto it = byWixPath.begin(); it != byWixPath.end(); ++it)
        values.insert(it.key(), it.value());
}

void ExpectedState::deleted(const QString &flowId, const QString &wixId, const QString &crmId)
{
    m_expected[flowId].remove(wixId);
    m_crmBefore[flowId].remove(crmId);
    m_crmGone[flowId].insert(crmId);
}

bool ExpectedState::isLive(const QString &flowId, const Link &link) const
{
    return m_expected.value(flowId).contains(link.wix.id)
        && !m_crmGone.value(flowId).contains(link.crm.id);
}

QStringList ExpectedState::problems()
{
    QStringList out;
    for (const Flow &flow : m_bed.mapping.flows)
        checkFlow(flow, out);
    return out;
}

void ExpectedState::checkFlow(const Flow &flow, QStringList &out)
{
    const QHash<QString, Record> wix = m_bed.all(Side::Wix, FlowPaths::collection(flow, Side::Wix));
    const QHash<QString, Record> crm =
        m_bed.all(Side::CrmOffice, FlowPaths::collection(flow, Side::CrmOffice));
    const QHash<QString, QJsonObject> &expected = m_expected.value(flow.id);
    const QString prefix = flow.id + QLatin1String(": ");
    if (wix.size() != expected.size())
        out << prefix
                + QStringLiteral("Wix holds %1 records, expected %2")
                      .arg(wix.size())
                      .arg(expected.size());

    QHash<QString, QString> crmOf; // Wix id -> CRM id
    QSet<QString> linkedCrm;
    for (const Link &link : m_bed.store->links(flow.id).value) {
        if (crmOf.contains(link.wix.id))
            out << prefix + QStringLiteral("Wix %1 has two links").arg(link.wix.id);
        if (linkedCrm.contains(link.crm.id))
            out << prefix + QStringLiteral("CRM %1 has two links").arg(link.crm.id);
        crmOf.insert(link.wix.id, link.crm.id);
        linkedCrm.insert(link.crm.id);
    }

    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString &wixId = it.key();
        const auto w = wix.constFind(wixId);
        if (w == wix.constEnd()) {
            out << prefix + QStringLiteral("Wix %1 is gone").arg(wixId);
            continue;
        }
        const auto c = crm.constFind(crmOf.value(wixId));
        if (!crmOf.contains(wixId) || c == crm.constEnd()) {
            out << prefix + QStringLiteral("Wix %1 has no live CRM partner").arg(wixId);
            continue;
        }
        for (const PropertyPair &pair : flow.pairs) {
            const QJsonValue want = comparable(it.value().value(pair.wixPath));
            const QJsonValue onWix = comparable(w->fields.value(pair.wixPath));
            const QJsonValue onCrm = comparable(c->fields.value(pair.crmPath));
            if (onWix != want)
                out << prefix
                        + QStringLiteral("Wix %1 %2 is '%3', expected '%4'")
                              .arg(wixId, pair.wixPath, shown(onWix), shown(want));
            if (onCrm != want)
                out << prefix
                        + QStringLiteral("CRM %1 %2 is '%3', expected '%4'")
                              .arg(c->id, pair.crmPath, shown(onCrm), shown(want));
        }
    }

    for (const QString &gone : m_crmGone.value(flow.id)) {
        if (crm.contains(gone))
            out << prefix + QStringLiteral("CRM %1 outlived its partner's deletion").arg(gone);
    }

    // No duplicates: every CRM record is linked or was there before, and each Wix match key
    // that is unique on Wix is held by exactly one CRM record.
    QHash<QString, QStringList> wixKeys, crmKeys; // match key -> record ids
    for (const Record &r : wix)
        wixKeys[matchKey(flow, Side::Wix, r)].append(r.id);
    for (const Record &r : crm) {
        crmKeys[matchKey(flow, Side::CrmOffice, r)].append(r.id);
        if (!linkedCrm.contains(r.id) && !m_crmBefore.value(flow.id).contains(r.id))
            out << prefix
                    + QStringLiteral("CRM %1 is neither linked nor seeded (a duplicate?)")
                          .arg(r.id);
    }
    for (auto it = wixKeys.begin(); it != wixKeys.end(); ++it) {
        const QStringList held = crmKeys.value(it.key());
        if (!it.key().isEmpty() && it.value().size() == 1 && held.size() != 1)
            out << prefix
                    + QStringLiteral("match key %1 of Wix %2 is held by CRM [%3]")
                          .arg(it.key(), it.value().first(), held.join(QLatin1String(", ")));
    }
}

} // namespace Tandem::Test
