#include "sync/model/listtablereader.h"

#include <QCoreApplication>

namespace Tandem {

namespace {

bool readOption(const TextLine &line, int *headerRows, QString *error)
{
    const QString text = line.text.trimmed();
    if (!text.startsWith(QLatin1String(":header-rows:")))
        return true; // :widths:, :class: and friends do not change the content
    bool ok = false;
    const int value = text.mid(13).trimmed().toInt(&ok);
    if (!ok || value < 0) {
        *error = ListTableReader::tr("line %1: expected a number after \":header-rows:\"")
                     .arg(line.number);
        return false;
    }
    *headerRows = value;
    return true;
}

// "- cell" or "-" alone: the cell text, or nullopt when the line does not start a cell.
std::optional<QString> cellStart(const QString &text)
{
    if (text == QLatin1String("-"))
        return QString();
    if (text.startsWith(QLatin1String("- ")))
        return text.mid(2).trimmed();
    return std::nullopt;
}

} // namespace

std::optional<ListTable> ListTableReader::read(const QList<TextLine> &block, QString *error)
{
    ListTable table;
    table.line = block.isEmpty() ? 0 : block.first().number;
    int headerRows = 0;
    int cellColumn = 0; // where the current cell's text starts; continuations indent to it
    QList<ListTableRow> rows;
    for (qsizetype i = 1; i < block.size(); ++i) {
        const TextLine &line = block.at(i);
        const QString text = line.text.trimmed();
        if (text.isEmpty())
            continue;
        if (rows.isEmpty() && text.startsWith(QLatin1Char(':'))) {
            if (!readOption(line, &headerRows, error))
                return std::nullopt;
            continue;
        }
        if (text == QLatin1String("*") || text.startsWith(QLatin1String("* "))) {
            rows.append({line.number, {}, {}});
            cellColumn = indentationOf(line.text) + 4;
            const QString rest = text.mid(1).trimmed();
            if (rest.isEmpty())
                continue;
            const std::optional<QString> cell = cellStart(rest);
            if (!cell) {
                *error = tr("line %1: expected a table row \"* - <cell>\"").arg(line.number);
                return std::nullopt;
            }
            rows.last().cells.append(*cell);
            rows.last().cellLines.append(line.number);
            continue;
        }
        if (rows.isEmpty()) {
            *error = tr("line %1: expected a table row \"* - <cell>\"").arg(line.number);
            return std::nullopt;
        }
        ListTableRow &row = rows.last();
        if (const std::optional<QString> cell = cellStart(text)) {
            row.cells.append(*cell);
            row.cellLines.append(line.number);
            cellColumn = indentationOf(line.text) + 2;
        } else if (!row.cells.isEmpty() && indentationOf(line.text) >= cellColumn) {
            row.cells.last() = QString(row.cells.last() + QLatin1Char(' ') + text).trimmed();
        } else {
            *error = tr("line %1: expected a table cell \"- <cell>\" or row \"* - <cell>\"")
                         .arg(line.number);
            return std::nullopt;
        }
    }
    if (headerRows > rows.size()) {
        *error = tr("line %1: the table declares %2 header rows but has %3 rows")
                     .arg(table.line)
                     .arg(headerRows)
                     .arg(rows.size());
        return std::nullopt;
    }
    table.header = rows.mid(0, headerRows);
    table.rows = rows.mid(headerRows);
    return table;
}

bool ListTableReader::checkCellCount(const ListTable &table, int count, const QString &columns,
                                     QString *error)
{
    for (const QList<ListTableRow> *rows : {&table.header, &table.rows}) {
        for (const ListTableRow &row : *rows) {
            if (row.cells.size() != count) {
                *error = tr("line %1: expected a row of %2 cells (%3), found %4")
                             .arg(row.line)
                             .arg(count)
                             .arg(columns)
                             .arg(row.cells.size());
                return false;
            }
        }
    }
    return true;
}

} // namespace Tandem
