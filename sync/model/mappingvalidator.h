#pragma once

#include "sync/model/mapping.h"

#include <QCoreApplication>

namespace Tandem {

struct ValidationIssue
{
    QString flowId;
    int row = 0; // 1-based row of the flow's pairs (or match key), 0 for the flow as a whole
    QString message; // user-visible, names the flow and the row
};

// Checks a mapping before it is saved or run: empty paths, a path mapped twice in one flow,
// a data type that cannot hold what the source side holds, a company without its name.
class MappingValidator
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::MappingValidator)

public:
    QList<ValidationIssue> validate(const Mapping &mapping) const;
    static QStringList messages(const QList<ValidationIssue> &issues);
    // Pairs naming a property the connectors do not read and write (FieldCatalog): a mapping
    // file or dataflow document with any is refused on import.
    QList<ValidationIssue> unsyncedProperties(const Mapping &mapping) const;

private:
    void checkPaths(const Flow &flow, QList<ValidationIssue> *issues) const;
    void checkTypes(const Flow &flow, QList<ValidationIssue> *issues) const;
    void checkRequired(const Flow &flow, QList<ValidationIssue> *issues) const;
    void checkSynced(const Flow &flow, QList<ValidationIssue> *issues) const;
    void checkMatchKey(const Flow &flow, QList<ValidationIssue> *issues) const;
};

// Whether every value of type `source` can be stored as `target` without loss.
bool dataTypeCanHold(DataType target, DataType source);

} // namespace Tandem
