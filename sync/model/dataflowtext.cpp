#include "sync/model/dataflowtext.h"

namespace Tandem {

QList<TextLine> splitTextLines(const QString &text)
{
    QList<TextLine> lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    lines.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString line = raw.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lines.append({int(i + 1), line});
    }
    return lines;
}

bool isBlankLine(const TextLine &line)
{
    return line.text.trimmed().isEmpty();
}

bool isUnderline(const QString &text, QChar character)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 3)
        return false;
    for (QChar c : trimmed) {
        if (c != character)
            return false;
    }
    return true;
}

int indentationOf(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n).isSpace())
        ++n;
    return n;
}

} // namespace Tandem
