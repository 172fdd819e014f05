#include "ui/historyfilterbar.h"

#include "ui/uitext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Tandem {

namespace {

// The earliest day a date field can show stands for "no bound".
const QDate kAnyDay(2000, 1, 1);

QDateEdit *dayEdit(const QString &name, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(kAnyDay, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(HistoryFilterBar::tr("any day"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_from(dayEdit(tr("Runs from"), QStringLiteral("historyFrom"), this))
    , m_to(dayEdit(tr("Runs to"), QStringLiteral("historyTo"), this))
    , m_record(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_newer(new QPushButton(tr("◀ &Newer"), this))
    , m_older(new QPushButton(tr("&Older ▶"), this))
    , m_pageLabel(new QLabel(this))
{
    m_record->setObjectName(QStringLiteral("historyRecord"));
    m_record->setPlaceholderText(tr("Record id or name"));
    m_record->setAccessibleName(tr("Find runs that wrote a record"));
    m_record->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("historyAction"));
    m_action->setAccessibleName(tr("Find runs by action"));
    m_action->addItem(tr("Any action"));
    for (RunEntry::Action action :
         {RunEntry::Action::Create, RunEntry::Action::Update, RunEntry::Action::Delete,
          RunEntry::Action::Link, RunEntry::Action::Error})
        m_action->addItem(UiText::entryActionLabel(action), int(action));
    m_newer->setObjectName(QStringLiteral("historyNewer"));
    m_older->setObjectName(QStringLiteral("historyOlder"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_record, 1);
    layout->addWidget(m_action);
    layout->addStretch();
    layout->addWidget(m_pageLabel);
    layout->addWidget(m_newer);
    layout->addWidget(m_older);
    setPage({});

    connect(m_from, &QDateEdit::dateChanged, this, &HistoryFilterBar::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryFilterBar::applyFilter);
    connect(m_record, &QLineEdit::editingFinished, this, &HistoryFilterBar::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::applyFilter);
    connect(m_newer, &QPushButton::clicked, this, [this] { turnPage(-1); });
    connect(m_older, &QPushButton::clicked, this, [this] { turnPage(1); });
}

void HistoryFilterBar::setPage(const RunPage &page)
{
    const int last = page.offset + int(page.runs.size());
    m_pageLabel->setText(
        page.runs.isEmpty()
            ? tr("No runs")
            : tr("Runs %1 to %2 of %3").arg(page.offset + 1).arg(last).arg(page.total));
    m_newer->setEnabled(page.offset > 0);
    m_older->setEnabled(last < page.total);
}

void HistoryFilterBar::applyFilter()
{
    HistoryQuery query;
    query.limit = m_query.limit;
    // Days are the user's own: from the start of the first to the end of the last.
    if (m_from->date() != kAnyDay)
        query.from = m_from->date().startOfDay();
    if (m_to->date() != kAnyDay)
        query.to = m_to->date().addDays(1).startOfDay();
    query.record = m_record->text().trimmed();
    if (m_action->currentIndex() > 0)
        query.action = RunEntry::Action(m_action->currentData().toInt());
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged(m_query);
}

void HistoryFilterBar::turnPage(int pages)
{
    m_query.offset = std::max(0, m_query.offset + pages * m_query.limit);
    Q_EMIT queryChanged(m_query);
}

} // namespace Tandem
