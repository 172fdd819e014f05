#include "ui/undodialog.h"

#include "ui/plantablemodel.h"
#include "ui/recordtable.h"
#include "ui/uitext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem {

UndoDialog::UndoDialog(const RunSummary &preview, QWidget *parent)
    : QDialog(parent)
    , m_plan(new PlanTableModel(this))
    , m_force(preview.status == RunRecord::Status::Guarded)
{
    setWindowTitle(tr("Undo run %1").arg(preview.undoes));
    setObjectName(QStringLiteral("undoDialog"));
    m_plan->setPlan(preview.plan);
    auto *layout = new QVBoxLayout(this);
    QString text = m_plan->rowCount() == 0
        ? tr("Nothing of run %1 is left to undo.").arg(preview.undoes)
        : tr("Undoing run %1 would make these %n change(s). Nothing has been written yet.", nullptr,
             m_plan->rowCount())
              .arg(preview.undoes);
    if (m_force)
        text += QLatin1Char(' ')
            + tr("It deletes more records than the deletion guard lets a run delete unasked: "
                 "check them before you go on.");
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *table = new RecordTable(tr("Changes the undo would make"), this);
    table->setModel(m_plan);
    table->setObjectName(QStringLiteral("undoPlanTable"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table, 1);

    // Left as they are: listed apart, since the table shows only what would be written.
    auto *left = new QListWidget(this);
    left->setObjectName(QStringLiteral("undoLeftList"));
    left->setAccessibleName(tr("Records the undo leaves as they are"));
    for (const PlanItem &item : preview.plan) {
        if (item.action != PlanAction::Skip)
            continue;
        const QString id = item.target == Side::Wix ? item.wixId : item.crmId;
        left->addItem(tr("%1 %2 in %3: %4")
                          .arg(item.name.isEmpty() ? id : item.name, id,
                               UiText::sideLabel(item.target), item.reason));
    }
    if (left->count() > 0) {
        auto *leftNote =
            new QLabel(tr("Left as they are, because they changed since the run:"), this);
        leftNote->setBuddy(left);
        layout->addWidget(leftNote);
        layout->addWidget(left);
    } else {
        left->hide();
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *go = buttons->addButton(m_force ? tr("&Undo and delete them") : tr("&Undo run"),
                                         QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmUndoButton"));
    go->setEnabled(m_plan->rowCount() > 0);
    QPushButton *keep =
        buttons->addButton(tr("&Keep things as they are"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 460);
}

} // namespace Tandem
