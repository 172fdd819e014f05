#pragma once

#include <QString>

namespace Tandem {

// One behaviour sentence of a dataflow section, recognised by its wording. `first` and
// `second` are the record labels it names ("Wix.com Contacts"), in the sentence's order.
struct DataflowSentence
{
    enum class Kind {
        Creation, // Every <first> will be synchronized with a <second>.
        LinkOnly, // Before any synchronization ... between a <first> and a <second> ...
        ConditionalCreation, // A new <first> will be created from a <second> if ...
        KeepInSync, // Once a link ... is established, it will keep in sync ...
        MatchKeyIntro, // A <first> will merge with a <second> if ... match:
        PropertiesIntro, // The following properties are synchronized between ...:
        Unknown
    };

    Kind kind = Kind::Unknown;
    QString first;
    QString second;

    // `text` is one paragraph, its lines joined.
    static DataflowSentence parse(const QString &text);
};

} // namespace Tandem
