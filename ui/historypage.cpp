#include "ui/historypage.h"

#include "ui/csvwriter.h"
#include "ui/historyfilterbar.h"
#include "ui/recordtable.h"
#include "ui/runentrytablemodel.h"
#include "ui/runtablemodel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem {

namespace {
QTableView *readOnlyTable(QAbstractItemModel *model, const QString &name, QWidget *parent,
                          int keyRole = -1)
{
    auto *table = new RecordTable(name, parent);
    table->setRowKeyRole(keyRole);
    table->setModel(model);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}
} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new HistoryFilterBar(this))
    , m_runs(new RunTableModel(this))
    , m_entries(new RunEntryTableModel(this))
    , m_entryProxy(new QSortFilterProxyModel(this))
{
    m_entryProxy->setSourceModel(m_entries);
    m_entryProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_entryProxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_runTable = readOnlyTable(m_runs, tr("Runs"), splitter, RunTableModel::RunIdRole);
    m_runTable->setObjectName(QStringLiteral("runsTable"));
    splitter->addWidget(m_runTable);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_details = new QLabel(tr("Select a run to see what it did."), details);
    m_filter = new QLineEdit(details);
    m_filter->setPlaceholderText(tr("Filter by record, action or change"));
    m_filter->setAccessibleName(tr("Filter run details"));
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), details);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    tools->addWidget(m_details, 1);
    tools->addWidget(m_filter, 1);
    tools->addWidget(exportButton);
    m_undo = new QAction(tr("&Undo this run…"), this);
    m_undo->setObjectName(QStringLiteral("undoRunAction"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setToolTip(tr("Take back what the selected run wrote, after a preview (Ctrl+U)"));
    m_undo->setEnabled(false);
    addAction(m_undo);
    auto *undoButton = new QToolButton(details);
    undoButton->setDefaultAction(m_undo);
    undoButton->setObjectName(QStringLiteral("undoRunButton"));
    undoButton->setAccessibleName(tr("Undo this run"));
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addWidget(undoButton);
    detailsLayout->addLayout(tools);
    m_entryTable = readOnlyTable(m_entryProxy, tr("Run details"), details);
    m_entryTable->setObjectName(QStringLiteral("runEntriesTable"));
    m_entryTable->setSortingEnabled(true);
    detailsLayout->addWidget(m_entryTable, 1);
    splitter->addWidget(details);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_entryProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::onCurrentRunChanged);
    connect(exportButton, &QPushButton::clicked, this, &HistoryPage::askExport);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_entries->runId() > 0)
            Q_EMIT undoRequested(m_entries->runId());
    });
    connect(m_filterBar, &HistoryFilterBar::queryChanged, this, &HistoryPage::queryChanged);
}

bool HistoryPage::showsNewest() const
{
    return m_filterBar->query() == HistoryQuery{};
}

void HistoryPage::setRuns(const RunPage &page)
{
    const QList<RunRecord> &runs = page.runs;
    const qint64 shown = m_entries->runId();
    m_filterBar->setPage(page);
    m_runs->setRuns(runs);
    for (int row = 0; row < runs.size(); ++row) {
        if (runs.at(row).id == shown) {
            m_runTable->selectRow(row);
            return;
        }
    }
}

void HistoryPage::setEntries(qint64 runId, const QList<RunEntry> &entries)
{
    m_entries->setEntries(runId, entries);
    updateUndo();
    int errors = 0;
    for (const RunEntry &e : entries)
        errors += e.action == RunEntry::Action::Error ? 1 : 0;
    m_details->setText(
        tr("Run %1: %n record(s) touched", nullptr, int(entries.size() - errors)).arg(runId)
        + QLatin1String(", ") + tr("%n error(s)", nullptr, errors));
}

void HistoryPage::onCurrentRunChanged()
{
    const QModelIndex current = m_runTable->currentIndex();
    if (!current.isValid())
        return;
    const qint64 runId = current.data(RunTableModel::RunIdRole).toLongLong();
    if (runId != m_entries->runId())
        Q_EMIT runSelected(runId);
}

void HistoryPage::setUndoAllowed(bool allowed)
{
    m_undoAllowed = allowed;
    updateUndo();
}

void HistoryPage::updateUndo()
{
    m_undo->setEnabled(m_undoAllowed && m_entries->runId() > 0);
}

bool HistoryPage::exportCsv(const QString &path, QString *error)
{
    return CsvWriter::write(*m_entryProxy, path, error);
}

void HistoryPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export run details"), QStringLiteral("tandem-run-%1.csv").arg(m_entries->runId()),
        tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Tandem
