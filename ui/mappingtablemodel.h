#pragma once

#include "sync/model/mapping.h"

#include <QAbstractTableModel>

#include <functional>

namespace Tandem {

// The property pairs of one flow. Every edit is checked by the validator first: a rejected
// edit leaves the flow unchanged and says why through editRejected().
class MappingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WixColumn, CrmColumn, TypeColumn, DirectionColumn, OriginColumn, ColumnCount };
    // Returns the reasons the flow is not acceptable; empty when it is.
    using Validator = std::function<QStringList(const Flow &)>;

    explicit MappingTableModel(QObject *parent = nullptr);

    void setFlow(const Flow &flow);
    const Flow &flow() const { return m_flow; }
    void setValidator(Validator validator);

    bool addPair(const PropertyPair &pair);
    bool setCreation(CreationDirection direction);
    bool setConflictPolicy(ConflictPolicy policy);
    bool setDeletionPolicy(DeletionPolicy policy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void flowChanged(const Tandem::Flow &flow);
    void editRejected(const QString &message);

private:
    bool accept(const Flow &candidate);
    bool editFlow(const std::function<void(Flow &)> &edit); // flow-wide settings, no row change

    Flow m_flow;
    Validator m_validator;
};

} // namespace Tandem
