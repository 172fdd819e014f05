#include "ui/mappingspage.h"

#include "sync/model/dataflowimporter.h"
#include "sync/model/mappingjson.h"
#include "sync/model/mappingvalidator.h"
#include "sync/runtime/workerprofile.h"
#include "ui/floweditor.h"
#include "ui/uitext.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Tandem {

MappingsPage::MappingsPage(QWidget *parent)
    : QWidget(parent)
    , m_validator([](const Flow &flow) {
        Mapping candidate;
        candidate.flows = {flow};
        return MappingValidator::messages(MappingValidator().validate(candidate));
    })
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *importDoc = new QPushButton(tr("Import &dataflow document…"), this);
    auto *importJson = new QPushButton(tr("&Import mapping…"), this);
    auto *exportJson = new QPushButton(tr("&Export mapping…"), this);
    importDoc->setObjectName(QStringLiteral("importDataflowButton"));
    importJson->setObjectName(QStringLiteral("importMappingButton"));
    exportJson->setObjectName(QStringLiteral("exportMappingButton"));
    buttons->addWidget(importDoc);
    buttons->addWidget(importJson);
    buttons->addWidget(exportJson);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleDescription(tr("Mapping message")); // its text is its name
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Flows"));
    m_tabs->setObjectName(QStringLiteral("flowTabs"));
    layout->addWidget(m_tabs, 1);

    connect(importDoc, &QPushButton::clicked, this, &MappingsPage::askImportDataflow);
    connect(importJson, &QPushButton::clicked, this, &MappingsPage::askImportMapping);
    connect(exportJson, &QPushButton::clicked, this, &MappingsPage::askExportMapping);
    connect(this, &MappingsPage::mappingChanged, this, &MappingsPage::saveToProfile);
}

bool MappingsPage::openProfile(const QString &profileDir)
{
    m_profileMappingPath.clear();
    QString error;
    const std::optional<Mapping> loaded = WorkerProfile::mapping(profileDir, &error);
    if (!loaded) {
        setMapping({});
        showMessage(
            tr("Could not import %1: %2").arg(WorkerProfile::mappingPath(profileDir), error), true);
        return false;
    }
    setMapping(*loaded);
    m_profileMappingPath = WorkerProfile::mappingPath(profileDir);
    return true;
}

// A mapping a run would refuse is kept on the page to be fixed, not saved over a good one.
void MappingsPage::saveToProfile(const Mapping &mapping)
{
    if (!MappingValidator().validate(mapping).isEmpty())
        return;
    if (m_showsProblems) {
        m_showsProblems = false;
        showMessage({}, false);
    }
    if (m_profileMappingPath.isEmpty())
        return;
    QString error;
    if (!saveMappingFile(mapping, m_profileMappingPath, &error))
        showMessage(tr("Could not export to %1: %2").arg(m_profileMappingPath, error), true);
}

void MappingsPage::setMapping(const Mapping &mapping)
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_editors.clear();
    for (const Flow &flow : mapping.flows) {
        auto *editor = new FlowEditor(flow, m_tabs);
        editor->model()->setValidator(m_validator);
        m_tabs->addTab(editor, UiText::flowLabel(flow.id));
        m_editors << editor;
        connect(editor, &FlowEditor::flowChanged, this,
                [this] { Q_EMIT mappingChanged(this->mapping()); });
    }
}

Mapping MappingsPage::mapping() const
{
    Mapping result;
    for (const FlowEditor *editor : m_editors)
        result.flows << editor->flow();
    return result;
}

QString MappingsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MappingsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void MappingsPage::replaceMapping(const Mapping &mapping, const QString &from,
                                  const QStringList &notes)
{
    setMapping(mapping);
    // A document may leave out what a run needs (a company's name): say so now, not at the run.
    const QStringList problems = MappingValidator::messages(MappingValidator().validate(mapping));
    QStringList lines = {
        tr("Loaded %n flow(s) from %1.", nullptr, int(mapping.flows.size())).arg(from)};
    lines << notes << problems;
    m_showsProblems = !problems.isEmpty();
    showMessage(lines.join(QLatin1Char('\n')), m_showsProblems);
    Q_EMIT mappingChanged(mapping);
}

bool MappingsPage::importDataflowDocument(const QString &path)
{
    const DataflowImportResult result = DataflowImporter().importFile(path);
    if (!result.ok) {
        showMessage(tr("Could not import %1: %2").arg(path, result.error), true);
        return false;
    }
    Mapping imported;
    imported.flows = result.flows;
    if (refuseUnsynced(imported, path))
        return false;
    replaceMapping(imported, path, result.warnings);
    return true;
}

// A pair naming a property no connector reads or writes would only look synced: such a file
// is refused whole, each such path named with the reason, and the page keeps its mapping.
bool MappingsPage::refuseUnsynced(const Mapping &mapping, const QString &path)
{
    const QStringList problems =
        MappingValidator::messages(MappingValidator().unsyncedProperties(mapping));
    if (problems.isEmpty())
        return false;
    showMessage(tr("Could not import %1:").arg(path) + QLatin1Char('\n')
                    + problems.join(QLatin1Char('\n')),
                true);
    return true;
}

bool MappingsPage::importMappingFile(const QString &path)
{
    QString error;
    const std::optional<Mapping> loaded = loadMappingFile(path, &error);
    if (!loaded) {
        showMessage(tr("Could not import %1: %2").arg(path, error), true);
        return false;
    }
    if (refuseUnsynced(*loaded, path))
        return false;
    replaceMapping(*loaded, path);
    return true;
}

bool MappingsPage::exportMappingFile(const QString &path)
{
    QString error;
    if (!saveMappingFile(mapping(), path, &error)) {
        showMessage(tr("Could not export to %1: %2").arg(path, error), true);
        return false;
    }
    showMessage(tr("Exported the mapping to %1.").arg(path), false);
    return true;
}

void MappingsPage::askImportDataflow()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import dataflow document"), {},
                                     tr("Dataflow documents (*.rst *.txt);;All files (*)"));
    if (!path.isEmpty())
        importDataflowDocument(path);
}

void MappingsPage::askImportMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import mapping"), {},
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importMappingFile(path);
}

void MappingsPage::askExportMapping()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export mapping"), QStringLiteral("mapping.json"), tr("Mapping files (*.json)"));
    if (!path.isEmpty())
        exportMappingFile(path);
}

} // namespace Tandem
