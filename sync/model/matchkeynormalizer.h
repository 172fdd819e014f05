#pragma once

#include "sync/model/phonenormalizer.h"

#include <QJsonObject>
#include <QStringList>

namespace Tandem {

// Turns the values of a match rule's paths into a comparable key, so that "Ada  Lovelace" with
// "+47 22 33 44 55" on one side matches "ada lovelace" with "22334455" on the other.
class MatchKeyNormalizer
{
public:
    explicit MatchKeyNormalizer(const QString &phoneRegion = QString());

    // Trimmed, case-folded, inner whitespace collapsed, Unicode NFC.
    static QString normalizedName(const QString &name);
    // E.164 when the number parses; otherwise its digits (with a leading "+" if it had one).
    QString normalizedPhone(const QString &raw) const;
    // A phone path ("primaryInfo.phone", "directPhone") normalises as a phone, others as names.
    QString normalizedValue(const QString &path, const QJsonValue &value) const;

    // The key of one record for a rule's paths; empty if any part is missing or empty, because
    // a partial key must not match.
    QString key(const QStringList &paths, const QJsonObject &fields) const;

private:
    PhoneNormalizer m_phones;
};

} // namespace Tandem
