#include "ui/csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace Tandem {

QString CsvWriter::quote(const QString &field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    // A spreadsheet runs a cell that starts like a formula (OWASP's CSV injection): such a
    // cell is written as text, behind a single quote. Phones such as "+47 22 33 44 55" too.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    const bool formula = !field.isEmpty() && formulaStart.contains(field.front());
    bool needsQuotes = formula;
    for (QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return field;
    QString escaped = formula ? QLatin1Char('\'') + field : field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool CsvWriter::write(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QStringList lines;
    QStringList cells;
    for (int col = 0; col < model.columnCount(); ++col)
        cells << quote(model.headerData(col, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char(','));
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int col = 0; col < model.columnCount(); ++col)
            cells << quote(model.index(row, col).data().toString());
        lines << cells.join(QLatin1Char(','));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n");
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Tandem
