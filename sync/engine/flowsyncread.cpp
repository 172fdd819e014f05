// What one flow's run loads before it reconciles: its links and their conflicts, both sides'
// reads (through ReadPhase), and the journal of an interrupted run with the records it needs.
#include "sync/engine/flowsync.h"
#include "sync/engine/intentresolver.h"
#include "sync/engine/mappingfingerprint.h"

#include <QCoreApplication>

namespace Tandem {

namespace {

qint64 msOf(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

} // namespace

bool FlowSync::loadLinks(Result &result)
{
    StoreRead<QList<LinkIds>> links = m_ctx.store.linkIds(m_ctx.flow.id);
    if (!stateRead(links.error, tr("the links"), result))
        return false;
    m_links = std::move(links.value);
    const StoreRead<QList<qint64>> withConflicts = m_ctx.store.conflictedLinkIds(m_ctx.flow.id);
    if (!stateRead(withConflicts.error, tr("the conflicts"), result))
        return false;
    for (qint64 linkId : withConflicts.value) {
        const StoreRead<QList<Conflict>> conflicts = m_ctx.store.conflictsForLink(linkId);
        if (!stateRead(conflicts.error, tr("the conflicts"), result))
            return false;
        m_conflicts.insert(linkId, conflicts.value);
    }
    return true;
}

bool FlowSync::read(Result &result)
{
    const StoreRead<QString> fingerprint = m_ctx.store.value(mappingFingerprintKey(m_ctx.flow.id));
    if (!stateRead(fingerprint.error, tr("the mapping fingerprint"), result))
        return false;
    const bool full = mappingChanged(fingerprint.value, result);
    m_readInFull = full;
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        SideChanges &changes = m_changes[side];
        const StoreRead<QDateTime> since = m_ctx.store.watermark(m_ctx.flow.id, side);
        if (!stateRead(since.error, tr("the watermark"), result))
            return false;
        m_since[side] = since.value;
        QList<qint64> expected;
        expected.reserve(m_links.size());
        for (const LinkIds &link : std::as_const(m_links))
            expected.append(link.updatedMs(side));
        changes = m_reader.readChanges(connector(side), full ? QDateTime() : since.value,
                                       std::move(expected));
        if (changes.error.ok())
            continue;
        if (changes.error.kind == ConnectorError::Kind::Unsupported) {
            result.summary.skipped = true;
            result.summary.skipReason = changes.error.message;
            m_ctx.log(tr("%1: skipped: %2").arg(m_ctx.flow.id, changes.error.message));
        } else if (changes.error.kind == ConnectorError::Kind::Cancelled
                   || m_ctx.cancelled.load()) {
            result.cancelled = true;
        } else {
            result.failed = true;
            result.message = tr("%1: reading %2 failed: %3")
                                 .arg(m_ctx.flow.id, serviceName(side), changes.error.message);
            if (changes.error.kind == ConnectorError::Kind::Transient
                || changes.error.kind == ConnectorError::Kind::Auth)
                result.unavailable = side;
        }
        return false;
    }
    if (!checkCatalogMove(result) || !reportMalformed(result))
        return false;
    const StoreRead<QList<Intent>> intents = m_ctx.store.intents(m_ctx.flow.id);
    if (!stateRead(intents.error, tr("the intent journal"), result))
        return false;
    for (const Intent &intent : intents.value)
        (intent.linkId ? m_updates : m_intents).append(intent);
    // Wix keeps no tombstones: the id scan finds its deletions (only worth it with links,
    // counting those the journal of an interrupted run is about to make).
    if (!m_links.isEmpty() || !m_intents.isEmpty()) {
        SideChanges &wix = m_changes[Side::Wix];
        m_reader.findGone(m_ctx.wix, wix, m_links);
        if (!wix.idScanProblem.isEmpty()) {
            m_ctx.log(m_ctx.flow.id + QLatin1String(": ") + wix.idScanProblem);
            result.summary.wix.errors.append(
                {m_ctx.flow.id, Side::Wix, QString(), wix.idScanProblem});
            ++result.summary.wix.counts.errors;
        }
        reportUnresolved(result);
    }
    return true;
}

// A pair added, removed or turned since the last successful run applies to every linked
// record, not only to those edited later: the flow is read whole once.
bool FlowSync::mappingChanged(const QString &before, Result &result)
{
    m_fingerprint = mappingFingerprint(m_ctx.flow);
    if (before.isEmpty() || before == m_fingerprint)
        return false;
    result.summary.readInFull = true;
    result.message = tr("%1: the mapping changed since the last run, so the flow was read in "
                        "full.")
                         .arg(m_ctx.flow.id);
    m_ctx.log(result.message);
    return true;
}

// Each listed item that is not a record is that record's error, in the summary and the history.
bool FlowSync::reportMalformed(Result &result)
{
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        for (const Record &item : m_changes[side].malformed) {
            m_ctx.log(m_ctx.flow.id + QLatin1String(": ") + item.problem);
            result.summary.side(side).errors.append({m_ctx.flow.id, side, item.id, item.problem});
            ++result.summary.side(side).counts.errors;
            const StoreError e = m_ctx.recorder
                ? m_ctx.recorder->recordError(m_ctx.flow.id, side, item.id, item.problem)
                : StoreError();
            if (!e.ok()) {
                result.failed = true;
                result.message = e.message;
                return false;
            }
        }
    }
    return true;
}

// A site Wix moved to another product catalog since the last run keeps its product ids (V3
// keeps them across the move), so links still match by id. The old catalog's watermark means
// nothing to the new one: this run reads the Wix side whole.
bool FlowSync::checkCatalogMove(Result &result)
{
    const StoreRead<QString> seen = m_ctx.store.value(QLatin1String(wixCatalogKey));
    if (!stateRead(seen.error, tr("the Wix catalog of the last run"), result))
        return false;
    const QString now = m_reader.movedCatalog(m_ctx.wix, seen.value);
    if (now.isEmpty())
        return true;
    m_catalogMoved = true;
    m_ctx.log(tr("%1: the Wix site moved from %2 to %3; links are kept by product id")
                  .arg(m_ctx.flow.id, seen.value, now));
    if (m_changes[Side::Wix].complete)
        return true;
    m_changes[Side::Wix] = m_reader.readAll(m_ctx.wix);
    if (m_changes[Side::Wix].error.ok())
        return true;
    readFailed(Side::Wix, m_changes[Side::Wix].error, result);
    return false;
}

// After a catalog move, a linked product that no longer resolves is reported and unlinked
// (reconcileLinks); its partner is never deleted by the move alone.
void FlowSync::reportUnresolved(Result &result) const
{
    if (!m_catalogMoved)
        return;
    for (const LinkIds &link : ReadPhase::unresolved(m_changes[Side::Wix], m_links)) {
        const QString reason =
            tr("no longer found on Wix after the site changed catalog: unlinked, %1 %2 kept")
                .arg(sideName(Side::CrmOffice), link.crmId);
        m_ctx.log(tr("%1: %2: %3").arg(m_ctx.flow.id, link.wixId, reason));
        result.summary.wix.errors.append({m_ctx.flow.id, Side::Wix, link.wixId, reason});
        ++result.summary.wix.counts.errors;
    }
}

bool FlowSync::resolveIntents(Result &result)
{
    if (!m_ctx.recorder)
        return true; // a dry run leaves the journal alone
    if (m_intents.isEmpty() && m_updates.isEmpty())
        return true;
    if (!readIntentSources(m_intents, result))
        return false;
    IntentResolver resolver(m_ctx.flow, *m_ctx.recorder, m_ctx.options.phoneRegion);
    for (const Intent &update : std::as_const(m_updates)) {
        const qsizetype at = linkAt(otherSide(update.targetSide), update.sourceId);
        if (at >= 0 && !readUnread(update.targetSide, m_links[at].side(update.targetSide), result))
            return false;
    }
    if (!resolver.settleUpdates(m_updates, m_changes, m_ctx.store)) {
        result.failed = true;
        result.message = resolver.error().message;
        return false;
    }
    const std::optional<QList<Link>> made = resolver.resolve(
        m_intents, m_changes, [this](Side s, const QString &id) { return isLinked(s, id); });
    if (!made) {
        result.failed = true;
        result.message = resolver.error().message;
        return false;
    }
    m_awaitingIntents = resolver.awaiting();
    for (const Link &link : *made) {
        m_links.append({link.id, link.wix.id, link.crm.id, link.wix.token, link.crm.token,
                        link.wix.gone || link.crm.gone, msOf(link.wix.updatedAt),
                        msOf(link.crm.updatedAt)});
        if (m_indexed) {
            m_byId[Side::Wix].insert(link.wix.id, m_links.size() - 1);
            m_byId[Side::CrmOffice].insert(link.crm.id, m_links.size() - 1);
        }
        m_ctx.log(tr("%1: linked %2 and %3 from the journal of an interrupted run")
                      .arg(m_ctx.flow.id, link.wix.id, link.crm.id));
    }
    return true;
}

// The source of an intent whose create may not have happened is read even when it did not
// change (a partner kept after a deletion is older than the watermark): an unlinked source
// that is read is created again.
bool FlowSync::readIntentSources(const QList<Intent> &intents, Result &result)
{
    for (const Intent &intent : intents) {
        const Side source = otherSide(intent.targetSide);
        if (!isLinked(source, intent.sourceId) && !readUnread(source, intent.sourceId, result))
            return false;
    }
    return true;
}

bool FlowSync::readUnread(Side side, const QString &id, Result &result)
{
    const ConnectorError error = m_reader.readOne(connector(side), id, m_changes[side]);
    if (error.ok())
        return true;
    readFailed(side, error, result);
    return false;
}

void FlowSync::readFailed(Side side, const ConnectorError &error, Result &result) const
{
    result.cancelled = error.kind == ConnectorError::Kind::Cancelled || m_ctx.cancelled.load();
    result.failed = !result.cancelled;
    result.message =
        tr("%1: reading %2 failed: %3").arg(m_ctx.flow.id, serviceName(side), error.message);
}

} // namespace Tandem
