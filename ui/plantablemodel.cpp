#include "ui/plantablemodel.h"

#include "ui/uitext.h"

namespace Tandem {

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanTableModel::setPlan(const QList<PlanItem> &plan)
{
    beginResetModel();
    m_items.clear();
    for (const PlanItem &item : plan) {
        if (item.action != PlanAction::Skip)
            m_items << item;
    }
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanItem &item = m_items.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return UiText::recordIdsText(item.wixId, item.crmId);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return item.name.isEmpty() ? UiText::recordIdsText(item.wixId, item.crmId) : item.name;
    case FlowColumn:
        return UiText::flowLabel(item.flowId);
    case ActionColumn:
        return UiText::planActionLabel(item.action);
    case TargetColumn:
        return UiText::sideLabel(item.target);
    case WixIdColumn:
        return item.wixId;
    case CrmIdColumn:
        return item.crmId;
    case ChangeColumn:
        return item.action == PlanAction::Conflict ? item.field
                                                   : UiText::changeText(item.before, item.after);
    case ReasonColumn:
        return item.reason;
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FlowColumn:
        return tr("Flow");
    case ActionColumn:
        return tr("Action");
    case NameColumn:
        return tr("Record");
    case TargetColumn:
        return tr("Writes to");
    case WixIdColumn:
        return tr("Wix id");
    case CrmIdColumn:
        return tr("CRMOffice id");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

} // namespace Tandem
