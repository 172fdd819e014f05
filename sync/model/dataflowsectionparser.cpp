#include "sync/model/dataflowsectionparser.h"

#include "sync/model/dataflowsentence.h"
#include "sync/model/mappingenums.h"

#include <QCoreApplication>

namespace Tandem {

namespace {

// The type cell is quoted in the documents ("string"); a few spellings other generators use
// are accepted as the same type.
std::optional<DataType> documentDataType(const QString &cell)
{
    QString name = cell.trimmed().toLower();
    for (const QString &quote : {QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("`")}) {
        if (name.size() >= 2 && name.startsWith(quote) && name.endsWith(quote))
            name = name.mid(1, name.size() - 2).trimmed();
    }
    if (name.size() >= 2 && name.startsWith(QChar(0x201C)) && name.endsWith(QChar(0x201D)))
        name = name.mid(1, name.size() - 2).trimmed();
    if (name == QLatin1String("int"))
        return DataType::Integer;
    if (name == QLatin1String("bool"))
        return DataType::Boolean;
    if (name == QLatin1String("decimal") || name == QLatin1String("float"))
        return DataType::Number;
    if (name == QLatin1String("date-time") || name == QLatin1String("timestamp"))
        return DataType::DateTime;
    return dataTypeFromName(name);
}

QStringList pathList(const QString &cell)
{
    QStringList paths;
    for (const QString &part : cell.split(QLatin1Char(',')))
        paths.append(part.trimmed());
    return paths;
}

bool isDirective(const TextLine &line)
{
    return line.text.startsWith(QLatin1String(".."));
}

} // namespace

DataflowSectionParser::DataflowSectionParser(const QString &leftLabel, const QString &rightLabel,
                                             const QString &rightSystem)
    : m_left(leftLabel.simplified())
    , m_right(rightLabel.simplified())
    , m_rightSystem(rightSystem)
{}

std::optional<DataflowSection> DataflowSectionParser::parse(int titleLine, const QString &title,
                                                            const QList<TextLine> &body,
                                                            QString *error)
{
    m_section = DataflowSection();
    m_section.line = titleLine;
    m_section.title = title;
    m_expect = Expect::Nothing;
    qsizetype i = 0;
    while (i < body.size()) {
        if (isBlankLine(body.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i++;
        if (isDirective(body.at(start))) {
            while (i < body.size()
                   && (isBlankLine(body.at(i)) || indentationOf(body.at(i).text) > 0))
                ++i;
            if (!readTable(body.mid(start, i - start), error))
                return std::nullopt;
        } else {
            while (i < body.size() && !isBlankLine(body.at(i)) && !isDirective(body.at(i)))
                ++i;
            if (!readParagraph(body.mid(start, i - start), error))
                return std::nullopt;
        }
    }
    if (m_expect != Expect::Nothing) {
        *error = tr("line %1: expected a list-table after this sentence").arg(m_expectLine);
        return std::nullopt;
    }
    return m_section;
}

bool DataflowSectionParser::readParagraph(const QList<TextLine> &lines, QString *error)
{
    const int line = lines.first().number;
    if (m_expect != Expect::Nothing) {
        *error = tr("line %1: expected a list-table after the sentence on line %2")
                     .arg(line)
                     .arg(m_expectLine);
        return false;
    }
    QStringList texts;
    for (const TextLine &l : lines)
        texts.append(l.text.trimmed());
    const QString text = texts.join(QLatin1Char(' '));
    const DataflowSentence sentence = DataflowSentence::parse(text);
    switch (sentence.kind) {
    case DataflowSentence::Kind::Creation:
        readCreation(line, sentence.first, sentence.second);
        break;
    case DataflowSentence::Kind::LinkOnly:
        if (!m_section.creation) {
            m_section.creation = CreationDirection::LinkOnly;
            m_section.creationLine = line;
        }
        break;
    case DataflowSentence::Kind::ConditionalCreation:
        m_section.notes.append(text.simplified());
        warn(line,
             tr("conditional creation is not supported yet; the sentence is kept as a note "
                "on the flow and creates nothing: \"%1\"")
                 .arg(text.simplified()));
        break;
    case DataflowSentence::Kind::KeepInSync:
        break; // two-way after linking is what every pair does by default
    case DataflowSentence::Kind::MatchKeyIntro:
        m_expect = Expect::MatchTable;
        m_expectLine = line;
        break;
    case DataflowSentence::Kind::PropertiesIntro:
        m_expect = Expect::PropertyTable;
        m_expectLine = line;
        break;
    case DataflowSentence::Kind::Unknown:
        warn(line, tr("sentence not understood, ignored: \"%1\"").arg(text.simplified()));
        break;
    }
    return true;
}

void DataflowSectionParser::readCreation(int line, const QString &from, const QString &to)
{
    const int fromSide = sideOf(from);
    const int toSide = sideOf(to);
    if (fromSide < 0 || toSide < 0 || fromSide == toSide) {
        warn(line,
             tr("the creation sentence names \"%1\" and \"%2\", not \"%3\" and \"%4\"; "
                "ignored")
                 .arg(from, to, m_left, m_right));
        return;
    }
    const CreationDirection direction =
        fromSide == 0 ? CreationDirection::WixToCrmOffice : CreationDirection::CrmOfficeToWix;
    // "Every ..." outranks a link-only sentence: the document then says both, and creating is
    // what its flow diagram means.
    if (m_section.creation && *m_section.creation != CreationDirection::LinkOnly
        && *m_section.creation != direction) {
        warn(line,
             tr("a second creation sentence contradicts line %1; the first one is kept")
                 .arg(m_section.creationLine));
        return;
    }
    m_section.creation = direction;
    m_section.creationLine = line;
}

bool DataflowSectionParser::readTable(const QList<TextLine> &block, QString *error)
{
    const TextLine &directive = block.first();
    if (!directive.text.startsWith(QLatin1String(".. list-table::"))) {
        warn(directive.number, tr("directive ignored: \"%1\"").arg(directive.text.trimmed()));
        return true;
    }
    const Expect expect = m_expect;
    m_expect = Expect::Nothing;
    if (expect == Expect::Nothing) {
        *error = tr("line %1: a list-table must follow \"The following properties are "
                    "synchronized between ...:\" or \"A ... will merge with a ... if ...:\"")
                     .arg(directive.number);
        return false;
    }
    const std::optional<ListTable> table = ListTableReader::read(block, error);
    if (!table)
        return false;
    return expect == Expect::PropertyTable ? readPairs(*table, error) : readMatchKey(*table, error);
}

bool DataflowSectionParser::readPairs(const ListTable &table, QString *error)
{
    const QString columns =
        tr("%1 property, %2 property, %3 data type").arg(m_left, m_right, m_rightSystem);
    if (!ListTableReader::checkCellCount(table, 3, columns, error))
        return false;
    for (const ListTableRow &row : table.rows) {
        for (int c = 0; c < 2; ++c) {
            if (row.cells.at(c).isEmpty()) {
                *error = tr("line %1: expected a property name in the %2 column")
                             .arg(row.cellLines.at(c))
                             .arg(c == 0 ? m_left : m_right);
                return false;
            }
        }
        const std::optional<DataType> type = documentDataType(row.cells.at(2));
        if (!type) {
            *error = tr("line %1: unknown data type %2 (expected one of \"string\", \"integer\", "
                        "\"number\", \"boolean\", \"date\", \"datetime\")")
                         .arg(row.cellLines.at(2))
                         .arg(row.cells.at(2));
            return false;
        }
        m_section.pairs.append({row.cells.at(0), row.cells.at(1), *type});
        m_section.pairLines.append(row.line);
    }
    return true;
}

bool DataflowSectionParser::readMatchKey(const ListTable &table, QString *error)
{
    const QString columns = tr("%1 property, %2 property").arg(m_left, m_right);
    if (!ListTableReader::checkCellCount(table, 2, columns, error))
        return false;
    for (const ListTableRow &row : table.rows) {
        const MatchRule rule{pathList(row.cells.at(0)), pathList(row.cells.at(1))};
        if (rule.wixPaths.size() != rule.crmPaths.size() || rule.wixPaths.contains(QString())
            || rule.crmPaths.contains(QString())) {
            *error = tr("line %1: expected the same number of non-empty properties on both sides "
                        "of a match-key row")
                         .arg(row.line);
            return false;
        }
        m_section.matchKey.append(rule);
    }
    return true;
}

int DataflowSectionParser::sideOf(const QString &label) const
{
    const QString simplified = label.simplified();
    if (simplified.compare(m_left, Qt::CaseInsensitive) == 0)
        return 0;
    if (simplified.compare(m_right, Qt::CaseInsensitive) == 0)
        return 1;
    return -1;
}

void DataflowSectionParser::warn(int line, const QString &message)
{
    m_section.warnings.append(
        tr("line %1 (section \"%2\"): %3").arg(line).arg(m_section.title, message));
}

} // namespace Tandem
