#include "sync/model/dataflowsentence.h"

#include <QRegularExpression>

#include <array>

namespace Tandem {

namespace {

struct Pattern
{
    DataflowSentence::Kind kind;
    const char *regex;
};

// Articles vary with the noun ("a"/"an"); system and collection names may hold dots and spaces.
constexpr std::array patterns{
    Pattern{DataflowSentence::Kind::Creation,
            R"(^every (.+) will be synchroni[sz]ed with an? (.+)\.$)"},
    Pattern{
        DataflowSentence::Kind::LinkOnly,
        R"(^before any synchroni[sz]ation can take place, a link between an? (.+) and an? (.+) must be established\.$)"},
    Pattern{DataflowSentence::Kind::ConditionalCreation,
            R"(^an? new (.+) will be created from an? (.+?) if .+\.$)"},
    Pattern{
        DataflowSentence::Kind::KeepInSync,
        R"(^once a link between an? (.+) and an? (.+) is established, it will keep in sync\b.*\.$)"},
    Pattern{
        DataflowSentence::Kind::MatchKeyIntro,
        R"(^an? (.+) will merge with an? (.+) if one of the following property combinations match(?:es)?:$)"},
    Pattern{DataflowSentence::Kind::PropertiesIntro,
            R"(^the following properties are synchroni[sz]ed between an? (.+) and an? (.+):$)"},
};

} // namespace

DataflowSentence DataflowSentence::parse(const QString &text)
{
    const QString sentence = text.simplified();
    for (const Pattern &pattern : patterns) {
        // A document has a handful of paragraphs: compiling here keeps this free of shared state.
        const QRegularExpression regex(QString::fromUtf8(pattern.regex),
                                       QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = regex.match(sentence);
        if (match.hasMatch())
            return {pattern.kind, match.captured(1), match.captured(2)};
    }
    return {};
}

} // namespace Tandem
