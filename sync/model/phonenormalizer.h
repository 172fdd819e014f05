#pragma once

#include <QLocale>
#include <QString>

namespace Tandem {

// Phone numbers in E.164 ("+4722334455") for match keys only: the stored and synced values are
// never rewritten. Backed by Google's libphonenumber.
class PhoneNormalizer
{
public:
    // `defaultRegion`: ISO 3166 code ("NO") used for numbers written without a country code.
    explicit PhoneNormalizer(const QString &defaultRegion = QString());

    // The E.164 form, or an empty string when `raw` is not a possible phone number.
    QString toE164(const QString &raw) const;
    QString defaultRegion() const { return m_region; }

    // "NO" for nb_NO; empty when the locale names no territory (the C locale).
    static QString regionFromLocale(const QLocale &locale);

private:
    QString m_region;
};

} // namespace Tandem
