#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/store/storetypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Tandem {

// The open conflicts, one row per conflicting field, each named for its record.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RecordColumn,
        FieldColumn,
        WixColumn,
        CrmColumn,
        BaseColumn,
        DetectedColumn,
        ColumnCount
    };
    enum Role { ConflictIdRole = Qt::UserRole + 1, LinkIdRole };

    explicit ConflictTableModel(QObject *parent = nullptr);

    // `records` name the conflicts' records; one without its record shows "Contacts #4".
    void setConflicts(const QList<Conflict> &conflicts, const QList<ConflictRecord> &records = {});
    void removeConflict(qint64 conflictId);
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    Conflict conflictAt(int row) const;
    QList<Conflict> conflictsForLink(qint64 linkId) const;
    ConflictRecord recordForLink(qint64 linkId) const; // a bare one when not loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Conflict> m_conflicts;
    QHash<qint64, ConflictRecord> m_records; // by link id
};

} // namespace Tandem
