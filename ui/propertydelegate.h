#pragma once

#include "sync/model/fieldcatalog.h"

#include <QStyledItemDelegate>

namespace Tandem {

// Edits a property path column: the editor completes from the properties the connectors read
// and write, each shown with its type. What it commits goes through the model's validator,
// which refuses any other path with a message naming the offered ones.
class PropertyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The completer's model holds each path under this role; its display adds the type.
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit PropertyDelegate(const QList<FieldCatalog::Property> &properties,
                              QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    QList<FieldCatalog::Property> m_properties;
};

} // namespace Tandem
