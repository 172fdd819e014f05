#include "sync/engine/intentresolver.h"

#include "sync/engine/fieldmerge.h"
#include "sync/engine/flowpaths.h"
#include "sync/engine/matchkey.h"
#include "sync/engine/recorddecision.h"

#include <QCoreApplication>

namespace Tandem {

IntentResolver::IntentResolver(const Flow &flow, RunRecorder &recorder, const QString &phoneRegion)
    : m_flow(flow)
    , m_recorder(recorder)
    , m_region(phoneRegion)
{}

// Of records that hold the same values, the one an interrupted run made is untouched since
// (the journal finds it only then) and older than a copy a user made after the run.
bool IntentResolver::likelierMade(const Record &a, const Record &b)
{
    const bool aUntouched = a.updatedAt == a.createdAt;
    if (aUntouched != (b.updatedAt == b.createdAt))
        return aUntouched;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

bool IntentResolver::matches(const Intent &intent, const Record &candidate) const
{
    // Every mapped field: a record with a value the create did not send is someone else's.
    for (const PropertyPair &pair : m_flow.pairs) {
        const QString &key = FlowPaths::path(pair, intent.targetSide);
        if (!holds(key, intent.fields.value(key), candidate.fields.value(key)))
            return false;
    }
    return true;
}

bool IntentResolver::holds(const QString &key, const QJsonValue &sent, const QJsonValue &now) const
{
    if (sameValue(now, sent))
        return true;
    // The service may have normalised what it stored (a phone without spaces).
    const QString a = MatchKey::normalize(key, sent, m_region);
    return !a.isEmpty() && a == MatchKey::normalize(key, now, m_region);
}

bool IntentResolver::settleUpdates(const QList<Intent> &updates,
                                   const PerSide<SideChanges> &changes, const StateStore &store)
{
    for (const Intent &update : updates) {
        const StoreRead<std::optional<Link>> loaded = store.link(update.linkId);
        if (m_error = loaded.error; !m_error.ok())
            return false;
        if (!loaded.value) { // unlinked since: nothing to learn
            if (m_error = m_recorder.removeIntent(update.id); !m_error.ok())
                return false;
            continue;
        }
        RecordDecision d;
        d.link = *loaded.value;
        const QHash<QString, Record> &read = changes[update.targetSide].records;
        const QString targetId = d.link.side(update.targetSide).id;
        if (const auto now = read.constFind(targetId); now != read.constEnd())
            rebaseWritten(update, *now, d.link);
        if (m_error = m_recorder.saveDecision(d, {}, {update.id}); !m_error.ok())
            return false;
    }
    return true;
}

// Only the bases move, to what the answered write would have left on both sides: the source's
// at the value it sent (so an edit of the source since is one, not a return to an old base),
// the target's at the value it holds. The tokens stay the ones read before, so the next merge
// compares both records field by field and an edit made on either side since still shows.
void IntentResolver::rebaseWritten(const Intent &update, const Record &now, Link &link) const
{
    const Side target = update.targetSide;
    SideState &t = link.side(target);
    SideState &s = link.side(otherSide(target));
    for (const PropertyPair &pair : m_flow.pairs) {
        const QString targetPath = FlowPaths::path(pair, target);
        const auto sent = update.fields.constFind(targetPath);
        if (sent == update.fields.constEnd())
            continue;
        const QJsonValue held = now.fields.value(targetPath);
        if (!holds(targetPath, *sent, held))
            continue;
        setOrRemove(t.base, targetPath, held);
        setOrRemove(s.base, FlowPaths::path(pair, otherSide(target)), *sent);
    }
}

Link IntentResolver::linkFor(const Intent &intent, const Record &made,
                             const Record *sourceRecord) const
{
    const Side target = intent.targetSide;
    const Side source = otherSide(target);
    Link link;
    link.flowId = m_flow.id;
    SideState &t = link.side(target);
    t.id = made.id;
    t.token = made.token;
    t.updatedAt = made.updatedAt;
    t.base = FlowPaths::project(m_flow, target, made.fields);
    // The source's base is what was copied: a later edit of the source still shows as one.
    SideState &s = link.side(source);
    s.id = intent.sourceId;
    bool sourceHoldsBase = sourceRecord != nullptr;
    for (const PropertyPair &pair : m_flow.pairs) {
        const QString sourcePath = FlowPaths::path(pair, source);
        const QJsonValue sent = intent.fields.value(FlowPaths::path(pair, target));
        setOrRemove(s.base, sourcePath, sent);
        if (sourceRecord
            && !sameValue(sourceRecord->fields.value(sourcePath), s.base.value(sourcePath)))
            sourceHoldsBase = false;
    }
    // A token stands for its base: a record read again at its link's token is taken as
    // unchanged, unread. The token read this run goes in when the source still holds what was
    // copied, so a link saved now need not wait for the source's next edit to learn it (a run
    // stopped after this leaves the link as it is). A source edited since keeps no token:
    // that edit must still reach the target.
    if (sourceRecord) {
        s.updatedAt = sourceRecord->updatedAt;
        if (sourceHoldsBase)
            s.token = sourceRecord->token;
    }
    return link;
}

std::optional<QList<Link>>
IntentResolver::resolve(const QList<Intent> &intents, const PerSide<SideChanges> &changes,
                        const std::function<bool(Side, const QString &)> &isLinked)
{
    QList<Link> made;
    QSet<QString> claimed;
    for (const Intent &intent : intents) {
        const Side target = intent.targetSide;
        const Record *found = nullptr;
        if (!isLinked(otherSide(target), intent.sourceId)) {
            for (const Record &r : changes[target].records) {
                if (!claimed.contains(r.id) && !isLinked(target, r.id) && matches(intent, r)
                    && (!found || likelierMade(r, *found)))
                    found = &r;
            }
        }
        if (!found) {
            // The create never happened. While the source waits to be created again, the
            // intent stays: a run that stops first reads the source again by it.
            const Side source = otherSide(target);
            if (!isLinked(source, intent.sourceId)
                && changes[source].records.contains(intent.sourceId)) {
                m_awaiting.append(intent.id);
                continue;
            }
            if (m_error = m_recorder.removeIntent(intent.id); !m_error.ok())
                return std::nullopt;
            continue;
        }
        claimed.insert(found->id);
        const QHash<QString, Record> &sources = changes[otherSide(target)].records;
        const auto source = sources.constFind(intent.sourceId);
        Link link = linkFor(intent, *found, source == sources.constEnd() ? nullptr : &*source);
        RunEntry e = m_recorder.entry(m_flow.id, target, found->id, RunEntry::Action::Link);
        e.after = link.side(target).base;
        e.message = tr("found the record an interrupted run created");
        RecordDecision d;
        d.link = link;
        if (m_error = m_recorder.saveDecision(d, {e}, {intent.id}); !m_error.ok())
            return std::nullopt;
        made.append(d.link);
    }
    return made;
}

} // namespace Tandem
