#include "recordtable.h"

#include <QHeaderView>

namespace Tandem {

RecordTable::RecordTable(const QString &accessibleName, QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(accessibleName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    // Fitting looks at this many rows, so a history of 100,000 entries stays quick.
    horizontalHeader()->setResizeContentsPrecision(200);
}

void RecordTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::fitColumns);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RecordTable::fitColumns);
    fitColumns();
}

void RecordTable::fitColumns()
{
    const int widest = fontMetrics().averageCharWidth() * 40;
    resizeColumnsToContents();
    for (int column = 0; column < horizontalHeader()->count(); ++column) {
        if (columnWidth(column) > widest)
            setColumnWidth(column, widest);
    }
}

} // namespace Tandem
