#include "sync/model/phonenormalizer.h"

#include <phonenumbers/phonenumberutil.h>

namespace Tandem {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.trimmed().toUpper())
{}

QString PhoneNormalizer::toE164(const QString &raw) const
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // "ZZ" is libphonenumber's unknown region: only numbers with a "+" then parse.
    const std::string region = m_region.isEmpty() ? std::string("ZZ") : m_region.toStdString();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsPossibleNumber(number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNormalizer::regionFromLocale(const QLocale &locale)
{
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToCode(locale.territory());
}

} // namespace Tandem
