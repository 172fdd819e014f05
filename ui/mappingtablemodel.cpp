#include "ui/mappingtablemodel.h"

#include "ui/uitext.h"

namespace Tandem {

MappingTableModel::MappingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MappingTableModel::setFlow(const Flow &flow)
{
    beginResetModel();
    m_flow = flow;
    endResetModel();
}

void MappingTableModel::setValidator(Validator validator)
{
    m_validator = std::move(validator);
}

bool MappingTableModel::accept(const Flow &candidate)
{
    const QStringList problems = m_validator ? m_validator(candidate) : QStringList();
    if (!problems.isEmpty()) {
        Q_EMIT editRejected(problems.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

bool MappingTableModel::addPair(const PropertyPair &pair)
{
    Flow candidate = m_flow;
    candidate.pairs << pair;
    if (!accept(candidate))
        return false;
    const int row = int(m_flow.pairs.size());
    beginInsertRows({}, row, row);
    m_flow = candidate;
    endInsertRows();
    Q_EMIT flowChanged(m_flow);
    return true;
}

bool MappingTableModel::editFlow(const std::function<void(Flow &)> &edit)
{
    Flow candidate = m_flow;
    edit(candidate);
    if (!accept(candidate))
        return false;
    m_flow = candidate;
    Q_EMIT flowChanged(m_flow);
    return true;
}

bool MappingTableModel::setCreation(CreationDirection direction)
{
    return editFlow([direction](Flow &f) { f.creation = direction; });
}

bool MappingTableModel::setConflictPolicy(ConflictPolicy policy)
{
    return editFlow([policy](Flow &f) { f.conflictPolicy = policy; });
}

bool MappingTableModel::setDeletionPolicy(DeletionPolicy policy)
{
    return editFlow([policy](Flow &f) { f.deletionPolicy = policy; });
}

int MappingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flow.pairs.size());
}

int MappingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PropertyPair &pair = m_flow.pairs.at(index.row());
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case WixColumn:
            return pair.wixPath;
        case CrmColumn:
            return pair.crmPath;
        case TypeColumn:
            return int(pair.type);
        case DirectionColumn:
            return int(pair.direction);
        case OriginColumn:
            return int(pair.origin);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WixColumn:
        return pair.wixPath;
    case CrmColumn:
        return pair.crmPath;
    case TypeColumn:
        return UiText::dataTypeLabel(pair.type);
    case DirectionColumn:
        return UiText::pairDirectionLabel(pair.direction);
    case OriginColumn:
        return UiText::originLabel(pair.origin);
    }
    return {};
}

bool MappingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Flow candidate = m_flow;
    PropertyPair &pair = candidate.pairs[index.row()];
    switch (index.column()) {
    case WixColumn:
        pair.wixPath = value.toString().trimmed();
        break;
    case CrmColumn:
        pair.crmPath = value.toString().trimmed();
        break;
    case TypeColumn:
        pair.type = DataType(value.toInt());
        break;
    case DirectionColumn:
        pair.direction = PairDirection(value.toInt());
        break;
    default:
        return false;
    }
    if (candidate == m_flow)
        return true;
    if (!accept(candidate))
        return false;
    m_flow = candidate;
    Q_EMIT dataChanged(index, index);
    Q_EMIT flowChanged(m_flow);
    return true;
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != OriginColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WixColumn:
        return tr("Wix property");
    case CrmColumn:
        return tr("CRMOffice property");
    case TypeColumn:
        return tr("Data type");
    case DirectionColumn:
        return tr("Direction");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

bool MappingTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_flow.pairs.size())
        return false;
    Flow candidate = m_flow;
    candidate.pairs.remove(row, count);
    if (!accept(candidate))
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_flow = candidate;
    endRemoveRows();
    Q_EMIT flowChanged(m_flow);
    return true;
}

} // namespace Tandem
