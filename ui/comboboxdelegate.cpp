#include "ui/comboboxdelegate.h"

#include <QComboBox>

namespace Tandem {

ComboBoxDelegate::ComboBoxDelegate(const Choices &choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(choices)
{}

QWidget *ComboBoxDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &choice : m_choices)
        combo->addItem(choice.first, choice.second);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void ComboBoxDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(qMax(0, at));
}

void ComboBoxDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Tandem
