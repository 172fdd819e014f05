#include "matchkey.h"

#include <QRegularExpression>

namespace Tandem::MatchKey {

namespace {

bool isPhonePath(const QString &path)
{
    return path.contains(QLatin1String("phone"), Qt::CaseInsensitive);
}

QString normalizeName(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded.toCaseFolded().simplified();
}

QString normalizePhone(const QString &text, const QString &)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    return text.trimmed().startsWith(QLatin1Char('+')) ? QLatin1Char('+') + digits : digits;
}

} // namespace

QString normalize(const QString &path, const QJsonValue &value, const QString &phoneRegion)
{
    const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                          : value.toString();
    if (text.trimmed().isEmpty())
        return {};
    return isPhonePath(path) ? normalizePhone(text, phoneRegion) : normalizeName(text);
}

} // namespace Tandem::MatchKey
