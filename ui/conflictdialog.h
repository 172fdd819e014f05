#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/store/storetypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace Tandem {

// One record's conflicts: the whole record from both sides (ConflictFieldModel, the fields in
// conflict marked), then for each conflicting field the user takes Wix, takes CRMOffice, types
// a value, or decides later. The choices are applied by the next sync.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        qint64 conflictId = 0;
        Conflict::Resolution resolution = Conflict::Resolution::Open;
        QJsonValue value; // with Resolution::Value
    };

    // `record` is the one the conflicts are on; without it, the conflicting fields alone.
    explicit ConflictDialog(const QList<Conflict> &conflicts, const ConflictRecord &record = {},
                            QWidget *parent = nullptr);

    QTableView *recordTable() const { return m_recordTable; }

    void choose(int row, Conflict::Resolution resolution, const QString &typed = {});
    void chooseAll(Conflict::Resolution resolution);
    QList<Choice> choices() const; // fields left for later are not included
    bool syncAfterwards() const;

private:
    struct Row
    {
        Conflict conflict;
        QComboBox *choice = nullptr;
        QLineEdit *typed = nullptr;
    };
    QWidget *buildGrid();
    static QJsonValue typedValue(const Conflict &conflict, const QString &text);

    QList<Row> m_rows;
    QCheckBox *m_syncAfterwards = nullptr;
    QTableView *m_recordTable = nullptr;
};

} // namespace Tandem
