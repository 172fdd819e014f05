#pragma once

#include "sync/store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tandem {

// What one run did: every record it touched with what changed, and every error with its reason.
class RunEntryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The record by its name (its id when it has none); the service's id in a column of its own.
    enum Column {
        TimeColumn,
        FlowColumn,
        SideColumn,
        RecordColumn,
        ActionColumn,
        ChangeColumn,
        IdColumn,
        ColumnCount
    };

    explicit RunEntryTableModel(QObject *parent = nullptr);

    void setEntries(qint64 runId, const QList<RunEntry> &entries);
    qint64 runId() const { return m_runId; }
    // The "what changed" cell: the values that differ, or the error's reason.
    static QString changeOf(const RunEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    qint64 m_runId = 0;
    QList<RunEntry> m_entries;
};

} // namespace Tandem
