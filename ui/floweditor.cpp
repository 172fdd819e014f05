#include "ui/floweditor.h"

#include "sync/model/fieldcatalog.h"
#include "ui/comboboxdelegate.h"
#include "ui/mappingtablemodel.h"
#include "ui/propertydelegate.h"
#include "ui/recordtable.h"
#include "ui/uitext.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Tandem {

namespace {
constexpr DataType AllTypes[] = {DataType::String,  DataType::Integer, DataType::Number,
                                 DataType::Boolean, DataType::Date,    DataType::DateTime};

ComboBoxDelegate::Choices typeChoices()
{
    ComboBoxDelegate::Choices choices;
    for (DataType t : AllTypes)
        choices.append({UiText::dataTypeLabel(t), int(t)});
    return choices;
}

ComboBoxDelegate::Choices directionChoices()
{
    ComboBoxDelegate::Choices choices;
    for (PairDirection d :
         {PairDirection::Both, PairDirection::WixToCrmOffice, PairDirection::CrmOfficeToWix})
        choices.append({UiText::pairDirectionLabel(d), int(d)});
    return choices;
}

template<typename Enum, typename Label>
QComboBox *enumCombo(std::initializer_list<Enum> values, Label label, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (Enum v : values)
        combo->addItem(label(v), int(v));
    return combo;
}
} // namespace

FlowEditor::FlowEditor(const Flow &flow, QWidget *parent)
    : QWidget(parent)
    , m_model(new MappingTableModel(this))
{
    m_model->setFlow(flow);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("%1 %2 ↔ %3 %4")
                                 .arg(flow.sourceSystem, flow.sourceCollection, flow.targetSystem,
                                      flow.targetCollection),
                             this);
    layout->addWidget(title);
    layout->addWidget(buildPolicies());

    m_table = new RecordTable(tr("Property pairs of %1").arg(UiText::flowLabel(flow.id)), this);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("mappingTable_%1").arg(flow.id));
    m_table->setItemDelegateForColumn(
        MappingTableModel::WixColumn,
        new PropertyDelegate(FieldCatalog::syncedProperties(Side::Wix, flow.sourceCollection),
                             this));
    m_table->setItemDelegateForColumn(
        MappingTableModel::CrmColumn,
        new PropertyDelegate(FieldCatalog::syncedProperties(Side::CrmOffice, flow.targetCollection),
                             this));
    m_table->setItemDelegateForColumn(MappingTableModel::TypeColumn,
                                      new ComboBoxDelegate(typeChoices(), this));
    m_table->setItemDelegateForColumn(MappingTableModel::DirectionColumn,
                                      new ComboBoxDelegate(directionChoices(), this));
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setAccessibleDescription(tr("Validation message")); // its text is its name
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(buildAddRow());

    connect(m_model, &MappingTableModel::editRejected, this, &FlowEditor::showMessage);
    connect(m_model, &MappingTableModel::flowChanged, this, [this](const Flow &changed) {
        showMessage({});
        Q_EMIT flowChanged(changed);
    });
}

QWidget *FlowEditor::buildPolicies()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_creation = enumCombo({CreationDirection::WixToCrmOffice, CreationDirection::CrmOfficeToWix,
                            CreationDirection::LinkOnly},
                           &UiText::creationLabel, box);
    m_conflicts = enumCombo({ConflictPolicy::Ask, ConflictPolicy::Newest, ConflictPolicy::Wix,
                             ConflictPolicy::CrmOffice},
                            &UiText::conflictPolicyLabel, box);
    m_deletion = enumCombo({DeletionPolicy::Propagate, DeletionPolicy::Unlink},
                           &UiText::deletionPolicyLabel, box);
    m_creation->setAccessibleName(tr("New records"));
    m_conflicts->setAccessibleName(tr("When both sides changed"));
    m_deletion->setAccessibleName(tr("When a record is deleted"));
    form->addRow(tr("New records:"), m_creation);
    form->addRow(tr("When both sides changed:"), m_conflicts);
    form->addRow(tr("When a record is deleted:"), m_deletion);
    syncPolicyCombos();

    connect(m_creation, &QComboBox::activated, this, [this] {
        if (!m_model->setCreation(CreationDirection(m_creation->currentData().toInt())))
            syncPolicyCombos();
    });
    connect(m_conflicts, &QComboBox::activated, this, [this] {
        if (!m_model->setConflictPolicy(ConflictPolicy(m_conflicts->currentData().toInt())))
            syncPolicyCombos();
    });
    connect(m_deletion, &QComboBox::activated, this, [this] {
        if (!m_model->setDeletionPolicy(DeletionPolicy(m_deletion->currentData().toInt())))
            syncPolicyCombos();
    });
    return box;
}

// Only what the connectors read and write syncs: the field completes from those properties
// and its placeholder names one of them.
void FlowEditor::offerSynced(QLineEdit *edit, Side side, const QString &collection)
{
    QStringList paths;
    for (const FieldCatalog::Property &property : FieldCatalog::syncedProperties(side, collection))
        paths << property.path;
    auto *completer = new QCompleter(paths, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    const QString example = paths.isEmpty() ? QString() : paths.last();
    edit->setPlaceholderText(side == Side::Wix ? tr("Wix property, e.g. %1").arg(example)
                                               : tr("CRMOffice property, e.g. %1").arg(example));
}

QWidget *FlowEditor::buildAddRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const Flow &flow = m_model->flow();
    m_newWix = new QLineEdit(row);
    offerSynced(m_newWix, Side::Wix, flow.sourceCollection);
    m_newWix->setAccessibleName(tr("New Wix property"));
    m_newCrm = new QLineEdit(row);
    offerSynced(m_newCrm, Side::CrmOffice, flow.targetCollection);
    m_newCrm->setAccessibleName(tr("New CRMOffice property"));
    m_newType = new QComboBox(row);
    for (DataType t : AllTypes)
        m_newType->addItem(UiText::dataTypeLabel(t), int(t));
    m_newType->setAccessibleName(tr("New data type"));
    auto *add = new QPushButton(tr("&Add pair"), row);
    auto *remove = new QPushButton(tr("&Remove selected"), row);
    add->setObjectName(QStringLiteral("addPairButton"));
    remove->setObjectName(QStringLiteral("removePairButton"));
    m_newWix->setObjectName(QStringLiteral("newWixEdit"));
    m_newCrm->setObjectName(QStringLiteral("newCrmEdit"));
    m_newType->setObjectName(QStringLiteral("newTypeCombo"));
    layout->addWidget(m_newWix, 2);
    layout->addWidget(m_newCrm, 2);
    layout->addWidget(m_newType, 1);
    layout->addWidget(add);
    layout->addWidget(remove);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addPair(m_newWix->text(), m_newCrm->text(),
                    DataType(m_newType->currentData().toInt()))) {
            m_newWix->clear();
            m_newCrm->clear();
        }
    });
    connect(remove, &QPushButton::clicked, this, &FlowEditor::removeSelected);
    return row;
}

void FlowEditor::syncPolicyCombos()
{
    const Flow &f = m_model->flow();
    m_creation->setCurrentIndex(m_creation->findData(int(f.creation)));
    m_conflicts->setCurrentIndex(m_conflicts->findData(int(f.conflictPolicy)));
    m_deletion->setCurrentIndex(m_deletion->findData(int(f.deletionPolicy)));
}

Flow FlowEditor::flow() const
{
    return m_model->flow();
}

QString FlowEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool FlowEditor::addPair(const QString &wixPath, const QString &crmPath, DataType type)
{
    PropertyPair pair;
    pair.wixPath = wixPath.trimmed();
    pair.crmPath = crmPath.trimmed();
    pair.type = type;
    pair.origin = PairOrigin::Added;
    return m_model->addPair(pair);
}

bool FlowEditor::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        showMessage(tr("Select a row to remove first."));
        return false;
    }
    return m_model->removeRows(rows.first().row(), 1);
}

void FlowEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Tandem
