#include "ui/runtablemodel.h"

#include "ui/uitext.h"

#include <QJsonArray>

namespace Tandem {

RunTableModel::RunTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunTableModel::setRuns(const QList<RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

RunRecord RunTableModel::runAt(int row) const
{
    return m_runs.value(row);
}

int RunTableModel::countOf(const RunRecord &run, const QString &key)
{
    // A conflict is one pair of records: both sides of a flow report it, so it counts once.
    const bool onePerPair = key == QLatin1String("conflicts");
    int total = 0;
    for (auto flow = run.counts.begin(); flow != run.counts.end(); ++flow) {
        const QJsonObject sides = flow.value().toObject();
        int flowTotal = 0;
        for (auto side = sides.begin(); side != sides.end(); ++side) {
            // Errors are stored as a list of {id, reason}; the other counts as numbers.
            const QJsonValue count = side.value().toObject().value(key);
            const int n = count.isArray() ? int(count.toArray().size()) : count.toInt();
            flowTotal = onePerPair ? std::max(flowTotal, n) : flowTotal + n;
        }
        total += flowTotal;
    }
    return total;
}

RunCounts RunTableModel::totalsOf(const RunRecord &run)
{
    RunCounts total;
    total.created = countOf(run, QStringLiteral("created"));
    total.updated = countOf(run, QStringLiteral("updated"));
    total.deleted = countOf(run, QStringLiteral("deleted"));
    total.unchanged = countOf(run, QStringLiteral("unchanged"));
    total.conflicts = countOf(run, QStringLiteral("conflicts"));
    total.errors = countOf(run, QStringLiteral("errors"));
    return total;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    if (role == Qt::ToolTipRole && !run.error.isEmpty())
        return run.error;
    if (role == Qt::TextAlignmentRole && index.column() >= CreatedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartColumn:
        return UiText::dateTimeText(run.startedAt);
    case DurationColumn:
        return run.finishedAt.isValid() ? UiText::durationText(run.startedAt.secsTo(run.finishedAt))
                                        : QString();
    case StatusColumn:
        if (run.kind == RunRecord::Kind::Undo) // docs/architecture.md#undo
            return tr("Undo of run %1: %2").arg(run.undoes).arg(UiText::runStatusLabel(run.status));
        return run.dryRun ? tr("%1 (preview)").arg(UiText::runStatusLabel(run.status))
                          : UiText::runStatusLabel(run.status);
    case CreatedColumn:
        return countOf(run, QStringLiteral("created"));
    case UpdatedColumn:
        return countOf(run, QStringLiteral("updated"));
    case DeletedColumn:
        return countOf(run, QStringLiteral("deleted"));
    case ConflictsColumn:
        return countOf(run, QStringLiteral("conflicts"));
    case ErrorsColumn:
        return countOf(run, QStringLiteral("errors"));
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case DeletedColumn:
        return tr("Deleted");
    case ConflictsColumn:
        return tr("Conflicts");
    case ErrorsColumn:
        return tr("Errors");
    }
    return {};
}

} // namespace Tandem
