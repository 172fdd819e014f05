#pragma once

#include "sync/model/mapping.h"
#include "sync/model/record.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Tandem {

class MappingTableModel;

// One flow's mapping: its policies, its property pairs in an editable table, and an add row.
// Edits that the validator refuses are shown inline and leave the flow as it was.
class FlowEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FlowEditor(const Flow &flow, QWidget *parent = nullptr);

    Flow flow() const;
    MappingTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString message() const;

    // The add row, for keyboard users and tests alike.
    bool addPair(const QString &wixPath, const QString &crmPath, DataType type);
    bool removeSelected();

Q_SIGNALS:
    void flowChanged(const Tandem::Flow &flow);

private:
    void showMessage(const QString &text);
    QWidget *buildPolicies();
    QWidget *buildAddRow();
    void offerSynced(QLineEdit *edit, Side side, const QString &collection);
    void syncPolicyCombos();

    MappingTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_creation = nullptr;
    QComboBox *m_conflicts = nullptr;
    QComboBox *m_deletion = nullptr;
    QLineEdit *m_newWix = nullptr;
    QLineEdit *m_newCrm = nullptr;
    QComboBox *m_newType = nullptr;
};

} // namespace Tandem
