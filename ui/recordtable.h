#pragma once

#include <QStringList>
#include <QTableView>

namespace Tandem {

// A table of records, one per row: rows are selected whole, there is no row-number column, and
// the columns fit their contents (up to a readable width) whenever the model is refilled, so
// headers and values are not cut off. A refill (a run reloads the tables) keeps the user's
// place: the selected rows, the current row and the scroll position come back.
class RecordTable : public QTableView
{
    Q_OBJECT
public:
    RecordTable(const QString &accessibleName, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The role of column 0 that names a row across a refill (an id); by default a row is known
    // by its text in every column.
    void setRowKeyRole(int role) { m_keyRole = role; }

private:
    void fitColumns();
    QString rowKey(int row) const;
    void rememberPlace();
    void restorePlace();

    int m_keyRole = -1;
    QStringList m_selectedKeys;
    QString m_currentKey;
    int m_scrollX = 0;
    int m_scrollY = 0;
};

} // namespace Tandem
