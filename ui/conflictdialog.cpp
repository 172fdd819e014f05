#include "ui/conflictdialog.h"

#include "ui/conflictfieldmodel.h"
#include "ui/recordtable.h"
#include "ui/uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Tandem {

ConflictDialog::ConflictDialog(const QList<Conflict> &conflicts, const ConflictRecord &given,
                               QWidget *parent)
    : QDialog(parent)
{
    const ConflictRecord record =
        given.fields.isEmpty() ? ConflictRecord::ofConflicts(conflicts) : given;
    const Conflict first = conflicts.value(0);
    const QString name = UiText::linkedRecordText(record.name, first.flowId, first.linkId);
    setWindowTitle(tr("Resolve conflicts: %1").arg(name));
    setObjectName(QStringLiteral("conflictDialog"));
    for (const Conflict &c : conflicts)
        m_rows.append({c, nullptr, nullptr});

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Both sides changed %1 (%2) since the last sync. Choose the "
                                "value to keep for each field in bold; the next sync writes it "
                                "to both sides.")
                                 .arg(name, UiText::flowLabel(first.flowId)),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_recordTable = new RecordTable(tr("%1 on both sides").arg(name), this);
    m_recordTable->setObjectName(QStringLiteral("conflictRecordTable"));
    m_recordTable->setModel(new ConflictFieldModel(record.fields, m_recordTable));
    m_recordTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (!record.wixId.isEmpty())
        m_recordTable->setToolTip(UiText::recordIdsText(record.wixId, record.crmId));
    layout->addWidget(m_recordTable, 1);

    auto *bulk = new QHBoxLayout;
    auto *allWix = new QPushButton(tr("Take &Wix for all"), this);
    auto *allCrm = new QPushButton(tr("Take &CRMOffice for all"), this);
    allWix->setObjectName(QStringLiteral("takeWixForAllButton"));
    allCrm->setObjectName(QStringLiteral("takeCrmForAllButton"));
    bulk->addWidget(allWix);
    bulk->addWidget(allCrm);
    bulk->addStretch();
    layout->addLayout(bulk);
    connect(allWix, &QPushButton::clicked, this,
            [this] { chooseAll(Conflict::Resolution::TakeWix); });
    connect(allCrm, &QPushButton::clicked, this,
            [this] { chooseAll(Conflict::Resolution::TakeCrmOffice); });

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Not a tab stop of its own: Tab goes straight to the fields' choices, and the area scrolls
    // to whichever has focus. As a stop it would be an unnamed, silent one.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(buildGrid());
    layout->addWidget(scroll, 1);

    m_syncAfterwards = new QCheckBox(tr("&Sync now to apply these choices"), this);
    m_syncAfterwards->setChecked(true);
    m_syncAfterwards->setObjectName(QStringLiteral("syncAfterwardsCheck"));
    layout->addWidget(m_syncAfterwards);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resolve"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 520);
}

QWidget *ConflictDialog::buildGrid()
{
    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    const QStringList headers = {tr("Field"),        tr("Wix value"), tr("CRMOffice value"),
                                 tr("At last sync"), tr("Keep"),      tr("Typed value")};
    for (int col = 0; col < headers.size(); ++col) {
        auto *header =
            new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(col).toHtmlEscaped()), grid);
        layout->addWidget(header, 0, col);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const Conflict &c = row.conflict;
        const int r = i + 1;
        layout->addWidget(new QLabel(c.field, grid), r, 0);
        layout->addWidget(new QLabel(UiText::valueText(c.wixValue), grid), r, 1);
        layout->addWidget(new QLabel(UiText::valueText(c.crmValue), grid), r, 2);
        layout->addWidget(new QLabel(UiText::valueText(c.baseValue), grid), r, 3);
        row.choice = new QComboBox(grid);
        row.choice->addItem(tr("Decide later"), int(Conflict::Resolution::Open));
        row.choice->addItem(tr("Take Wix"), int(Conflict::Resolution::TakeWix));
        row.choice->addItem(tr("Take CRMOffice"), int(Conflict::Resolution::TakeCrmOffice));
        row.choice->addItem(tr("Type a value"), int(Conflict::Resolution::Value));
        row.choice->setAccessibleName(tr("Keep for %1").arg(c.field));
        row.typed = new QLineEdit(grid);
        row.typed->setAccessibleName(tr("Typed value for %1").arg(c.field));
        row.choice->setObjectName(QStringLiteral("choiceCombo_%1").arg(c.id));
        row.typed->setObjectName(QStringLiteral("typedValueEdit_%1").arg(c.id));
        row.typed->setEnabled(false);
        layout->addWidget(row.choice, r, 4);
        layout->addWidget(row.typed, r, 5);
        QLineEdit *typed = row.typed;
        QComboBox *choice = row.choice;
        connect(row.choice, &QComboBox::currentIndexChanged, this, [typed, choice] {
            typed->setEnabled(choice->currentData().toInt() == int(Conflict::Resolution::Value));
        });
    }
    layout->setRowStretch(int(m_rows.size()) + 1, 1);
    return grid;
}

void ConflictDialog::choose(int row, Conflict::Resolution resolution, const QString &typed)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].choice->setCurrentIndex(m_rows[row].choice->findData(int(resolution)));
    if (resolution == Conflict::Resolution::Value)
        m_rows[row].typed->setText(typed);
}

void ConflictDialog::chooseAll(Conflict::Resolution resolution)
{
    for (int row = 0; row < m_rows.size(); ++row)
        choose(row, resolution);
}

QJsonValue ConflictDialog::typedValue(const Conflict &conflict, const QString &text)
{
    // Keep the field's JSON type when both sides hold numbers or booleans.
    if (conflict.wixValue.isDouble() && conflict.crmValue.isDouble()) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            return number;
    }
    if (text.isEmpty())
        return QJsonValue::Null;
    return text;
}

QList<ConflictDialog::Choice> ConflictDialog::choices() const
{
    QList<Choice> result;
    for (const Row &row : m_rows) {
        const auto resolution = Conflict::Resolution(row.choice->currentData().toInt());
        if (resolution == Conflict::Resolution::Open)
            continue;
        Choice choice{row.conflict.id, resolution, {}};
        if (resolution == Conflict::Resolution::Value)
            choice.value = typedValue(row.conflict, row.typed->text());
        result << choice;
    }
    return result;
}

bool ConflictDialog::syncAfterwards() const
{
    return m_syncAfterwards->isChecked();
}

} // namespace Tandem
