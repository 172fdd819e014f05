#pragma once

#include "sync/store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tandem {

// Past runs, newest first: start, duration, status and counts summed over flows and sides.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        DurationColumn,
        StatusColumn,
        CreatedColumn,
        UpdatedColumn,
        DeletedColumn,
        ConflictsColumn,
        ErrorsColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit RunTableModel(QObject *parent = nullptr);

    void setRuns(const QList<RunRecord> &runs);
    RunRecord runAt(int row) const;
    static int countOf(const RunRecord &run, const QString &key); // over flows and sides
    static RunCounts totalsOf(const RunRecord &run); // every count, summed the same way

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RunRecord> m_runs;
};

} // namespace Tandem
