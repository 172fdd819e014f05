#pragma once

#include "sync/model/mapping.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tandem {

struct DataflowImportResult
{
    bool ok = false;
    QList<Flow> flows; // empty unless ok: nothing partial on error
    QStringList warnings; // what was read but not (fully) applied, e.g. conditional creation
    QString error; // "line 27: ...", user-visible
};

// Imports a dataflow document (grammar: docs/dataflow-format.md) into flows. The side of
// "Wix.com" (or, between two other systems, the title's first system) becomes the flow's
// source and the pairs' `wixPath`. Repeated sections merge into the first; rows are never
// duplicated nor removed by a repeat.
class DataflowImporter
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::DataflowImporter)

public:
    DataflowImportResult importText(const QString &text) const;
    DataflowImportResult importFile(const QString &path) const;

    // "contacts" for Contacts<->Contacts, "products" for Products<->Companies, else a slug.
    static QString flowIdFor(const QString &sourceCollection, const QString &targetCollection);
};

} // namespace Tandem
