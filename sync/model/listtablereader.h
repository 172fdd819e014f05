#pragma once

#include "sync/model/dataflowtext.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Tandem {

struct ListTableRow
{
    int line = 0; // where the row's "* -" stands
    QStringList cells;
    QList<int> cellLines;
};

struct ListTable
{
    int line = 0; // the ".. list-table::" line
    QList<ListTableRow> header;
    QList<ListTableRow> rows; // data rows, after the header rows
};

// Reads one reStructuredText `.. list-table::` directive: options (":header-rows: 1"), then
// rows "* - cell" with further cells "- cell" and indented continuation lines.
class ListTableReader
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ListTableReader)

public:
    // `block` starts at the directive line and holds its indented body.
    static std::optional<ListTable> read(const QList<TextLine> &block, QString *error);

    // Every row (header included) must have `count` cells, described by `columns`.
    static bool checkCellCount(const ListTable &table, int count, const QString &columns,
                               QString *error);
};

} // namespace Tandem
