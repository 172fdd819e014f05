#pragma once

#include "sync/engine/conflictrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tandem {

// One record in conflict, whole: a row per mapped property with both sides' values. The rows
// in conflict are bold and described as such to a screen reader.
class ConflictFieldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, WixColumn, CrmColumn, ColumnCount };

    explicit ConflictFieldModel(const QList<ConflictField> &fields, QObject *parent = nullptr);

    static QString conflictDescription(); // "In conflict"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ConflictField> m_fields;
};

} // namespace Tandem
