// The invariants a clean sync leaves behind (docs/architecture.md#testing).
#include "sync/engine/fieldmerge.h"
#include "sync/store/storecodec.h"
#include "tests/engine/syncmodel.h"

namespace Tandem::Test {

namespace {

const QString kContacts = QStringLiteral("Contacts");
const QString kFlow = QStringLiteral("contacts");

QString show(const QJsonValue &v)
{
    return v.isString() ? QLatin1Char('\'') + v.toString() + QLatin1Char('\'')
                        : QStringLiteral("<none>");
}

bool isClean(const RunSummary &s)
{
    const bool ok = s.status == RunRecord::Status::Ok || s.status == RunRecord::Status::Conflicts;
    int errors = 0;
    for (const FlowSummary &f : s.flows)
        errors += f.wix.counts.errors + f.crm.counts.errors;
    return ok && errors == 0;
}

QString errorsOf(const RunSummary &s)
{
    QStringList out{s.message};
    for (const FlowSummary &f : s.flows) {
        for (const RecordError &e : f.wix.errors + f.crm.errors)
            out << sideName(e.side) + QLatin1Char(' ') + e.recordId + QStringLiteral(": ")
                    + e.reason;
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

QString SyncModel::settleAndCheck()
{
    const RunSummary s = sync(true);
    note(QStringLiteral("clean sync: %1").arg(StoreCodec::fromStatus(s.status)));
    if (!isClean(s))
        return QStringLiteral("a sync without faults was not clean: %1 %2")
            .arg(StoreCodec::fromStatus(s.status), errorsOf(s));
    const QList<Link> links = m_bed.store->links(kFlow).value;
    for (const QString &why : {checkLinks(links), checkCoverage(links), checkEdits(links)}) {
        if (!why.isEmpty())
            return why;
    }
    if (QString why = checkQuiet(); !why.isEmpty())
        return why;
    if (!m_bed.store->intents().value.isEmpty())
        return QStringLiteral("intents are left in the journal after a clean sync");
    m_edits.clear();
    ++m_checks;
    return {};
}

QString SyncModel::checkLinks(const QList<Link> &links) const
{
    QSet<QPair<qint64, QString>> open;
    for (const Conflict &c : m_bed.store->openConflicts(kFlow).value)
        open.insert({c.linkId, c.field});
    const QList<PropertyPair> &pairs = m_bed.mapping.flows[0].pairs;
    for (const Link &l : links) {
        const std::optional<Record> w = m_bed.wix.get(kContacts, l.wix.id);
        const std::optional<Record> c = m_bed.crm.get(kContacts, l.crm.id);
        const QString tag = QStringLiteral("link %1 (%2, %3)").arg(l.id).arg(l.wix.id, l.crm.id);
        if (!w && !c)
            return tag + QStringLiteral(": both records of the link are gone");
        if (!w || !c) {
            // A deletion waits while the partner's edit is in an open conflict.
            bool waits = false;
            for (const QPair<qint64, QString> &o : std::as_const(open))
                waits = waits || o.first == l.id;
            if (!waits)
                return tag + QStringLiteral(": a record of the link is gone");
            continue;
        }
        if (w->token != l.wix.token || c->token != l.crm.token)
            return tag
                + QStringLiteral(": stored tokens (%1, %2) are not what the sides serve (%3, %4)")
                      .arg(l.wix.token, l.crm.token, w->token, c->token);
        for (int i = 0; i < pairs.size(); ++i) {
            const QJsonValue wv = w->fields.value(pairs[i].wixPath);
            const QJsonValue cv = c->fields.value(pairs[i].crmPath);
            const QJsonValue wb = l.wix.base.value(pairs[i].wixPath);
            const QJsonValue cb = l.crm.base.value(pairs[i].crmPath);
            const QString at = tag
                + QStringLiteral(" %1: wix %2 (base %3), crm %4 (base %5)")
                      .arg(pairs[i].wixPath, show(wv), show(wb), show(cv), show(cb));
            if (open.contains({l.id, pairs[i].wixPath})) {
                // Raw values: two edits a normalising server stores differently stay a conflict.
                if (sameValue(wv, wb) || sameValue(cv, cb) || sameValue(wv, cv))
                    return at
                        + QStringLiteral(": a conflict where the sides did not both leave the base "
                                         "differently");
                continue;
            }
            if (!agree(i, wv, cv))
                return at + QStringLiteral(": the sides disagree and no conflict explains it");
            if (!sameValue(wv, wb) || !sameValue(cv, cb))
                return at + QStringLiteral(": the base is not what the side serves");
        }
    }
    return {};
}

QString SyncModel::checkCoverage(const QList<Link> &links) const
{
    QHash<QString, int> wixLinks, crmLinks;
    for (const Link &l : links) {
        ++wixLinks[l.wix.id];
        ++crmLinks[l.crm.id];
    }
    for (const Record &w : m_bed.wix.records(kContacts)) {
        if (wixLinks.value(w.id) != 1)
            return QStringLiteral("wix %1 has %2 links, not 1").arg(w.id).arg(wixLinks.value(w.id));
    }
    for (const Record &c : m_bed.crm.records(kContacts)) {
        const int n = crmLinks.value(c.id);
        if (n > 1)
            return QStringLiteral("crm %1 has %2 links").arg(c.id).arg(n);
        if (n == 1 || m_userCreatedCrm.contains(c.id))
            continue;
        // An engine-made record is unlinked only when the contact it copies is gone (kept
        // because it was edited after that deletion); otherwise it is a duplicate.
        const QString source = m_origin.value(c.id);
        if (source.isEmpty() || m_bed.wix.get(kContacts, source))
            return QStringLiteral("crm %1 (made from wix %2) is an unlinked duplicate")
                .arg(c.id, source);
    }
    return {};
}

QString SyncModel::checkEdits(const QList<Link> &links) const
{
    Q_UNUSED(links);
    QSet<QPair<qint64, QString>> open;
    for (const Conflict &c : m_bed.store->openConflicts(kFlow).value)
        open.insert({c.linkId, c.field});
    const QList<PropertyPair> &pairs = m_bed.mapping.flows[0].pairs;
    for (const PendingEdit &e : m_edits) {
        const QString tag = QStringLiteral("edit of %1 %2 %3 to %4")
                                .arg(sideName(e.side), e.id, pairs[e.pair].wixPath, show(e.value));
        if (!side(e.side).get(kContacts, e.id))
            return tag + QStringLiteral(": the record was deleted by the sync");
        const QJsonValue now = valueOf(e.side, e.id, e.pair);
        if (!agree(e.pair, now, e.value))
            return tag + QStringLiteral(": lost, the record holds %1").arg(show(now));
        const std::optional<Link> l = m_bed.store->linkBySideId(kFlow, e.side, e.id).value;
        if (!l || open.contains({l->id, pairs[e.pair].wixPath}))
            continue;
        const QString partner = l->side(otherSide(e.side)).id;
        if (!side(otherSide(e.side)).get(kContacts, partner)) {
            // The partner's deletion waits for a person: checkLinks holds it to an open conflict.
            continue;
        }
        const QJsonValue there = valueOf(otherSide(e.side), partner, e.pair);
        if (!agree(e.pair, there, e.value))
            return tag + QStringLiteral(": the partner holds %1").arg(show(there));
    }
    return {};
}

QString SyncModel::checkQuiet()
{
    const int writes = m_bed.wix.writeCount() + m_bed.crm.writeCount();
    const int conflicts = int(m_bed.store->openConflicts(kFlow).value.size());
    const RunSummary s = sync(true);
    if (!isClean(s))
        return QStringLiteral("the sync after a clean one was not clean: %1").arg(errorsOf(s));
    if (m_bed.wix.writeCount() + m_bed.crm.writeCount() != writes)
        return QStringLiteral("the sync after a clean one wrote %1 time(s)")
            .arg(m_bed.wix.writeCount() + m_bed.crm.writeCount() - writes);
    if (m_bed.store->openConflicts(kFlow).value.size() != conflicts)
        return QStringLiteral("the sync after a clean one changed the open conflicts");
    return {};
}

} // namespace Tandem::Test
