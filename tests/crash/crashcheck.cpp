#include "tests/crash/crashcheck.h"

#include "sync/engine/matchkey.h"

namespace Tandem::Test {

namespace {

// The flow's match key of a record (normalised names and phone), for counting duplicates.
QString matchKey(const CrashFlow &flow, const Record &record, bool wix)
{
    QStringList parts;
    for (const auto &pair : flow.fields) {
        const QString &path = wix ? pair.first : pair.second;
        parts << MatchKey::normalize(path, record.fields.value(path), QString());
    }
    return parts.join(QLatin1Char('|'));
}

QString idOf(const QJsonObject &link, const char *side)
{
    return link[QLatin1String(side)][QLatin1String("id")].toString();
}

} // namespace

CrashCheck::CrashCheck(CliBed &bed, const QJsonArray &links, const QJsonArray &conflicts)
    : m_bed(bed)
{
    for (const QJsonValue &link : links)
        m_links[link[QLatin1String("flow")].toString()].insert(idOf(link.toObject(), "wix"),
                                                               link.toObject());
    for (const QJsonValue &conflict : conflicts) {
        if (conflict[QLatin1String("resolution")].toString() == QLatin1String("open"))
            m_open.append(conflict.toObject());
    }
}

QHash<QString, Record> &CrashCheck::records(const CrashFlow &flow, bool wix)
{
    const QString key = (wix ? QStringLiteral("wix:") : QStringLiteral("crm:")) + flow.id;
    if (!m_records.contains(key)) {
        m_records.insert(key,
                         wix ? m_bed.records(m_bed.wix(), flow.wixCollection)
                             : m_bed.records(m_bed.crm(), flow.crmCollection));
    }
    return m_records[key];
}

const QJsonObject *CrashCheck::openConflict(const QString &flow, const QString &wixId,
                                            const QString &wixField) const
{
    const qint64 linkId = m_links.value(flow).value(wixId)[QLatin1String("id")].toInteger(-1);
    for (const QJsonObject &conflict : m_open) {
        if (conflict[QLatin1String("flow")].toString() == flow
            && conflict[QLatin1String("linkId")].toInteger() == linkId
            && conflict[QLatin1String("field")].toString() == wixField)
            return &conflict;
    }
    return nullptr;
}

QStringList CrashCheck::pairs(const CrashFlow &flow, const QSet<QString> &unlinkedCrm)
{
    QStringList problems;
    const QHash<QString, Record> &wix = records(flow, true);
    const QHash<QString, Record> &crm = records(flow, false);
    const QHash<QString, QJsonObject> &links = m_links.value(flow.id);
    QHash<QString, QPair<int, int>> keys; // match key -> (Wix records, CRMOffice records)
    QSet<QString> partners;
    for (const Record &w : wix) {
        ++keys[matchKey(flow, w, true)].first;
        const QString crmId = idOf(links.value(w.id), "crmoffice");
        if (crmId.isEmpty() || !crm.contains(crmId)) {
            problems << QStringLiteral("%1: Wix %2 has no live partner (link names \"%3\")")
                            .arg(flow.id, w.id, crmId);
            continue;
        }
        if (partners.contains(crmId))
            problems << QStringLiteral("%1: CRMOffice %2 is the partner of two Wix records")
                            .arg(flow.id, crmId);
        partners.insert(crmId);
        for (const auto &pair : flow.fields) {
            const QJsonValue a = w.fields.value(pair.first);
            const QJsonValue b = crm.value(crmId).fields.value(pair.second);
            if (a != b && !openConflict(flow.id, w.id, pair.first))
                problems << QStringLiteral("%1: Wix %2 %3 \"%4\" but CRMOffice %5 %6 \"%7\"")
                                .arg(flow.id, w.id, pair.first, a.toString(), crmId, pair.second,
                                     b.toString());
        }
    }
    for (const Record &c : crm) {
        if (unlinkedCrm.contains(c.id))
            continue;
        ++keys[matchKey(flow, c, false)].second;
        if (!partners.contains(c.id))
            problems << QStringLiteral("%1: CRMOffice %2 (%3) is linked to no Wix record")
                            .arg(flow.id, c.id, matchKey(flow, c, false));
    }
    // A field in conflict differs between the partners, and so may their keys; a record
    // made twice shares its key with its twin.
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().second > qMax(1, it.value().first))
            problems << QStringLiteral("%1: match key %2 is on %3 CRMOffice records but %4 Wix "
                                       "records")
                            .arg(flow.id, it.key())
                            .arg(it.value().second)
                            .arg(it.value().first);
    }
    for (const QString &wixId : links.keys()) {
        if (!wix.contains(wixId))
            problems << QStringLiteral("%1: a link names Wix %2, which does not exist")
                            .arg(flow.id, wixId);
    }
    return problems;
}

QStringList CrashCheck::premadeLinked(const QHash<QString, QString> &wixToCrm)
{
    QStringList problems;
    const QHash<QString, QJsonObject> &links = m_links.value(QStringLiteral("contacts"));
    for (auto it = wixToCrm.cbegin(); it != wixToCrm.cend(); ++it) {
        const QString linked = idOf(links.value(it.key()), "crmoffice");
        if (linked != it.value())
            problems << QStringLiteral("contacts: Wix %1 should be linked to the CRMOffice "
                                       "contact %2 made before the first sync, not \"%3\"")
                            .arg(it.key(), it.value(), linked);
    }
    return problems;
}

QStringList CrashCheck::editsKept(const CrashEditor &editor)
{
    QStringList problems;
    for (const FieldEdit &edit : editor.lastEdits()) {
        const CrashFlow *flow = nullptr;
        for (const CrashFlow &f : crashFlows())
            flow = f.id == edit.flow ? &f : flow;
        if (const QJsonObject *conflict = openConflict(edit.flow, edit.wixId, edit.wixField)) {
            const QString side = edit.onWix ? QStringLiteral("wix") : QStringLiteral("crmoffice");
            if (!editor.editedOnBothSides(edit))
                problems << QStringLiteral("open conflict on a field edited on one side only: ")
                        + edit.describe();
            else if ((*conflict)[side].toString() != edit.value)
                problems << QStringLiteral("the open conflict shows %1 \"%2\", not the last "
                                           "edit: %3")
                                .arg(side, (*conflict)[side].toString(), edit.describe());
            continue;
        }
        const QString crmId = idOf(m_links.value(edit.flow).value(edit.wixId), "crmoffice");
        const QString inWix =
            records(*flow, true).value(edit.wixId).fields.value(edit.wixField).toString();
        const QString inCrm =
            records(*flow, false).value(crmId).fields.value(edit.crmField).toString();
        if (inWix != edit.value || inCrm != edit.value)
            problems << QStringLiteral("lost edit (Wix holds \"%1\", CRMOffice %2 \"%3\"): %4")
                            .arg(inWix, crmId, inCrm, edit.describe());
    }
    return problems;
}

} // namespace Tandem::Test
