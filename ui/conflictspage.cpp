#include "ui/conflictspage.h"

#include "ui/conflictdialog.h"
#include "ui/conflicttablemodel.h"
#include "ui/recordtable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Tandem {

ConflictsPage::ConflictsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConflictTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by record, field or value"));
    m_filter->setAccessibleName(tr("Filter conflicts"));
    m_filter->setObjectName(QStringLiteral("conflictsFilter"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    layout->addLayout(top);

    m_empty = new QLabel(tr("No open conflicts."), this);
    layout->addWidget(m_empty);

    auto *table = new RecordTable(tr("Open conflicts"), this);
    table->setRowKeyRole(ConflictTableModel::ConflictIdRole);
    m_table = table;
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *resolve = new QPushButton(tr("&Resolve…"), this);
    auto *takeWix = new QPushButton(tr("Take &Wix for selection"), this);
    auto *takeCrm = new QPushButton(tr("Take &CRMOffice for selection"), this);
    resolve->setObjectName(QStringLiteral("resolveButton"));
    takeWix->setObjectName(QStringLiteral("takeWixButton"));
    takeCrm->setObjectName(QStringLiteral("takeCrmButton"));
    buttons->addWidget(resolve);
    buttons->addWidget(takeWix);
    buttons->addWidget(takeCrm);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_applyBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_applyBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_applyText = new QLabel(m_applyBar);
    auto *syncNow = new QPushButton(tr("Sync &now to apply"), m_applyBar);
    syncNow->setObjectName(QStringLiteral("applySyncButton"));
    bar->addWidget(m_applyText, 1);
    bar->addWidget(syncNow);
    m_applyBar->hide();
    layout->addWidget(m_applyBar);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(resolve, &QPushButton::clicked, this, &ConflictsPage::openDialogForSelection);
    connect(m_table, &QTableView::activated, this, &ConflictsPage::openDialogForSelection);
    connect(takeWix, &QPushButton::clicked, this,
            [this] { resolveSelection(Conflict::Resolution::TakeWix); });
    connect(takeCrm, &QPushButton::clicked, this,
            [this] { resolveSelection(Conflict::Resolution::TakeCrmOffice); });
    connect(syncNow, &QPushButton::clicked, this, [this] {
        m_applyBar->hide();
        Q_EMIT syncRequested();
    });
}

void ConflictsPage::setConflicts(const QList<Conflict> &conflicts,
                                 const QList<ConflictRecord> &records)
{
    m_model->setConflicts(conflicts, records);
    m_empty->setVisible(conflicts.isEmpty());
}

void ConflictsPage::onConflictResolved(qint64 conflictId)
{
    m_model->removeConflict(conflictId);
    m_empty->setVisible(m_model->rowCount() == 0);
}

bool ConflictsPage::applyBarVisible() const
{
    return !m_applyBar->isHidden();
}

QList<int> ConflictsPage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_proxy->mapToSource(m_table->currentIndex()).row();
    return rows;
}

ConflictDialog *ConflictsPage::openDialogForSelection()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    const Conflict picked = m_model->conflictAt(rows.first());
    auto *dialog = new ConflictDialog(m_model->conflictsForLink(picked.linkId),
                                      m_model->recordForLink(picked.linkId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    return dialog;
}

void ConflictsPage::onDialogFinished(ConflictDialog *dialog, int result)
{
    if (result != QDialog::Accepted)
        return;
    const QList<ConflictDialog::Choice> choices = dialog->choices();
    for (const ConflictDialog::Choice &choice : choices)
        Q_EMIT resolveRequested(choice.conflictId, choice.resolution, choice.value);
    if (choices.isEmpty())
        return;
    if (dialog->syncAfterwards())
        Q_EMIT syncRequested();
    else
        showApplyBar(int(choices.size()));
}

void ConflictsPage::resolveSelection(Conflict::Resolution resolution)
{
    QList<qint64> ids;
    for (int row : selectedSourceRows())
        ids << m_model->conflictAt(row).id;
    for (qint64 id : std::as_const(ids))
        Q_EMIT resolveRequested(id, resolution, {});
    if (!ids.isEmpty())
        showApplyBar(int(ids.size()));
}

void ConflictsPage::showApplyBar(int resolved)
{
    m_applyText->setText(
        tr("%n conflict(s) resolved. The next sync writes the chosen values to both sides.",
           nullptr, resolved));
    m_applyBar->show();
}

} // namespace Tandem
