#include "ui/overviewpage.h"

#include "sync/connectors/wixcatalogprobe.h"
#include "ui/plantablemodel.h"
#include "ui/recordtable.h"
#include "ui/uitext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tandem {

namespace {
QToolButton *actionButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

// A value's accessible name is its text, so a screen reader speaks the value; the caption that
// QFormLayout pairs with it (as its buddy) and the description say what the value is.
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

OverviewPage::OverviewPage(QAction *syncNow, QAction *preview, QAction *cancel, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildAccounts());
    layout->addWidget(buildRun(syncNow, preview, cancel));
    layout->addWidget(buildPlan(), 1);
}

QGroupBox *OverviewPage::buildAccounts()
{
    auto *box = new QGroupBox(tr("Accounts"), this);
    auto *form = new QFormLayout(box);
    m_wixStatus = valueLabel(tr("Not checked yet"), box);
    m_crmStatus = valueLabel(tr("Not checked yet"), box);
    m_wixStatus->setAccessibleDescription(tr("Wix status"));
    m_wixStatus->setObjectName(QStringLiteral("wixStatusLabel"));
    m_crmStatus->setObjectName(QStringLiteral("crmStatusLabel"));
    m_crmStatus->setAccessibleDescription(tr("CRMOffice status"));
    form->addRow(tr("Wix:"), m_wixStatus);
    m_wixCatalog = valueLabel(tr("Known after the first sync"), box);
    m_wixCatalog->setAccessibleDescription(tr("Wix product catalog"));
    m_wixCatalog->setObjectName(QStringLiteral("wixCatalogLabel"));
    form->addRow(tr("CRMOffice:"), m_crmStatus);
    form->addRow(tr("Wix products:"), m_wixCatalog);
    return box;
}

QGroupBox *OverviewPage::buildRun(QAction *syncNow, QAction *preview, QAction *cancel)
{
    auto *box = new QGroupBox(tr("Sync"), this);
    auto *layout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    m_lastRun = valueLabel(tr("No run yet"), box);
    m_lastRun->setAccessibleDescription(tr("Last run"));
    m_lastRun->setObjectName(QStringLiteral("lastRunLabel"));
    m_nextRun = valueLabel(tr("No schedule"), box);
    m_nextRun->setAccessibleDescription(tr("Next scheduled run"));
    m_nextRun->setObjectName(QStringLiteral("nextRunLabel"));
    form->addRow(tr("Last run:"), m_lastRun);
    form->addRow(tr("Next run:"), m_nextRun);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(syncNow, QStringLiteral("syncNowButton"), box));
    buttons->addWidget(actionButton(preview, QStringLiteral("previewButton"), box));
    buttons->addWidget(actionButton(cancel, QStringLiteral("cancelButton"), box));
    buttons->addStretch();
    layout->addLayout(buttons);

    m_phase = valueLabel(tr("Idle"), box);
    m_phase->setAccessibleDescription(tr("Run phase"));
    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    m_progress = new QProgressBar(box);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    return box;
}

void OverviewPage::setSetupNeeded(bool needed)
{
    m_phase->setText(needed ? setupNeededText() : tr("Idle"));
}

QString OverviewPage::setupNeededText()
{
    return tr("Set up both accounts first (File ▸ Set up accounts…): until then there is "
              "nothing to sync.");
}

QGroupBox *OverviewPage::buildPlan()
{
    m_planBox = new QGroupBox(tr("Preview"), this);
    auto *layout = new QVBoxLayout(m_planBox);
    m_planNote = valueLabel(tr("Preview shows what a sync would change, without writing anything."),
                            m_planBox);
    m_planModel = new PlanTableModel(this);
    m_planView = new RecordTable(tr("Planned changes"), m_planBox);
    m_planView->setModel(m_planModel);
    m_planView->setObjectName(QStringLiteral("planTable"));
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_planNote);
    layout->addWidget(m_planView);
    return m_planBox;
}

void OverviewPage::setAccountStatus(Side side, bool ok, const QString &text)
{
    QLabel *label = side == Side::Wix ? m_wixStatus : m_crmStatus;
    label->setText(ok ? text : tr("Problem: %1").arg(text));
}

void OverviewPage::setWixCatalog(const QString &catalog)
{
    m_wixCatalog->setText(wixCatalogText(catalog));
}

void OverviewPage::setNextRun(const QDateTime &next)
{
    m_nextRun->setText(next.isValid() ? UiText::dateTimeText(next) : tr("No schedule"));
}

void OverviewPage::setLastRun(const QString &text)
{
    m_lastRun->setText(text);
}

void OverviewPage::onRunStarted(bool dryRun, qint64 undoRunId)
{
    m_progress->setRange(0, 0);
    if (undoRunId != 0) {
        m_phase->setText(dryRun ? tr("Preview of the undo of run %1 started").arg(undoRunId)
                                : tr("Undo of run %1 started").arg(undoRunId));
        return;
    }
    m_phase->setText(dryRun ? tr("Preview started") : tr("Sync started"));
    if (dryRun)
        m_planModel->setPlan({});
}

void OverviewPage::onProgressChanged(const RunProgress &progress)
{
    QString text =
        tr("%1: %2").arg(UiText::flowLabel(progress.flowId), UiText::phaseLabel(progress.phase));
    if (progress.total > 0) {
        text += QLatin1Char(' ') + tr("(%1 of %2)").arg(progress.done).arg(progress.total);
        m_progress->setRange(0, progress.total);
        m_progress->setValue(qMin(progress.done, progress.total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_phase->setText(text);
}

void OverviewPage::onRunEnded(RunRecord::Status status)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_phase->setText(UiText::runStatusLabel(status));
}

void OverviewPage::onRunFinished(const RunSummary &summary)
{
    onRunEnded(summary.status);
    setLastRun(UiText::summaryText(summary));
    if (!summary.dryRun)
        return;
    m_planModel->setPlan(summary.plan);
    m_planNote->setText(
        m_planModel->rowCount() == 0
            ? tr("The preview found nothing to change.")
            : tr("A sync would make these %n changes. Nothing has been written yet.", nullptr,
                 m_planModel->rowCount()));
}

} // namespace Tandem
