#include "sync/model/matchkeynormalizer.h"

#include <QJsonValue>

namespace Tandem {

MatchKeyNormalizer::MatchKeyNormalizer(const QString &phoneRegion)
    : m_phones(phoneRegion)
{}

QString MatchKeyNormalizer::normalizedName(const QString &name)
{
    // Case folding can leave decomposed sequences behind: compose before and after it.
    const QString composed = name.normalized(QString::NormalizationForm_C);
    return composed.toCaseFolded().normalized(QString::NormalizationForm_C).simplified();
}

QString MatchKeyNormalizer::normalizedPhone(const QString &raw) const
{
    const QString e164 = m_phones.toE164(raw);
    if (!e164.isEmpty())
        return e164;
    QString digits;
    const QString trimmed = raw.trimmed();
    if (trimmed.startsWith(QLatin1Char('+')))
        digits.append(QLatin1Char('+'));
    for (QChar c : trimmed) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits == QLatin1String("+") ? QString() : digits;
}

QString MatchKeyNormalizer::normalizedValue(const QString &path, const QJsonValue &value) const
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        return {};
    if (path.contains(QLatin1String("phone"), Qt::CaseInsensitive))
        return normalizedPhone(text);
    return normalizedName(text);
}

QString MatchKeyNormalizer::key(const QStringList &paths, const QJsonObject &fields) const
{
    QStringList parts;
    for (const QString &path : paths) {
        const QString part = normalizedValue(path, fields.value(path));
        if (part.isEmpty())
            return {};
        parts.append(part);
    }
    return parts.join(QChar(0x1f)); // unit separator: no value holds it after normalisation
}

} // namespace Tandem
