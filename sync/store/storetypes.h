#pragma once

#include "sync/model/record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tandem {

// What Tandem last saw or wrote on one side of a link (docs/architecture.md#state-per-link).
struct SideState
{
    QString id;
    QString token; // revision / ETag version the base was read at
    QDateTime updatedAt;
    QJsonObject base; // flat path -> value, the mapped fields only
    // Deleted on its service while the partner's edit is in an open conflict: the deletion
    // goes on once the conflict is settled (docs/architecture.md#deletions).
    bool gone = false;

    bool operator==(const SideState &) const = default;
};

struct Link
{
    qint64 id = 0; // store row id; 0 before insertion
    QString flowId;
    SideState wix;
    SideState crm;

    SideState &side(Side s) { return s == Side::Wix ? wix : crm; }
    const SideState &side(Side s) const { return s == Side::Wix ? wix : crm; }
    bool operator==(const Link &) const = default;
};

// Which two records a link pairs, without what Tandem saw of them: enough for a run to tell
// which links its reads touch, so that only those are loaded whole (bases are most of a link).
struct LinkIds
{
    qint64 id = 0;
    QString wixId;
    QString crmId;
    // The tokens of the bases, and whether either side is marked gone: a record read again at
    // its base's token changed nothing, and its link need not be loaded for it.
    QString wixToken;
    QString crmToken;
    bool gone = false;
    // Each base's change time (ms since the epoch, 0 when unknown): where a side's records
    // are expected in its changed-records list.
    qint64 wixUpdatedMs = 0;
    qint64 crmUpdatedMs = 0;

    const QString &side(Side s) const { return s == Side::Wix ? wixId : crmId; }
    const QString &token(Side s) const { return s == Side::Wix ? wixToken : crmToken; }
    qint64 updatedMs(Side s) const { return s == Side::Wix ? wixUpdatedMs : crmUpdatedMs; }
    bool operator==(const LinkIds &) const = default;
};

struct Conflict
{
    enum class Resolution { Open, TakeWix, TakeCrmOffice, Value };

    qint64 id = 0;
    qint64 linkId = 0;
    QString flowId;
    QString field; // the Wix path of the property pair
    QJsonValue wixValue;
    QJsonValue crmValue;
    QJsonValue baseValue;
    QDateTime detectedAt;
    Resolution resolution = Resolution::Open;
    QJsonValue resolvedValue; // with Resolution::Value
    QDateTime resolvedAt;

    bool operator==(const Conflict &) const = default;
};

struct RunCounts
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    int conflicts = 0;
    int errors = 0;
    int calls = 0;

    bool operator==(const RunCounts &) const = default;
};

struct RunRecord
{
    // Partial: an undo that left writes alone because their records changed since.
    enum class Status { Running, Ok, Conflicts, Guarded, Failed, Cancelled, Partial };
    enum class Kind { Sync, Undo };

    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    Status status = Status::Running;
    bool dryRun = false;
    QJsonObject counts; // per flow and side: {"contacts": {"wix": {...}, "crmoffice": {...}}}
    QString error;
    Kind kind = Kind::Sync;
    qint64 undoes = 0; // the run an undo takes back

    bool operator==(const RunRecord &) const = default;
};

// One write a run made (docs/architecture.md#history), or one per-record error it met.
struct RunEntry
{
    enum class Action { Create, Update, Delete, Link, Error };

    qint64 id = 0;
    qint64 runId = 0;
    QString flowId;
    Side side = Side::Wix;
    QString recordId;
    Action action = Action::Update;
    QJsonObject before;
    QJsonObject after;
    QString token; // the revision / ETag written against
    QString message; // the reason, for errors
    QDateTime at;
    QString recordName; // what a person knows the record by (RecordName); empty when unknown
    // The linked record on the other side when the write was made (empty: none). Unset in
    // entries recorded before Tandem kept it: a deletion among them cannot be undone.
    std::optional<QString> partnerId;
    qint64 undoesEntry = 0; // of an undo: the entry of the undone run it takes back

    bool operator==(const RunEntry &) const = default;
};

// Written before a remote create (docs/architecture.md#crash-safety): finds the record a
// crashed run made. With a link id, it is written before an update of that link's target side
// instead: it tells the values a crashed run may have written there.
struct Intent
{
    qint64 id = 0;
    qint64 runId = 0;
    QString flowId;
    Side targetSide = Side::CrmOffice;
    QString sourceId; // the record on the other side that the create copies
    QJsonObject fields; // what was sent
    QDateTime createdAt;
    qint64 linkId = 0; // of an update; 0 for a create
    // Of an undo's re-create: the entry it takes back. Syncs leave these to the undo.
    qint64 undoEntry = 0;

    bool operator==(const Intent &) const = default;
};

} // namespace Tandem
