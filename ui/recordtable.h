#pragma once

#include <QTableView>

namespace Tandem {

// A table of records, one per row: rows are selected whole, there is no row-number column, and
// the columns fit their contents (up to a readable width) whenever the model is refilled, so
// headers and values are not cut off.
class RecordTable : public QTableView
{
    Q_OBJECT
public:
    RecordTable(const QString &accessibleName, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

private:
    void fitColumns();
};

} // namespace Tandem
