#include "ui/deletionguarddialog.h"

#include "ui/uitext.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem {

namespace {
QString deletionLine(const QString &flowId, const QString &entry, const QString &name)
{
    // Entries are "wix:<id>" or "crmoffice:<id>": the side that would lose the record.
    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
    const QString side = entry.left(colon);
    const QString id = entry.mid(colon + 1);
    const QString sideText = side == QLatin1String("wix") ? UiText::sideLabel(Side::Wix)
                                                          : UiText::sideLabel(Side::CrmOffice);
    if (name.isEmpty())
        return DeletionGuardDialog::tr("%1: delete %2 in %3")
            .arg(UiText::flowLabel(flowId), id, sideText);
    return DeletionGuardDialog::tr("%1: delete %2 in %3 (id %4)")
        .arg(UiText::flowLabel(flowId), name, sideText, id);
}
} // namespace

DeletionGuardDialog::DeletionGuardDialog(const RunSummary &summary, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Many records would be deleted"));
    setObjectName(QStringLiteral("deletionGuardDialog"));
    auto *list = new QListWidget(this);
    list->setAccessibleName(tr("Records that would be deleted"));
    list->setObjectName(QStringLiteral("wouldDeleteList"));
    for (const FlowSummary &flow : summary.flows) {
        for (qsizetype i = 0; i < flow.wouldDelete.size(); ++i)
            list->addItem(
                deletionLine(flow.flowId, flow.wouldDelete.at(i), flow.wouldDeleteNames.value(i)));
    }
    m_count = list->count();

    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("This sync would delete %n record(s), more than the usual share. "
                               "Nothing has been deleted yet. Check the list: if the records "
                               "were removed on purpose, delete them on the other side too.",
                               nullptr, m_count),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Delete them"), QDialogButtonBox::AcceptRole);
    QPushButton *keep = buttons->addButton(tr("&Keep them"), QDialogButtonBox::RejectRole);
    keep->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 400);
}

} // namespace Tandem
