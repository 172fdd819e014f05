#pragma once

#include "sync/model/dataflowtext.h"
#include "sync/model/listtablereader.h"
#include "sync/model/mapping.h"

#include <QCoreApplication>

#include <optional>

namespace Tandem {

// What one flow section of a dataflow document says, oriented as its title is written:
// "left" is the side before " to ", pairs hold the left property in `wixPath`.
struct DataflowSection
{
    int line = 0; // the title line
    QString title;
    std::optional<CreationDirection> creation; // WixToCrmOffice = left to right
    int creationLine = 0;
    QList<PropertyPair> pairs;
    QList<int> pairLines;
    QList<MatchRule> matchKey;
    QStringList notes;
    QStringList warnings;
};

// Parses a flow section's body: behaviour sentences, the match-key table and the property table.
class DataflowSectionParser
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::DataflowSectionParser)

public:
    // The labels name each side as the sentences do: "Wix.com Contacts", "CRMOffice Contacts".
    DataflowSectionParser(const QString &leftLabel, const QString &rightLabel,
                          const QString &rightSystem);

    std::optional<DataflowSection> parse(int titleLine, const QString &title,
                                         const QList<TextLine> &body, QString *error);

private:
    enum class Expect { Nothing, MatchTable, PropertyTable };

    bool readParagraph(const QList<TextLine> &lines, QString *error);
    void readCreation(int line, const QString &from, const QString &to);
    bool readTable(const QList<TextLine> &block, QString *error);
    bool readPairs(const ListTable &table, QString *error);
    bool readMatchKey(const ListTable &table, QString *error);
    int sideOf(const QString &label) const; // 0 left, 1 right, -1 neither
    void warn(int line, const QString &message);

    QString m_left;
    QString m_right;
    QString m_rightSystem;
    Expect m_expect = Expect::Nothing;
    int m_expectLine = 0;
    DataflowSection m_section;
};

} // namespace Tandem
