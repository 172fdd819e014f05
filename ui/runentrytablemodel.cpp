#include "ui/runentrytablemodel.h"

#include "ui/uitext.h"

#include <QBrush>

namespace Tandem {

RunEntryTableModel::RunEntryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunEntryTableModel::setEntries(qint64 runId, const QList<RunEntry> &entries)
{
    beginResetModel();
    m_runId = runId;
    m_entries = entries;
    endResetModel();
}

QString RunEntryTableModel::changeOf(const RunEntry &entry)
{
    if (entry.action == RunEntry::Action::Error)
        return entry.message;
    return UiText::changeText(entry.before, entry.after);
}

int RunEntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunEntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunEntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn)
        return changeOf(entry);
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return tr("%1 id: %2").arg(UiText::sideLabel(entry.side), entry.recordId);
    if (role == Qt::ForegroundRole && entry.action == RunEntry::Action::Error)
        return QBrush(Qt::darkRed);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return UiText::dateTimeText(entry.at);
    case FlowColumn:
        return UiText::flowLabel(entry.flowId);
    case SideColumn:
        return UiText::sideLabel(entry.side);
    case RecordColumn:
        return entry.recordName.isEmpty() ? entry.recordId : entry.recordName;
    case IdColumn:
        return entry.recordId;
    case ActionColumn:
        return UiText::entryActionLabel(entry.action);
    case ChangeColumn:
        return changeOf(entry);
    }
    return {};
}

QVariant RunEntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FlowColumn:
        return tr("Flow");
    case SideColumn:
        return tr("Side");
    case RecordColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Action");
    case ChangeColumn:
        return tr("What changed");
    case IdColumn:
        return tr("Id on the service");
    }
    return {};
}

} // namespace Tandem
