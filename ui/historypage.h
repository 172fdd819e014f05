#pragma once

#include "sync/store/historyquery.h"
#include "sync/store/storetypes.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Tandem {

class HistoryFilterBar;
class RunEntryTableModel;
class RunTableModel;

// Past runs, a page at a time and searchable over all the history kept, and for the selected
// run every record it touched and every error, filterable and exportable as CSV.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);

    RunTableModel *runModel() const { return m_runs; }
    RunEntryTableModel *entryModel() const { return m_entries; }
    QSortFilterProxyModel *entryProxy() const { return m_entryProxy; }
    QTableView *runTable() const { return m_runTable; }
    QLineEdit *filterEdit() const { return m_filter; }
    HistoryFilterBar *filterBar() const { return m_filterBar; }
    QAction *undoAction() const { return m_undo; }
    // Whether the runs shown start with the newest run of all (no filter, first page).
    bool showsNewest() const;

    // What the details table shows, filter applied.
    bool exportCsv(const QString &path, QString *error);
    // Off while a run goes on or before the setup is finished.
    void setUndoAllowed(bool allowed);

public Q_SLOTS:
    void setRuns(const Tandem::RunPage &page);
    void setEntries(qint64 runId, const QList<Tandem::RunEntry> &entries);

Q_SIGNALS:
    void runSelected(qint64 runId);
    void queryChanged(const Tandem::HistoryQuery &query); // another filter or page to load
    void undoRequested(qint64 runId); // "Undo this run…": its preview first

private:
    void onCurrentRunChanged();
    void askExport();
    void updateUndo();

    HistoryFilterBar *m_filterBar = nullptr;
    RunTableModel *m_runs = nullptr;
    RunEntryTableModel *m_entries = nullptr;
    QSortFilterProxyModel *m_entryProxy = nullptr;
    QTableView *m_runTable = nullptr;
    QTableView *m_entryTable = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_details = nullptr;
    QAction *m_undo = nullptr;
    bool m_undoAllowed = true;
};

} // namespace Tandem
