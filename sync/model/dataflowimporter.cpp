#include "sync/model/dataflowimporter.h"

#include "sync/model/dataflowsectionparser.h"
#include "sync/model/dataflowtitle.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Tandem {

namespace {

bool isWixCrmFlow(const Flow &flow)
{
    return flow.sourceSystem == QLatin1String("Wix.com")
        && flow.targetSystem == QLatin1String("CRMOffice");
}

// What a flow matches on before creating, when the document says nothing
// (docs/architecture.md#creation-and-matching).
QList<MatchRule> builtInMatchKey(const Flow &flow)
{
    if (!isWixCrmFlow(flow))
        return {};
    if (flow.id == QLatin1String("contacts")) {
        return {{{QStringLiteral("info.name.first"), QStringLiteral("info.name.last"),
                  QStringLiteral("primaryInfo.phone")},
                 {QStringLiteral("givenName"), QStringLiteral("familyName"),
                  QStringLiteral("directPhone")}}};
    }
    if (flow.id == QLatin1String("products"))
        return {{{QStringLiteral("name")}, {QStringLiteral("name")}}};
    return {};
}

CreationDirection reversed(CreationDirection direction)
{
    switch (direction) {
    case CreationDirection::WixToCrmOffice:
        return CreationDirection::CrmOfficeToWix;
    case CreationDirection::CrmOfficeToWix:
        return CreationDirection::WixToCrmOffice;
    case CreationDirection::LinkOnly:
        break;
    }
    return direction;
}

// One document being read: sections in, flows out.
class DocumentImport
{
public:
    bool run(const QList<TextLine> &lines, QString *error);
    QList<Flow> flows() const { return m_flows; }
    QStringList warnings() const { return m_warnings; }

private:
    bool readSection(const TextLine &title, const QList<TextLine> &body, QString *error);
    Flow &flowFor(const DataflowSide &source, const DataflowSide &target);
    void merge(Flow &flow, int creationIndex, DataflowSection section, bool flip);
    void finish();

    DataflowSystems m_systems;
    QString m_primary; // the system whose paths go into wixPath
    QList<Flow> m_flows;
    QList<int> m_creationLines; // per flow: the line that set its creation, 0 if none
    QStringList m_warnings;
};

bool isSectionTitle(const QList<TextLine> &lines, qsizetype i)
{
    return i + 1 < lines.size() && !isBlankLine(lines.at(i)) && indentationOf(lines.at(i).text) == 0
        && indentationOf(lines.at(i + 1).text) == 0
        && isUnderline(lines.at(i + 1).text, QLatin1Char('-'));
}

bool DocumentImport::run(const QList<TextLine> &lines, QString *error)
{
    qsizetype i = 0;
    const std::optional<DataflowSystems> systems = DataflowTitle::readTitleBlock(lines, &i, error);
    if (!systems)
        return false;
    m_systems = *systems;
    const bool wixFirst =
        m_systems.second.compare(QLatin1String("wix.com"), Qt::CaseInsensitive) != 0;
    m_primary = DataflowTitle::canonicalSystem(wixFirst ? m_systems.first : m_systems.second);
    while (i < lines.size() && !isSectionTitle(lines, i))
        ++i;
    while (i < lines.size()) {
        const TextLine &title = lines.at(i);
        qsizetype end = i + 2;
        while (end < lines.size() && !isSectionTitle(lines, end))
            ++end;
        if (!readSection(title, lines.mid(i + 2, end - i - 2), error))
            return false;
        i = end;
    }
    if (m_flows.isEmpty()) {
        *error = DataflowImporter::tr(
                     "line %1: no flow sections found (expected sections titled \"<System> "
                     "<Collection> to <System> <Collection>\" underlined with \"---\")")
                     .arg(lines.isEmpty() ? 1 : lines.last().number);
        return false;
    }
    finish();
    return true;
}

bool DocumentImport::readSection(const TextLine &title, const QList<TextLine> &body, QString *error)
{
    const QString text = title.text.simplified();
    if (text.compare(QLatin1String("Introduction"), Qt::CaseInsensitive) == 0)
        return true;
    const std::optional<DataflowSectionTitle> parsed =
        DataflowTitle::parseSectionTitle(text, m_systems);
    if (!parsed) {
        *error = DataflowImporter::tr(
                     "line %1: expected a section title \"<System> <Collection> to <System> "
                     "<Collection>\" naming %2 and %3, found \"%4\"")
                     .arg(title.number)
                     .arg(m_systems.first, m_systems.second, text);
        return false;
    }
    DataflowSectionParser parser(parsed->left.label(), parsed->right.label(), parsed->right.system);
    std::optional<DataflowSection> section = parser.parse(title.number, text, body, error);
    if (!section)
        return false;
    const bool flip = parsed->left.system.compare(m_primary, Qt::CaseInsensitive) != 0;
    const DataflowSide &source = flip ? parsed->right : parsed->left;
    const DataflowSide &target = flip ? parsed->left : parsed->right;
    Flow &flow = flowFor(source, target);
    merge(flow, int(&flow - m_flows.data()), *section, flip);
    return true;
}

Flow &DocumentImport::flowFor(const DataflowSide &source, const DataflowSide &target)
{
    for (Flow &flow : m_flows) {
        if (flow.sourceCollection.compare(source.collection, Qt::CaseInsensitive) == 0
            && flow.targetCollection.compare(target.collection, Qt::CaseInsensitive) == 0)
            return flow;
    }
    Flow flow;
    const QString base = DataflowImporter::flowIdFor(source.collection, target.collection);
    flow.id = base;
    for (int n = 2; std::any_of(m_flows.cbegin(), m_flows.cend(),
                                [&](const Flow &f) { return f.id == flow.id; });
         ++n)
        flow.id = QStringLiteral("%1-%2").arg(base).arg(n);
    flow.sourceSystem = source.system;
    flow.sourceCollection = source.collection;
    flow.targetSystem = target.system;
    flow.targetCollection = target.collection;
    m_flows.append(flow);
    m_creationLines.append(0);
    return m_flows.last();
}

void DocumentImport::merge(Flow &flow, int index, DataflowSection section, bool flip)
{
    m_warnings.append(section.warnings);
    for (qsizetype i = 0; i < section.pairs.size(); ++i) {
        PropertyPair pair = section.pairs.at(i);
        if (flip)
            std::swap(pair.wixPath, pair.crmPath);
        const auto same =
            std::find_if(flow.pairs.cbegin(), flow.pairs.cend(), [&](const PropertyPair &p) {
                return p.wixPath == pair.wixPath && p.crmPath == pair.crmPath;
            });
        if (same == flow.pairs.cend()) {
            flow.pairs.append(pair);
        } else if (same->type != pair.type) {
            m_warnings.append(DataflowImporter::tr(
                                  "line %1: %2 -> %3 is listed again with another data type; the "
                                  "first one is kept")
                                  .arg(section.pairLines.at(i))
                                  .arg(pair.wixPath, pair.crmPath));
        }
    }
    for (MatchRule rule : section.matchKey) {
        if (flip)
            std::swap(rule.wixPaths, rule.crmPaths);
        if (!flow.matchKey.contains(rule))
            flow.matchKey.append(rule);
    }
    for (const QString &note : section.notes) {
        if (!flow.notes.contains(note))
            flow.notes.append(note);
    }
    if (!section.creation)
        return;
    const CreationDirection creation = flip ? reversed(*section.creation) : *section.creation;
    if (m_creationLines.at(index) == 0) {
        flow.creation = creation;
        m_creationLines[index] = section.creationLine;
    } else if (flow.creation != creation) {
        m_warnings.append(
            DataflowImporter::tr("line %1: the creation sentence contradicts line %2 for the same "
                                 "flow; the first one is kept")
                .arg(section.creationLine)
                .arg(m_creationLines.at(index)));
    }
}

void DocumentImport::finish()
{
    for (qsizetype i = 0; i < m_flows.size(); ++i) {
        Flow &flow = m_flows[i];
        if (m_creationLines.at(i) == 0) {
            flow.creation = CreationDirection::LinkOnly;
            // Conditional creation has been warned about already, and left a note.
            if (flow.notes.isEmpty()) {
                m_warnings.append(
                    DataflowImporter::tr("flow \"%1\": the document says nothing that creates "
                                         "records; imported as link-only")
                        .arg(flow.id));
            }
        }
        if (flow.matchKey.isEmpty())
            flow.matchKey = builtInMatchKey(flow);
    }
}

} // namespace

DataflowImportResult DataflowImporter::importText(const QString &text) const
{
    DataflowImportResult result;
    DocumentImport document;
    if (!document.run(splitTextLines(text), &result.error))
        return result;
    result.ok = true;
    result.flows = document.flows();
    result.warnings = document.warnings();
    return result;
}

DataflowImportResult DataflowImporter::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DataflowImportResult result;
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return importText(QString::fromUtf8(file.readAll()));
}

QString DataflowImporter::flowIdFor(const QString &sourceCollection,
                                    const QString &targetCollection)
{
    const QString source = sourceCollection.toLower();
    const QString target = targetCollection.toLower();
    if (source == QLatin1String("contacts") && target == QLatin1String("contacts"))
        return QStringLiteral("contacts");
    if (source == QLatin1String("products") && target == QLatin1String("companies"))
        return QStringLiteral("products");
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString slug = source == target ? source : source + QLatin1Char('-') + target;
    slug.replace(nonWord, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("flow") : slug;
}

} // namespace Tandem
