#include "tests/crash/crashedits.h"

namespace Tandem::Test {

const QList<CrashFlow> &crashFlows()
{
    static const QList<CrashFlow> flows{
        {QStringLiteral("contacts"),
         QStringLiteral("contacts"),
         QStringLiteral("contacts"),
         {{QStringLiteral("info.name.first"), QStringLiteral("givenName")},
          {QStringLiteral("info.name.last"), QStringLiteral("familyName")},
          {QStringLiteral("primaryInfo.phone"), QStringLiteral("directPhone")}}},
        {QStringLiteral("products"),
         QStringLiteral("products"),
         QStringLiteral("companies"),
         {{QStringLiteral("name"), QStringLiteral("name")}}}};
    return flows;
}

QString FieldEdit::describe() const
{
    return QStringLiteral("round %1: %2 %3 %4 (Wix id %5) = \"%6\"")
        .arg(round)
        .arg(onWix ? QStringLiteral("Wix") : QStringLiteral("CRMOffice"), flow,
             onWix ? wixField : crmField, wixId, value);
}

CrashEditor::CrashEditor(CliBed &bed, QRandomGenerator &random)
    : m_bed(bed)
    , m_random(random)
{}

bool CrashEditor::editRound(int round, const QJsonArray &links, QStringList &log)
{
    const int edits = m_random.bounded(2, 5);
    for (int i = 0; i < edits; ++i) {
        if (!editOne(round, links, log))
            return false;
    }
    // New people keep giving the next run creates to be killed in the middle of.
    return createContact(round, log) && createContact(round, log);
}

QString CrashEditor::newValue(const QString &wixField, int round)
{
    const int serial = ++m_serial;
    if (wixField == QLatin1String("primaryInfo.phone"))
        return QStringLiteral("+4745%1%2")
            .arg(round, 2, 10, QLatin1Char('0'))
            .arg(serial, 4, 10, QLatin1Char('0'));
    if (wixField == QLatin1String("name"))
        return QStringLiteral("Renamed %1-%2 AS").arg(round).arg(serial);
    return QStringLiteral("Edit%1x%2").arg(round).arg(serial);
}

bool CrashEditor::editOne(int round, const QJsonArray &links, QStringList &log)
{
    const CrashFlow &flow = crashFlows().at(m_random.bounded(4) == 0 ? 1 : 0);
    const auto &pair = flow.fields.at(m_random.bounded(int(flow.fields.size())));
    FieldEdit edit{flow.id, {}, pair.first, pair.second, m_random.bounded(2) == 0, {}, round};
    edit.value = newValue(pair.first, round);

    QString targetId;
    if (edit.onWix) {
        QStringList ids = m_bed.records(m_bed.wix(), flow.wixCollection).keys();
        ids.sort(); // QHash order differs per process; a replay must pick the same record
        if (ids.isEmpty())
            return true;
        edit.wixId = targetId = ids.at(m_random.bounded(int(ids.size())));
    } else {
        QList<QJsonObject> linked;
        for (const QJsonValue &link : links) {
            if (link[QLatin1String("flow")].toString() == flow.id)
                linked.append(link.toObject());
        }
        if (linked.isEmpty())
            return true; // nothing a CRMOffice user would know as synced yet
        const QJsonObject link = linked.at(m_random.bounded(int(linked.size())));
        edit.wixId = link[QLatin1String("wix")][QLatin1String("id")].toString();
        targetId = link[QLatin1String("crmoffice")][QLatin1String("id")].toString();
    }

    Connector &connector = edit.onWix ? static_cast<Connector &>(m_bed.wix()) : m_bed.crm();
    const QString &collection = edit.onWix ? flow.wixCollection : flow.crmCollection;
    const QString &path = edit.onWix ? edit.wixField : edit.crmField;
    const ConnectorResult<Record> current = connector.read(collection, targetId);
    const bool ok = current.ok()
        && connector.update(collection, targetId, current.value.token, {{path, edit.value}}).ok();
    log << (ok ? QString() : QStringLiteral("FAILED ")) + edit.describe();
    if (ok)
        m_edits.append(edit);
    return ok;
}

bool CrashEditor::createContact(int round, QStringList &log)
{
    const int serial = ++m_serial;
    const QJsonObject fields{
        {QStringLiteral("info.name.first"), QStringLiteral("New%1").arg(serial)},
        {QStringLiteral("info.name.last"), QStringLiteral("Round%1").arg(round)},
        {QStringLiteral("primaryInfo.phone"),
         QStringLiteral("+4746%1").arg(serial, 6, 10, QLatin1Char('0'))}};
    const ConnectorResult<Record> made = m_bed.wix().create(QStringLiteral("contacts"), fields);
    log << QStringLiteral("round %1: %2Wix contact New%3 Round%1 (Wix id %4)")
               .arg(round)
               .arg(made.ok() ? QStringLiteral("new ") : QStringLiteral("FAILED new "))
               .arg(serial)
               .arg(made.value.id);
    return made.ok();
}

QList<FieldEdit> CrashEditor::lastEdits() const
{
    QHash<QString, FieldEdit> last;
    for (const FieldEdit &edit : m_edits)
        last.insert(edit.flow + edit.wixId + edit.wixField, edit);
    return last.values();
}

bool CrashEditor::editedOnBothSides(const FieldEdit &edit) const
{
    bool wix = false;
    bool crm = false;
    for (const FieldEdit &e : m_edits) {
        if (e.flow == edit.flow && e.wixId == edit.wixId && e.wixField == edit.wixField)
            (e.onWix ? wix : crm) = true;
    }
    return wix && crm;
}

} // namespace Tandem::Test
