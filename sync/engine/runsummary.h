#pragma once

#include "sync/model/record.h"
#include "sync/store/statestore.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Tandem {

enum class PlanAction { Create, Update, Delete, Link, Conflict, Skip };

// One thing a run will do (or, in a dry run, would do).
struct PlanItem
{
    QString flowId;
    PlanAction action = PlanAction::Skip;
    Side target = Side::CrmOffice; // the side written to
    QString wixId;
    QString crmId;
    QString name; // what a person knows the record by (RecordName); may be empty
    QJsonObject before; // mapped values on the target before the write
    QJsonObject after; // what the write sends
    QString field; // for conflicts: the Wix path
    QString reason; // why (match key used, conflict values, skip reason)
};

struct RecordError
{
    QString flowId;
    Side side = Side::Wix;
    QString recordId;
    QString reason;
};

struct FlowSideCounts
{
    RunCounts counts;
    QList<RecordError> errors;
    // The fewest calls the contracts allow for what the run read and wrote: one changed-records
    // query (and the pages its data filled), the Wix id scan when it ran, one write per record
    // or per bulk call. `counts.calls` beside it shows what the run spent.
    int callFloor = 0;
};

struct FlowSummary
{
    QString flowId;
    FlowSideCounts wix;
    FlowSideCounts crm;
    bool skipped = false;
    QString skipReason; // e.g. "Wix Stores is not installed on this site"
    bool readInFull = false; // the mapping changed since the last run: every record was read
    QStringList wouldDelete; // filled when the deletion guard trips: "wix:<id>" / "crmoffice:<id>"
    // The same records' names, in that order (RecordName; empty when unknown), for the guard's
    // dialog to list people and products as a person knows them.
    QStringList wouldDeleteNames;

    FlowSideCounts &side(Side s) { return s == Side::Wix ? wix : crm; }
    const FlowSideCounts &side(Side s) const { return s == Side::Wix ? wix : crm; }
};

struct RunSummary
{
    qint64 runId = 0;
    qint64 undoes = 0; // an undo's: the run it takes back
    RunRecord::Status status = RunRecord::Status::Ok;
    bool dryRun = false;
    QList<FlowSummary> flows;
    QList<PlanItem> plan; // the full plan for dry runs; empty otherwise
    QString message; // a sentence for the user: what happened, or why it failed
    int wixCalls = 0;
    int crmCalls = 0;
    int wixCallFloor = 0; // the flows' FlowSideCounts::callFloor, summed
    int crmCallFloor = 0;
    // The product catalog the Wix site ran, when a flow asked ("V1_CATALOG", "V3_CATALOG",
    // "STORES_NOT_INSTALLED"; Connector::apiVersion); empty otherwise.
    QString wixCatalog;

    QJsonObject toJson() const; // the shape `tandem-cli sync --json` prints
    int writes() const; // records created, updated and deleted, on both sides
};

// The state store value (StateStore::value) where each run leaves the Wix site's catalog: what
// `tandem-cli status` shows, and how the next run notices that the site moved catalog.
inline constexpr char wixCatalogKey[] = "wix.catalog";

} // namespace Tandem
