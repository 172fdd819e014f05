#include "ui/mappingreviewpage.h"

#include "sync/runtime/workerprofile.h"
#include "ui/mappingtablemodel.h"
#include "ui/recordtable.h"
#include "ui/uitext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tandem {

MappingReviewPage::MappingReviewPage(const QString &profileDir, QWidget *parent)
    : QWizardPage(parent)
    , m_profileDir(profileDir)
{
    setTitle(tr("What Tandem keeps in sync"));
    setSubTitle(tr("These property pairs come from the dataflow document. You can change them "
                   "later on the Mappings page."));
    auto *layout = new QVBoxLayout(this);
    m_flows = new QVBoxLayout;
    layout->addLayout(m_flows);
}

void MappingReviewPage::initializePage()
{
    while (QLayoutItem *item = m_flows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString error;
    const std::optional<Mapping> mapping = WorkerProfile::mapping(m_profileDir, &error);
    if (!mapping) {
        auto *label = new QLabel(tr("The mapping could not be read: %1").arg(error), this);
        label->setWordWrap(true);
        m_flows->addWidget(label);
        return;
    }
    for (const Flow &flow : mapping->flows)
        addFlowView(flow);
}

void MappingReviewPage::addFlowView(const Flow &flow)
{
    const QString name = UiText::flowLabel(flow.id);
    auto *title = new QLabel(
        tr("<b>%1</b>: %2; when both sides changed: %3; deletions: %4")
            .arg(name.toHtmlEscaped(), UiText::creationLabel(flow.creation).toHtmlEscaped(),
                 UiText::conflictPolicyLabel(flow.conflictPolicy).toHtmlEscaped(),
                 UiText::deletionPolicyLabel(flow.deletionPolicy).toHtmlEscaped()),
        this);
    title->setWordWrap(true);
    auto *model = new MappingTableModel(this);
    model->setFlow(flow);
    auto *view = new RecordTable(tr("Property pairs of %1").arg(name), this);
    view->setObjectName(QStringLiteral("reviewTable_%1").arg(flow.id));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(view, &QObject::destroyed, model, &QObject::deleteLater);
    m_flows->addWidget(title);
    m_flows->addWidget(view);
}

} // namespace Tandem
