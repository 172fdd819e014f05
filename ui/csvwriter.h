#pragma once

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QString>

namespace Tandem {

// Writes what a table shows (header and display text, RFC 4180 quoting) to a file through
// QSaveFile, so a failed write never leaves half a file behind. A cell that begins with
// = + - @, a tab or a carriage return is written quoted, behind a single quote, so that a
// spreadsheet shows it as text instead of running it as a formula.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::CsvWriter)

public:
    static bool write(const QAbstractItemModel &model, const QString &path, QString *error);
    static QString quote(const QString &field);
};

} // namespace Tandem
