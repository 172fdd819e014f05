#pragma once

#include "storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tandem {

// The open conflicts, one row per conflicting field.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, WixColumn, CrmColumn, BaseColumn, DetectedColumn,
                  ColumnCount };
    enum Role { ConflictIdRole = Qt::UserRole + 1, LinkIdRole };

    explicit ConflictTableModel(QObject *parent = nullptr);

    void setConflicts(const QList<Conflict> &conflicts);
    void removeConflict(qint64 conflictId);
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    Conflict conflictAt(int row) const;
    QList<Conflict> conflictsForLink(qint64 linkId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Conflict> m_conflicts;
};

} // namespace Tandem
