#pragma once

#include "sync/engine/runsummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tandem {

// A dry run's plan: what a sync would write, before anything is written.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The record by its name first; the services' ids last, for whoever needs them.
    enum Column {
        FlowColumn,
        ActionColumn,
        NameColumn,
        TargetColumn,
        ChangeColumn,
        ReasonColumn,
        WixIdColumn,
        CrmIdColumn,
        ColumnCount
    };

    explicit PlanTableModel(QObject *parent = nullptr);

    void setPlan(const QList<PlanItem> &plan); // Skip items are left out: nothing happens to them
    const QList<PlanItem> &plan() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PlanItem> m_items;
};

} // namespace Tandem
