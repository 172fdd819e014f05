#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace Tandem {

struct Flow;

// What will be kept in sync: each flow's property pairs and policies, read-only here (the
// Mappings page edits them).
class MappingReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MappingReviewPage(const QString &profileDir, QWidget *parent = nullptr);

    void initializePage() override;

private:
    void addFlowView(const Flow &flow);

    QString m_profileDir;
    QVBoxLayout *m_flows = nullptr;
};

} // namespace Tandem
