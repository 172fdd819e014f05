#pragma once

#include "sync/model/mapping.h"
#include "ui/mappingtablemodel.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace Tandem {

class FlowEditor;

// The mapping, one tab per flow, with import of a dataflow document and import/export of the
// mapping file. Reading and writing files goes through the model's load and save functions.
// Edits the validator refuses are shown inline and change nothing; once a profile is open,
// every accepted change is saved to its mapping file, which the next run reads. An imported
// mapping with problems is shown with them and saved once they are fixed.
class MappingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MappingsPage(QWidget *parent = nullptr);

    // Shows the profile's mapping (the shipped one when it has none) and saves changes there.
    bool openProfile(const QString &profileDir);
    void setMapping(const Mapping &mapping);
    Mapping mapping() const;
    QList<FlowEditor *> editors() const { return m_editors; }
    QString message() const;

    bool importDataflowDocument(const QString &path);
    bool importMappingFile(const QString &path);
    bool exportMappingFile(const QString &path);

Q_SIGNALS:
    void mappingChanged(const Tandem::Mapping &mapping);

private:
    bool refuseUnsynced(const Mapping &mapping, const QString &path);
    void showMessage(const QString &text, bool error);
    void saveToProfile(const Mapping &mapping);
    void replaceMapping(const Mapping &mapping, const QString &from, const QStringList &notes = {});
    void askImportDataflow();
    void askImportMapping();
    void askExportMapping();

    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QList<FlowEditor *> m_editors;
    MappingTableModel::Validator m_validator;
    QString m_profileMappingPath; // empty until a profile is open
    bool m_showsProblems = false; // the message lists what makes the mapping unusable
};

} // namespace Tandem
