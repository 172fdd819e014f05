#include "sync/engine/matchkey.h"

#include "sync/model/phonenormalizer.h"

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

// E.164 through libphonenumber, so "22 33 44 55" in Norway matches "+47 22 33 44 55". A number
// it cannot read still matches by its digits: never dropped from the key.
QString normalizePhone(const QString &text, const QString &region)
{
    if (const QString e164 = PhoneNormalizer(region).toE164(text); !e164.isEmpty())
        return e164;
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
    const QString text =
        value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toString();
    if (text.trimmed().isEmpty())
        return {};
    return isPhonePath(path) ? normalizePhone(text, phoneRegion) : normalizeName(text);
}

} // namespace Tandem::MatchKey
