#pragma once

#include <QList>
#include <QString>

namespace Tandem {

// One line of a dataflow document with its 1-based line number, for error messages.
struct TextLine
{
    int number = 0;
    QString text;
};

QList<TextLine> splitTextLines(const QString &text);
bool isBlankLine(const TextLine &line);
bool isUnderline(const QString &text, QChar character); // "-----", at least three
int indentationOf(const QString &text);

} // namespace Tandem
