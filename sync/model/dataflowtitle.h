#pragma once

#include "sync/model/dataflowtext.h"

#include <QCoreApplication>

#include <optional>

namespace Tandem {

// The two systems a dataflow document is about, from its title "<A> to <B> Dataflow".
struct DataflowSystems
{
    QString first;
    QString second;
};

// One side of a section title: "Wix.com Contacts" -> system "Wix.com", collection "Contacts".
struct DataflowSide
{
    QString system;
    QString collection;

    QString label() const { return system + QLatin1Char(' ') + collection; }
};

struct DataflowSectionTitle
{
    DataflowSide left;
    DataflowSide right;
};

class DataflowTitle
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::DataflowTitle)

public:
    // Reads the title block at the start of `lines` (blank lines before it allowed) and the
    // optional "Generated:" line after it; `next` is set to the line index after them.
    static std::optional<DataflowSystems> readTitleBlock(const QList<TextLine> &lines,
                                                         qsizetype *next, QString *error);

    // "<System> <Collection> to <System> <Collection>", the systems being the document's two,
    // compared case-insensitively; the system names are returned in their canonical spelling.
    static std::optional<DataflowSectionTitle> parseSectionTitle(const QString &title,
                                                                 const DataflowSystems &systems);

    // "Wix.com" and "CRMOffice" in any case become these spellings; other names stay as given.
    static QString canonicalSystem(const QString &name);
};

} // namespace Tandem
