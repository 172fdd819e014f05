#include "sync/model/dataflowtitle.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Tandem {

namespace {

// "CRMOffice Contacts" with system "crmoffice": the collection, or nullopt.
std::optional<QString> collectionAfter(const QString &side, const QString &system)
{
    if (!side.startsWith(system + QLatin1Char(' '), Qt::CaseInsensitive))
        return std::nullopt;
    const QString collection = side.mid(system.size()).trimmed();
    if (collection.isEmpty())
        return std::nullopt;
    return collection;
}

std::optional<DataflowSide> sideOf(const QString &text, const DataflowSystems &systems)
{
    // The longer name first, so that "Wix" never claims "Wix.com Contacts" from "Wix.com".
    QStringList names{systems.first, systems.second};
    if (names.at(1).size() > names.at(0).size())
        names.swapItemsAt(0, 1);
    for (const QString &name : names) {
        if (const std::optional<QString> collection = collectionAfter(text, name))
            return DataflowSide{DataflowTitle::canonicalSystem(name), *collection};
    }
    return std::nullopt;
}

} // namespace

std::optional<DataflowSystems> DataflowTitle::readTitleBlock(const QList<TextLine> &lines,
                                                             qsizetype *next, QString *error)
{
    qsizetype i = 0;
    while (i < lines.size() && isBlankLine(lines.at(i)))
        ++i;
    const int firstLine = i < lines.size() ? lines.at(i).number : 1;
    const QString expected = tr("line %1: not a dataflow document: expected a title block, a "
                                "title such as \"Wix.com to CRMOffice Dataflow\" between two "
                                "lines of \"===\"");
    if (i + 2 >= lines.size() || !isUnderline(lines.at(i).text, QLatin1Char('='))
        || !isUnderline(lines.at(i + 2).text, QLatin1Char('='))) {
        *error = expected.arg(firstLine);
        return std::nullopt;
    }
    static const QRegularExpression titlePattern(QStringLiteral("^(.+?) to (.+) dataflow$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = titlePattern.match(lines.at(i + 1).text.simplified());
    if (!match.hasMatch()) {
        *error = expected.arg(lines.at(i + 1).number);
        return std::nullopt;
    }
    i += 3;
    qsizetype j = i;
    while (j < lines.size() && isBlankLine(lines.at(j)))
        ++j;
    if (j < lines.size() && lines.at(j).text.trimmed().startsWith(QLatin1String("Generated:")))
        i = j + 1;
    *next = i;
    return DataflowSystems{match.captured(1).trimmed(), match.captured(2).trimmed()};
}

std::optional<DataflowSectionTitle> DataflowTitle::parseSectionTitle(const QString &title,
                                                                     const DataflowSystems &systems)
{
    const QString text = title.simplified();
    static const QRegularExpression separator(QStringLiteral(" to "),
                                              QRegularExpression::CaseInsensitiveOption);
    // A collection might itself hold " to ": try each split until both sides name a system.
    QRegularExpressionMatchIterator it = separator.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const std::optional<DataflowSide> left = sideOf(text.left(match.capturedStart()), systems);
        const std::optional<DataflowSide> right = sideOf(text.mid(match.capturedEnd()), systems);
        if (left && right && left->system.compare(right->system, Qt::CaseInsensitive) != 0)
            return DataflowSectionTitle{*left, *right};
    }
    return std::nullopt;
}

QString DataflowTitle::canonicalSystem(const QString &name)
{
    if (name.compare(QLatin1String("wix.com"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Wix.com");
    if (name.compare(QLatin1String("crmoffice"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("CRMOffice");
    return name;
}

} // namespace Tandem
