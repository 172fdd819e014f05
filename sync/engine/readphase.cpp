#include "sync/engine/readphase.h"

#include "sync/engine/flowpaths.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tandem {

ReadPhase::ReadPhase(const Flow &flow, const std::atomic_bool &cancelled)
    : m_flow(flow)
    , m_cancelled(cancelled)
{}

SideChanges ReadPhase::readChanges(Connector &connector, const QDateTime &watermark,
                                   QList<qint64> expectedMs) const
{
    const Side side = connector.side();
    SideChanges out;
    out.complete = !watermark.isValid();
    const QDateTime since = watermark.isValid() ? watermark.addMSecs(-overlapMs) : QDateTime();
    const qint64 sinceMs = since.isValid() ? since.toMSecsSinceEpoch() : 0;
    expectedMs.removeIf([sinceMs](qint64 ms) { return ms <= 0 || ms < sinceMs; });
    std::sort(expectedMs.begin(), expectedMs.end());
    out.error = connector.readChangesExpecting(
        FlowPaths::collection(m_flow, side), since, expectedMs, [&](const QList<Record> &page) {
            ++out.pages;
            for (const Record &r : page) {
                if (!r.problem.isEmpty()) {
                    out.malformed.append(r);
                    continue;
                }
                if (r.updatedAt.isValid()
                    && (!out.maxUpdatedAt.isValid() || r.updatedAt > out.maxUpdatedAt))
                    out.maxUpdatedAt = r.updatedAt;
                if (r.deleted) {
                    out.records.remove(r.id);
                    out.tombstones.insert(r.id, r.updatedAt);
                    continue;
                }
                // Pages may overlap while records move: the later revision of an id wins.
                const auto seen = out.records.constFind(r.id);
                if (seen != out.records.constEnd() && seen->updatedAt > r.updatedAt)
                    continue;
                Record slim = r;
                slim.fields = FlowPaths::project(m_flow, side, r.fields);
                out.tombstones.remove(r.id);
                out.records.insert(r.id, std::move(slim));
            }
            return !m_cancelled.load();
        });
    out.readTime = connector.lastReadTime();
    return out;
}

void ReadPhase::findGone(Connector &connector, SideChanges &changes,
                         const QList<LinkIds> &links) const
{
    const int before = connector.callCount();
    scanIds(connector, changes);
    confirmGone(connector, changes, links);
    changes.idScanCalls = connector.callCount() - before;
}

void ReadPhase::scanIds(Connector &connector, SideChanges &changes) const
{
    ConnectorResult<QSet<QString>> ids =
        connector.readIds(FlowPaths::collection(m_flow, connector.side()));
    if (ids.ok()) {
        changes.existingIds = std::move(ids.value);
        return;
    }
    changes.idScanProblem = tr("could not list the ids on %1 (%2): "
                               "no deletions are taken from there this run")
                                .arg(sideName(connector.side()), ids.error.message);
}

void ReadPhase::confirmGone(Connector &connector, SideChanges &changes,
                            const QList<LinkIds> &links) const
{
    if (!changes.existingIds)
        return;
    const Side side = connector.side();
    QSet<QString> missing;
    for (const LinkIds &link : links) {
        const QString &id = link.side(side);
        if (!changes.existingIds->contains(id) && !changes.records.contains(id)
            && !changes.tombstones.contains(id))
            missing.insert(id);
    }
    if (missing.isEmpty())
        return;
    const ConnectorResult<QSet<QString>> found =
        connector.existing(FlowPaths::collection(m_flow, side), missing);
    if (found.ok()) {
        changes.existingIds->unite(found.value);
        return;
    }
    changes.existingIds.reset();
    changes.idScanProblem = tr("could not confirm on %1 that %n record(s) missing from the id "
                               "scan are gone (%2): no deletions are taken from there this run",
                               nullptr, int(missing.size()))
                                .arg(sideName(side), found.error.message);
}

SideChanges ReadPhase::readAll(Connector &connector) const
{
    return readChanges(connector, QDateTime());
}

ConnectorError ReadPhase::readOne(Connector &connector, const QString &id,
                                  SideChanges &changes) const
{
    if (changes.records.contains(id))
        return {};
    const Side side = connector.side();
    ConnectorResult<Record> r = connector.read(FlowPaths::collection(m_flow, side), id);
    if (r.error.kind == ConnectorError::Kind::NotFound)
        return {};
    if (!r.ok())
        return r.error;
    r.value.fields = FlowPaths::project(m_flow, side, r.value.fields);
    changes.records.insert(r.value.id, r.value);
    return {};
}

QString ReadPhase::movedCatalog(Connector &wix, const QString &before) const
{
    const QString now = wix.apiVersion(FlowPaths::collection(m_flow, Side::Wix));
    if (now.isEmpty() || before.isEmpty() || now == before)
        return QString();
    return now;
}

QList<LinkIds> ReadPhase::unresolved(const SideChanges &wix, const QList<LinkIds> &links)
{
    QList<LinkIds> out;
    if (!wix.existingIds)
        return out;
    for (const LinkIds &link : links) {
        if (!wix.existingIds->contains(link.wixId) && !wix.records.contains(link.wixId))
            out.append(link);
    }
    return out;
}

} // namespace Tandem
