#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace Tandem {

// The last page: where the settings and the secrets went (or why a secret was not kept), and
// the offer of a dry run. The wizard saves while this page shows; Finish waits for it.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(QWidget *parent = nullptr);

    void setSaving();
    void setSaved(const QString &text, bool ok);
    // What became of the sync state (the accounts changed: where the old one went).
    void setStateNote(const QString &text);
    bool dryRunRequested() const;

    bool isComplete() const override;

private:
    QLabel *m_status = nullptr;
    QLabel *m_stateNote = nullptr;
    QCheckBox *m_dryRun = nullptr;
    bool m_done = false;
};

} // namespace Tandem
