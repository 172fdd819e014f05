#pragma once

#include "sync/store/historyquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tandem {

// The History page's search over all the history kept: a date range, a record (id or a value
// written, such as a name) and an action, and the page of runs shown with buttons to turn it.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryFilterBar(QWidget *parent = nullptr);

    HistoryQuery query() const { return m_query; }
    void setPage(const RunPage &page); // what the last answer held: the label and the buttons

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *recordEdit() const { return m_record; }
    QComboBox *actionBox() const { return m_action; }
    QPushButton *newerButton() const { return m_newer; }
    QPushButton *olderButton() const { return m_older; }
    QLabel *pageLabel() const { return m_pageLabel; }

public Q_SLOTS:
    void applyFilter(); // reads the fields, back to the newest page

Q_SIGNALS:
    void queryChanged(const Tandem::HistoryQuery &query);

private:
    void turnPage(int pages);

    HistoryQuery m_query;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_record = nullptr;
    QComboBox *m_action = nullptr;
    QPushButton *m_newer = nullptr;
    QPushButton *m_older = nullptr;
    QLabel *m_pageLabel = nullptr;
};

} // namespace Tandem
