#include "sync/engine/conflictrecord.h"

#include "sync/engine/recordname.h"

#include <QSet>

#include <algorithm>

namespace Tandem {

namespace {

// `conflicts` are the link's own.
ConflictRecord recordOf(const Link &link, const Flow *flow, const QList<Conflict> &conflicts)
{
    ConflictRecord record{link.id, link.flowId, {}, link.wix.id, link.crm.id, {}};
    if (flow) {
        for (const PropertyPair &pair : flow->pairs)
            record.fields.append({pair.wixPath, pair.crmPath, link.wix.base.value(pair.wixPath),
                                  link.crm.base.value(pair.crmPath), false});
    }
    QJsonObject wixNow = link.wix.base;
    for (const Conflict &c : conflicts) {
        auto field = std::find_if(record.fields.begin(), record.fields.end(),
                                  [&c](const ConflictField &f) { return f.wixPath == c.field; });
        if (field == record.fields.end()) {
            record.fields.append({c.field, QString(), {}, {}, false});
            field = std::prev(record.fields.end());
        }
        field->wixValue = c.wixValue;
        field->crmValue = c.crmValue;
        field->conflicting = true;
        wixNow.insert(c.field, c.wixValue);
        record.linkId = c.linkId;
        record.flowId = c.flowId;
    }
    // The name as Wix has it now, else as CRMOffice last had it (RecordName reads either).
    record.name = RecordName::of(wixNow);
    if (record.name.isEmpty())
        record.name = RecordName::of(link.crm.base);
    return record;
}

} // namespace

ConflictRecord ConflictRecord::ofConflicts(const QList<Conflict> &conflicts)
{
    return recordOf(Link{}, nullptr, conflicts);
}

ConflictRecord ConflictRecord::forLink(const QList<ConflictRecord> &records, qint64 linkId)
{
    const auto found =
        std::find_if(records.cbegin(), records.cend(),
                     [linkId](const ConflictRecord &r) { return r.linkId == linkId; });
    return found == records.cend() ? ConflictRecord{} : *found;
}

StoreRead<QList<ConflictRecord>> ConflictRecord::load(const StateStore &store,
                                                      const Mapping &mapping,
                                                      const QList<Conflict> &conflicts)
{
    QList<qint64> linkIds;
    QSet<qint64> seen;
    for (const Conflict &c : conflicts) {
        if (!seen.contains(c.linkId)) {
            seen.insert(c.linkId);
            linkIds.append(c.linkId);
        }
    }
    const StoreRead<QList<Link>> links = store.links(linkIds);
    StoreRead<QList<ConflictRecord>> result{{}, links.error};
    for (qint64 id : std::as_const(linkIds)) {
        const auto link = std::find_if(links.value.cbegin(), links.value.cend(),
                                       [id](const Link &l) { return l.id == id; });
        if (link == links.value.cend())
            continue;
        QList<Conflict> own = conflicts;
        own.removeIf([id](const Conflict &c) { return c.linkId != id; });
        result.value.append(recordOf(*link, mapping.flow(link->flowId), own));
    }
    return result;
}

} // namespace Tandem
