#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/store/storetypes.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace Tandem {

class ConflictDialog;
class ConflictTableModel;

// The open conflicts, filterable; resolution one record at a time through ConflictDialog or in
// bulk for a selection. Resolutions are applied by the next sync, which the page offers.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(QWidget *parent = nullptr);

    ConflictTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    bool applyBarVisible() const;

    ConflictDialog *openDialogForSelection(); // non-modal to the event loop: open(), not exec()
    void resolveSelection(Conflict::Resolution resolution);

public Q_SLOTS:
    void setConflicts(const QList<Tandem::Conflict> &conflicts,
                      const QList<Tandem::ConflictRecord> &records = {});
    void onConflictResolved(qint64 conflictId);

Q_SIGNALS:
    void resolveRequested(qint64 conflictId, Tandem::Conflict::Resolution resolution,
                          const QJsonValue &value);
    void syncRequested();

private:
    QList<int> selectedSourceRows() const;
    void onDialogFinished(ConflictDialog *dialog, int result);
    void showApplyBar(int resolved);

    ConflictTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QWidget *m_applyBar = nullptr;
    QLabel *m_applyText = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Tandem
