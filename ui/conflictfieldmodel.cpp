#include "ui/conflictfieldmodel.h"

#include "ui/uitext.h"

#include <QFont>

namespace Tandem {

ConflictFieldModel::ConflictFieldModel(const QList<ConflictField> &fields, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fields(fields)
{}

QString ConflictFieldModel::conflictDescription()
{
    return tr("In conflict");
}

int ConflictFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ConflictFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictField &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return field.wixPath;
        case WixColumn:
            return UiText::valueText(field.wixValue);
        case CrmColumn:
            return UiText::valueText(field.crmValue);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn && !field.crmPath.isEmpty())
            return tr("%1 on Wix, %2 on CRMOffice").arg(field.wixPath, field.crmPath);
        return {};
    case Qt::FontRole:
        if (field.conflicting) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return field.conflicting ? conflictDescription() : QVariant();
    }
    return {};
}

QVariant ConflictFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case WixColumn:
        return tr("Wix value");
    case CrmColumn:
        return tr("CRMOffice value");
    }
    return {};
}

} // namespace Tandem
