#include "ui/finishpage.h"

#include "ui/setupwidgets.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Tandem {

FinishPage::FinishPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Tandem saves the accounts. Nothing is written to Wix or CRMOffice until "
                   "you sync."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_status = SetupWidgets::statusLabel(QStringLiteral("saveStatus"), this);
    m_stateNote = SetupWidgets::statusLabel(QStringLiteral("stateNote"), this);
    m_dryRun =
        new QCheckBox(tr("&Preview the first sync now (a dry run: nothing is written)"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunCheck"));
    m_dryRun->setChecked(true);
    layout->addWidget(m_status);
    layout->addWidget(m_stateNote);
    layout->addWidget(m_dryRun);
    layout->addStretch(1);
}

void FinishPage::setSaving()
{
    m_done = false;
    m_status->setText(tr("Saving…"));
    Q_EMIT completeChanged();
}

void FinishPage::setSaved(const QString &text, bool ok)
{
    m_done = true;
    SetupWidgets::showResult(m_status, ok, text);
    Q_EMIT completeChanged();
}

void FinishPage::setStateNote(const QString &text)
{
    m_stateNote->setText(text);
}

bool FinishPage::dryRunRequested() const
{
    return m_dryRun->isChecked();
}

bool FinishPage::isComplete() const
{
    return m_done;
}

} // namespace Tandem
