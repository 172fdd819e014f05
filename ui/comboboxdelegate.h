#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace Tandem {

// Edits an enum column with a combo box: each choice is a label and the int the model stores
// under Qt::EditRole.
class ComboBoxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, int>>;

    explicit ComboBoxDelegate(const Choices &choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace Tandem
