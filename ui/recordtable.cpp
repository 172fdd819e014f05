#include "ui/recordtable.h"

#include <QHeaderView>
#include <QItemSelection>
#include <QScrollBar>

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
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &RecordTable::rememberPlace);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::restorePlace);
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

QString RecordTable::rowKey(int row) const
{
    const QAbstractItemModel *m = model();
    if (m_keyRole >= 0)
        return m->index(row, 0).data(m_keyRole).toString();
    QStringList texts;
    for (int column = 0; column < m->columnCount(); ++column)
        texts << m->index(row, column).data().toString();
    return texts.join(QChar(0x1f));
}

void RecordTable::rememberPlace()
{
    m_selectedKeys.clear();
    const QModelIndexList rows =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList{};
    for (const QModelIndex &index : rows)
        m_selectedKeys << rowKey(index.row());
    m_currentKey = currentIndex().isValid() ? rowKey(currentIndex().row()) : QString();
    m_scrollX = horizontalScrollBar()->value();
    m_scrollY = verticalScrollBar()->value();
}

void RecordTable::restorePlace()
{
    if (m_selectedKeys.isEmpty() && m_currentKey.isEmpty() && m_scrollX == 0 && m_scrollY == 0)
        return;
    const QAbstractItemModel *m = model();
    QItemSelection selection;
    QModelIndex current;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QString key = rowKey(row);
        if (m_selectedKeys.contains(key))
            selection.select(m->index(row, 0), m->index(row, m->columnCount() - 1));
        if (!current.isValid() && !m_currentKey.isEmpty() && key == m_currentKey)
            current = m->index(row, 0);
    }
    if (current.isValid())
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateGeometries(); // the scroll bars' ranges follow the new rows
    horizontalScrollBar()->setValue(m_scrollX);
    verticalScrollBar()->setValue(m_scrollY);
}

} // namespace Tandem
