#include "ui/propertydelegate.h"

#include "ui/uitext.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Tandem {

PropertyDelegate::PropertyDelegate(const QList<FieldCatalog::Property> &properties, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_properties(properties)
{}

QWidget *PropertyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    auto *offered = new QStandardItemModel(edit);
    for (const FieldCatalog::Property &property : m_properties) {
        auto *item = new QStandardItem(
            tr("%1 (%2)").arg(property.path, UiText::dataTypeLabel(property.type)));
        item->setData(property.path, PathRole);
        offered->appendRow(item);
    }
    // Matched and inserted by the path alone; the popup shows the type beside it.
    auto *completer = new QCompleter(offered, edit);
    completer->setCompletionRole(PathRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    return edit;
}

} // namespace Tandem
