#pragma once

#include "storetypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Tandem {

// One record's conflicts side by side, field by field: for each field the user takes Wix,
// takes CRMOffice, types a value, or decides later. The choices are applied by the next sync.
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

    explicit ConflictDialog(const QList<Conflict> &conflicts, QWidget *parent = nullptr);

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
};

} // namespace Tandem
