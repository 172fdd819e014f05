#include "ui/conflicttablemodel.h"

#include "ui/uitext.h"

namespace Tandem {

ConflictTableModel::ConflictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConflictTableModel::setConflicts(const QList<Conflict> &conflicts,
                                      const QList<ConflictRecord> &records)
{
    beginResetModel();
    m_conflicts = conflicts;
    m_records.clear();
    for (const ConflictRecord &record : records)
        m_records.insert(record.linkId, record);
    endResetModel();
}

ConflictRecord ConflictTableModel::recordForLink(qint64 linkId) const
{
    return m_records.value(linkId, ConflictRecord::ofConflicts(conflictsForLink(linkId)));
}

void ConflictTableModel::removeConflict(qint64 conflictId)
{
    for (int row = 0; row < m_conflicts.size(); ++row) {
        if (m_conflicts.at(row).id != conflictId)
            continue;
        beginRemoveRows({}, row, row);
        m_conflicts.removeAt(row);
        endRemoveRows();
        return;
    }
}

Conflict ConflictTableModel::conflictAt(int row) const
{
    return m_conflicts.value(row);
}

QList<Conflict> ConflictTableModel::conflictsForLink(qint64 linkId) const
{
    QList<Conflict> result;
    for (const Conflict &c : m_conflicts) {
        if (c.linkId == linkId)
            result << c;
    }
    return result;
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &c = m_conflicts.at(index.row());
    if (role == ConflictIdRole)
        return c.id;
    if (role == LinkIdRole)
        return c.linkId;
    if (role == Qt::ToolTipRole && index.column() == RecordColumn) {
        const ConflictRecord record = m_records.value(c.linkId);
        if (record.wixId.isEmpty())
            return tr("Linked record %1 in %2").arg(c.linkId).arg(UiText::flowLabel(c.flowId));
        return UiText::recordIdsText(record.wixId, record.crmId);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return UiText::linkedRecordText(m_records.value(c.linkId).name, c.flowId, c.linkId);
    case FieldColumn:
        return c.field;
    case WixColumn:
        return UiText::valueText(c.wixValue);
    case CrmColumn:
        return UiText::valueText(c.crmValue);
    case BaseColumn:
        return UiText::valueText(c.baseValue);
    case DetectedColumn:
        return UiText::dateTimeText(c.detectedAt);
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case WixColumn:
        return tr("Wix value");
    case CrmColumn:
        return tr("CRMOffice value");
    case BaseColumn:
        return tr("Value at last sync");
    case DetectedColumn:
        return tr("Detected at");
    }
    return {};
}

} // namespace Tandem
